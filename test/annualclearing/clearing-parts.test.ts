import { Dec } from '../../src/domain/decimal';
import {
  capitationLine,
  settleAlliance,
  splitAdjustment,
  type SharingBand,
} from '../../src/domain/clearing';
import {
  AnnualClearingDocument,
  ApproveAnnualClearingDocument,
  ComputeAnnualClearingDocument,
  ComputeInterRegionClearingDocument,
  CreateBudgetDocument,
  InterRegionClearingDocument,
  JobDocument,
  PublishBudgetDocument,
  SetBudgetRowsDocument,
  SetCapitationEnrolmentDocument,
  SetCapitationPackagesDocument,
  SetInterRegionVariantDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { CHENGDU, H1, H2, validList, ZIGONG, ZIGONG_HOSPITAL } from '../case/support';
import { caseGlobalId, applied, decide } from '../review/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * The parts of an annual clearing beyond §8, through the API, each checked against figures
 * worked here from the stored rows with the pure domain functions: the province's POOLED
 * variant (the out-of-region budget and points join the treatment site's pool, and the
 * inter-region matrix pays the pairs at that point value), the prepayment recovered, a
 * special-case decision's adjustment, per-capita payment, and a medical alliance's surplus
 * retention / overspend sharing split by fund due × tilt.
 */
let t: TestApp;
let province: string;
let chengdu: string;
let zigong: string;
const SICHUAN = '510000';
const DEYANG = '510600';
const DEYANG_HOSPITALS = ['H51060000001', 'H51060000002', 'H51060000003'];
const COMMUNITY = 'H51010000008'; // a PRIMARY institution of Chengdu: per-capita payment
const YEAR = 2025;

const fen = (d: Dec) => d.toDecimalPlaces(2, Dec.ROUND_HALF_UP);

async function submit(token: string, lists: SettlementListInput[]) {
  const data = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: lists }, token),
  );
  expect(data.submitSettlementLists.results.map((r) => r.status)).toEqual(
    lists.map(() => 'ACCEPTED'),
  );
}

