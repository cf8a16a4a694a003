import { defineJob, type JobContext } from '../../db';
import { contextOfJob } from '../../graphql/context';
import { currentRevisionsOf, regroupRevisions, type CaseDay } from '../case';
import { Scope, type Principal } from '../identity';
import { repriceDay } from './reprice-period';
import { SettlementError } from './settlement.errors';

/** What a period job works on: a treatment region's discharge days `from` … `to` (inclusive). */
export interface PeriodParams {
  readonly regionCode: string;
  /** First and last discharge day (China time, `YYYY-MM-DD`, both included). */
  readonly from: string;
  readonly to: string;
}

/** A period is at most this many days: one chunk per day, a year at most. */
export const MAX_PERIOD_DAYS = 366;

const REGION = /^[1-9][0-9]{5}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function validDay(value: unknown, field: string): string {
  if (typeof value !== 'string' || !DAY.test(value))
    throw new SettlementError('INVALID_INPUT', `${field} must be a day (YYYY-MM-DD)`, { field });
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value)
    throw new SettlementError('INVALID_INPUT', `${field} is not a calendar day`, { field });
  return value;
}

/** Validates a period job's parameters (at the mutation, and before every chunk). */
export function parsePeriodParams(raw: unknown): PeriodParams {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof value.regionCode !== 'string' || !REGION.test(value.regionCode))
    throw new SettlementError('INVALID_INPUT', 'regionCode must be a pooling region code', {
      field: 'regionCode',
    });
  const from = validDay(value.from, 'from');
  const to = validDay(value.to, 'to');
  if (to < from)
    throw new SettlementError('INVALID_INPUT', 'The period ends before it starts', {
      field: 'to',
    });
  if (daysOf({ regionCode: value.regionCode, from, to }) > MAX_PERIOD_DAYS)
    throw new SettlementError('INVALID_INPUT', `A period is at most ${MAX_PERIOD_DAYS} days`, {
      field: 'to',
    });
  return { regionCode: value.regionCode, from, to };
}

const daysOf = (p: PeriodParams) =>
  Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / DAY_MS) + 1;

/** The chunk's day: `from` + index. */
function dayOf(p: PeriodParams, index: number): string {
  return new Date(Date.parse(`${p.from}T00:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Who may re-group or re-price a region's period: the region itself and its province (a
 * hospital, another region or NATIONAL may not). Checked by the mutation and again by the job
 * before it plans, from the job's stored starter; row-level security then confines every read
 * and write to what that starter may touch.
 */
export function requireRegionAuthority(principal: Principal, regionCode: string): void {
  const allowed =
    (principal.scope === Scope.REGION && principal.code === regionCode) ||
    (principal.scope === Scope.PROVINCE && regionCode.slice(0, 2) === principal.code.slice(0, 2));
  if (!allowed)
    throw new SettlementError(
      'NOT_REGION_AUTHORITY',
      `Only region ${regionCode} or its province may re-group or re-price its cases`,
    );
}

function caseDay(p: PeriodParams, index: number): CaseDay {
  return {
    provinceCode: `${p.regionCode.slice(0, 2)}0000`,
    regionCode: p.regionCode,
    day: dayOf(p, index),
  };
}

/** Plans one chunk per discharge day, after checking the starter's authority once more. */
async function planDays(job: JobContext<PeriodParams>): Promise<number> {
  requireRegionAuthority(job.startedBy, job.params.regionCode);
  return daysOf(job.params);
}

/**
 * `settlement.reprice-period`: re-prices every current revision of a region's cases discharged in
 * the period with the standards in force, one discharge day per chunk, replacing the day's
 * `case_payment` and `case_unpriced` rows in the chunk's transaction (`repriceDay`: set-based
 * where the twin computes the standard, the pure path for the rest and for the variants it
 * refuses). Idempotent: a rerun, or a chunk run again after a crash, leaves the same rows.
 */
export const repricePeriodJob = defineJob<PeriodParams>({
  kind: 'settlement.reprice-period',
  parse: parsePeriodParams,
  chunkTimeoutSeconds: 120,
  plan: planDays,
  runChunk: async (job, index) => {
    const started = Date.now();
    const outcome = await repriceDay(contextOfJob(job), caseDay(job.params, index));
    job.log.debug(
      { day: dayOf(job.params, index), ms: Date.now() - started, ...outcome },
      'day re-priced',
    );
  },
});

/**
 * `case.regroup-period`: groups every current revision of a region's cases discharged in the
 * period again with the catalogs in force (the ingest's grouper), rewriting a changed grouping
 * in place with the old and new result in the audit `case_regrouping`, then re-prices the day in
 * the same chunk (`repriceDay`), so the payments follow the groups. One discharge day per chunk.
 */
export const regroupPeriodJob = defineJob<PeriodParams>({
  kind: 'case.regroup-period',
  parse: parsePeriodParams,
  chunkTimeoutSeconds: 180,
  plan: planDays,
  runChunk: async (job, index) => {
    const ctx = contextOfJob(job);
    const day = caseDay(job.params, index);
    const regrouped = await regroupRevisions(ctx, await currentRevisionsOf(ctx, day), job.runId);
    const repriced = await repriceDay(ctx, day);
    job.log.debug({ day: day.day, changed: regrouped.changed, ...repriced }, 'day regrouped');
  },
});

/** The period jobs this module defines (registered in src/modules/index.ts). */
export const settlementJobs = [repricePeriodJob, regroupPeriodJob] as const;
