/**
 * The province's inter-region clearing (省内异地年度清算): the variant, prepayments between
 * regions, the pair matrix and each region's net position, computed as a job, frozen once
 * approved, exported as CSV.
 */
import type { RequestContext } from '../../graphql/context';
import { clearYearJob } from './clear-year.job';
import { InterRegionResolver } from './interregion.resolver';
import { findInterRegionRunByKey } from './interregion.service';
import { InterRegionRun } from './interregion.types';

export { ClearingRunStatus, InterRegionVariant } from './interregion.enums';
export { InterRegionRun } from './interregion.types';
export {
  approveInterRegionClearing,
  clearingPositions,
  computeInterRegionClearing,
  findInterRegionClearing,
  findInterRegionVariant,
  setInterRegionVariant,
} from './interregion.service';

export const interRegionResolvers = [InterRegionResolver] as const;
export const interRegionJobs = [clearYearJob] as const;
export const interRegionNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = { [InterRegionRun.typename]: findInterRegionRunByKey };
