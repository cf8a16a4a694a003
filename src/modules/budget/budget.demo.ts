import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db';
import { budgetParametersToJson, parseBudgetParameters } from '../../domain/budget';
import { Dec } from '../../domain/decimal';
import { DEMO_PROVINCE, DEMO_REGIONS, demoHospitalCode } from '../tenancy';
import { grantFor } from './budget-grants';

/** The demo region holding the demo medical alliance (德阳: a tertiary lead, county members). */
const ALLIANCE_REGION = '510600';

/** Parameters through the domain parser, stored normalised (a typo fails the seed). */
function parameters(input: Record<string, unknown>) {
  const parsed = parseBudgetParameters(input);
  if (!parsed.ok) throw new Error(`demo budget parameters: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

/**
 * Seeds a published 2025 budget for every demo region, as the owner role: fund budgets scaled by
 * the region's size, a 5 % reserve, FUND_OVER_POINTS, 95 % paid monthly with a 5 % quality
 * deposit (the monthly point value taken from the region's payment standard), two assessment
 * bands, the 101号 prepayment conditions; a prepayment for the region's first hospital; and,
 * in 德阳, one medical alliance (医联体) led by 德阳市人民医院 with its county hospitals tilted
 * 1.2. All flagged `demo`: illustrative figures, not an official budget.
 * Returns false (and writes nothing) when any budget exists or the demo registry is missing.
 */
export async function seedDemoBudgets(em: EntityManager): Promise<boolean> {
  const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from budget');
  if (n > 0) return false;
  const [{ regions }] = await em.execute<{ regions: number }[]>(
    'select count(*)::int as regions from pooling_region where province_code = ?',
    [DEMO_PROVINCE.code],
  );
  if (regions === 0) return false;

  for (const [index, region] of DEMO_REGIONS.entries()) {
    // Chengdu the largest; the rest a few billion CNY a year (demo orders of magnitude)
    const scale = region.code === '510100' ? new Dec(6) : new Dec(1).plus(new Dec(index).div(10));
    const p = parameters({
      fundBudgetEmployee: scale.times('3200000000').toFixed(2),
      fundBudgetResident: scale.times('2600000000').toFixed(2),
      reserveShare: '0.05',
      pointValueFormula: 'FUND_OVER_POINTS',
      monthlyPaymentShare: '0.95',
      qualityDepositShare: '0.05',
      assessmentBands: [
        { minScore: '60', depositReleaseShare: '0.5', fundDueAdjustmentShare: '-0.01' },
        { minScore: '85', depositReleaseShare: '1', fundDueAdjustmentShare: '0' },
      ],
    });
    const id = randomUUID();
    await em.execute(
      `insert into budget (id, name, version_label, year, owner_code, province_code, status,
         effective_from, effective_to, parameters, demo, notes)
       values (?::uuid, ?, '2025-demo', 2025, ?, ?, 'DRAFT', '2025-01-01', '2026-01-01', ?::jsonb, true, ?)`,
      [
        id,
        `${region.name}2025年医保基金总额预算（演示）`,
        region.code,
        DEMO_PROVINCE.code,
        JSON.stringify(budgetParametersToJson(p)),
        'DEMO data: budgets, prepayments and the alliance are illustrative, not an official budget.',
      ],
    );
    const firstHospital = demoHospitalCode(region.code, 0);
    const spending = ['120000000.00', '112000000.00', '105000000.00'];
    await em.execute(
      `insert into budget_prepayment (version_id, province_code, owner_code, hospital_code, insurance_type,
         monthly_spending, fund_balance_months, granted)
       values (?::uuid, ?, ?, ?, 'EMPLOYEE', ?::jsonb, 14.5, ?::numeric)`,
      [
        id,
        DEMO_PROVINCE.code,
        region.code,
        firstHospital,
        JSON.stringify(spending),
        grantFor('EMPLOYEE', spending, '14.5', p),
      ],
    );
    if (region.code === ALLIANCE_REGION) {
      const members = region.hospitals.map((_, i) => demoHospitalCode(region.code, i));
      await em.execute(
        `insert into budget_alliance (version_id, province_code, owner_code, code, name, lead_hospital_code,
           budget_employee, budget_resident, monthly_prepayment, surplus_bands, overspend_bands)
         values (?::uuid, ?, ?, 'DY-YLT-01', '德阳市紧密型医联体（演示）', ?, 420000000, 380000000, 60000000, ?::jsonb, ?::jsonb)`,
        [
          id,
          DEMO_PROVINCE.code,
          region.code,
          members[0],
          // seed 001 二(一)4: 结余留用、合理超支分担 — all numbers illustrative
          JSON.stringify([
            { upToShare: '0.1', share: '0.6' },
            { upToShare: null, share: '0.3' },
          ]),
          JSON.stringify([
            { upToShare: '0.05', share: '0.5' },
            { upToShare: null, share: '0' },
          ]),
        ],
      );
      for (const [i, hospital] of members.entries())
        await em.execute(
          `insert into budget_alliance_member (version_id, province_code, owner_code, alliance_code, hospital_code, tilt)
           values (?::uuid, ?, ?, 'DY-YLT-01', ?, ?::numeric)`,
          // county hospitals (the secondary ones) tilted up: 倾斜系数
          [id, DEMO_PROVINCE.code, region.code, hospital, i >= 2 ? '1.2' : '1'],
        );
    }
    await em.execute(
      `update budget set status = 'PUBLISHED', published_at = now() where id = ?::uuid`,
      [id],
    );
  }
  return true;
}
