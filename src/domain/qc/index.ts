/** Quality control (质控) of settlement lists: parsing with 2005/2006, and rules as data evaluated by code. */
export {
  parseSettlementList,
  contentHash,
  type SettlementList,
  type ParsedSettlementList,
} from './settlement-list';
export { evaluateQc, parseIssues, QC_EVALUATORS } from './qc-rules';
export type { QcFacts, QcFinding, QcIssue, QcRuleConfig, QcSeverity, PriorStay } from './qc.types';
