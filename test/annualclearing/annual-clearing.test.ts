import { Dec } from '../../src/domain/decimal';
import { toGlobalId } from '../../src/graphql/relay';
import {
  AnnualClearingDocument,
  ApproveAnnualClearingDocument,
  AssessmentScoresDocument,
  CloseMonthlySettlementDocument,
  ComputeAnnualClearingDocument,
  ComputeMonthlySettlementDocument,
  CreateBudgetDocument,
  CreatePaymentStandardDocument,
  DeriveCatalogVersionDocument,
  JobDocument,
  MonthlySettlementDocument,
  PublishBudgetDocument,
  PublishCatalogVersionDocument,
  PublishPaymentStandardDocument,
  SetAssessmentScoresDocument,
  SetPaymentStandardParametersDocument,
  SetPaymentStandardRowsDocument,
  SubmitSettlementListsDocument,
  UpsertDrgGroupsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { CHENGDU, H1, H2, validList, ZIGONG, ZIGONG_HOSPITAL } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * A region's annual clearing (年度清算) end to end through the API: DOMAIN-FORMULAS §8's three
 * hospitals — groups, coefficients, outliers, patient shares and the fund budget set up through
 * the API, the cases submitted, grouped and priced at ingest, paid by a closed monthly batch —
 * cleared to the fen; the assessment band turning a score into money; the replay identical; the
 * approval frozen by the database; who sees what, with positive controls; refusals that write
 * nothing.
 */
let t: TestApp;
let region: string;
let province: string;
const H3 = 'H51010000003';
const YEAR = 2025;

/** §8: groups A/B/C, weights 0.5 / 1 / 3 (base points 50 / 100 / 300 at reference 10,000). */
const GROUPS = {
  A: { weight: '0.5', averageCost: '5000' },
  B: { weight: '1', averageCost: '10000' },
  C: { weight: '3', averageCost: '30000' },
} as const;
type Group = keyof typeof GROUPS;

/** Three case shapes the grouper puts in three different DRGs: they stand for A, B and C. */
const SHAPES: Record<Group, Partial<SettlementListInput>> = {
  A: {},
  B: {
    sex: 1,
    age: 69,
    diagnoses: [
      { code: 'J70.800', name: '其他外部因素引起的呼吸性病症', admissionCondition: 1 },
      { code: 'J69.000x002', name: '吸入性肺炎', admissionCondition: 1 },
    ],
    procedures: [],
  },
  C: {
    sex: 1,
    age: 41,
    diagnoses: [
      { code: 'S82.102', name: '胫骨近端骨折', admissionCondition: 1 },
      { code: 'V39.200', name: '交通事故', admissionCondition: 1 },
      { code: 'H50.400', name: '斜视', admissionCondition: 1 },
    ],
    procedures: [],
  },
};

/** §8's table: hospital, group, cases, cost each. */
const TABLE: [string, Group, number, string][] = [
  [H1, 'A', 200, '5200'],
  [H1, 'B', 300, '10500'],
  [H1, 'C', 100, '31000'],
  [H1, 'C', 1, '75000'],
  [H1, 'A', 1, '1800'],
  [H2, 'A', 300, '4800'],
  [H2, 'B', 150, '9800'],
  [H2, 'B', 1, '32000'],
  [H3, 'A', 250, '4500'],
  [H3, 'A', 1, '16000'],
];
const FUND_DUE: Record<string, string> = {
  [H1]: '4753045.37',
  [H2]: '1796193.84',
  [H3]: '650760.79',
};

let serial = 0;
/** A list of `shape`, discharged in July 2025, costing `cost`; patient share 30% (§8). */
function list(
  hospital: string,
  shape: Group,
  cost: string,
  extra: Partial<SettlementListInput> = {},
): SettlementListInput {
  serial += 1;
  const total = new Dec(cost);
  const patient = total.times('0.3').toFixed(2);
  return validList({
    settlementId: `Y${serial}`,
    stayId: `Y${serial}`,
    hospitalCode: hospital,
    insuredRegionCode: CHENGDU,
    // one stay per person: no readmissions among them
    insuredPersonId: `P8-${serial}`,
    ...SHAPES[shape],
    fees: [{ category: 'DRUG_WESTERN', amount: total.toFixed(2) }],
    totalCost: total.toFixed(2),
    fundPayments: [{ fund: 'POOLING', amount: total.minus(patient).toFixed(2) }],
    patientPaid: patient,
    ...extra,
  });
}

async function submit(token: string, lists: SettlementListInput[]) {
  for (let i = 0; i < lists.length; i += 1000) {
    const data = dataWithoutErrors(
      await send(t.url, SubmitSettlementListsDocument, { input: lists.slice(i, i + 1000) }, token),
    );
    const refused = data.submitSettlementLists.results.filter((r) => r.status !== 'ACCEPTED');
    expect(refused).toEqual([]);
  }
}

async function finished(jobId: string, token = region) {
  const done = await waitFor(
    async () => dataWithoutErrors(await send(t.url, JobDocument, { id: jobId }, token)).job,
    (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
    60_000,
  );
  expect(done?.status).toBe('SUCCEEDED');
}

async function monthly(month: string) {
  const job = dataWithoutErrors(
    await send(t.url, ComputeMonthlySettlementDocument, { regionCode: CHENGDU, month }, region),
  ).computeMonthlySettlement.job;
  await finished(job.id);
  dataWithoutErrors(
    await send(t.url, CloseMonthlySettlementDocument, { regionCode: CHENGDU, month }, region),
  );
}

async function clear(token = region) {
  const result = await send(
    t.url,
    ComputeAnnualClearingDocument,
    { regionCode: CHENGDU, year: YEAR },
    token,
  );
  if (result.errors) return codes(result);
  await finished(dataWithoutErrors(result).computeAnnualClearing.job.id, token);
  return null;
}

const read = async (token = region, hospitalCode?: string) => {
  const result = await send(
    t.url,
    AnnualClearingDocument,
    { regionCode: CHENGDU, year: YEAR, hospitalCode },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.annualClearing;
};

const count = async (table: string) =>
  (await t.asOwner<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

/** What the July batch paid each hospital and withheld as deposit, read as the region. */
async function julyLines() {
  const batch = dataWithoutErrors(
    await send(t.url, MonthlySettlementDocument, { regionCode: CHENGDU, month: '2025-07' }, region),
  ).monthlySettlement!;
  return new Map(batch.lines.map((l) => [l.hospitalCode, l]));
}

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  region = await t.token(Scope.REGION, CHENGDU);
  province = await t.token(Scope.PROVINCE, '510000');

  // which DRG each shape falls in: probes treated in Zigong (outside Chengdu's clearing)
  const probes = (['A', 'B', 'C'] as Group[]).map((g) =>
    list(ZIGONG_HOSPITAL, g, '10000', { insuredRegionCode: ZIGONG }),
  );
  await submit(await t.token(Scope.REGION, ZIGONG), probes);
  const drgOf = new Map<Group, string>();
  for (const [i, g] of (['A', 'B', 'C'] as Group[]).entries()) {
    const [row] = await t.asOwner<{ drg: string | null }>(
      'select drg_code as drg from settlement_case where settlement_id = $1',
      [probes[i]!.settlementId],
    );
    drgOf.set(g, row!.drg!);
  }
  expect(new Set(drgOf.values()).size).toBe(3);

  // Chengdu's catalog from July: the three groups at §8's weights and averages
  const [demo] = await t.asOwner<{ catalog_version_id: string }>(
    `select catalog_version_id from payment_standard
     where owner_code = $1 and status = 'PUBLISHED' and method = 'DRG_POINTS'`,
    [CHENGDU],
  );
  const catalog = dataWithoutErrors(
    await send(
      t.url,
      DeriveCatalogVersionDocument,
      {
        input: {
          parentId: toGlobalId('CatalogVersion', demo!.catalog_version_id),
          name: '成都市DRG分组目录（§8）',
          versionLabel: '2025.7-s8',
          effectiveFrom: '2025-07-01',
        },
      },
      region,
    ),
  ).deriveCatalogVersion.catalogVersion.id;
  dataWithoutErrors(
    await send(
      t.url,
      UpsertDrgGroupsDocument,
      {
        versionId: catalog,
        groups: (['A', 'B', 'C'] as Group[]).map((g) => {
          const code = drgOf.get(g)!;
          return {
            code,
            adrg: code.slice(0, 3),
            mdc: `MDC${code[0]}`,
            name: `§8 group ${g}`,
            weight: GROUPS[g].weight,
            averageCost: GROUPS[g].averageCost,
          };
        }),
      },
      region,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishCatalogVersionDocument, { id: catalog }, region));

  // §8's standard: high ≥ 3 (base ≤ 100) or ≥ 2, low ≤ 0.4; H1 1.00, H2 0.90, H3 0.80
  const standard = dataWithoutErrors(
    await send(
      t.url,
      CreatePaymentStandardDocument,
      {
        input: {
          method: 'DRG_POINTS',
          name: '成都市2025年DRG点数法支付标准（§8）',
          versionLabel: '2025.7-s8',
          year: YEAR,
          effectiveFrom: '2025-07-01',
          catalogVersionId: catalog,
        },
      },
      region,
    ),
  ).createPaymentStandard.paymentStandard.id;
  dataWithoutErrors(
    await send(
      t.url,
      SetPaymentStandardParametersDocument,
      {
        id: standard,
        parameters: {
          method: 'DRG_POINTS',
          pointValueEmployee: '98.8120',
          pointValueResident: '85.0000',
          highThresholdBasis: 'BASE_POINT_TIER',
          highRatioTiers: [
            { maxBase: '100', ratio: '3' },
            { maxBase: null, ratio: '2' },
          ],
          lowRatio: '0.4',
          highFormula: 'BASE_PLUS_EXCESS',
          lowFormula: 'BASE_TIMES_RATIO',
          comparator: 'GROUP_AVERAGE',
          defaultCoefficient: '1',
          outOfRegionMode: 'LOCAL_STANDARD',
          incompleteStayMaxDays: 3,
          specialCaseCapScope: 'REGION',
          specialCaseCapShare: '0.05',
          specialCaseCapPeriod: 'QUARTER',
        },
      },
      region,
    ),
  );
  dataWithoutErrors(
    await send(
      t.url,
      SetPaymentStandardRowsDocument,
      {
        input: {
          id: standard,
          coefficients: [
            { hospitalCode: H1, coefficient: '1.0000' },
            { hospitalCode: H2, coefficient: '0.9000' },
            { hospitalCode: H3, coefficient: '0.8000' },
          ],
        },
      },
      region,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishPaymentStandardDocument, { id: standard }, region));

  // §8's budget: 7,200,000, no reserve, (fund + patient share) / points; 90% paid monthly,
  // 5% withheld as the quality deposit; below 60 points the deposit is forfeited
  const budget = dataWithoutErrors(
    await send(
      t.url,
      CreateBudgetDocument,
      {
        input: {
          name: '成都市2025年医保基金总额预算（§8）',
          versionLabel: '2025-s8',
          year: YEAR,
          effectiveFrom: '2025-06-01',
          effectiveTo: '2026-01-01',
          parameters: {
            fundBudgetEmployee: '7200000',
            fundBudgetResident: '0',
            reserveShare: '0',
            pointValueFormula: 'FUND_PLUS_PATIENT_OVER_POINTS',
            monthlyPaymentShare: '0.9',
            qualityDepositShare: '0.05',
            assessmentBands: [
              { minScore: '60', depositReleaseShare: '0.5', fundDueAdjustmentShare: '0' },
              { minScore: '90', depositReleaseShare: '1', fundDueAdjustmentShare: '0.01' },
            ],
          },
        },
      },
      region,
    ),
  ).createBudget.budget.id;
  dataWithoutErrors(await send(t.url, PublishBudgetDocument, { id: budget }, region));

  // the year: §8's cases, discharged in July, submitted by the region for its hospitals
  await submit(
    region,
    TABLE.flatMap(([hospital, group, n, cost]) =>
      Array.from({ length: n }, () => list(hospital, group, cost)),
    ),
  );
  await monthly('2025-07');
}, 300_000);

afterAll(() => t?.stop());

describe('DOMAIN-FORMULAS §8 through the API', () => {
  it('clears the three hospitals to the fen: points, point value, fund due, monthly payments', async () => {
    expect(await clear()).toBeNull();
    const clearing = (await read())!;
    expect(clearing).toMatchObject({
      regionCode: CHENGDU,
      year: YEAR,
      status: 'COMPUTED',
      caseCount: 1304,
      unpricedCases: 0,
      fundBudget: '7200000.00',
      reserve: '0.00',
      fundDue: '7200000.00',
    });
    const employee = clearing.pools.find((p) => p.insuranceType === 'EMPLOYEE')!;
    expect(employee).toMatchObject({
      formula: 'FUND_PLUS_PATIENT_OVER_POINTS',
      pointValueDisplay: '98.8120',
    });
    expect(new Dec(employee.totalPoints).eq(107628)).toBe(true);
    // the point value is kept unrounded (§5), not the displayed 98.8120
    expect(new Dec(employee.pointValue!).decimalPlaces()).toBeGreaterThan(12);
    const resident = clearing.pools.find((p) => p.insuranceType === 'RESIDENT')!;
    expect(resident.pointValue).toBeNull();

    const july = await julyLines();
    expect(clearing.lines.map((l) => l.hospitalCode)).toEqual([H1, H2, H3]);
    for (const line of clearing.lines) {
      expect(new Dec(line.fundDue).toFixed(2)).toBe(FUND_DUE[line.hospitalCode]);
      const paid = july.get(line.hospitalCode)!;
      expect(line.monthlyPayments).toBe(paid.paid);
      expect(line.depositWithheld).toBe(paid.deposit);
      // not assessed: the deposit comes back whole, and the year is fund due − paid
      expect(line.depositReleased).toBe(paid.deposit);
      expect(new Dec(line.clearingAmount).eq(new Dec(line.fundDue).minus(paid.paid))).toBe(true);
    }
    // §5's invariant under FUND_PLUS_PATIENT_OVER_POINTS: Σ fund due = the fund budget
    const total = clearing.lines.reduce((s, l) => s.plus(l.fundDue), new Dec(0));
    expect(total.toFixed(2)).toBe('7200000.00');
  });

  it('turns assessment scores into money by the budget’s bands', async () => {
    const scores = dataWithoutErrors(
      await send(
        t.url,
        SetAssessmentScoresDocument,
        {
          regionCode: CHENGDU,
          year: YEAR,
          scores: [
            { hospitalCode: H1, score: '95' },
            { hospitalCode: H2, score: '70.5' },
            { hospitalCode: H3, score: '40' },
          ],
        },
        region,
      ),
    ).setAssessmentScores;
    expect(scores.map((s) => s.score)).toEqual(['95.00', '70.50', '40.00']);
    expect(await clear()).toBeNull();
    const july = await julyLines();
    const lines = new Map((await read())!.lines.map((l) => [l.hospitalCode, l]));
    const check = (code: string, release: string, adjustment: string) => {
      const line = lines.get(code)!;
      const deposit = new Dec(july.get(code)!.deposit);
      const released = deposit.times(release).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
      const adjusted = new Dec(FUND_DUE[code]!)
        .times(adjustment)
        .toDecimalPlaces(2, Dec.ROUND_HALF_UP);
      expect(line.depositReleased).toBe(released.toFixed(2));
      expect(new Dec(line.assessmentAdjustment).eq(adjusted)).toBe(true);
      expect(
        new Dec(line.clearingAmount).eq(
          new Dec(FUND_DUE[code]!)
            .plus(adjusted)
            .minus(deposit.minus(released))
            .minus(july.get(code)!.paid),
        ),
      ).toBe(true);
    };
    check(H1, '1', '0.01');
    check(H2, '0.5', '0');
    check(H3, '0', '0');
  });

  it('replays identically: recomputing on the same inputs writes the same lines', async () => {
    const before = await read();
    expect(await clear()).toBeNull();
    const after = await read();
    expect(after!.lines).toEqual(before!.lines);
    expect(after!.pools).toEqual(before!.pools);
    expect(after!.alliances).toEqual(before!.alliances);
    expect(after!.clearingAmount).toBe(before!.clearingAmount);
  });
});

describe('who sees a clearing', () => {
  it('shows the region, its province and NATIONAL every line; a hospital its own; others nothing', async () => {
    expect((await read(region))!.lines).toHaveLength(3);
    expect((await read(province))!.lines).toHaveLength(3);
    expect((await read(await t.token(Scope.NATIONAL)))!.lines).toHaveLength(3);
    const own = (await read(await t.token(Scope.HOSPITAL, H2)))!;
    expect(own.lines.map((l) => l.hospitalCode)).toEqual([H2]);
    // the run's totals are announced to the region's hospitals; another region's see nothing
    expect(own.fundDue).toBe('7200000.00');
    expect(await read(await t.token(Scope.HOSPITAL, ZIGONG_HOSPITAL))).toBeNull();
    expect(await read(await t.token(Scope.REGION, ZIGONG))).toBeNull();
    expect(await read(await t.token(Scope.PROVINCE, '520000'))).toBeNull();
    const scores = async (token: string) =>
      dataWithoutErrors(
        await send(t.url, AssessmentScoresDocument, { regionCode: CHENGDU, year: YEAR }, token),
      ).assessmentScores.map((s) => s.hospitalCode);
    expect(await scores(region)).toEqual([H1, H2, H3]);
    expect(await scores(await t.token(Scope.HOSPITAL, H1))).toEqual([H1]);
    expect(await scores(await t.token(Scope.REGION, ZIGONG))).toEqual([]);
  });
});

describe('refusals write nothing', () => {
  it('refuses bad years, the wrong caller and a year without a budget, with codes', async () => {
    const before = await count('annual_clearing');
    const compute = async (token: string, regionCode: string, year: number) =>
      codes(await send(t.url, ComputeAnnualClearingDocument, { regionCode, year }, token));
    expect(await compute(region, CHENGDU, 1999)).toEqual(['BAD_USER_INPUT']);
    expect(await compute(await t.token(Scope.HOSPITAL, H1), CHENGDU, YEAR)).toEqual(['FORBIDDEN']);
    expect(await compute(await t.token(Scope.REGION, ZIGONG), CHENGDU, YEAR)).toEqual([
      'FORBIDDEN',
    ]);
    expect(await compute(province, CHENGDU, YEAR)).toEqual(['FORBIDDEN']);
    expect(await compute(region, CHENGDU, 2030)).toEqual(['PRECONDITION_FAILED']);
    const badScores = await send(
      t.url,
      SetAssessmentScoresDocument,
      {
        regionCode: CHENGDU,
        year: YEAR,
        scores: [
          { hospitalCode: H1, score: '50' },
          { hospitalCode: ZIGONG_HOSPITAL, score: '50' },
        ],
      },
      region,
    );
    expect(codes(badScores)).toEqual(['BAD_USER_INPUT']);
    expect(await count('annual_clearing')).toBe(before);
    expect(
      (
        await t.asOwner<{ score: string }>(
          'select score::text from annual_assessment where hospital_code = $1',
          [H1],
        )
      )[0]!.score,
    ).toBe('95.00');
  });

  it('refuses to clear while a monthly batch of the year is open', async () => {
    const job = dataWithoutErrors(
      await send(
        t.url,
        ComputeMonthlySettlementDocument,
        { regionCode: CHENGDU, month: '2025-08' },
        region,
      ),
    ).computeMonthlySettlement.job;
    await finished(job.id);
    expect(await clear()).toEqual(['PRECONDITION_FAILED']);
    dataWithoutErrors(
      await send(
        t.url,
        CloseMonthlySettlementDocument,
        { regionCode: CHENGDU, month: '2025-08' },
        region,
      ),
    );
    expect(await clear()).toBeNull();
  });
});

describe('approval', () => {
  it('freezes the clearing for good: no recompute, no second approval, no direct change', async () => {
    const lines = (await read())!.lines;
    const approved = dataWithoutErrors(
      await send(t.url, ApproveAnnualClearingDocument, { regionCode: CHENGDU, year: YEAR }, region),
    ).approveAnnualClearing.clearing;
    expect(approved.status).toBe('APPROVED');
    expect(await clear()).toEqual(['CONFLICT']);
    expect(
      codes(
        await send(
          t.url,
          ApproveAnnualClearingDocument,
          { regionCode: CHENGDU, year: YEAR },
          region,
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect(
      codes(
        await send(
          t.url,
          SetAssessmentScoresDocument,
          { regionCode: CHENGDU, year: YEAR, scores: [] },
          region,
        ),
      ),
    ).toEqual(['CONFLICT']);
    // the database itself refuses, whoever asks
    await expect(
      t.asOwner('update annual_clearing_line set clearing_amount = 0 where hospital_code = $1', [
        H1,
      ]),
    ).rejects.toThrow(/approved/);
    await expect(t.asOwner('delete from annual_clearing_pool')).rejects.toThrow(/approved/);
    await expect(t.asOwner("update annual_clearing set status = 'COMPUTED'")).rejects.toThrow(
      /approved/,
    );
    expect((await read())!.lines).toEqual(lines);
  });
});
