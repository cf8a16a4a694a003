/**
 * TCM-advantage diseases (中医优势病种按病种付费): pure domain code, no ORM or GraphQL. Compile a
 * catalog with `compileTcmCatalog`, then `classifyTcm` a case or `classifyWithFallback` to DRG/DIP.
 */
export { classifyTcm, classifyWithFallback, icdEntryMatches } from './tcm-classifier';
export type {
  TcmCaseInput,
  TcmClassification,
  TcmClassified,
  TcmNotClassified,
  TcmOrFallback,
  TcmRejection,
  TcmRejectionCode,
} from './tcm-classifier';
export { compileTcmCatalog, normaliseTcdCode } from './tcm-catalog';
export type { CompiledTcmCatalog, CompiledTcmDisease, TcmDiseaseRow } from './tcm-catalog';
export { TcmError } from './tcm.errors';
export type { TcmCatalogProblem, TcmErrorReason } from './tcm.errors';
