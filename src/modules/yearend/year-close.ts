import type { Logger } from 'pino';
import type { AppConfig } from '../../config';
import { inTenantTransaction, type MikroORM } from '../../db';
import { createContext, type RequestContext } from '../../graphql/context';
import { rlsSettings, Scope, type Principal } from '../identity';
import {
  approveInterRegionClearing,
  computeInterRegionClearing,
  findInterRegionClearing,
  findInterRegionVariant,
  InterRegionVariant,
  setInterRegionVariant,
} from '../interregion';
import {
  approveAnnualClearing,
  computeAnnualClearing,
  findAnnualClearing,
} from '../annualclearing';
import { findJobByKey, JobStatus, type JobRun } from '../job';
import { CodedError } from '../../shared/errors';
import { closeMonthlySettlement, computeMonthlySettlement, listMonthlyBatches } from '../monthly';
import { YearEndError } from './yearend.errors';

/** What closing a year needs: the application ORM (RLS-bound role) and something that runs jobs. */
export interface YearEndDependencies {
  orm: MikroORM;
  config: Pick<AppConfig, 'limits'>;
  log: Logger;
  /**
   * The job worker of this process: woken after each job is queued so its chunk runs now rather
   * than after the polling interval, and telling when a job it ran ended; any other worker on the
   * database may take the job instead (the job row is read as well, less often).
   */
  jobs: { wake(): void; onJobEnded?(listener: (runId: string) => void): () => void };
  /** Prefix of the principals' subjects (`demo-seed`, `bench`): who started the jobs. */
  subject: string;
}

/** A principal of the province (REGION or PROVINCE scope) acting with the ADMIN role. */
export function yearEndPrincipal(
  deps: Pick<YearEndDependencies, 'subject'>,
  scope: Scope.REGION | Scope.PROVINCE,
  code: string,
  provinceCode: string,
): Principal {
  return { subject: `${deps.subject}:${code}`, scope, code, provinceCode, roles: ['ADMIN'] };
}

/**
 * Runs `work` as `principal` in one tenant transaction, with a request's context — exactly what a
 * GraphQL request of that principal gets (row-level security, its settings, its loaders).
 */
export function asPrincipal<T>(
  deps: Pick<YearEndDependencies, 'orm' | 'config' | 'log'>,
  principal: Principal,
  work: (ctx: RequestContext) => Promise<T>,
): Promise<T> {
  return inTenantTransaction(deps.orm, rlsSettings(principal), (tx) =>
    work(
      createContext({
        principal,
        tx,
        metadata: deps.orm,
        limits: deps.config.limits,
        requestId: `${principal.subject}-${Date.now()}`,
        log: () => deps.log,
      }),
    ),
  );
}

/**
 * Waits for a job to finish, reading its row as its starter (as `job(id)` would): when this
 * process's worker says it ended, else every so often (a worker elsewhere may run it). A FAILED
 * or CANCELLED job is a coded error naming it.
 */
