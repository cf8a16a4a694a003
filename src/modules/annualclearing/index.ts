/**
 * A pooling region's annual clearing (年度清算): the point value per fund by the budget's
 * formula, one line per hospital, the medical alliances' sharing; computed as a job, frozen by
 * the database once approved.
 */
import type { RequestContext } from '../../graphql/context';
import { AnnualClearingResolver } from './annual-clearing.resolver';
import { findAnnualClearingByKey } from './annual-clearing.service';
import { AnnualClearing } from './annual-clearing.types';
import { clearRegionJob } from './clear-region.job';

export { AnnualClearing, AnnualClearingPool } from './annual-clearing.types';
export {
  approveAnnualClearing,
  computeAnnualClearing,
  findAnnualClearing,
} from './annual-clearing.service';

export const annualClearingResolvers = [AnnualClearingResolver] as const;
export const annualClearingJobs = [clearRegionJob] as const;
export const annualClearingNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = { [AnnualClearing.typename]: findAnnualClearingByKey };
