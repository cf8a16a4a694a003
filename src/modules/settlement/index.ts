/**
 * Settlement (结算): what each case revision is paid — priced at ingest with the payment standard
 * in force at discharge (through the case module's "revisions stored" hook, registered in
 * src/modules/index.ts) — and the read API on revisions and cases.
 */
import { CasePaymentResolver, RevisionPaymentResolver } from './case-payment.resolver';

export { priceStoredRevisions, type UnpricedReason } from './case-pricing.service';
export { paymentOf } from './case-payment.service';
export { CasePayment, PaymentCoefficient, PaymentIssue, PaymentTrace } from './case-payment.types';
export { CaseClass } from './settlement.enums';

export const settlementResolvers = [RevisionPaymentResolver, CasePaymentResolver] as const;
export {
  priceRegionPeriodInSql,
  unsupportedVariants,
  type BulkPricingRequest,
} from './bulk-pricing';
export { SettlementError } from './settlement.errors';