export async function awaitJob(
  deps: YearEndDependencies,
  principal: Principal,
  jobId: string,
  timeoutMs = 600_000,
): Promise<JobRun> {
  let ended = false;
  let signal = () => undefined as void;
  const off = deps.jobs.onJobEnded?.((id) => {
    if (id !== jobId) return;
    ended = true;
    signal();
  });
  try {
    deps.jobs.wake();
    const deadline = Date.now() + timeoutMs;
    for (let wait = 50; ; wait = Math.min(wait * 2, 1_000)) {
      const job = await asPrincipal(deps, principal, (ctx) => findJobByKey(ctx, jobId));
      if (!job) throw new YearEndError('JOB_FAILED', `Job ${jobId} is not visible to its starter`);
      if (job.status === JobStatus.SUCCEEDED) return job;
      if (job.status === JobStatus.FAILED || job.status === JobStatus.CANCELLED)
        throw new YearEndError(
          'JOB_FAILED',
          `Job ${jobId} (${job.kind}) ${job.status}: ${job.errorReason ?? ''} ${job.errorMessage ?? ''}`.trim(),
          { jobId, kind: job.kind, status: job.status, reason: job.errorReason },
        );
      if (Date.now() > deadline)
        throw new YearEndError('JOB_FAILED', `Job ${jobId} (${job.kind}) did not finish in time`);
      if (!ended)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          signal = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  } finally {
    off?.();
  }
}

const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

export interface MonthsClosed {
  /** Batches computed (or recomputed) by this call. */
  computed: number;
  /** Batches closed by this call. */
  closed: number;
  /** Batches that were closed already. */
  alreadyClosed: number;
}

/**
 * Settles and closes the twelve monthly batches of `year` for each region, as that region (the
 * mutations' services, `monthly.compute-batch` through the job queue): in month order within a
 * region, the regions side by side. Resumable: a closed month is left alone, an open one is
 * computed again (its computation waited for instead while one is queued or running) and closed.
 */
export async function closeMonthsOfYear(
  deps: YearEndDependencies,
  provinceCode: string,
  regionCodes: readonly string[],
  year: number,
): Promise<MonthsClosed> {
  const total: MonthsClosed = { computed: 0, closed: 0, alreadyClosed: 0 };
  await Promise.all(
    regionCodes.map(async (regionCode) => {
      const region = yearEndPrincipal(deps, Scope.REGION, regionCode, provinceCode);
      const batches = new Map(
        (await asPrincipal(deps, region, (ctx) => listMonthlyBatches(ctx, regionCode, year))).map(
          (b) => [b.month.slice(0, 7), b],
        ),
      );
      for (const month of monthsOf(year)) {
        const batch = batches.get(month);
        if (batch?.status === 'CLOSED') {
          total.alreadyClosed++;
          continue;
        }
        // an open batch is computed again before it is closed (cases may have come since),
        // unless a computation is still queued or running: that one is waited for
        let fresh = false;
        if (batch?.jobRunId) {
          const job = await asPrincipal(deps, region, (ctx) => findJobByKey(ctx, batch.jobRunId!));
          if (job?.status === JobStatus.QUEUED || job?.status === JobStatus.RUNNING) {
            await awaitJob(deps, region, job.uuid);
            fresh = true;
          }
        }
        if (!fresh) {
          const { job } = await asPrincipal(deps, region, (ctx) =>
            computeMonthlySettlement(ctx, regionCode, month),
          );
          await awaitJob(deps, region, job.uuid);
          total.computed++;
        }
        await asPrincipal(deps, region, (ctx) => closeMonthlySettlement(ctx, regionCode, month));
        total.closed++;
      }
    }),
  );
  return total;
}

/**
 * The annual clearing of every region of the province (年度清算), each as the region
 * (`annualclearing.clear-region` through the job queue, then approval), the regions side by side.
 * The province's inter-region variant is chosen first (`variant` when it has none), since a
 * region's clearing pools out-of-region care under POOLED. An approved region is left alone; a
 * region with no budget of the year in force has nothing to clear against and is skipped.
 * Returns the milliseconds it took.
 */
export async function clearRegionsAnnually(
  deps: YearEndDependencies,
  provinceCode: string,
  regionCodes: readonly string[],
  year: number,
  variant: InterRegionVariant = InterRegionVariant.DRG_DIP_BASED,
): Promise<number> {
  const started = performance.now();
  const province = yearEndPrincipal(deps, Scope.PROVINCE, provinceCode, provinceCode);
  await asPrincipal(deps, province, async (ctx) => {
    if (!(await findInterRegionVariant(ctx, provinceCode, year)))
      await setInterRegionVariant(ctx, provinceCode, year, variant);
  });
  await Promise.all(
    regionCodes.map(async (regionCode) => {
      const region = yearEndPrincipal(deps, Scope.REGION, regionCode, provinceCode);
      const existing = await asPrincipal(deps, region, (ctx) =>
        findAnnualClearing(ctx, regionCode, year),
      );
      if (existing?.status === 'APPROVED') return;
      let jobId: string;
      try {
        ({
          job: { uuid: jobId },
        } = await asPrincipal(deps, region, (ctx) => computeAnnualClearing(ctx, regionCode, year)));
      } catch (error) {
        if (error instanceof CodedError && error.reason === 'NO_BUDGET') return;
        throw error;
      }
      await awaitJob(deps, region, jobId);
      await asPrincipal(deps, region, (ctx) => approveAnnualClearing(ctx, regionCode, year));
    }),
  );
  return performance.now() - started;
}

export interface InterRegionCleared {
  /** False when the year's clearing was already approved (nothing done). */
  computed: boolean;
  runId: string;
}

/**
 * The province's inter-region clearing of `year`, as the province: the variant (`variant` when
 * the province has chosen none), `interregion.clear-year` through the job queue, then approval.
 * An approved year is left alone.
 */
export async function clearInterRegionYear(
  deps: YearEndDependencies,
  provinceCode: string,
  year: number,
  variant: InterRegionVariant = InterRegionVariant.DRG_DIP_BASED,
): Promise<InterRegionCleared> {
  const province = yearEndPrincipal(deps, Scope.PROVINCE, provinceCode, provinceCode);
  const existing = await asPrincipal(deps, province, (ctx) =>
    findInterRegionClearing(ctx, provinceCode, year),
  );
  if (existing?.status === 'APPROVED') return { computed: false, runId: existing.uuid };
  const { job } = await asPrincipal(deps, province, async (ctx) => {
    if (!(await findInterRegionVariant(ctx, provinceCode, year)))
      await setInterRegionVariant(ctx, provinceCode, year, variant);
    return computeInterRegionClearing(ctx, provinceCode, year);
  });
  await awaitJob(deps, province, job.uuid);
  const run = await asPrincipal(deps, province, (ctx) =>
    approveInterRegionClearing(ctx, provinceCode, year),
  );
  return { computed: true, runId: run.uuid };
}
