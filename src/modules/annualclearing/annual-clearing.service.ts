import { atomically, insertFromUnnest, sqlClientOf } from '../../db';
import { displayPointValue } from '../../domain/clearing';
import { Dec } from '../../domain/decimal';
import type { RequestContext } from '../../graphql/context';
import { budgetInForce } from '../budget';
import { Scope } from '../identity';
import { jobInProgress, startComputation, type JobRun } from '../job';
import { AnnualClearingError } from './annual-clearing.errors';
import { RUN_COLUMNS } from './annual-clearing.sql';
import {
  AnnualClearing,
  AnnualClearingAlliance,
  AnnualClearingLine,
  AnnualClearingPool,
  AssessmentScore,
  type AssessmentScoreInput,
} from './annual-clearing.types';
import { clearRegionJob } from './clear-region.job';
import { requireYear } from '../../shared/dates';

/** Only a region clears its own hospitals (defence in depth: RLS says the same). */
function requireOwnRegion(ctx: RequestContext, regionCode: string): void {
  const p = ctx.principal;
  if (p.scope !== Scope.REGION || p.code !== regionCode)
    throw new AnnualClearingError(
      'WRONG_SCOPE',
      'Only the pooling region itself clears its hospitals’ year (年度清算)',
    );
}

const toRun = (row: Record<string, unknown>) => Object.assign(new AnnualClearing(), row);

async function runRow(ctx: RequestContext, regionCode: string, year: number, lock = '') {
  const [row] = await ctx.sql(
    `select ${RUN_COLUMNS} from annual_clearing where region_code = $1 and year = $2 ${lock}`,
    [regionCode, year],
  );
  return row ? toRun(row) : null;
}

async function refuseApproved(ctx: RequestContext, regionCode: string, year: number) {
  const existing = await runRow(ctx, regionCode, year, 'for update');
  if (existing?.status === 'APPROVED')
    throw new AnnualClearingError('APPROVED', `The clearing of ${year} is approved`);
  return existing;
}

/**
 * Replaces the region's assessment scores of a year (考核得分), whole, all or nothing: each a
 * hospital of the region, once, 0–1000 to 2 decimals. Refused once the year is approved.
 */
export async function setAssessmentScores(
  ctx: RequestContext,
  regionCode: string,
  year: number,
  scores: readonly AssessmentScoreInput[],
): Promise<AssessmentScore[]> {
  requireYear(year);
  requireOwnRegion(ctx, regionCode);
  if (scores.length > 10_000)
    throw new AnnualClearingError('INVALID_INPUT', 'At most 10,000 scores per call');
  const hospitals = new Set(
    (
      await ctx.sql<{ code: string }>('select code from hospital where region_code = $1', [
        regionCode,
      ])
    ).map((h) => h.code),
  );
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const fail = (message: string) => {
      throw new AnnualClearingError('INVALID_INPUT', `scores[${i}]: ${message}`, {
        field: `scores[${i}]`,
      });
    };
    if (!hospitals.has(s.hospitalCode)) fail('not a hospital of the region');
    if (seen.has(s.hospitalCode)) fail('this hospital is listed twice');
    seen.add(s.hospitalCode);
    if (s.score.lt(0) || s.score.gt(1000) || s.score.decimalPlaces() > 2)
      fail('score must be 0–1000, at most 2 decimals');
  });
  await refuseApproved(ctx, regionCode, year);
  const province = ctx.principal.provinceCode!;
  await atomically(ctx.em, async (em) => {
    await em.execute(
      'delete from annual_assessment where province_code = ? and region_code = ? and year = ?',
      [province, regionCode, year],
    );
    await insertFromUnnest(
      await sqlClientOf(em),
      'annual_assessment',
      [
        { name: 'province_code', type: 'varchar' },
        { name: 'region_code', type: 'varchar' },
        { name: 'year', type: 'integer' },
        { name: 'hospital_code', type: 'varchar' },
        { name: 'score', type: 'numeric' },
      ],
      scores.map((s) => [province, regionCode, year, s.hospitalCode, s.score.toFixed(2)]),
    );
  });
  return assessmentScores(ctx, regionCode, year);
}

