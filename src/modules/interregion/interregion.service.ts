import { atomically, insertFromUnnest, sqlClientOf } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { toCsv } from '../../shared/csv';
import { Scope } from '../identity';
import { jobInProgress, startComputation, type JobRun } from '../job';
import { clearYearJob } from './clear-year.job';
import { POOLED_CLEARINGS_MISSING } from './pair-figures.sql';
import { InterRegionVariant } from './interregion.enums';
import { InterRegionError } from './interregion.errors';
import {
  InterRegionPair,
  InterRegionPosition,
  InterRegionRun,
  type InterRegionPrepaymentInput,
} from './interregion.types';
import { requireYear } from '../../shared/dates';

const RUN_COLUMNS = `id as "uuid", province_code as "provinceCode", year, variant, status,
  computed_at as "computedAt", approved_at as "approvedAt", job_run_id as "jobRunId"`;

const PAIR_COLUMNS = `treatment_region_code as "treatmentRegionCode",
  insured_region_code as "insuredRegionCode", insurance_type as "insuranceType",
  case_count as "caseCount", unpriced_cases as "unpricedCases", total_cost::text as "totalCost",
  patient_share::text as "patientShare", itemised_fund_paid::text as "itemisedFundPaid",
  drg_dip_fund_due::text as "drgDipFundDue", points::text as "points",
  point_value::text as "pointValue", coefficient_applied::text as "coefficientApplied",
  special_cases as "specialCases", disputed_cases as "disputedCases",
  prepayment::text as "prepayment", due::text as "due", delta::text as "delta",
  balance::text as "balance"`;

const PREPAYMENT_COLUMNS = [
  { name: 'province_code', type: 'varchar' },
  { name: 'year', type: 'integer' },
  { name: 'treatment_region_code', type: 'varchar' },
  { name: 'insured_region_code', type: 'varchar' },
  { name: 'insurance_type', type: 'text' },
  { name: 'amount', type: 'numeric' },
];

/** Only the province itself sets, computes and approves its inter-region clearing. */
function requireOwnProvince(ctx: RequestContext, provinceCode: string): void {
  const p = ctx.principal;
  if (p.scope !== Scope.PROVINCE || p.code !== provinceCode)
    throw new InterRegionError(
      'WRONG_SCOPE',
      'Only the province itself clears between its regions (省级清算)',
    );
}

const toRun = (row: Record<string, unknown>) => Object.assign(new InterRegionRun(), row);

async function runRow(ctx: RequestContext, provinceCode: string, year: number, lock = '') {
  const [row] = await ctx.sql(
    `select ${RUN_COLUMNS} from inter_region_run where province_code = $1 and year = $2 ${lock}`,
    [provinceCode, year],
  );
  return row ? toRun(row) : null;
}

/** The variant a province clears a year under (set before computing). */
export async function setInterRegionVariant(
  ctx: RequestContext,
  provinceCode: string,
  year: number,
  variant: InterRegionVariant,
): Promise<InterRegionVariant> {
  requireYear(year);
  requireOwnProvince(ctx, provinceCode);
  await atomically(ctx.em, (em) =>
    em.execute(
      `insert into inter_region_settings (province_code, year, variant) values (?, ?, ?)
       on conflict (province_code, year) do update set variant = excluded.variant`,
      [provinceCode, year, variant],
    ),
  );
  return variant;
}

/** The variant a province chose for a year, or null while it has chosen none. */
export async function findInterRegionVariant(
  ctx: RequestContext,
  provinceCode: string,
  year: number,
): Promise<InterRegionVariant | null> {
  requireYear(year);
  const [row] = await ctx.sql<{ variant: InterRegionVariant }>(
    'select variant from inter_region_settings where province_code = $1 and year = $2',
    [provinceCode, year],
  );
  return row?.variant ?? null;
}

/**
 * Replaces the year's prepayments between the province's regions, whole, all or nothing: every
 * row checked first (regions of the province, different, insurance type, amount ≥ 0 to the fen,
 * no pair twice).
 */
