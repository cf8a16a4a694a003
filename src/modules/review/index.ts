/**
 * Special-case review (特例单议): hospitals apply for a case revision to be paid outside the
 * formula, the treatment region decides under the standard's cap, the parties (the insured
 * region too, 联办) comment; approved decisions fix the final amount and fund due of the revision.
 */
import type { RequestContext } from '../../graphql/context';
import {
  CaseApplicationsResolver,
  HospitalApplicationsResolver,
  ProvinceApplicationsResolver,
  RegionApplicationsResolver,
  RevisionSpecialCaseResolver,
} from './review-parents.resolver';
import { SpecialCaseApplicationResolver } from './review.resolver';
import { findApplication } from './review.service';
import { SpecialCaseApplication } from './special-case-application.entity';

export { SpecialCaseApplication };
export {
  SpecialCaseCategory,
  SpecialCaseOutcome,
  SpecialCasePaymentKind,
  SpecialCaseStatus,
} from './review.enums';
export { ReviewError } from './review.errors';
export { FinalCasePayment, SpecialCaseDecision } from './review.types';

export const reviewEntities = [SpecialCaseApplication];
export const reviewResolvers = [
  SpecialCaseApplicationResolver,
  HospitalApplicationsResolver,
  RegionApplicationsResolver,
  ProvinceApplicationsResolver,
  CaseApplicationsResolver,
  RevisionSpecialCaseResolver,
] as const;

/** Fetchers for `node(id:)`, by GraphQL type name. */
export const reviewNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = {
  [SpecialCaseApplication.typename]: findApplication,
};
