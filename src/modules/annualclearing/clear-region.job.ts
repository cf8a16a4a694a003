import { defineJob, insertFromUnnest } from '../../db';
import {
  parseBudgetParameters,
  parseSharingBands,
  type BudgetParameters,
} from '../../domain/budget';
import {
  allianceActual,
  annualClearingLine,
  capitationLine,
  computePointValue,
  PointValueError,
  settleAlliance,
  splitAdjustment,
  type AnnualClearingLine,
  type AnnualHospitalYear,
  type PointValueFormula,
  type PoolPart,
} from '../../domain/clearing';
import { Dec, toFen } from '../../domain/decimal';
import { badInput } from '../../shared/errors';
import { CAPITATION_FIGURES } from '../capitation';
import { AnnualClearingError } from './annual-clearing.errors';
import { CASE_FIGURES, MONTHLY_FIGURES } from './annual-clearing.sql';

export interface ClearRegionParams {
  readonly provinceCode: string;
  readonly runId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FUNDS = ['EMPLOYEE', 'RESIDENT'] as const;
type Fund = (typeof FUNDS)[number];

interface CaseFigures {
  hospital_code: string;
  insurance_type: Fund;
  cases: number;
  unpriced: number;
  points: string;
  patient_share: string;
  special_case_adjustment: string;
  fixed_fund_due: string;
  exclusion_adjustment: string;
  out_of_region_fund_due: string;
}

interface Pool {
  readonly insuranceType: Fund;
  readonly formula: PointValueFormula;
  readonly fundBudget: Dec;
  readonly outOfRegionBudget: Dec;
  readonly reserve: Dec;
  readonly distributable: Dec;
  readonly totalPoints: Dec;
  readonly patientShare: Dec;
  readonly pointValue: Dec | null;
}

const columns = (pairs: string[][]) => pairs.map(([name, type]) => ({ name: name!, type: type! }));
const POOL_COLUMNS = columns([
  ['province_code', 'varchar'],
  ['run_id', 'uuid'],
  ['region_code', 'varchar'],
  ['insurance_type', 'text'],
  ['formula', 'text'],
  ['fund_budget', 'numeric'],
  ['out_of_region_budget', 'numeric'],
  ['reserve', 'numeric'],
  ['distributable', 'numeric'],
  ['total_points', 'numeric'],
  ['patient_share', 'numeric'],
  ['point_value', 'numeric'],
]);
const LINE_COLUMNS = columns([
  ['province_code', 'varchar'],
  ['run_id', 'uuid'],
  ['region_code', 'varchar'],
  ['hospital_code', 'varchar'],
  ['case_count', 'integer'],
  ['points', 'numeric'],
  ['gross', 'numeric'],
  ['patient_share', 'numeric'],
  ['fund_due', 'numeric'],
  ['fixed_fund_due', 'numeric'],
  ['out_of_region_fund_due', 'numeric'],
  ['special_case_adjustment', 'numeric'],
  ['exclusion_adjustment', 'numeric'],
  ['assessment_score', 'numeric'],
  ['assessment_adjustment', 'numeric'],
  ['alliance_code', 'text'],
  ['alliance_adjustment', 'numeric'],
  ['capitation', 'numeric'],
  ['deposit_withheld', 'numeric'],
  ['deposit_released', 'numeric'],
  ['monthly_payments', 'numeric'],
  ['prepayment_recovered', 'numeric'],
  ['clearing_amount', 'numeric'],
]);
const ALLIANCE_COLUMNS = columns([
  ['province_code', 'varchar'],
  ['run_id', 'uuid'],
  ['region_code', 'varchar'],
  ['alliance_code', 'text'],
  ['lead_hospital_code', 'varchar'],
  ['budget', 'numeric'],
  ['actual', 'numeric'],
  ['balance', 'numeric'],
  ['shared', 'numeric'],
  ['settlement', 'numeric'],
  ['adjustment', 'numeric'],
]);

const ZERO = new Dec(0);
const sum = (xs: Iterable<Dec>) => [...xs].reduce((s, x) => s.plus(x), ZERO);
const byFund = <T>(employee: T, resident: T, fund: Fund) =>
  fund === 'EMPLOYEE' ? employee : resident;

/**
 * A fund's pool: budget (+ the out-of-region budget under POOLED), reserve first, then the point
 * value by the region's formula (§5), unrounded. A fund whose cases earned no points has no
 * point value (nothing is paid by it) unless it is FIXED.
 */
function poolOf(
  p: BudgetParameters,
  fund: Fund,
  outOfRegionBudget: Dec,
  totalPoints: Dec,
  patientShare: Dec,
): Pool {
  const fundBudget = byFund(p.fundBudgetEmployee, p.fundBudgetResident, fund);
  const budget = fundBudget.plus(outOfRegionBudget);
  const base = { insuranceType: fund, formula: p.pointValueFormula, fundBudget, outOfRegionBudget };
  if (p.pointValueFormula !== 'FIXED' && !totalPoints.gt(0)) {
    const reserve = toFen(budget.times(p.reserveShare));
    return {
      ...base,
      reserve,
      distributable: budget.minus(reserve),
      totalPoints,
      patientShare,
      pointValue: null,
    };
  }
  try {
    const result = computePointValue({
      formula: p.pointValueFormula,
      fundBudget: budget,
      reserveShare: p.reserveShare,
      totalPoints,
      patientShare,
      reimbursementRatio: byFund(p.reimbursementRatioEmployee, p.reimbursementRatioResident, fund),
      fixedPointValue: byFund(p.fixedPointValueEmployee, p.fixedPointValueResident, fund),
    });
    return { ...base, ...result, totalPoints, patientShare };
  } catch (error) {
    if (error instanceof PointValueError)
      throw new AnnualClearingError(
        'INVALID_BUDGET',
        `The budget cannot fix the ${fund} point value: ${error.message}`,
      );
    throw error;
  }
}

/**
 * Clears a region's year (年度清算, DOMAIN-FORMULAS §5): one chunk — the figures in a few
 * set-based statements (cases per hospital and fund, monthly payments, prepayments, scores,
 * capitation, alliances), the point value and every line by the pure domain functions, and the
 * run's pools, lines and alliances replaced whole in the chunk's transaction, so a crash leaves
 * nothing half-written and a rerun on the same inputs writes identical rows. Runs as the region
 * that started it: row-level security limits every read to what the region may see.
 */
export const clearRegionJob = defineJob<ClearRegionParams>({
  kind: 'annualclearing.clear-region',
  parse(raw) {
    const v = raw as Partial<ClearRegionParams> | null;
    if (!v || typeof v.provinceCode !== 'string' || !/^\d{6}$/.test(v.provinceCode))
      throw badInput('provinceCode must be a province code', 'provinceCode');
    if (typeof v.runId !== 'string' || !UUID.test(v.runId))
      throw badInput('runId must be a clearing id', 'runId');
    return { provinceCode: v.provinceCode, runId: v.runId };
  },
  plan: async () => 1,
  async runChunk(ctx) {
    const { provinceCode, runId } = ctx.params;
    // the row lock serialises with an approval: an approved clearing is never recomputed
    const [run] = await ctx.query<{
      status: string;
      region_code: string;
      year: number;
      budget_id: string;
      variant: string | null;
    }>(
      `select status, region_code, year, budget_id, variant from annual_clearing
       where province_code = $1 and id = $2 for update`,
      [provinceCode, runId],
    );
    if (!run) throw new AnnualClearingError('NOT_FOUND', 'The annual clearing is not visible');
    if (run.status === 'APPROVED')
      throw new AnnualClearingError('APPROVED', 'The clearing was approved before it was computed');
    const region = run.region_code;
    const year = run.year;
    const [budget] = await ctx.query<{ parameters: Record<string, unknown> }>(
      'select parameters from budget where id = $1',
      [run.budget_id],
    );
    const parsed = budget ? parseBudgetParameters(budget.parameters) : null;
    if (!parsed?.ok)
      throw new AnnualClearingError('INVALID_BUDGET', 'The budget cleared under is unreadable');
    const p = parsed.value;
    const pooled = run.variant === 'POOLED';
    const args = [provinceCode, region, year];

    const cases = await ctx.query<CaseFigures>(CASE_FIGURES, [...args, pooled]);
    const monthly = await ctx.query<{ hospital_code: string; deposit: string; paid: string }>(
      MONTHLY_FIGURES,
      args,
    );
    const prepaid = await ctx.query<{ hospital_code: string; granted: string }>(
      `select hospital_code, sum(granted)::text as granted from budget_prepayment
       where version_id = $1 and granted is not null group by hospital_code`,
      [run.budget_id],
    );
    const scores = await ctx.query<{ hospital_code: string; score: string }>(
      `select hospital_code, score::text as score from annual_assessment
       where province_code = $1 and region_code = $2 and year = $3`,
      args,
    );
    const capitation = await ctx.query<{
      hospital_code: string;
      person_months: string;
      referral_cost: string;
      per_head_month: string;
    }>(CAPITATION_FIGURES, [region, year, null]);
    const outOfRegion = pooled
      ? await ctx.query<{ insurance_type: Fund; amount: string }>(
          `select insurance_type, sum(amount)::text as amount from budget_out_of_region
           where version_id = $1 group by insurance_type`,
          [run.budget_id],
        )
      : [];
    const alliances = await ctx.query<{
      code: string;
      lead_hospital_code: string;
      budget: string;
      surplus_bands: unknown;
      overspend_bands: unknown;
    }>(
      `select code, lead_hospital_code, (budget_employee + budget_resident)::text as budget,
         surplus_bands, overspend_bands
       from budget_alliance where version_id = $1 order by code`,
      [run.budget_id],
    );
    const members = await ctx.query<{ alliance_code: string; hospital_code: string; tilt: string }>(
      `select alliance_code, hospital_code, tilt::text as tilt from budget_alliance_member
       where version_id = $1 order by alliance_code, hospital_code`,
      [run.budget_id],
    );

    // the pools: one per fund
    const pools = new Map<Fund, Pool>();
    for (const fund of FUNDS) {
      const ofFund = cases.filter((c) => c.insurance_type === fund);
      pools.set(
        fund,
        poolOf(
          p,
          fund,
          new Dec(outOfRegion.find((o) => o.insurance_type === fund)?.amount ?? 0),
          sum(ofFund.map((c) => new Dec(c.points))),
          sum(ofFund.map((c) => new Dec(c.patient_share))),
        ),
      );
    }

    // each hospital's year
    const years = new Map<string, AnnualHospitalYear & { caseCount: number }>();
    const yearOf = (code: string) => {
      let y = years.get(code);
      if (!y) {
        y = {
          hospitalCode: code,
          caseCount: 0,
          pools: [],
          fixedFundDue: ZERO,
          outOfRegionFundDue: ZERO,
          specialCaseAdjustment: ZERO,
          exclusionAdjustment: ZERO,
          assessmentScore: null,
          allianceAdjustment: ZERO,
          capitation: ZERO,
          depositWithheld: ZERO,
          monthlyPayments: ZERO,
          prepaymentRecovered: ZERO,
        };
        years.set(code, y);
      }
      return y;
    };
    const update = (
      code: string,
      change: (y: AnnualHospitalYear & { caseCount: number }) => object,
    ) => years.set(code, { ...yearOf(code), ...change(yearOf(code)) });
    for (const c of cases)
      update(c.hospital_code, (y) => ({
        caseCount: y.caseCount + c.cases,
        pools: [
          ...y.pools,
          {
            points: new Dec(c.points),
            patientShare: new Dec(c.patient_share),
            pointValue: pools.get(c.insurance_type)!.pointValue,
          } satisfies PoolPart,
        ],
        fixedFundDue: y.fixedFundDue.plus(c.fixed_fund_due),
        outOfRegionFundDue: y.outOfRegionFundDue.plus(c.out_of_region_fund_due),
        specialCaseAdjustment: y.specialCaseAdjustment.plus(c.special_case_adjustment),
        exclusionAdjustment: y.exclusionAdjustment.plus(c.exclusion_adjustment),
      }));
    for (const m of monthly)
      update(m.hospital_code, () => ({
        depositWithheld: new Dec(m.deposit),
        monthlyPayments: new Dec(m.paid),
      }));
    for (const g of prepaid)
      update(g.hospital_code, () => ({ prepaymentRecovered: new Dec(g.granted) }));
    for (const r of capitation)
      update(r.hospital_code, (y) => ({
        capitation: y.capitation.plus(
          capitationLine({
            personMonths: Number(r.person_months),
            perHeadMonth: new Dec(r.per_head_month),
            referralCost: new Dec(r.referral_cost),
          }).net,
        ),
      }));
    // a score alone makes no line: there is nothing to adjust
    for (const s of scores)
      if (years.has(s.hospital_code))
        update(s.hospital_code, () => ({ assessmentScore: new Dec(s.score) }));

    // the alliances: their members' actual against the combined budget, by the budget's bands
    const allianceOf = new Map<string, string>();
    const allianceRows: unknown[][] = [];
    for (const a of alliances) {
      const surplus = parseSharingBands(a.surplus_bands);
      const overspend = parseSharingBands(a.overspend_bands);
      if (!surplus.ok || !overspend.ok)
        throw new AnnualClearingError('INVALID_BUDGET', `Alliance ${a.code} has unreadable bands`);
      const own = members
        .filter((m) => m.alliance_code === a.code && years.has(m.hospital_code))
        .map((m) => ({
          code: m.hospital_code,
          fundDue: allianceActual(years.get(m.hospital_code)!),
          tilt: new Dec(m.tilt),
        }));
      const actual = sum(own.map((m) => m.fundDue));
      const settled = settleAlliance(new Dec(a.budget), actual, {
        surplus: surplus.value,
        overspend: overspend.value,
      });
      for (const [code, part] of splitAdjustment(settled.adjustment, own)) {
        allianceOf.set(code, a.code);
        update(code, () => ({ allianceAdjustment: part }));
      }
      allianceRows.push([
        provinceCode,
        runId,
        region,
        a.code,
        a.lead_hospital_code,
        a.budget,
        actual.toFixed(2),
        settled.balance.toFixed(2),
        toFen(settled.shared).toFixed(2),
        settled.settlement.toFixed(2),
        settled.adjustment.toFixed(2),
      ]);
    }

    const lines: (AnnualClearingLine & { caseCount: number })[] = [...years.values()]
      .sort((a, b) => (a.hospitalCode < b.hospitalCode ? -1 : 1))
      .map((y) => ({ ...annualClearingLine(y, p.assessmentBands), caseCount: y.caseCount }));

    const client = await ctx.client();
    const key = [provinceCode, runId];
    for (const table of [
      'annual_clearing_line',
      'annual_clearing_pool',
      'annual_clearing_alliance',
    ])
      await client.query(`delete from ${table} where province_code = $1 and run_id = $2`, key);
    await insertFromUnnest(
      client,
      'annual_clearing_pool',
      POOL_COLUMNS,
      [...pools.values()].map((pool) => [
        provinceCode,
        runId,
        region,
        pool.insuranceType,
        pool.formula,
        pool.fundBudget.toFixed(2),
        pool.outOfRegionBudget.toFixed(2),
        pool.reserve.toFixed(2),
        pool.distributable.toFixed(2),
        pool.totalPoints.toFixed(),
        pool.patientShare.toFixed(2),
        pool.pointValue?.toFixed() ?? null,
      ]),
    );
    await insertFromUnnest(
      client,
      'annual_clearing_line',
      LINE_COLUMNS,
      lines.map((l) => [
        provinceCode,
        runId,
        region,
        l.hospitalCode,
        l.caseCount,
        l.points.toFixed(),
        l.gross.toFixed(2),
        l.patientShare.toFixed(2),
        l.fundDue.toFixed(2),
        l.fixedFundDue.toFixed(2),
        l.outOfRegionFundDue.toFixed(2),
        l.specialCaseAdjustment.toFixed(2),
        l.exclusionAdjustment.toFixed(2),
        l.assessmentScore?.toFixed(2) ?? null,
        l.assessmentAdjustment.toFixed(2),
        allianceOf.get(l.hospitalCode) ?? null,
        l.allianceAdjustment.toFixed(2),
        l.capitation.toFixed(2),
        l.depositWithheld.toFixed(2),
        l.depositReleased.toFixed(2),
        l.monthlyPayments.toFixed(2),
        l.prepaymentRecovered.toFixed(2),
        l.clearingAmount.toFixed(2),
      ]),
    );
    await insertFromUnnest(client, 'annual_clearing_alliance', ALLIANCE_COLUMNS, allianceRows);
    const poolList = [...pools.values()];
    await client.query(
      `update annual_clearing set case_count = $3, unpriced_cases = $4, fund_budget = $5,
         reserve = $6, fund_due = $7, clearing_amount = $8, computed_at = now()
       where province_code = $1 and id = $2`,
      [
        ...key,
        cases.reduce((n, c) => n + c.cases, 0),
        cases.reduce((n, c) => n + c.unpriced, 0),
        sum(poolList.map((x) => x.fundBudget.plus(x.outOfRegionBudget))).toFixed(2),
        sum(poolList.map((x) => x.reserve)).toFixed(2),
        sum(lines.map((l) => l.fundDue)).toFixed(2),
        sum(lines.map((l) => l.clearingAmount)).toFixed(2),
      ],
    );
  },
});