export async function setInterRegionPrepayments(
  ctx: RequestContext,
  provinceCode: string,
  year: number,
  rows: readonly InterRegionPrepaymentInput[],
): Promise<number> {
  requireYear(year);
  requireOwnProvince(ctx, provinceCode);
  if (rows.length > 10_000)
    throw new InterRegionError('INVALID_INPUT', 'At most 10,000 prepayments per call');
  const regions = new Set(
    (
      await ctx.sql<{ code: string }>('select code from pooling_region where province_code = $1', [
        provinceCode,
      ])
    ).map((r) => r.code),
  );
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const fail = (message: string) => {
      throw new InterRegionError('INVALID_INPUT', `prepayments[${i}]: ${message}`, {
        field: `prepayments[${i}]`,
      });
    };
    if (!regions.has(r.treatmentRegionCode) || !regions.has(r.insuredRegionCode))
      fail('both regions must be pooling regions of the province');
    if (r.treatmentRegionCode === r.insuredRegionCode) fail('the two regions must differ');
    if (r.insuranceType !== 'EMPLOYEE' && r.insuranceType !== 'RESIDENT')
      fail('insuranceType must be EMPLOYEE or RESIDENT');
    if (r.amount.lt(0) || r.amount.decimalPlaces() > 2 || r.amount.gte('1e16'))
      fail('amount must be ≥ 0, to the fen');
    const key = `${r.treatmentRegionCode}|${r.insuredRegionCode}|${r.insuranceType}`;
    if (seen.has(key)) fail('this pair is listed twice');
    seen.add(key);
  });
  await atomically(ctx.em, async (em) => {
    await em.execute('delete from inter_region_prepayment where province_code = ? and year = ?', [
      provinceCode,
      year,
    ]);
    await insertFromUnnest(
      await sqlClientOf(em),
      'inter_region_prepayment',
      PREPAYMENT_COLUMNS,
      rows.map((r) => [
        provinceCode,
        year,
        r.treatmentRegionCode,
        r.insuredRegionCode,
        r.insuranceType,
        r.amount.toFixed(2),
      ]),
    );
  });
  return rows.length;
}

/**
 * Starts (re)computing the province's clearing of a year under its variant, as a job run as the
 * province. An approved year is never recomputed (CONFLICT).
 */
export async function computeInterRegionClearing(
  ctx: RequestContext,
  provinceCode: string,
  year: number,
): Promise<{ clearing: InterRegionRun; job: JobRun }> {
  requireYear(year);
  requireOwnProvince(ctx, provinceCode);
  const [settings] = await ctx.sql<{ variant: InterRegionVariant }>(
    'select variant from inter_region_settings where province_code = $1 and year = $2',
    [provinceCode, year],
  );
  if (!settings)
    throw new InterRegionError(
      'NO_VARIANT',
      `Choose the variant for ${year} first (setInterRegionVariant)`,
    );
  if (settings.variant === InterRegionVariant.POOLED) {
    const missing = await ctx.sql<{ region_code: string }>(POOLED_CLEARINGS_MISSING, [
      provinceCode,
      year,
    ]);
    if (missing.length > 0)
      throw new InterRegionError(
        'POINT_VALUE_REQUIRED',
        `POOLED clearing pays out-of-region points at each treatment site’s annual point value: approve the annual clearing of ${year} under POOLED of ${missing.map((m) => m.region_code).join(', ')} first`,
        { regions: missing.map((m) => m.region_code) },
      );
  }
  const existing = await runRow(ctx, provinceCode, year, 'for update');
  if (existing?.status === 'APPROVED')
    throw new InterRegionError('APPROVED', `The clearing of ${year} is approved`);
  const uuid = await atomically(ctx.em, async (em) => {
    const [row] = await em.execute<{ id: string }[]>(
      `insert into inter_region_run (province_code, year, variant) values (?, ?, ?)
       on conflict (province_code, year) do update set variant = excluded.variant
       returning id`,
      [provinceCode, year, settings.variant],
    );
    return row!.id;
  });
  const job = await startComputation(ctx, 'inter_region_run', uuid, clearYearJob, {
    provinceCode,
    year,
    runId: uuid,
  });
  return { clearing: (await runRow(ctx, provinceCode, year))!, job };
}

/** Approves a computed clearing for good (审定): the database refuses any later change. */
export async function approveInterRegionClearing(
  ctx: RequestContext,
  provinceCode: string,
  year: number,
): Promise<InterRegionRun> {
  requireYear(year);
  requireOwnProvince(ctx, provinceCode);
  const run = await runRow(ctx, provinceCode, year, 'for update');
  if (!run) throw new InterRegionError('NOT_FOUND', `No clearing of ${year}: compute it first`);
  if (run.status === 'APPROVED')
    throw new InterRegionError('APPROVED', `The clearing of ${year} is already approved`);
  if (await jobInProgress(ctx, run.jobRunId))
    throw new InterRegionError('COMPUTING', `The clearing of ${year} is being computed`);
  if (!run.computedAt)
    throw new InterRegionError('NOT_COMPUTED', `The clearing of ${year} has not been computed`);
  await atomically(ctx.em, (em) =>
    em.execute(
      "update inter_region_run set status = 'APPROVED', approved_at = now() where id = ? and status = 'COMPUTED'",
      [run.uuid],
    ),
  );
  return (await runRow(ctx, provinceCode, year))!;
}

