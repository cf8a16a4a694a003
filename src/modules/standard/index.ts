/**
 * Payment standards (支付标准): per pooling region and year (and province templates), versioned
 * and effective-dated with the catalogs' lifecycle, holding the parameters and rows the pricing
 * functions of src/domain/pricing take.
 */
import type { RequestContext } from '../../graphql/context';
import { PaymentStandard } from './payment-standard.entity';
import { PaymentStandardResolver } from './payment-standard.resolver';
import { findPaymentStandard } from './payment-standard.service';
import { RegionStandardsResolver } from './region-standards.resolver';
import { STANDARD_ROW_ENTITIES } from './standard-rows.entity';

export { PaymentStandard };
export { PaymentMethod, StandardOwnerScope, ExclusionItemKind } from './standard.enums';
export { StandardError } from './standard.errors';
export { findPaymentStandard, paymentStandardInForce } from './payment-standard.service';
export { pricingStandardOf } from './pricing-standard';
export { seedDemoStandards } from './standard.demo';

export const standardEntities = [PaymentStandard, ...STANDARD_ROW_ENTITIES];
export const standardResolvers = [PaymentStandardResolver, RegionStandardsResolver] as const;

/** Fetchers for `node(id:)`, by GraphQL type name. */
export const standardNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = {
  [PaymentStandard.typename]: findPaymentStandard,
};
