import Decimal from 'decimal.js';
import { Dec } from '../../src/domain/decimal';

/** Exact sums of many exact points (the domain's 40 digits would round them). */
const Exact = Decimal.clone({ precision: 1000 });
import {
  CaseAggregatesDocument,
  SubmitSettlementListsDocument,
  type CaseAggregateDimension,
  type CaseSite,
  type InsuranceType,
  type SettlementListInput,
} from '../generated/graphql';
import { CHENGDU, H1, H2, PANZHIHUA, validList, ZIGONG, ZIGONG_HOSPITAL } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * A region's case figures for a discharge period (PoolingRegion.caseAggregates): every
 * breakdown checked against sums the test makes itself — costs from the lists it uploaded,
 * payment figures from each case's own payment row — and what each party may see of them, with
 * positive controls.
 */
let t: TestApp;
let tokens: Record<string, string>;

const FROM = '2025-07-27';
const TO = '2025-07-29';

interface Known {
  hospital: string;
  treatmentRegion: string;
  insuredRegion: string;
  insuranceType: string;
  day: string;
  totalCost: string;
  group: string | null;
  caseClass: string | null;
  points: string | null;
  provisional: string | null;
  fundDue: string | null;
}
let known: Known[];

function list(
  day: string,
  cost: string,
  overrides: Partial<SettlementListInput> = {},
): SettlementListInput {
  const patient = new Dec(cost).times('0.3').toDecimalPlaces(2).toFixed(2);
  return validList({
    dischargedAt: `${day}T03:00:00.000Z`,
    settlementTo: day,
    los: Number(day.slice(8)) - 20,
    fees: [{ category: 'SURGERY', amount: cost }],
    totalCost: cost,
    fundPayments: [{ fund: 'POOLING', amount: new Dec(cost).minus(patient).toFixed(2) }],
    patientPaid: patient,
    ...overrides,
  });
}

/** The figures of the matching cases, summed here (never by the statement under test). */
function expected(
  cases: Known[],
  keyOf: (k: Known) => string | null,
): { rows: Record<string, unknown>[]; total: Record<string, unknown> } {
  const sum = (items: Known[], key: string | null) => {
    const priced = items.filter((k) => k.provisional !== null);
    const add = (pick: (k: Known) => string | null) =>
      items.reduce((s, k) => s.plus(pick(k) ?? 0), new Exact(0)).toFixed();
    return {
      key,
      cases: items.length,
      pricedCases: priced.length,
      totalCost: add((k) => k.totalCost),
      points: add((k) => k.points),
      provisionalAmount: add((k) => k.provisional),
      fundDue: add((k) => k.fundDue),
    };
  };
  const keys = [...new Set(cases.map(keyOf))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return {
    rows: keys.map((key) =>
      sum(
        cases.filter((k) => keyOf(k) === key),
        key,
      ),
    ),
    total: sum(cases, null),
  };
}

/** Decimal strings by value ("12.30" = "12.3"), so the comparison is of amounts. */
function byValue<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = { ...row };
  for (const field of ['totalCost', 'points', 'provisionalAmount', 'fundDue'])
    out[field] = new Exact(row[field] as string).toFixed();
  return out as T;
}

async function aggregates(
  token: string,
  vars: {
    code?: string;
    by: CaseAggregateDimension;
    site?: CaseSite;
    insuranceType?: InsuranceType;
    first?: number;
  },
) {
  const data = dataWithoutErrors(
    await send(
      t.url,
      CaseAggregatesDocument,
      { code: CHENGDU, from: FROM, to: TO, ...vars },
      token,
    ),
  );
  const a = data.poolingRegion!.caseAggregates;
  return { ...a, rows: a.rows.map(byValue), total: byValue(a.total) };
}

const inPeriod = (k: Known) => k.day >= FROM && k.day <= TO;

beforeAll(async () => {
  t = await startTestApp();
  tokens = {
    region: await t.token(Scope.REGION, CHENGDU),
    h1: await t.token(Scope.HOSPITAL, H1),
    zigong: await t.token(Scope.REGION, ZIGONG),
    panzhihua: await t.token(Scope.REGION, PANZHIHUA),
    province: await t.token(Scope.PROVINCE, '510000'),
    zigongHospital: await t.token(Scope.HOSPITAL, ZIGONG_HOSPITAL),
  };
  const lists: SettlementListInput[] = [];
  const costs = ['3000.00', '8500.50', '10000.00', '17000.25', '36000.00'];
  for (const day of ['2025-07-26', ...['2025-07-27', '2025-07-28', '2025-07-29'], '2025-07-30'])
    for (const hospitalCode of [H1, H2])
      for (const [i, cost] of costs.entries())
        lists.push(
          list(day, cost, {
            hospitalCode,
            insuredRegionCode: i % 2 === 0 ? CHENGDU : ZIGONG,
            insuranceType: i % 3 === 0 ? 'RESIDENT' : 'EMPLOYEE',
            // one case with an unknown procedure: grouped elsewhere, maybe unpriced
            ...(i === 4 && hospitalCode === H2 ? { procedures: [] } : {}),
          }),
        );
  const uploaded = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: lists }, tokens.region),
  );
  expect(
    uploaded.submitSettlementLists.results.every(
      (r: { status: string }) => r.status === 'ACCEPTED',
    ),
  ).toBe(true);
  dataWithoutErrors(
    await send(
      t.url,
      SubmitSettlementListsDocument,
      {
        input: [
          list('2025-07-28', '12000.00', {
            hospitalCode: ZIGONG_HOSPITAL,
            insuredRegionCode: CHENGDU,
          }),
          list('2025-07-28', '9000.00', {
            hospitalCode: ZIGONG_HOSPITAL,
            insuredRegionCode: CHENGDU,
            insuranceType: 'RESIDENT',
          }),
        ],
      },
      tokens.zigongHospital,
    ),
  );
  // each case's own figures, one row per case (costs checked against the uploaded lists)
  const bySettlement = new Map(lists.map((l) => [l.settlementId, l]));
  const rows = await t.asOwner<Known & { settlementId: string }>(
    `select c.settlement_id as "settlementId", c.hospital_code as hospital,
       c.treatment_region_code as "treatmentRegion", c.insured_region_code as "insuredRegion",
       c.insurance_type as "insuranceType", to_char(c.discharge_date, 'YYYY-MM-DD') as day,
       r.total_cost::text as "totalCost",
       coalesce(p.group_code, case r.grouped_by when 'DIP' then r.dip_group_code
         else coalesce(r.drg_code, r.dip_group_code) end) as group,
       p.case_class as "caseClass", p.points::text as points,
       p.provisional_amount::text as provisional, p.fund_due::text as "fundDue"
     from settlement_case c join case_revision r on r.id = c.current_revision_id
     left join case_payment p on p.revision_id = r.id`,
  );
  for (const r of rows) {
    const l = bySettlement.get(r.settlementId);
    if (l) expect(new Dec(r.totalCost).eq(l.totalCost!)).toBe(true);
  }
  known = rows;
  // the figures are worth checking: priced cases and more than one class
  expect(known.filter((k) => k.provisional !== null).length).toBeGreaterThan(10);
}, 120_000);
afterAll(() => t?.stop());

