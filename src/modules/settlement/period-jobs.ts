import { defineJob, type JobContext } from '../../db';
import { contextOfJob } from '../../graphql/context';
import { currentRevisionsOf, regroupRevisions, type CaseDay } from '../case';
import { Scope, type Principal } from '../identity';
import { repriceDay, StandardCache } from './reprice-period';
import { SettlementError } from './settlement.errors';

/** What a period job works on: a treatment region's discharge days `from` … `to` (inclusive). */
export interface PeriodParams {
  readonly regionCode: string;
  /** First and last discharge day (China time, `YYYY-MM-DD`, both included). */
  readonly from: string;
  readonly to: string;
}

/** A period is at most this many days: a year at most. */
export const MAX_PERIOD_DAYS = 366;

/**
 * A period job is cut into at most this many chunks: one discharge day each up to 60 days, a
 * longer period a few consecutive days each (a year: 7). Most of a sparse day's cost is fixed —
 * the standard lookup, the transaction, the queue's round trip — so a year in 53 transactions
 * instead of 365 prices the same rows in under half the time, while a chunk stays small enough to
 * rerun after a crash (a week of a region's cases).
 */
export const MAX_PERIOD_CHUNKS = 60;

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

/** The period's day number `offset`: `from` + offset days. */
function dayOf(p: PeriodParams, offset: number): string {
  return new Date(Date.parse(`${p.from}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Consecutive days one chunk covers: a function of the period alone, so a rerun cuts alike. */
const daysPerChunk = (p: PeriodParams) => Math.ceil(daysOf(p) / MAX_PERIOD_CHUNKS);

/** Chunk `index`'s days, in order (the last chunk may be shorter). */
function daysOfChunk(p: PeriodParams, index: number): CaseDay[] {
  const size = daysPerChunk(p);
  const days: CaseDay[] = [];
  for (let offset = index * size; offset < Math.min((index + 1) * size, daysOf(p)); offset++)
    days.push(caseDay(p, offset));
  return days;
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

function caseDay(p: PeriodParams, offset: number): CaseDay {
  return {
    provinceCode: `${p.regionCode.slice(0, 2)}0000`,
    regionCode: p.regionCode,
    day: dayOf(p, offset),
  };
}

/** Plans the period's chunks, after checking the starter's authority once more. */
async function planDays(job: JobContext<PeriodParams>): Promise<number> {
  requireRegionAuthority(job.startedBy, job.params.regionCode);
  return Math.ceil(daysOf(job.params) / daysPerChunk(job.params));
}

/**
 * `settlement.reprice-period`: re-prices every current revision of a region's cases discharged in
 * the period with the standards in force, day by day (a chunk's days in its one transaction; the
 * standards read once per chunk), replacing each day's
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
    const ctx = contextOfJob(job);
    const standards = new StandardCache();
    for (const day of daysOfChunk(job.params, index)) {
      const started = Date.now();
      const outcome = await repriceDay(ctx, day, standards);
      job.log.debug({ day: day.day, ms: Date.now() - started, ...outcome }, 'day re-priced');
    }
  },
});

/**
 * `case.regroup-period`: groups every current revision of a region's cases discharged in the
 * period again with the catalogs in force (the ingest's grouper), rewriting a changed grouping
 * in place with the old and new result in the audit `case_regrouping`, then re-prices the day in
 * the same transaction (`repriceDay`), so the payments follow the groups; day by day, as above.
 */
export const regroupPeriodJob = defineJob<PeriodParams>({
  kind: 'case.regroup-period',
  parse: parsePeriodParams,
  chunkTimeoutSeconds: 180,
  plan: planDays,
  runChunk: async (job, index) => {
    const ctx = contextOfJob(job);
    const standards = new StandardCache();
    for (const day of daysOfChunk(job.params, index)) {
      const regrouped = await regroupRevisions(ctx, await currentRevisionsOf(ctx, day), job.runId);
      const repriced = await repriceDay(ctx, day, standards);
      job.log.debug({ day: day.day, changed: regrouped.changed, ...repriced }, 'day regrouped');
    }
  },
});

/** The period jobs this module defines (registered in src/modules/index.ts). */
export const settlementJobs = [repricePeriodJob, regroupPeriodJob] as const;