/** The region's assessment scores of a year the caller may see (a hospital: its own). */
export async function assessmentScores(
  ctx: RequestContext,
  regionCode: string,
  year: number,
): Promise<AssessmentScore[]> {
  requireYear(year);
  const rows = await ctx.sql(
    `select hospital_code as "hospitalCode", score::text as score from annual_assessment
     where region_code = $1 and year = $2 order by hospital_code`,
    [regionCode, year],
  );
  return rows.map((row) => Object.assign(new AssessmentScore(), row));
}

/**
 * Starts (re)computing the region's annual clearing of a year as a job run as the region: under
 * the budget of the year in force at its last day, once every monthly batch of the year is
 * closed (the monthly payments are final). An approved year is never recomputed (CONFLICT).
 */
export async function computeAnnualClearing(
  ctx: RequestContext,
  regionCode: string,
  year: number,
): Promise<{ clearing: AnnualClearing; job: JobRun }> {
  requireYear(year);
  requireOwnRegion(ctx, regionCode);
  const budget = await budgetInForce(ctx, regionCode, `${year}-12-31`);
  if (!budget || budget.year !== year)
    throw new AnnualClearingError(
      'NO_BUDGET',
      `No published budget of ${year} is in force for ${regionCode} at the year’s end`,
    );
  const [open] = await ctx.sql<{ month: string }>(
    `select min(month)::text as month from monthly_batch
     where region_code = $1 and status = 'OPEN'
       and month >= make_date($2, 1, 1) and month < make_date($2 + 1, 1, 1)`,
    [regionCode, year],
  );
  if (open?.month)
    throw new AnnualClearingError(
      'MONTHLY_OPEN',
      `The monthly batch of ${open.month.slice(0, 7)} is open: close the year’s batches first`,
    );
  await refuseApproved(ctx, regionCode, year);
  const province = ctx.principal.provinceCode!;
  const [settings] = await ctx.sql<{ variant: string }>(
    'select variant from inter_region_settings where province_code = $1 and year = $2',
    [province, year],
  );
  const uuid = await atomically(ctx.em, async (em) => {
    const [row] = await em.execute<{ id: string }[]>(
      `insert into annual_clearing (province_code, region_code, year, budget_id, variant)
       values (?, ?, ?, ?, ?)
       on conflict (region_code, year) do update
         set budget_id = excluded.budget_id, variant = excluded.variant
       returning id`,
      [province, regionCode, year, budget.uuid, settings?.variant ?? null],
    );
    return row!.id;
  });
  const job = await startComputation(ctx, 'annual_clearing', uuid, clearRegionJob, {
    provinceCode: province,
    runId: uuid,
  });
  return { clearing: (await runRow(ctx, regionCode, year))!, job };
}

/** Approves a computed clearing for good (审定): the database refuses any later change. */
export async function approveAnnualClearing(
  ctx: RequestContext,
  regionCode: string,
  year: number,
): Promise<AnnualClearing> {
  requireYear(year);
  requireOwnRegion(ctx, regionCode);
  const run = await runRow(ctx, regionCode, year, 'for update');
  if (!run) throw new AnnualClearingError('NOT_FOUND', `No clearing of ${year}: compute it first`);
  if (run.status === 'APPROVED')
    throw new AnnualClearingError('APPROVED', `The clearing of ${year} is already approved`);
  if (await jobInProgress(ctx, run.jobRunId))
    throw new AnnualClearingError('COMPUTING', `The clearing of ${year} is being computed`);
  if (!run.computedAt)
    throw new AnnualClearingError('NOT_COMPUTED', `The clearing of ${year} has not been computed`);
  await atomically(ctx.em, (em) =>
    em.execute(
      "update annual_clearing set status = 'APPROVED', approved_at = now() where id = ? and status = 'COMPUTED'",
      [run.uuid],
    ),
  );
  return (await runRow(ctx, regionCode, year))!;
}

