/** Jobs: the `job` / `jobs` queries and `cancelJob` over the job_run rows the worker keeps. */
import type { RequestContext } from '../../graphql/context';
import { JobRun } from './job-run.entity';
import { JobRunResolver } from './job-run.resolver';
import { findJobByKey, jobInProgress, startComputation } from './job-run.service';

export { JobRun, findJobByKey, jobInProgress, startComputation };
export type { ComputedRunTable } from './job-run.service';
export { JobStatus } from './job.enums';

export const jobEntities = [JobRun];
export const jobResolvers = [JobRunResolver] as const;

/** Fetchers for `node(id:)`, by GraphQL type name. */
export const jobNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = { [JobRun.typename]: findJobByKey };
