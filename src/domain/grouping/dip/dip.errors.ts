/**
 * The DIP grouping module's one error type. Pure domain code: no GraphQL import here — the
 * integrator maps `DipError.reason` to a GraphQL code (both reasons are bad input: a stored
 * catalog or expression that does not parse is the uploader's mistake, never a server fault).
 */
export type DipErrorReason = 'EXPRESSION_SYNTAX' | 'CATALOG_INVALID';

/** Base of every error thrown by the DIP grouper and its catalog compiler. */
export class DipError extends Error {
  constructor(
    readonly reason: DipErrorReason,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A procedure expression that does not parse; `position` is the 0-based character offset. */
export class DipExpressionError extends DipError {
  constructor(
    message: string,
    readonly expression: string,
    readonly position: number,
  ) {
    super('EXPRESSION_SYNTAX', `${message} at position ${position} in "${expression}"`);
  }
}

/** One rejected catalog row: its index in the input array and every reason it was rejected. */
export interface DipCatalogProblem {
  readonly index: number;
  readonly code: string | null;
  readonly reason: string;
}

/**
 * A catalog that failed validation. Lists every bad row (index and reason); nothing of the catalog
 * is accepted when any row is bad, so a half-loaded catalog can never group cases.
 */
export class DipCatalogError extends DipError {
  constructor(readonly problems: readonly DipCatalogProblem[]) {
    super(
      'CATALOG_INVALID',
      `DIP catalog rejected, ${problems.length} problem(s):\n` +
        problems
          .map((p) => `  row ${p.index}${p.code ? ` (${p.code})` : ''}: ${p.reason}`)
          .join('\n'),
    );
  }
}
