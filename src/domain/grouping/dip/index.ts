/**
 * DIP grouping (按病种分值付费): pure domain code, no ORM or GraphQL. Compile a catalog once with
 * `compileDipCatalog`, then `groupDip` each case; errors are `DipError`s (map `reason` to a code).
 */
export { groupDip } from './dip-grouper';
export type {
  DipCaseInput,
  DipGroupingOptions,
  DipGroupingResult,
  DipGroupingStatus,
  DipTraceAux,
  DipTraceCandidate,
  DipTraceStage,
  DipTraceStep,
} from './dip-grouper';
export { compileDipCatalog, comprehensiveKey, DIP_GROUP_KINDS } from './dip-catalog';
export type {
  CompiledDipAux,
  CompiledDipCatalog,
  CompiledDipGroup,
  DipAuxKind,
  DipAuxRow,
  DipAuxScope,
  DipCatalogRow,
  DipCatalogSource,
  DipDiagnosisGroups,
  DipGroupKind,
  DipGroupRow,
} from './dip-catalog';
export {
  expressionCodes,
  formatProcedureExpression,
  matchExpression,
  parseProcedureExpression,
} from './procedure-expression';
export type { ExpressionMatch, ProcedureExpression } from './procedure-expression';
export {
  createDefaultProcedureClassifier,
  DEFAULT_DIAGNOSTIC_PREFIXES,
  highestProcedureClass,
  PROCEDURE_CLASSES,
  procedureClassRank,
} from './procedure-classifier';
export type {
  DefaultClassifierOptions,
  ProcedureClass,
  ProcedureClassifier,
} from './procedure-classifier';
export { diagnosisKeys, ICD10_CHAPTERS, icd10Chapter, icd10ChapterByNumeral } from './icd10-codes';
export type { DiagnosisKeys, Icd10Chapter } from './icd10-codes';
export { DipCatalogError, DipError, DipExpressionError } from './dip.errors';
export type { DipCatalogProblem, DipErrorReason } from './dip.errors';
