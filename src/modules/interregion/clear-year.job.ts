import { defineJob, insertFromUnnest } from '../../db';
import { Dec } from '../../domain/decimal';
import { clearPair, netPositions, type InterRegionVariant } from '../../domain/clearing';
import { badInput } from '../../shared/errors';
import { InterRegionError } from './interregion.errors';
import { PAIR_FIGURES, POOLED_POINT_VALUES } from './pair-figures.sql';

export interface ClearYearParams {
  readonly provinceCode: string;
  readonly year: number;
  readonly runId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface FigureRow {
  treatment_region_code: string;
  insured_region_code: string;
  insurance_type: string;
  case_count: number;
  unpriced_cases: number;
  total_cost: string;
  patient_share: string;
  itemised_fund_paid: string;
  drg_dip_fund_due: string;
  points: string;
  coefficient_applied: string | null;
  special_cases: number;
}

const PAIR_COLUMNS = [
  ['province_code', 'varchar'],
  ['run_id', 'uuid'],
  ['treatment_region_code', 'varchar'],
  ['insured_region_code', 'varchar'],
  ['insurance_type', 'text'],
  ['case_count', 'integer'],
  ['unpriced_cases', 'integer'],
  ['total_cost', 'numeric'],
  ['patient_share', 'numeric'],
  ['itemised_fund_paid', 'numeric'],
  ['drg_dip_fund_due', 'numeric'],
  ['points', 'numeric'],
  ['point_value', 'numeric'],
  ['coefficient_applied', 'numeric'],
  ['special_cases', 'integer'],
  ['disputed_cases', 'integer'],
  ['prepayment', 'numeric'],
  ['due', 'numeric'],
  ['delta', 'numeric'],
  ['balance', 'numeric'],
].map(([name, type]) => ({ name: name!, type: type! }));

const POSITION_COLUMNS = [
  ['province_code', 'varchar'],
  ['run_id', 'uuid'],
  ['region_code', 'varchar'],
  ['receivable', 'numeric'],
  ['payable', 'numeric'],
  ['net', 'numeric'],
].map(([name, type]) => ({ name: name!, type: type! }));

/**
 * Clears a province's year between its regions (省内异地年度清算): one chunk — the pair figures
 * in one statement, each pair cleared by the pure `clearPair` under the province's variant, the
 * positions netted by `netPositions`, and the run's pairs and positions replaced whole in the
 * chunk's transaction (a rerun gives identical rows). Runs as the province that started it.
 */
export const clearYearJob = defineJob<ClearYearParams>({
  kind: 'interregion.clear-year',
  parse(raw) {
    const v = raw as Partial<ClearYearParams> | null;
    if (!v || typeof v.provinceCode !== 'string' || !/^\d{6}$/.test(v.provinceCode))
      throw badInput('provinceCode must be a province code', 'provinceCode');
    if (!Number.isInteger(v.year) || v.year! < 2000 || v.year! > 2100)
      throw badInput('year must be in 2000–2100', 'year');
    if (typeof v.runId !== 'string' || !UUID.test(v.runId))
      throw badInput('runId must be a run id', 'runId');
    return { provinceCode: v.provinceCode, year: v.year!, runId: v.runId };
  },
  plan: async () => 1,
  async runChunk(ctx) {
    const { provinceCode, year, runId } = ctx.params;
    const [run] = await ctx.query<{ status: string; variant: InterRegionVariant }>(
      'select status, variant from inter_region_run where province_code = $1 and id = $2 for update',
      [provinceCode, runId],
    );
    if (!run) throw new InterRegionError('NOT_FOUND', 'The clearing run is not visible');
    if (run.status === 'APPROVED')
      throw new InterRegionError('APPROVED', 'The clearing was approved before it was computed');
    // POOLED: the pair's points are paid at the treatment site's year-end point value, which
    // only the region's annual clearing approved under POOLED fixes (seed 003 二(二))
    const pointValues = new Map<string, Dec>();
    if (run.variant === 'POOLED')
      for (const v of await ctx.query<{
        region_code: string;
        insurance_type: string;
        point_value: string;
      }>(POOLED_POINT_VALUES, [provinceCode, year]))
        pointValues.set(`${v.region_code}|${v.insurance_type}`, new Dec(v.point_value));
    const pointValueOf = (f: FigureRow): Dec | null => {
      if (run.variant !== 'POOLED') return null;
      const value = pointValues.get(`${f.treatment_region_code}|${f.insurance_type}`);
      if (value) return value;
      // a pair with no points (a prepayment only) owes nothing at any point value
      if (!new Dec(f.points).gt(0)) return new Dec(0);
      throw new InterRegionError(
        'POINT_VALUE_REQUIRED',
        `POOLED clearing needs ${f.treatment_region_code}'s approved annual point value`,
      );
    };
    const figures = await ctx.query<FigureRow>(PAIR_FIGURES, [provinceCode, year]);
    const prepaid = await ctx.query<{ t: string; i: string; type: string; amount: string }>(
      `select treatment_region_code as t, insured_region_code as i, insurance_type as type,
         amount::text as amount
       from inter_region_prepayment where province_code = $1 and year = $2`,
      [provinceCode, year],
    );
    const prepayment = new Map(prepaid.map((p) => [`${p.t}|${p.i}|${p.type}`, new Dec(p.amount)]));
    // a prepayment with no cases is still a pair: the prepayment comes back
    const pairs = new Map<string, FigureRow>();
    for (const f of figures)
      pairs.set(`${f.treatment_region_code}|${f.insured_region_code}|${f.insurance_type}`, f);
    for (const p of prepaid) {
      const key = `${p.t}|${p.i}|${p.type}`;
      if (!pairs.has(key))
        pairs.set(key, {
          treatment_region_code: p.t,
          insured_region_code: p.i,
          insurance_type: p.type,
          case_count: 0,
          unpriced_cases: 0,
          total_cost: '0',
          patient_share: '0',
          itemised_fund_paid: '0',
          drg_dip_fund_due: '0',
          points: '0',
          coefficient_applied: null,
          special_cases: 0,
        });
    }
    const cleared = [...pairs.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, f]) =>
        clearPair(
          {
            treatmentRegionCode: f.treatment_region_code,
            insuredRegionCode: f.insured_region_code,
            insuranceType: f.insurance_type,
            caseCount: f.case_count,
            totalCost: new Dec(f.total_cost),
            patientShare: new Dec(f.patient_share),
            itemisedFundPaid: new Dec(f.itemised_fund_paid),
            drgDipFundDue: new Dec(f.drg_dip_fund_due),
            points: new Dec(f.points),
            specialCases: f.special_cases,
            // disputes arrive with the negotiation between the sites (协商)
            disputedCases: 0,
            prepayment: prepayment.get(key) ?? new Dec(0),
          },
          run.variant,
          pointValueOf(f),
        ),
      );
    const coefficient = new Map(
      [...pairs.entries()].map(([key, f]) => [key, f.coefficient_applied]),
    );
    const unpriced = new Map([...pairs.entries()].map(([key, f]) => [key, f.unpriced_cases]));
    const client = await ctx.client();
    const args = [provinceCode, runId];
    await client.query(
      'delete from inter_region_pair where province_code = $1 and run_id = $2',
      args,
    );
    await client.query(
      'delete from inter_region_position where province_code = $1 and run_id = $2',
      args,
    );
    await insertFromUnnest(
      client,
      'inter_region_pair',
      PAIR_COLUMNS,
      cleared.map((c) => {
        const key = `${c.treatmentRegionCode}|${c.insuredRegionCode}|${c.insuranceType}`;
        return [
          provinceCode,
          runId,
          c.treatmentRegionCode,
          c.insuredRegionCode,
          c.insuranceType,
          c.caseCount,
          unpriced.get(key) ?? 0,
          c.totalCost.toFixed(),
          c.patientShare.toFixed(),
          c.itemisedFundPaid.toFixed(),
          c.drgDipFundDue.toFixed(),
          c.points.toFixed(),
          c.pointValue?.toFixed() ?? null,
          coefficient.get(key) ?? null,
          c.specialCases,
          c.disputedCases,
          c.prepayment.toFixed(),
          c.due.toFixed(2),
          c.delta.toFixed(2),
          c.balance.toFixed(2),
        ];
      }),
    );
    const positions = netPositions(cleared);
    await insertFromUnnest(
      client,
      'inter_region_position',
      POSITION_COLUMNS,
      [...positions.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([region, position]) => [
          provinceCode,
          runId,
          region,
          position.receivable.toFixed(2),
          position.payable.toFixed(2),
          position.net.toFixed(2),
        ]),
    );
    await client.query(
      'update inter_region_run set computed_at = now() where province_code = $1 and id = $2',
      args,
    );
  },
});
