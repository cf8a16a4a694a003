import type { RequestContext } from '../../graphql/context';
import type { CasePayment, PaymentIssue } from './case-payment.types';
import { settlementLoaders } from './settlement.loaders';

/** A revision's payment, or null when it has none or the caller may not see it. */
export function paymentOf(
  ctx: RequestContext,
  provinceCode: string,
  revisionUuid: string,
): Promise<CasePayment | null> {
  return settlementLoaders(ctx).paymentOfRevision.load(`${provinceCode}:${revisionUuid}`);
}

/** Why a revision has no payment, or null. */
export function issueOf(
  ctx: RequestContext,
  provinceCode: string,
  revisionUuid: string,
): Promise<PaymentIssue | null> {
  return settlementLoaders(ctx).issueOfRevision.load(`${provinceCode}:${revisionUuid}`);
}