describe('PoolingRegion.caseAggregates', () => {
  const treated = () => known.filter((k) => inPeriod(k) && k.treatmentRegion === CHENGDU);

  it.each([
    ['HOSPITAL', (k: Known) => k.hospital],
    ['GROUP', (k: Known) => k.group],
    ['INSURED_REGION', (k: Known) => k.insuredRegion],
    ['CLASS', (k: Known) => k.caseClass],
  ] as const)('as treatment site, by %s, sums to the cases, with a total', async (by, keyOf) => {
    const got = await aggregates(tokens.region, { by });
    const want = expected(treated(), keyOf);
    expect(got.total).toEqual(want.total);
    expect(got.rows).toEqual(want.rows);
    expect(got.truncated).toBe(false);
    expect(got.total.cases).toBe(30); // 3 days × 2 hospitals × 5, the days outside excluded
  });

  it('filters by insurance type', async () => {
    const got = await aggregates(tokens.region, { by: 'HOSPITAL', insuranceType: 'RESIDENT' });
    const want = expected(
      treated().filter((k) => k.insuranceType === 'RESIDENT'),
      (k) => k.hospital,
    );
    expect(got).toMatchObject(want);
    expect(want.total.cases).toBeGreaterThan(0);
  });

  it('as insured site: the cases insured with the region, wherever treated in the province', async () => {
    const got = await aggregates(tokens.region, { by: 'TREATMENT_REGION', site: 'INSURED' });
    const want = expected(
      known.filter((k) => inPeriod(k) && k.insuredRegion === CHENGDU),
      (k) => k.treatmentRegion,
    );
    expect(got).toMatchObject(want);
    expect(got.rows.map((r) => r.key)).toEqual([CHENGDU, ZIGONG]);
  });

  it('caps the rows (truncated) and refuses a bad page size or period', async () => {
    const got = await aggregates(tokens.region, { by: 'HOSPITAL', first: 1 });
    expect(got.rows).toHaveLength(1);
    expect(got.truncated).toBe(true);
    expect(got.total).toEqual(expected(treated(), (k) => k.hospital).total);
    for (const vars of [
      { code: CHENGDU, from: FROM, to: TO, by: 'HOSPITAL' as const, first: 0 },
      { code: CHENGDU, from: TO, to: FROM, by: 'HOSPITAL' as const },
    ])
      expect(codes(await send(t.url, CaseAggregatesDocument, vars, tokens.region))).toEqual([
        'BAD_USER_INPUT',
      ]);
  });

  it('shows each party only its cases: the hospital its own, the insured region its insured, a third region nothing', async () => {
    // the hospital: only its own row, and a total of its own cases
    const own = await aggregates(tokens.h1, { by: 'HOSPITAL' });
    const h1 = expected(
      treated().filter((k) => k.hospital === H1),
      (k) => k.hospital,
    );
    expect(own).toMatchObject(h1);
    expect(own.rows.map((r) => r.key)).toEqual([H1]);
    // positive control: H2 has cases the region sees
    const all = await aggregates(tokens.region, { by: 'HOSPITAL' });
    expect(all.rows.map((r) => r.key)).toEqual([H1, H2]);

    // Zigong, insured site of some of Chengdu's cases: only those
    const insured = await aggregates(tokens.zigong, { by: 'INSURED_REGION' });
    expect(insured).toMatchObject(
      expected(
        treated().filter((k) => k.insuredRegion === ZIGONG),
        (k) => k.insuredRegion,
      ),
    );
    expect(insured.rows.map((r) => r.key)).toEqual([ZIGONG]);

    // Panzhihua, no party to any of them: nothing
    const third = await aggregates(tokens.panzhihua, { by: 'HOSPITAL' });
    expect(third.rows).toEqual([]);
    expect(third.total).toMatchObject({ cases: 0, totalCost: '0', fundDue: '0' });

    // the province sees everything its regions do
    expect(await aggregates(tokens.province, { by: 'HOSPITAL' })).toMatchObject({
      rows: all.rows,
      total: all.total,
    });
  });
});
