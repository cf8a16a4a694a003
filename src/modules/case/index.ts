/**
 * Cases (病例): settlement-list ingest (GraphQL and JSON Lines, one service), quality control as
 * data, pseudonymised persons, grouping at ingest, and co-owned read access.
 */
import type { RequestContext } from '../../graphql/context';
import { CaseRevision } from './case-revision.entity';
import {
  CaseRevisionResolver,
  SettlementCaseResolver,
  SettlementListResultResolver,
} from './case.resolver';
import {
  HospitalCasesResolver,
  ProvinceCasesResolver,
  RegionCasesResolver,
} from './case-parents.resolver';
import { findCase, findRevision } from './case.service';
import { RevisionRegroupingResolver } from './case-regrouping.resolver';
import { SettlementCase } from './settlement-case.entity';

export { SettlementCase, CaseRevision };
export { InsuranceType, IngestStatus, QcStatus } from './case.enums';
export { CaseError } from './case.errors';
export { parseRowKey } from './case.loaders';
export { findCase, findRevision } from './case.service';
export {
  hookTime,
  onRevisionsStored,
  type RevisionsStoredHook,
  type StoredRevision,
} from './case-hooks';
export { chinaDay, type StoredGrouping } from './case-grouping';
export {
  currentRevisionsOf,
  regroupRevisions,
  type CaseDay,
  type RegroupOutcome,
} from './case-regroup.service';
export {
  ingestSettlementLists,
  MAX_LISTS_PER_UPLOAD,
  type IngestItem,
  type IngestOutcome,
} from './case-ingest.service';

export const caseEntities = [SettlementCase, CaseRevision];
export const caseResolvers = [
  SettlementCaseResolver,
  CaseRevisionResolver,
  SettlementListResultResolver,
  HospitalCasesResolver,
  RegionCasesResolver,
  ProvinceCasesResolver,
  RevisionRegroupingResolver,
] as const;

/** Fetchers for `node(id:)`, by GraphQL type name. */
export const caseNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = {
  [SettlementCase.typename]: findCase,
  [CaseRevision.typename]: findRevision,
};
export { seedDemoCases, type DemoCaseSeedResult } from './demo/demo-cases.seed';
export {
  generateDemoCases,
  demoCaseLine,
  type DemoCaseOptions,
  type DemoList,
} from './demo/demo-case-generator';
export { demoCaseModel } from './demo/demo-case-model';
export {
  importAsPrincipal,
  importSettlementListLines,
  type ImportDependencies,
  type ImportOptions,
  type ImportProgress,
  type RejectedLine,
} from './case-import';
