/**
 * Settlement (结算): what each case revision is paid — priced at ingest with the payment standard
 * in force at discharge (through the case module's "revisions stored" hook, registered in
 * src/modules/index.ts) — and the read API on revisions and cases.
 */
import { CasePaymentResolver, RevisionPaymentResolver } from './case-payment.resolver';
import { PeriodJobResolver } from './period-jobs.resolver';
import { RegionAggregatesResolver } from './case-aggregates.resolver';

export { priceStoredRevisions, type UnpricedReason } from './case-pricing.service';
export { paymentOf } from './case-payment.service';
export { CasePayment, PaymentCoefficient, PaymentIssue, PaymentTrace } from './case-payment.types';
export { CaseClass } from './settlement.enums';

export const settlementResolvers = [
  RevisionPaymentResolver,
  CasePaymentResolver,
  PeriodJobResolver,
  RegionAggregatesResolver,
] as const;
export { CaseAggregateDimension, CaseSite } from './case-aggregates.types';
/** Background jobs: re-pricing and re-grouping a region's discharge period. */
export {
  settlementJobs,
  repricePeriodJob,
  regroupPeriodJob,
  parsePeriodParams,
  type PeriodParams,
} from './period-jobs';
export { repriceDay, deleteDayPricing, type RepricedDay } from './reprice-period';
export {
  priceRegionPeriodInSql,
  unsupportedVariants,
  type BulkPricingRequest,
} from './bulk-pricing';
export { SettlementError } from './settlement.errors';
