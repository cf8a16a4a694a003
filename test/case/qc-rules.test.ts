import {
  QcRulesDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { dataWithoutErrors, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { CHENGDU, H1, validList } from './support';

/**
 * Every QC rule with a failing and a passing list, through the real upload: an ERROR rejects
 * that list only and stores nothing of it; a WARNING stores the list and flags it.
 */
let t: TestApp;
let hospital: string;

beforeAll(async () => {
  t = await startTestApp();
  hospital = await t.token(Scope.HOSPITAL, H1);
});
afterAll(() => t.stop());

const submit = async (input: SettlementListInput[]) =>
  dataWithoutErrors(await send(t.url, SubmitSettlementListsDocument, { input }, hospital))
    .submitSettlementLists;

const stored = async (settlementIds: string[]) =>
  (
    await t.asOwner<{ settlement_id: string }>(
      `select settlement_id from settlement_case where settlement_id = any($1::text[])
       union all select settlement_id from case_revision where settlement_id = any($1::text[])`,
      [settlementIds],
    )
  ).map((r) => r.settlement_id);

const newborn = {
  age: 0,
  ageDays: 3,
  newbornAdmissionType: '1',
  admissionWeight: 3200,
  diagnoses: [{ code: 'J18.000', name: '支气管肺炎', admissionCondition: 1 }],
  procedures: [],
};

// [rule, failing overrides, passing overrides (a near miss of the same rule)]
const CASES: [string, Partial<SettlementListInput>, Partial<SettlementListInput>][] = [
  ['2005', { insuredPersonId: null }, { insuredPersonId: 'P-2005' }],
  ['2006', { dischargeWay: 7 }, { dischargeWay: 9 }],
  ['2132', { ...newborn, birthWeights: [150] }, { ...newborn, birthWeights: [200] }],
  [
    '2133',
    { procedures: [{ code: '99.9999x999', performedAt: '2025-07-22T01:00:00.000Z' }] },
    { procedures: [{ code: '51.2200', performedAt: '2025-07-22T01:00:00.000Z' }] },
  ],
  [
    '2134',
    {
      procedures: [
        {
          code: '51.2200',
          anaesthesiaFrom: '2025-07-19T23:00:00.000Z',
          anaesthesiaTo: '2025-07-22T03:00:00.000Z',
        },
      ],
    },
    {
      procedures: [
        {
          code: '51.2200',
          anaesthesiaFrom: '2025-07-20T02:00:00.000Z',
          anaesthesiaTo: '2025-07-22T03:00:00.000Z',
        },
      ],
    },
  ],
  [
    '2136',
    { icuStays: [{ from: '2025-07-21T00:00:00.000Z', to: '2025-07-29T00:00:00.000Z' }] },
    { icuStays: [{ from: '2025-07-21T00:00:00.000Z', to: '2025-07-28T03:00:00.000Z' }] },
  ],
  [
    '2137',
    { settlementFrom: '2025-07-19', settlementTo: '2025-07-28' },
    { settlementFrom: '2025-07-20', settlementTo: '2025-07-25' },
  ],
  ['2139', { diagnoses: [] }, { diagnoses: [{ code: 'K80.501' }] }],
  ['3001', { ...newborn, newbornAdmissionType: null }, { ...newborn, newbornAdmissionType: '2' }],
  [
    '3002',
    { diagnoses: [{ code: 'O83.800' }], procedures: [] },
    { diagnoses: [{ code: 'O83.800' }], procedures: [], birthWeights: [3300] },
  ],
  [
    '3003',
    { diagnoses: [{ code: 'K80.501' }, { code: 'K99.999x999' }] },
    { diagnoses: [{ code: 'K80.501' }, { code: 'K80.500' }] },
  ],
  [
    '3004',
    { sex: 1, diagnoses: [{ code: 'K80.501' }, { code: 'N70.103' }] },
    { sex: 2, diagnoses: [{ code: 'K80.501' }, { code: 'N70.103' }] },
  ],
  [
    '3005',
    { diagnoses: [{ code: 'V39.200' }, { code: 'K80.501' }] },
    { diagnoses: [{ code: 'K80.501' }, { code: 'V39.200' }] },
  ],
  [
    '3006',
    { fundPayments: [{ fund: 'POOLING', amount: '10000.01' }] },
    { fundPayments: [{ fund: 'POOLING', amount: '10000.00' }] },
  ],
  ['3007', { totalCost: '10000.02' }, { totalCost: '10000.01' }],
  ['3008', { insuredRegionCode: '520100' }, { insuredRegionCode: '519900' }],
];

describe.each(CASES)('QC rule %s', (rule, failing, passing) => {
  it('rejects the failing list with the rule code and stores nothing of it; accepts the near miss', async () => {
    const bad = validList(failing);
    const good = validList(passing);
    const result = await submit([bad, good]);
    expect(result.results[0].status).toBe('REJECTED');
    const codes = result.results[0].issues.map((i) => i.code);
    expect(codes).toContain(rule);
    expect(result.results[0].issues.every((i) => i.severity === 'ERROR')).toBe(true);
    expect(result.results[0].issues.find((i) => i.code === rule)!.field).not.toBeUndefined();
    expect(result.results[0].case).toBeNull();
    expect(result.results[1]).toMatchObject({ status: 'ACCEPTED', issues: [] });
    expect(await stored([bad.settlementId])).toEqual([]);
    expect(await stored([good.settlementId])).toHaveLength(2);
  });
});

describe('QC rule 3009 (split-stay readmission, WARNING)', () => {
  it('stores the readmission and flags it; a planned readmission or another diagnosis is not flagged', async () => {
    const person = 'P-READMIT-1';
    const first = validList({ insuredPersonId: person });
    expect((await submit([first])).accepted).toBe(1);
    const again = validList({
      insuredPersonId: person,
      admittedAt: '2025-08-05T02:00:00.000Z',
      dischargedAt: '2025-08-09T02:00:00.000Z',
      settlementFrom: null,
      settlementTo: null,
      procedures: [],
    });
    const planned = {
      ...again,
      settlementId: `${again.settlementId}P`,
      stayId: `${again.stayId}P`,
      plannedReadmission: true,
    };
    const other = {
      ...again,
      settlementId: `${again.settlementId}O`,
      stayId: `${again.stayId}O`,
      diagnoses: [{ code: 'J18.000' }],
    };
    const late = {
      ...again,
      settlementId: `${again.settlementId}L`,
      stayId: `${again.stayId}L`,
      admittedAt: '2025-08-30T02:00:00.000Z',
      dischargedAt: '2025-09-02T02:00:00.000Z',
    };
    // a second settlement of the same stay (分段结算) is not a readmission
    const part = {
      ...again,
      settlementId: `${again.settlementId}S`,
      totalCost: '9000.00',
      fees: [{ category: 'BED', amount: '9000.00' }],
    };
    const result = await submit([again, planned, other, late, part]);
    expect(result.results.map((r) => r.status)).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
    expect(result.results[0].issues).toEqual([
      expect.objectContaining({ code: '3009', severity: 'WARNING', field: 'admittedAt' }),
    ]);
    expect(result.results[0].case!.qcStatus).toBe('WARNING');
    expect(result.results.slice(1, 4).map((r) => r.issues)).toEqual([[], [], []]);
    // the second part of the readmitted stay is a readmission of the first stay, never of its own stay
    expect(result.results[4].issues.map((i) => i.message)).toEqual([
      expect.stringContaining(first.settlementId),
    ]);
    const [row] = await t.asOwner<{ qc_status: string; qc_issues: { code: string }[] }>(
      'select qc_status, qc_issues from case_revision where settlement_id = $1',
      [again.settlementId],
    );
    expect(row.qc_status).toBe('WARNING');
    expect(row.qc_issues.map((i) => i.code)).toEqual(['3009']);
  });
});

describe('QC rules as region data', () => {
  it('lets a region disable a rule or change its parameters, for its own cases only', async () => {
    const mismatched = () => validList({ totalCost: '10005.00' });
    expect((await submit([mismatched()])).rejected).toBe(1);
    // the region writes its override under row-level security
    await t.asApp(
      { scope: 'REGION', code: CHENGDU, province: '510000' },
      `insert into qc_rule_region (province_code, region_code, rule_code, enabled, parameters)
       values ('510000', $1, '3007', true, '{"tolerance": "10.00"}')`,
      [CHENGDU],
    );
    expect((await submit([mismatched()])).accepted).toBe(1);
    // another region cannot set Chengdu's rules
    await expect(
      t.asApp(
        { scope: 'REGION', code: '510300', province: '510000' },
        `insert into qc_rule_region (province_code, region_code, rule_code, enabled)
         values ('510000', $1, '3006', false)`,
        [CHENGDU],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('still rejects an insured region outside the province when the region disables 3008', async () => {
    await t.asApp(
      { scope: 'REGION', code: CHENGDU, province: '510000' },
      `insert into qc_rule_region (province_code, region_code, rule_code, enabled)
       values ('510000', $1, '3008', false)`,
      [CHENGDU],
    );
    const foreign = validList({ insuredRegionCode: '520100' });
    const result = await submit([foreign]);
    expect(result.results[0].status).toBe('REJECTED');
    expect(result.results[0].issues.map((i) => [i.code, i.severity])).toEqual([['3008', 'ERROR']]);
    expect(await stored([foreign.settlementId])).toEqual([]);
  });

  it('serves the rules as they apply in a region (qcRules)', async () => {
    const rules = dataWithoutErrors(await send(t.url, QcRulesDocument, {}, hospital)).qcRules;
    expect(rules.map((r) => r.code)).toEqual(expect.arrayContaining(['2005', '2133', '3009']));
    const byCode = new Map(rules.map((r) => [r.code, r]));
    expect(byCode.get('3007')).toMatchObject({ overridden: true, enabled: true });
    expect(JSON.parse(byCode.get('3007')!.parameters)).toEqual({ tolerance: '10.00' });
    expect(byCode.get('3008')).toMatchObject({ overridden: true, enabled: false });
    expect(byCode.get('3009')).toMatchObject({ severity: 'WARNING', overridden: false });
    expect(JSON.parse(byCode.get('2132')!.parameters)).toEqual({ min: 200, max: 20000 });
    // another region gets the defaults
    const zigong = await t.token(Scope.REGION, '510300');
    const theirs = dataWithoutErrors(await send(t.url, QcRulesDocument, {}, zigong)).qcRules;
    expect(theirs.find((r) => r.code === '3007')).toMatchObject({ overridden: false });
    expect(JSON.parse(theirs.find((r) => r.code === '3007')!.parameters)).toEqual({
      tolerance: '0.01',
    });
  });
});