async function finished(jobId: string, token: string) {
  const done = await waitFor(
    async () => dataWithoutErrors(await send(t.url, JobDocument, { id: jobId }, token)).job,
    (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
    60_000,
  );
  expect(done?.status).toBe('SUCCEEDED');
}

/** Computes, waits for and approves a region's clearing of the year. */
async function clearAndApprove(regionCode: string, token: string) {
  const job = dataWithoutErrors(
    await send(t.url, ComputeAnnualClearingDocument, { regionCode, year: YEAR }, token),
  ).computeAnnualClearing.job;
  await finished(job.id, token);
  dataWithoutErrors(
    await send(t.url, ApproveAnnualClearingDocument, { regionCode, year: YEAR }, token),
  );
}

const clearingOf = async (regionCode: string, token: string) =>
  dataWithoutErrors(await send(t.url, AnnualClearingDocument, { regionCode, year: YEAR }, token))
    .annualClearing!;

beforeAll(async () => {
  t = await startTestApp();
  province = await t.token(Scope.PROVINCE, SICHUAN);
  chengdu = await t.token(Scope.REGION, CHENGDU);
  zigong = await t.token(Scope.REGION, ZIGONG);

  // Chengdu treats its own insured, Zigong's (EMPLOYEE) and a resident; Zigong one of Chengdu's
  await submit(chengdu, [
    validList({ settlementId: 'SC1', insuredRegionCode: CHENGDU, insuredPersonId: 'p1' }),
    validList({ settlementId: 'SC2', insuredRegionCode: CHENGDU, insuredPersonId: 'p2' }),
    validList({ settlementId: 'SC3', insuredPersonId: 'p3' }),
    validList({ settlementId: 'SC4', insuredPersonId: 'p4', totalCost: '10000.00' }),
    validList({
      settlementId: 'SC5',
      hospitalCode: H2,
      insuredRegionCode: CHENGDU,
      insuranceType: 'RESIDENT',
      insuredPersonId: 'p5',
    }),
    // enough cases that the special-case cap (5 % of the quarter's cases) allows one
    ...Array.from({ length: 16 }, (_, i) =>
      validList({
        settlementId: `SF${i}`,
        hospitalCode: H2,
        insuredRegionCode: CHENGDU,
        insuredPersonId: `f${i}`,
      }),
    ),
  ]);
  await submit(zigong, [
    validList({
      settlementId: 'SZ1',
      hospitalCode: ZIGONG_HOSPITAL,
      insuredRegionCode: CHENGDU,
      insuredPersonId: 'z1',
    }),
    validList({
      settlementId: 'SZ2',
      hospitalCode: ZIGONG_HOSPITAL,
      insuredRegionCode: ZIGONG,
      insuredPersonId: 'z2',
    }),
  ]);
  const deyang = await t.token(Scope.REGION, DEYANG);
  await submit(
    deyang,
    DEYANG_HOSPITALS.map((hospitalCode, i) =>
      validList({
        settlementId: `SD${i}`,
        hospitalCode,
        insuredRegionCode: DEYANG,
        insuredPersonId: `d${i}`,
      }),
    ),
  );

  // a special case of H1, approved at an adjusted amount (特例单议)
  const application = await applied(
    t,
    await t.token(Scope.HOSPITAL, H1),
    await caseGlobalId(t, H1, 'SC1'),
  );
  dataWithoutErrors(
    await decide(t, chengdu, {
      applicationId: application,
      outcome: 'APPROVED',
      payment: 'ADJUSTED_AMOUNT',
      amount: '9500.00',
    }),
  );

  // Chengdu's own 2025 budget from June: a pooled-in out-of-region budget and H1's prepayment
  const budget = dataWithoutErrors(
    await send(
      t.url,
      CreateBudgetDocument,
      {
        input: {
          name: '成都市2025年医保基金总额预算（调整）',
          versionLabel: '2025.6',
          year: YEAR,
          effectiveFrom: '2025-06-01',
          effectiveTo: '2026-01-01',
          parameters: {
            fundBudgetEmployee: '50000',
            fundBudgetResident: '20000',
            reserveShare: '0.05',
            pointValueFormula: 'FUND_OVER_POINTS',
            monthlyPaymentShare: '0.9',
            qualityDepositShare: '0.05',
          },
        },
      },
      chengdu,
    ),
  ).createBudget.budget.id;
  dataWithoutErrors(
    await send(
      t.url,
      SetBudgetRowsDocument,
      {
        input: {
          id: budget,
          outOfRegion: [{ insuredRegionCode: ZIGONG, insuranceType: 'EMPLOYEE', amount: '6000' }],
          prepayments: [
            {
              hospitalCode: H1,
              insuranceType: 'EMPLOYEE',
              monthlySpending: ['3000', '2800'],
              fundBalanceMonths: '14',
            },
          ],
        },
      },
      chengdu,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishBudgetDocument, { id: budget }, chengdu));

  // per-capita payment of a community health centre
  dataWithoutErrors(
    await send(
      t.url,
      SetCapitationPackagesDocument,
      {
        regionCode: CHENGDU,
        year: YEAR,
        packages: [
          { code: 'HTN', name: '高血压', insuranceType: 'RESIDENT', perHeadMonth: '12.35' },
        ],
      },
      chengdu,
    ),
  );
  dataWithoutErrors(
    await send(
      t.url,
      SetCapitationEnrolmentDocument,
      {
        regionCode: CHENGDU,
        year: YEAR,
        enrolment: [
          {
            hospitalCode: COMMUNITY,
            packageCode: 'HTN',
            month: 1,
            persons: 1000,
            referralCost: '2500.50',
          },
          {
            hospitalCode: COMMUNITY,
            packageCode: 'HTN',
            month: 2,
            persons: 1010,
            referralCost: '0',
          },
        ],
      },
      chengdu,
    ),
  );
}, 180_000);

afterAll(() => t?.stop());

describe('POOLED: out-of-region care inside the treatment site’s budget', () => {
  it('waits for the treatment sites’ approved point values, then pays the pairs at them', async () => {
    dataWithoutErrors(
      await send(
        t.url,
        SetInterRegionVariantDocument,
        { provinceCode: SICHUAN, year: YEAR, variant: 'POOLED' },
        province,
      ),
    );
    const early = await send(
      t.url,
      ComputeInterRegionClearingDocument,
      { provinceCode: SICHUAN, year: YEAR },
      province,
    );
    expect(codes(early)).toEqual(['PRECONDITION_FAILED']);
    expect(early.errors![0]!.extensions).toMatchObject({ regions: [CHENGDU, ZIGONG] });

    await clearAndApprove(CHENGDU, chengdu);
    await clearAndApprove(ZIGONG, zigong);
    const clearing = await clearingOf(CHENGDU, chengdu);
    expect(clearing.variant).toBe('POOLED');

    // the pool: Chengdu's employee budget plus Zigong's out-of-region budget, 5 % reserve first,
    // over the points of every employee case Chengdu treated (its own insured and Zigong's)
    const [points] = await t.asOwner<{ points: string }>(
      `select sum(p.points)::text as points from settlement_case c
       join case_payment p on p.revision_id = c.current_revision_id
       where c.treatment_region_code = $1 and c.insurance_type = 'EMPLOYEE'`,
      [CHENGDU],
    );
    const pool = clearing.pools.find((p) => p.insuranceType === 'EMPLOYEE')!;
    expect(pool).toMatchObject({
      formula: 'FUND_OVER_POINTS',
      fundBudget: '50000.00',
      outOfRegionBudget: '6000.00',
      reserve: '2800.00',
      distributable: '53200.00',
    });
    expect(new Dec(pool.totalPoints).eq(points!.points)).toBe(true);
    const pointValue = new Dec(53200).div(points!.points);
    expect(new Dec(pool.pointValue!).minus(pointValue).abs().lt('1e-20')).toBe(true);
    // pooled: nothing of H1 is paid outside the points
    const h1 = clearing.lines.find((l) => l.hospitalCode === H1)!;
    expect(h1.outOfRegionFundDue).toBe('0.00');

    const job = dataWithoutErrors(
      await send(
        t.url,
        ComputeInterRegionClearingDocument,
        { provinceCode: SICHUAN, year: YEAR },
        province,
      ),
    ).computeInterRegionClearing.job;
    await finished(job.id, province);
    const matrix = dataWithoutErrors(
      await send(
        t.url,
        InterRegionClearingDocument,
        { provinceCode: SICHUAN, year: YEAR },
        province,
      ),
    ).interRegionClearing!;
    const pair = matrix.pairs.find(
      (p) => p.treatmentRegionCode === CHENGDU && p.insuredRegionCode === ZIGONG,
    )!;
    const [figures] = await t.asOwner<{ points: string; patient: string }>(
      `select sum(p.points)::text as points, sum(r.patient_paid)::text as patient
       from settlement_case c join case_revision r on r.id = c.current_revision_id
       join case_payment p on p.revision_id = c.current_revision_id
       where c.treatment_region_code = $1 and c.insured_region_code = $2`,
      [CHENGDU, ZIGONG],
    );
    expect(new Dec(pair.pointValue!).eq(pool.pointValue!)).toBe(true);
    expect(pair.due).toBe(
      fen(new Dec(figures!.points).times(pool.pointValue!).minus(figures!.patient)).toFixed(2),
    );
    const net = matrix.positions.reduce((s, p) => s.plus(p.net), new Dec(0));
    expect(net.isZero()).toBe(true);
  });
});

describe('a region’s lines beyond the points', () => {
  it('recovers the prepayment, adds the special-case adjustment and pays per capita', async () => {
    const clearing = await clearingOf(CHENGDU, chengdu);
    const lines = new Map(clearing.lines.map((l) => [l.hospitalCode, l]));
    const [grant] = await t.asOwner<{ granted: string }>(
      `select granted::text from budget_prepayment b join budget v on v.id = b.version_id
       where v.version_label = '2025.6' and b.hospital_code = $1`,
      [H1],
    );
    expect(new Dec(grant!.granted).gt(0)).toBe(true);
    const h1 = lines.get(H1)!;
    expect(h1.prepaymentRecovered).toBe(new Dec(grant!.granted).toFixed(2));
    const [decision] = await t.asOwner<{ adjustment: string }>(
      `select (d.fund_due - p.fund_due)::text as adjustment from special_case_decision d
       join case_payment p on p.revision_id = d.revision_id where d.outcome = 'APPROVED'`,
    );
    expect(new Dec(h1.specialCaseAdjustment).eq(decision!.adjustment)).toBe(true);
    // no monthly batch was paid: H1 is owed its fund due and adjustments, less its prepayment
    expect(
      new Dec(h1.clearingAmount).eq(
        new Dec(h1.fundDue)
          .plus(h1.specialCaseAdjustment)
          .plus(h1.exclusionAdjustment)
          .plus(h1.fixedFundDue)
          .minus(h1.prepaymentRecovered),
      ),
    ).toBe(true);
    // the community health centre treated nobody: its line is its per-capita payment
    const expected = capitationLine({
      personMonths: 2010,
      perHeadMonth: new Dec('12.35'),
      referralCost: new Dec('2500.50'),
    }).net;
    expect(lines.get(COMMUNITY)).toMatchObject({
      caseCount: 0,
      capitation: expected.toFixed(2),
      clearingAmount: expected.toFixed(2),
    });
  });
});

describe('a medical alliance (医联体)', () => {
  it('shares its surplus or overspend by the budget’s bands, split by fund due × tilt', async () => {
    const deyang = await t.token(Scope.REGION, DEYANG);
    await clearAndApprove(DEYANG, deyang);
    const clearing = await clearingOf(DEYANG, deyang);
    const [row] = await t.asOwner<{
      budget: string;
      surplus_bands: { upToShare: string | null; share: string }[];
      overspend_bands: { upToShare: string | null; share: string }[];
    }>(
      `select (a.budget_employee + a.budget_resident)::text as budget, a.surplus_bands,
         a.overspend_bands
       from budget_alliance a join budget b on b.id = a.version_id
       where b.owner_code = $1 and b.year = $2`,
      [DEYANG, YEAR],
    );
    const members = await t.asOwner<{ hospital_code: string; tilt: string }>(
      `select m.hospital_code, m.tilt::text from budget_alliance_member m
       join budget b on b.id = m.version_id where b.owner_code = $1 order by 1`,
      [DEYANG],
    );
    const lines = new Map(clearing.lines.map((l) => [l.hospitalCode, l]));
    const actualOf = (code: string) => {
      const l = lines.get(code)!;
      return new Dec(l.fundDue)
        .plus(l.fixedFundDue)
        .plus(l.specialCaseAdjustment)
        .plus(l.exclusionAdjustment);
    };
    const withCases = members.filter((m) => lines.has(m.hospital_code));
    expect(withCases.map((m) => m.hospital_code)).toEqual(DEYANG_HOSPITALS);
    const actual = withCases.reduce((s, m) => s.plus(actualOf(m.hospital_code)), new Dec(0));
    const bands = (b: { upToShare: string | null; share: string }[]): SharingBand[] =>
      b.map((x) => ({
        upToShare: x.upToShare === null ? null : new Dec(x.upToShare),
        share: new Dec(x.share),
      }));
    const settled = settleAlliance(new Dec(row!.budget), actual, {
      surplus: bands(row!.surplus_bands),
      overspend: bands(row!.overspend_bands),
    });
    expect(clearing.alliances).toHaveLength(1);
    const alliance = clearing.alliances[0]!;
    expect(alliance.actual).toBe(actual.toFixed(2));
    expect(alliance.settlement).toBe(settled.settlement.toFixed(2));
    expect(alliance.adjustment).toBe(settled.adjustment.toFixed(2));
    const parts = splitAdjustment(
      settled.adjustment,
      withCases.map((m) => ({
        code: m.hospital_code,
        fundDue: actualOf(m.hospital_code),
        tilt: new Dec(m.tilt),
      })),
    );
    for (const [code, part] of parts) {
      expect(lines.get(code)!.allianceAdjustment).toBe(part.toFixed(2));
      expect(lines.get(code)!.allianceCode).toBe(alliance.allianceCode);
    }
  });
});
