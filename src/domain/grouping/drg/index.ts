/**
 * CHS-DRG grouping as a pure engine over a rule package (FORMAT.md, `drg-rule-package` v1).
 * Compile a bureau's package once with `compileRulePackage` (or `loadRulePackageFile`), then call
 * `groupDrg` per case or `groupStream` for JSON Lines batches. No database or GraphQL import.
 */
export { compileRulePackage } from './rule-package.compiler';
export { RulePackageError, type RulePackageProblem } from './rule-package.errors';
export { loadRulePackageFile } from './rule-package.loader';
export { groupDrg } from './drg-grouper';
export { complicationsOf } from './complication.analysis';
export { groupStream, type GroupStreamCounts, type GroupStreamOptions } from './batch-grouping';
export { parseCaseLine, type ParsedCaseLine } from './case-input.parser';
export { explainDrg, type ExplainedDrgGroup } from './drg-explanation';
export {
  DRG_STATUSES,
  RULE_PACKAGE_FORMAT,
  RULE_PACKAGE_FORMAT_VERSION,
} from './rule-package.types';
export type * from './rule-package.types';
export type * from './drg-grouper.types';
export type { CompiledDrgRules } from './compiled-rules.types';
