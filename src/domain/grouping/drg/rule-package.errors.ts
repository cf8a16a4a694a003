/** One problem in a rule package: where (`adrgs.GZ1.drgs[0].when`) and what is wrong. */
export interface RulePackageProblem {
  path: string;
  reason: string;
}

/**
 * A rule package was refused. `errors` lists every problem found in one pass, so a bureau can fix
 * its package in one go instead of one error per upload.
 */
export class RulePackageError extends Error {
  readonly errors: readonly RulePackageProblem[];

  constructor(errors: readonly RulePackageProblem[]) {
    const shown = errors
      .slice(0, 5)
      .map((e) => `${e.path}: ${e.reason}`)
      .join('; ');
    const more = errors.length > 5 ? `; … ${errors.length - 5} more` : '';
    super(
      `Invalid DRG rule package (${errors.length} problem${errors.length === 1 ? '' : 's'}): ${shown}${more}`,
    );
    this.name = 'RulePackageError';
    this.errors = errors;
  }
}
