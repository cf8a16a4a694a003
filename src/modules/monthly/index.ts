/**
 * Monthly settlement (月度结算): a region's batch per month of the cases it treated — new cases
 * and corrections of cases paid by closed batches — paid provisionally per hospital, computed as
 * a job and frozen by the database once closed.
 */
import type { RequestContext } from '../../graphql/context';
import { computeBatchJob } from './compute-batch.job';
import { MonthlyBatchResolver } from './monthly-batch.resolver';
import { findMonthlyBatchByKey } from './monthly-batch.service';
import { MonthlyBatch } from './monthly-batch.types';

export { MonthlyBatch, MonthlyBatchLine } from './monthly-batch.types';
export {
  closeMonthlySettlement,
  computeMonthlySettlement,
  listMonthlyBatches,
} from './monthly-batch.service';
export { BatchStatus } from './monthly.enums';

export const monthlyResolvers = [MonthlyBatchResolver] as const;
export const monthlyJobs = [computeBatchJob] as const;
export const monthlyNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = { [MonthlyBatch.typename]: findMonthlyBatchByKey };
