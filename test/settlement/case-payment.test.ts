import Decimal from 'decimal.js';
import {
  CasePaymentDocument,
  CasePaymentsDocument,
  CreatePaymentStandardDocument,
  PublishPaymentStandardDocument,
  SetPaymentStandardParametersDocument,
  SetPaymentStandardRowsDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { toGlobalId } from '../../src/graphql/relay';
import { CHENGDU, H1, H2, validList } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { countStatements } from '../support/statement-counter';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Payment at ingest: every accepted revision is priced at once with the standard in force at
 * discharge in the treatment region, and read back on the revision and the case. Expected
 * figures are worked by hand from the formulas (DOMAIN-FORMULAS §3, §8), not by priceCase.
 */
let t: TestApp;
let hospital: string;
let region: string;
let standardUuid: string;
let catalogVersionId: string;
/** The cholecystectomy's DRG in the demo catalog: weight and average cost. */
let group: { code: string; weight: Decimal; averageCost: Decimal };

const POINT_VALUE = new Decimal('98.8120');
const COEFFICIENT = new Decimal('0.9');

const submit = (token: string, input: SettlementListInput[]) =>
  send(t.url, SubmitSettlementListsDocument, { input }, token);

/** A list of H1, insured in Chengdu (local), costing `cost` with 30 % patient share (§8). */
function costing(cost: Decimal, overrides: Partial<SettlementListInput> = {}): SettlementListInput {
  const total = cost.toFixed(2);
  const patient = cost.times('0.3').toDecimalPlaces(2).toFixed(2);
  const fund = cost.minus(patient).toFixed(2);
  return validList({
    insuredRegionCode: CHENGDU,
    fees: [{ category: 'SURGERY', amount: total }],
    totalCost: total,
    fundPayments: [{ fund: 'POOLING', amount: fund }],
    patientPaid: patient,
    ...overrides,
  });
}

async function paymentOf(settlementId: string, token = hospital) {
  const data = dataWithoutErrors(
    await send(t.url, CasePaymentDocument, { hospitalCode: H1, settlementId }, token),
  );
  return data.settlementCase!;
}

const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

beforeAll(async () => {
  t = await startTestApp();
  hospital = await t.token(Scope.HOSPITAL, H1);
  region = await t.token(Scope.REGION, CHENGDU);

  // the DRG catalog the demo standard of Chengdu prices, and the group our case falls in
  const [demo] = await t.asOwner<{ catalog_version_id: string }>(
    `select catalog_version_id from payment_standard
     where owner_code = $1 and status = 'PUBLISHED' and method = 'DRG_POINTS'`,
    [CHENGDU],
  );
  catalogVersionId = demo.catalog_version_id;

  // Chengdu's own standard from 2025-07-01 (later than the demo one, so in force at discharge):
  // §8's rules — base points ≤ 100: high at ratio ≥ 3, else ≥ 2; low at ≤ 0.4; H1 coefficient 0.9
  const created = dataWithoutErrors(
    await send(
      t.url,
      CreatePaymentStandardDocument,
      {
        input: {
          method: 'DRG_POINTS',
          name: '成都市2025年DRG点数法支付标准（测试）',
          versionLabel: '2025.7',
          year: 2025,
          effectiveFrom: '2025-07-01',
          catalogVersionId: toGlobalId('CatalogVersion', catalogVersionId),
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
        id: created,
        parameters: {
          method: 'DRG_POINTS',
          pointValueEmployee: POINT_VALUE.toFixed(4),
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
          id: created,
          coefficients: [{ hospitalCode: H1, coefficient: COEFFICIENT.toFixed(4) }],
        },
      },
      region,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishPaymentStandardDocument, { id: created }, region));
  const [row] = await t.asOwner<{ id: string }>(
    `select id from payment_standard where owner_code = $1 and version_label = '2025.7'`,
    [CHENGDU],
  );
  standardUuid = row.id;

  // a first case tells which group the cholecystectomy falls in; the catalog gives its figures
  const probe = costing(new Decimal('10000'));
  dataWithoutErrors(await submit(hospital, [probe]));
  const code = (await paymentOf(probe.settlementId)).current.grouping.drgCode!;
  const [g] = await t.asOwner<{ weight: string; average_cost: string }>(
    'select weight, average_cost from drg_group where version_id = $1 and code = $2',
    [catalogVersionId, code],
  );
  group = { code, weight: new Decimal(g.weight), averageCost: new Decimal(g.average_cost) };
});
afterAll(() => t.stop());

describe('payment at ingest (DRG point method)', () => {
  it('prices a NORMAL case: base points × coefficient × point value, fund due to the fen', async () => {
    const cost = group.averageCost;
    const list = costing(cost);
    dataWithoutErrors(await submit(hospital, [list]));
    const { payment, paymentIssue } = await paymentOf(list.settlementId);
    const base = group.weight.times(100);
    const points = base.times(COEFFICIENT);
    const amount = points.times(POINT_VALUE);
    const patient = new Decimal(list.patientPaid!);
    expect(paymentIssue).toBeNull();
    expect(payment).toMatchObject({
      caseClass: 'NORMAL',
      rule: 'STANDARD',
      method: 'DRG_POINTS',
      groupCode: group.code,
      comparator: 'GROUP_AVERAGE',
      ratio: '1',
      lowThreshold: '0.4',
      coefficients: [{ kind: 'INSTITUTION', value: '0.9', source: `hospital ${H1}` }],
      pointValue: '98.812',
      standardAmount: null,
      provisionalAmount: fen(amount),
      patientShare: patient.toFixed(2),
      fundDue: fen(amount.minus(patient)),
      flags: [],
      dischargeDate: '2025-07-28',
    });
    expect(new Decimal(payment!.baseValue!).eq(base)).toBe(true);
    expect(new Decimal(payment!.comparatorAmount!).eq(cost)).toBe(true);
    expect(new Decimal(payment!.points!).eq(points)).toBe(true);
    expect(new Decimal(payment!.amount).eq(amount)).toBe(true);
    // the trace names every version used
    const [versions] = await t.asOwner<{ rule_package_sha256: string }>(
      `select r.rule_package_sha256 from case_revision r where r.settlement_id = $1`,
      [list.settlementId],
    );
    expect(payment!.trace).toEqual({
      paymentStandardId: standardUuid,
      catalogVersionId,
      rulePackageSha256: versions.rule_package_sha256,
    });
    expect(versions.rule_package_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prices a HIGH case: base × coef + base × (ratio − H)', async () => {
    const base = group.weight.times(100);
    const high = base.lte(100) ? new Decimal(3) : new Decimal(2);
    // ratio H + 1.5, exactly (the cost is a whole number of fen)
    const cost = group.averageCost.times(high.plus('1.5')).toDecimalPlaces(2);
    const list = costing(cost);
    dataWithoutErrors(await submit(hospital, [list]));
    const { payment } = await paymentOf(list.settlementId);
    const ratio = cost.div(group.averageCost);
    const points = base.times(COEFFICIENT).plus(base.times(ratio.minus(high)));
    const amount = points.times(POINT_VALUE);
    expect(payment).toMatchObject({
      caseClass: 'HIGH',
      rule: 'HIGH_OUTLIER',
      highThreshold: high.toFixed(),
      // coefficients apply to outliers (the national default): base × coef, as §8 works it
      coefficients: [{ kind: 'INSTITUTION', value: '0.9', source: `hospital ${H1}` }],
      provisionalAmount: fen(amount),
      fundDue: fen(amount.minus(list.patientPaid!)),
    });
    expect(new Decimal(payment!.ratio!).eq(ratio)).toBe(true);
    expect(new Decimal(payment!.points!).eq(points)).toBe(true);
  });

  it('prices a LOW case: base × ratio (× coef: coefficients apply to outliers)', async () => {
    const cost = group.averageCost.times('0.36').toDecimalPlaces(2);
    const list = costing(cost);
    dataWithoutErrors(await submit(hospital, [list]));
    const { payment } = await paymentOf(list.settlementId);
    const base = group.weight.times(100);
    const points = base.times(cost.div(group.averageCost)).times(COEFFICIENT);
    const amount = points.times(POINT_VALUE);
    expect(payment).toMatchObject({
      caseClass: 'LOW',
      rule: 'LOW_OUTLIER',
      provisionalAmount: fen(amount),
      fundDue: fen(amount.minus(list.patientPaid!)),
    });
    // the ratio does not terminate: pricing keeps 40 significant digits, this test 20
    expect(new Decimal(payment!.points!).minus(points).abs().lt('1e-12')).toBe(true);
  });

  it('prices an INCOMPLETE stay (against advice, 2 days): base × coef × cost / average', async () => {
    const cost = group.averageCost.times('0.5').toDecimalPlaces(2);
    const list = costing(cost, {
      procedures: [
        { code: '51.2200', name: '胆囊切除术', performedAt: '2025-07-27T01:00:00.000Z' },
      ],
      los: 2,
      dischargeWay: 4,
      admittedAt: '2025-07-26T02:00:00.000Z',
      settlementFrom: '2025-07-26',
    });
    dataWithoutErrors(await submit(hospital, [list]));
    const { payment } = await paymentOf(list.settlementId);
    const points = group.weight.times(100).times(COEFFICIENT).times(cost).div(group.averageCost);
    const amount = points.times(POINT_VALUE);
    expect(payment).toMatchObject({
      caseClass: 'INCOMPLETE',
      rule: 'INCOMPLETE_STAY',
      provisionalAmount: fen(amount),
      fundDue: fen(amount.minus(list.patientPaid!)),
    });
    expect(new Decimal(payment!.points!).eq(points)).toBe(true);
  });

  it('records the HOSPITAL or REGION upload alike, and prices out-of-region cases flagged', async () => {
    const list = costing(group.averageCost, { insuredRegionCode: '510300' });
    dataWithoutErrors(await submit(region, [list]));
    const { payment } = await paymentOf(list.settlementId, region);
    expect(payment?.flags).toEqual(['OUT_OF_REGION']);
    expect(payment?.caseClass).toBe('NORMAL');
  });
});

describe('no payment, and why', () => {
  it('stores a case with no standard in force, with no payment row and the reason', async () => {
    const list = costing(group.averageCost, {
      admittedAt: '2019-07-20T02:00:00.000Z',
      dischargedAt: '2019-07-28T03:00:00.000Z',
      settlementFrom: '2019-07-20',
      settlementTo: '2019-07-28',
      procedures: [],
    });
    const result = dataWithoutErrors(await submit(hospital, [list])).submitSettlementLists;
    expect(result.accepted).toBe(1);
    const read = await paymentOf(list.settlementId);
    expect(read.payment).toBeNull();
    expect(['NO_CATALOG', 'NO_STANDARD']).toContain(read.paymentIssue?.code);
    expect(read.paymentIssue?.message).toMatch(/in force in 510100 on 2019-07-28/);
    const [counts] = await t.asOwner<{ payments: number; unpriced: number }>(
      `select (select count(*)::int from case_payment p join case_revision r on r.id = p.revision_id where r.settlement_id = $1) as payments,
              (select count(*)::int from case_unpriced u join case_revision r on r.id = u.revision_id where r.settlement_id = $1) as unpriced`,
      [list.settlementId],
    );
    expect(counts).toEqual({ payments: 0, unpriced: 1 });
  });

  it('writes nothing for a refused request or a rejected list', async () => {
    const before = await t.asOwner<{ n: number }>(
      'select (select count(*) from case_payment)::int + (select count(*) from case_unpriced)::int as n',
    );
    // a malformed Decimal: the whole request is refused
    const bad = await send(
      t.url,
      SubmitSettlementListsDocument,
      { input: [{ ...costing(group.averageCost), totalCost: '12.345.6' }] },
      hospital,
    );
    expect(codes(bad)).toContain('BAD_USER_INPUT');
    // a list with a QC error is rejected, stored nowhere, priced nowhere
    const rejected = dataWithoutErrors(
      await submit(hospital, [costing(group.averageCost, { diagnoses: [] })]),
    ).submitSettlementLists;
    expect(rejected).toMatchObject({ accepted: 0, rejected: 1 });
    // another hospital's token: NOT_PERMITTED, nothing written
    const other = await t.token(Scope.HOSPITAL, H2);
    const refused = dataWithoutErrors(
      await submit(other, [costing(group.averageCost)]),
    ).submitSettlementLists;
    expect(refused.results[0].issues[0].code).toBe('NOT_PERMITTED');
    const after = await t.asOwner<{ n: number }>(
      'select (select count(*) from case_payment)::int + (select count(*) from case_unpriced)::int as n',
    );
    expect(after).toEqual(before);
  });
});

describe('revisions', () => {
  it('gives a new revision its own payment; the old one stays readable', async () => {
    const list = costing(group.averageCost);
    dataWithoutErrors(await submit(hospital, [list]));
    const changed = costing(group.averageCost.times('0.36'), {
      settlementId: list.settlementId,
      stayId: list.stayId,
    });
    const second = dataWithoutErrors(await submit(hospital, [changed])).submitSettlementLists;
    expect(second.results[0]).toMatchObject({ status: 'ACCEPTED', revision: 2 });
    // unchanged upload: no new revision, no new payment
    dataWithoutErrors(await submit(hospital, [changed]));
    const read = await paymentOf(list.settlementId);
    expect(read.currentRevision).toBe(2);
    expect(read.revisions.map((r) => [r.revision, r.payment?.caseClass])).toEqual([
      [1, 'NORMAL'],
      [2, 'LOW'],
    ]);
    expect(read.payment).toEqual(read.revisions[1].payment);
    const [n] = await t.asOwner<{ n: number }>(
      'select count(*)::int as n from case_payment p join case_revision r on r.id = p.revision_id where r.settlement_id = $1',
      [list.settlementId],
    );
    expect(n.n).toBe(2);
  });
});

describe('no N+1', () => {
  beforeAll(async () => {
    // first in case order at every page size: a case with two revisions, so the revisions'
    // payments (a level of their own) are read whatever the page
    const list = costing(group.averageCost, { settlementId: 'A-TWO-REVISIONS' });
    dataWithoutErrors(await submit(hospital, [list]));
    const changed = costing(group.averageCost.times(2), {
      settlementId: list.settlementId,
      stayId: list.stayId,
    });
    dataWithoutErrors(await submit(hospital, [changed]));
  });

  async function run(first: number) {
    const counter = countStatements(t.app);
    try {
      const result = await send(t.url, CasePaymentsDocument, { first }, region);
      expect(result.errors).toBeUndefined();
      return { statements: counter.statements, nodes: result.data!.settlementCases.edges };
    } finally {
      counter.stop();
    }
  }

  it('reads payments of cases and revisions with the same statements at any page size', async () => {
    const small = await run(1);
    const large = await run(50);
    expect(small.nodes).toHaveLength(1);
    expect(small.nodes[0].node.revisions).toHaveLength(2);
    expect(large.nodes.length).toBeGreaterThan(5);
    expect(large.nodes.filter((n) => n.node.payment !== null).length).toBeGreaterThan(5);
    expect(large.statements.map((s) => s.slice(0, 60))).toEqual(
      small.statements.map((s) => s.slice(0, 60)),
    );
  });
});
