import { atomically } from '../../db';
import { parseBudgetParameters } from '../../domain/budget';
import { FULL_PAYMENT, refuseTerms, type MonthlyTerms } from '../../domain/clearing';
import { budgetInForce } from '../budget';
import type { RequestContext } from '../../graphql/context';
import { Scope } from '../identity';
import { jobInProgress, startComputation, type JobRun } from '../job';
import { computeBatchJob } from './compute-batch.job';
import { BATCH_COLUMNS } from './monthly-batch.sql';
import { MonthlyBatch, MonthlyBatchLine } from './monthly-batch.types';
import { MonthlyError } from './monthly.errors';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` → the month's first day, or a coded error. */
export function monthStart(month: string): string {
  const m = MONTH.exec(month);
  if (!m || Number(m[1]) < 2000 || Number(m[1]) > 2100)
    throw new MonthlyError('INVALID_INPUT', 'month must be YYYY-MM (2000–2100)', {
      field: 'month',
    });
  return `${m[1]}-${m[2]}-01`;
}

/** Only a region computes and closes its own batches (defence in depth: RLS says the same). */
function requireOwnRegion(ctx: RequestContext, regionCode: string): void {
  const p = ctx.principal;
  if (p.scope !== Scope.REGION || p.code !== regionCode)
    throw new MonthlyError(
      'WRONG_SCOPE',
      'Only the pooling region itself computes and closes its monthly settlement',
    );
}

const toBatch = (row: Record<string, unknown>) => Object.assign(new MonthlyBatch(), row);

async function batchRow(
  ctx: RequestContext,
  regionCode: string,
  first: string,
  lock = '',
): Promise<MonthlyBatch | null> {
  const [row] = await ctx.sql(
    `select ${BATCH_COLUMNS} from monthly_batch where region_code = $1 and month = $2::date ${lock}`,
    [regionCode, first],
  );
  return row ? toBatch(row) : null;
}

/** The terms a month is paid at, and the budgeted point values (null: the standard's). */
interface BatchTerms extends MonthlyTerms {
  readonly pointValueEmployee: string | null;
  readonly pointValueResident: string | null;
}

/**
 * The terms a month is paid at: the monthly payment share and quality-deposit share of the
 * region's budget in force on the month's first day (both shares of the fund due; the deposit is
 * withheld from the provisional payment) and its budgeted point values (月度结算预算点值); the
 * full fund due at the standard's point value when no budget is in force.
 */
async function termsFor(
  ctx: RequestContext,
  regionCode: string,
  first: string,
): Promise<BatchTerms> {
  const budget = await budgetInForce(ctx, regionCode, first);
  if (!budget) return { ...FULL_PAYMENT, pointValueEmployee: null, pointValueResident: null };
  // a published budget passed this parser when it was published
  const parsed = parseBudgetParameters(budget.parameters);
  if (!parsed.ok)
    throw new MonthlyError('INVALID_BUDGET', 'The budget in force has invalid parameters');
  const terms = {
    paymentShare: parsed.value.monthlyPaymentShare,
    depositShare: parsed.value.qualityDepositShare,
  };
  const refused = refuseTerms(terms);
  if (refused)
    throw new MonthlyError('INVALID_BUDGET', `The budget in force cannot pay a month: ${refused}`);
  return {
    ...terms,
    pointValueEmployee: parsed.value.budgetedPointValueEmployee?.toFixed() ?? null,
    pointValueResident: parsed.value.budgetedPointValueResident?.toFixed() ?? null,
  };
}

/**
 * Starts (re)computing a region's monthly batch: creates the OPEN batch if there is none, with
 * the terms in force, and enqueues the computation as a job (run as the caller). Batches go in
 * month order: refused while an earlier month is still open or once a later month has a batch;
 * a closed month is never recomputed (CONFLICT).
 */
export async function computeMonthlySettlement(
  ctx: RequestContext,
  regionCode: string,
  month: string,
): Promise<{ batch: MonthlyBatch; job: JobRun }> {
  const first = monthStart(month);
  requireOwnRegion(ctx, regionCode);
  const [order] = await ctx.sql<{ earlier_open: string | null; later: string | null }>(
    `select
       (select min(month)::text from monthly_batch
         where region_code = $1 and month < $2::date and status = 'OPEN') as earlier_open,
       (select min(month)::text from monthly_batch where region_code = $1 and month > $2::date) as later`,
    [regionCode, first],
  );
  if (order?.earlier_open)
    throw new MonthlyError(
      'EARLIER_BATCH_OPEN',
      `Close the batch of ${order.earlier_open.slice(0, 7)} first: months are settled in order`,
    );
  if (order?.later)
    throw new MonthlyError(
      'LATER_BATCH_EXISTS',
      `A later month (${order.later.slice(0, 7)}) already has a batch: months are settled in order`,
    );
  const terms = await termsFor(ctx, regionCode, first);
  const existing = await batchRow(ctx, regionCode, first, 'for update');
  if (existing?.status === 'CLOSED')
    throw new MonthlyError('BATCH_CLOSED', `The batch of ${month} is closed`);
  const province = ctx.principal.provinceCode!;
  const uuid = await atomically(ctx.em, async (em) => {
    const [row] = await em.execute<{ id: string }[]>(
      `insert into monthly_batch (province_code, region_code, month, payment_share, deposit_share,
         point_value_employee, point_value_resident)
       values (?, ?, ?::date, ?, ?, ?, ?)
       on conflict (region_code, month) do update
         set payment_share = excluded.payment_share, deposit_share = excluded.deposit_share,
           point_value_employee = excluded.point_value_employee,
           point_value_resident = excluded.point_value_resident
       returning id`,
      [
        province,
        regionCode,
        first,
        terms.paymentShare.toFixed(),
        terms.depositShare.toFixed(),
        terms.pointValueEmployee,
        terms.pointValueResident,
      ],
    );
    return row!.id;
  });
  const job = await startComputation(ctx, 'monthly_batch', uuid, computeBatchJob, {
    provinceCode: province,
    batchId: uuid,
  });
  return { batch: (await batchRow(ctx, regionCode, first))!, job };
}

/**
 * Closes a computed batch for good (关账): the database refuses any later change to it or its
 * rows. Closing twice → CONFLICT; a batch never computed, or whose computation is still queued
 * or running → PRECONDITION_FAILED.
 */
export async function closeMonthlySettlement(
  ctx: RequestContext,
  regionCode: string,
  month: string,
): Promise<MonthlyBatch> {
  const first = monthStart(month);
  requireOwnRegion(ctx, regionCode);
  const batch = await batchRow(ctx, regionCode, first, 'for update');
  if (!batch) throw new MonthlyError('NOT_FOUND', `No batch for ${month}: compute it first`);
  if (batch.status === 'CLOSED')
    throw new MonthlyError('BATCH_CLOSED', `The batch of ${month} is already closed`);
  if (await jobInProgress(ctx, batch.jobRunId))
    throw new MonthlyError('COMPUTING', `The batch of ${month} is being computed; close it after`);
  if (!batch.computedAt)
    throw new MonthlyError('NOT_COMPUTED', `The batch of ${month} has not been computed`);
  await atomically(ctx.em, (em) =>
    em.execute(
      "update monthly_batch set status = 'CLOSED', closed_at = now() where id = ? and status = 'OPEN'",
      [batch.uuid],
    ),
  );
  return (await batchRow(ctx, regionCode, first))!;
}

/** A region's batch of a month, as the caller may see it; null when absent or invisible. */
export function findMonthlyBatch(ctx: RequestContext, regionCode: string, month: string) {
  return batchRow(ctx, regionCode, monthStart(month));
}

/** A region's batches of a year, in month order (at most 12). */
export async function listMonthlyBatches(
  ctx: RequestContext,
  regionCode: string,
  year: number,
): Promise<MonthlyBatch[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new MonthlyError('INVALID_INPUT', 'year must be in 2000–2100', { field: 'year' });
  const rows = await ctx.sql(
    `select ${BATCH_COLUMNS} from monthly_batch
     where region_code = $1 and month >= make_date($2, 1, 1) and month < make_date($2 + 1, 1, 1)
     order by month`,
    [regionCode, year],
  );
  return rows.map(toBatch);
}

/** The batch's hospital lines the caller may see (a hospital: its own), by hospital code. */
export async function batchLines(
  ctx: RequestContext,
  batch: MonthlyBatch,
  hospitalCode: string | undefined,
): Promise<MonthlyBatchLine[]> {
  const rows = await ctx.sql(
    `select hospital_code as "hospitalCode", case_count as "caseCount",
       correction_count as "correctionCount", fund_due::text as "fundDue",
       provisional::text as "provisional", deposit::text as "deposit", paid::text as "paid"
     from monthly_batch_line
     where province_code = $1 and batch_id = $2 and ($3::text is null or hospital_code = $3)
     order by hospital_code`,
    [batch.provinceCode, batch.uuid, hospitalCode ?? null],
  );
  return rows.map((row) => Object.assign(new MonthlyBatchLine(), row));
}

/** `node(id:)` fetcher. */
export async function findMonthlyBatchByKey(
  ctx: RequestContext,
  key: string,
): Promise<MonthlyBatch | null> {
  if (!/^[0-9a-f-]{36}$/.test(key)) return null;
  const [row] = await ctx.sql(`select ${BATCH_COLUMNS} from monthly_batch where id = $1::uuid`, [
    key,
  ]);
  return row ? toBatch(row) : null;
}
