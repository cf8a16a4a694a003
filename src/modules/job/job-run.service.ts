import {
  atomically,
  enqueueJob,
  sqlClientOf,
  type JobDefinition,
  type SqlCondition,
} from '../../db';
import type { RequestContext } from '../../graphql/context';
import { loadConnection } from '../../graphql/page-loaders';
import {
  decodeCursor,
  fromGlobalId,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { badInput } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { JobRun } from './job-run.entity';
import { JobStatus } from './job.enums';
import { JobError } from './job.errors';
import type { JobFilter } from './job.inputs';
import { jobLoaders } from './job.loaders';

/** A Job global ID's uuid (BAD_USER_INPUT when it names another type). */
function jobUuid(id: string): string {
  const { type, key } = fromGlobalId(id);
  if (type !== JobRun.typename || !isUuid(key))
    throw new JobError('INVALID_ID', 'id is not a Job id', 'id');
  return key;
}

/** A visible job by global ID, or null (another tenant's jobs are invisible). */
export function findJob(ctx: RequestContext, id: string): Promise<JobRun | null> {
  return jobLoaders(ctx).byUuid.load(jobUuid(id));
}

/** For `node(id:)`: the key is the uuid. */
export function findJobByKey(ctx: RequestContext, key: string): Promise<JobRun | null> {
  return isUuid(key) ? jobLoaders(ctx).byUuid.load(key) : Promise.resolve(null);
}

/**
 * Whether a job (its job_run id) is still queued or running, as the caller sees it: a run that
 * a computation job may still rewrite must not be closed or approved under it.
 */
export async function jobInProgress(ctx: RequestContext, key: string | null): Promise<boolean> {
  if (!key) return false;
  const job = await findJobByKey(ctx, key);
  return job !== null && (job.status === JobStatus.QUEUED || job.status === JobStatus.RUNNING);
}

const KIND = /^[a-z][a-z0-9_.-]{0,99}$/;

/** The jobs the caller can see (RLS decides who sees what), oldest first. */
export function listJobs(
  ctx: RequestContext,
  args: PageArgs,
  filter: JobFilter | undefined,
  selection: ConnectionSelection,
): Promise<ConnectionShape<JobRun>> {
  // the order is a bigint (seq): a cursor that is not one would fail in the database
  if (args.after != null && !/^\d{1,18}$/.test(decodeCursor(args.after)))
    throw badInput(`Malformed cursor "${args.after}"`, 'after', 'MALFORMED_CURSOR');
  const conditions: SqlCondition[] = [];
  if (filter?.status?.length) {
    conditions.push({ sql: 't.status = any(?::text[])', params: [[...new Set(filter.status)]] });
  }
  if (filter?.kind != null) {
    if (!KIND.test(filter.kind))
      throw new JobError('INVALID_FILTER', 'kind is not a job kind', 'filter.kind');
    conditions.push({ sql: 't.kind = ?', params: [filter.kind] });
  }
  return loadConnection(ctx, jobLoaders(ctx).jobs(), args, conditions, selection);
}

/**
 * Cancels a QUEUED or RUNNING job. Only its starter may (the update policy says so too); the
 * chunk in progress, if any, commits, and no further chunk runs.
 */
export async function cancelJob(ctx: RequestContext, id: string): Promise<JobRun> {
  const uuid = jobUuid(id);
  const job = await jobLoaders(ctx).byUuid.load(uuid);
  if (!job) throw new JobError('NOT_FOUND', 'No such job', 'id');
  const p = ctx.principal;
  if (
    job.startedByScope !== p.scope ||
    job.startedByCode !== p.code ||
    job.provinceKey !== (p.provinceCode ?? '')
  )
    throw new JobError('NOT_STARTER', 'Only the principal that started a job may cancel it', 'id');
  const client = await sqlClientOf(ctx.em);
  // waits for a chunk in progress (it holds the row), then sees the status it committed
  const { rowCount } = await client.query(
    `update job_run set status = $2, finished_at = now()
     where id = $1 and status in ('QUEUED', 'RUNNING')`,
    [uuid, JobStatus.CANCELLED],
  );
  if (rowCount !== 1) throw new JobError('FINISHED', 'The job has already finished', 'id');
  jobLoaders(ctx).written(uuid);
  return (await jobLoaders(ctx).byUuid.load(uuid))!;
}

/** Tables whose rows a computation job rewrites, each with a `job_run_id` column naming it. */
export type ComputedRunTable = 'monthly_batch' | 'inter_region_run' | 'annual_clearing';

/**
 * Starts computing a run row as a job run as the caller, and stamps the row with the job's id,
 * so that closing or approving it can ask whether it is still being computed. Returns the job
 * as the caller sees it. The row must exist (upserted by the caller in its own transaction).
 */
export async function startComputation<P>(
  ctx: RequestContext,
  table: ComputedRunTable,
  rowId: string,
  definition: JobDefinition<P>,
  params: P,
): Promise<JobRun> {
  const jobId = await enqueueJob(ctx, definition, params);
  await atomically(ctx.em, (em) =>
    em.execute(`update ${table} set job_run_id = ? where id = ?`, [jobId, rowId]),
  );
  return (await findJobByKey(ctx, jobId)) as JobRun;
}