/** A province's clearing of a year as the caller may see it; null when absent or invisible. */
export function findInterRegionClearing(ctx: RequestContext, provinceCode: string, year: number) {
  requireYear(year);
  return runRow(ctx, provinceCode, year);
}

/** The run's pairs the caller may see (a region: those it is party to), optionally one region's. */
export async function clearingPairs(
  ctx: RequestContext,
  run: InterRegionRun,
  regionCode: string | undefined,
): Promise<InterRegionPair[]> {
  const rows = await ctx.sql(
    `select ${PAIR_COLUMNS} from inter_region_pair
     where province_code = $1 and run_id = $2
       and ($3::text is null or treatment_region_code = $3 or insured_region_code = $3)
     order by treatment_region_code, insured_region_code, insurance_type`,
    [run.provinceCode, run.uuid, regionCode ?? null],
  );
  return rows.map((row) => Object.assign(new InterRegionPair(), row));
}

/** The regions' net positions the caller may see (a region: its own). */
export async function clearingPositions(
  ctx: RequestContext,
  run: InterRegionRun,
): Promise<InterRegionPosition[]> {
  const rows = await ctx.sql(
    `select region_code as "regionCode", receivable::text as "receivable",
       payable::text as "payable", net::text as "net"
     from inter_region_position where province_code = $1 and run_id = $2 order by region_code`,
    [run.provinceCode, run.uuid],
  );
  return rows.map((row) => Object.assign(new InterRegionPosition(), row));
}

const PAIR_HEADER = [
  '就医地 treatment region',
  '参保地 insured region',
  '险种 insurance type',
  '病例数 cases',
  '未定价 unpriced',
  '医疗总费用 total cost',
  '个人负担 patient share',
  '按项目基金支付 itemised fund paid',
  '病组病种基金应付 DRG/DIP fund due',
  '点数 points',
  '点值 point value',
  '异地调节系数 coefficient',
  '特例单议 special cases',
  '争议病例 disputed cases',
  '预付金 prepayment',
  '应付 due',
  '差额 delta',
  '应清算 balance',
];

const pairRow = (p: InterRegionPair) => [
  p.treatmentRegionCode,
  p.insuredRegionCode,
  p.insuranceType,
  p.caseCount,
  p.unpricedCases,
  p.totalCost,
  p.patientShare,
  p.itemisedFundPaid,
  p.drgDipFundDue,
  p.points,
  p.pointValue,
  p.coefficientApplied,
  p.specialCases,
  p.disputedCases,
  p.prepayment,
  p.due,
  p.delta,
  p.balance,
];

/** The matrix the caller may see as CSV (UTF-8 with BOM, CRLF): one line per pair. */
export async function matrixCsv(ctx: RequestContext, run: InterRegionRun): Promise<string> {
  return toCsv(PAIR_HEADER, (await clearingPairs(ctx, run, undefined)).map(pairRow));
}

/**
 * A region's statement as CSV (UTF-8 with BOM): its pairs (as treatment and as insured site),
 * then its position — the same figures as its rows of the matrix.
 */
export async function statementCsv(
  ctx: RequestContext,
  run: InterRegionRun,
  regionCode: string,
): Promise<string> {
  const pairs = (await clearingPairs(ctx, run, regionCode)).map(pairRow);
  const position = (await clearingPositions(ctx, run)).find((p) => p.regionCode === regionCode);
  // then the position, under its own header, after a blank line
  const footer = position
    ? [
        [],
        ['净头寸 position', '统筹地区 region', '应收 receivable', '应付 payable', '净额 net'],
        [null, regionCode, position.receivable, position.payable, position.net],
      ]
    : [];
  return toCsv(PAIR_HEADER, [...pairs, ...footer]);
}

/** `node(id:)` fetcher. */
export async function findInterRegionRunByKey(ctx: RequestContext, key: string) {
  if (!/^[0-9a-f-]{36}$/.test(key)) return null;
  const [row] = await ctx.sql(`select ${RUN_COLUMNS} from inter_region_run where id = $1::uuid`, [
    key,
  ]);
  return row ? toRun(row) : null;
}