/** A region's clearing of a year as the caller may see it; null when absent or invisible. */
export function findAnnualClearing(ctx: RequestContext, regionCode: string, year: number) {
  requireYear(year);
  return runRow(ctx, regionCode, year);
}

/** The clearing's pools (one per fund), the point value unrounded and as shown. */
export async function clearingPools(
  ctx: RequestContext,
  run: AnnualClearing,
): Promise<AnnualClearingPool[]> {
  const rows = await ctx.sql<Record<string, string | null>>(
    `select insurance_type as "insuranceType", formula, fund_budget::text as "fundBudget",
       out_of_region_budget::text as "outOfRegionBudget", reserve::text as reserve,
       distributable::text as distributable, total_points::text as "totalPoints",
       patient_share::text as "patientShare", point_value::text as "pointValue"
     from annual_clearing_pool where province_code = $1 and run_id = $2 order by insurance_type`,
    [run.provinceCode, run.uuid],
  );
  return rows.map((row) =>
    Object.assign(new AnnualClearingPool(), row, {
      pointValueDisplay:
        row.pointValue === null ? null : displayPointValue(new Dec(row.pointValue!)),
    }),
  );
}

/** The clearing's lines the caller may see (a hospital: its own), by hospital code. */
export async function clearingLines(
  ctx: RequestContext,
  run: AnnualClearing,
  hospitalCode: string | undefined,
): Promise<AnnualClearingLine[]> {
  const rows = await ctx.sql(
    `select hospital_code as "hospitalCode", case_count as "caseCount", points::text as points,
       gross::text as gross, patient_share::text as "patientShare", fund_due::text as "fundDue",
       fixed_fund_due::text as "fixedFundDue", out_of_region_fund_due::text as "outOfRegionFundDue",
       special_case_adjustment::text as "specialCaseAdjustment",
       exclusion_adjustment::text as "exclusionAdjustment",
       assessment_score::text as "assessmentScore",
       assessment_adjustment::text as "assessmentAdjustment", alliance_code as "allianceCode",
       alliance_adjustment::text as "allianceAdjustment", capitation::text as capitation,
       deposit_withheld::text as "depositWithheld", deposit_released::text as "depositReleased",
       monthly_payments::text as "monthlyPayments",
       prepayment_recovered::text as "prepaymentRecovered",
       clearing_amount::text as "clearingAmount"
     from annual_clearing_line
     where province_code = $1 and run_id = $2 and ($3::text is null or hospital_code = $3)
     order by hospital_code`,
    [run.provinceCode, run.uuid, hospitalCode ?? null],
  );
  return rows.map((row) => Object.assign(new AnnualClearingLine(), row));
}

/** The clearing's medical alliances, by code. */
export async function clearingAlliances(
  ctx: RequestContext,
  run: AnnualClearing,
): Promise<AnnualClearingAlliance[]> {
  const rows = await ctx.sql(
    `select alliance_code as "allianceCode", lead_hospital_code as "leadHospitalCode",
       budget::text as budget, actual::text as actual, balance::text as balance,
       shared::text as shared, settlement::text as settlement, adjustment::text as adjustment
     from annual_clearing_alliance where province_code = $1 and run_id = $2
     order by alliance_code`,
    [run.provinceCode, run.uuid],
  );
  return rows.map((row) => Object.assign(new AnnualClearingAlliance(), row));
}

/** `node(id:)` fetcher. */
export async function findAnnualClearingByKey(ctx: RequestContext, key: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key)) return null;
  const [row] = await ctx.sql(`select ${RUN_COLUMNS} from annual_clearing where id = $1::uuid`, [
    key,
  ]);
  return row ? toRun(row) : null;
}
