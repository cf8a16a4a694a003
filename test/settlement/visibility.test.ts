import { SubmitSettlementListsDocument, type SettlementListInput } from '../generated/graphql';
import { CHENGDU, H1, H2, PANZHIHUA, validList, ZIGONG, ZIGONG_HOSPITAL } from '../case/support';
import { dataWithoutErrors, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { visibilityMatrix } from '../support/visibility-matrix';

/**
 * A case's payment (and the reason it has none) is co-owned like the case: the treating
 * hospital, the treatment-site and insured-site regions, their province, NATIONAL; nobody else.
 */
let t: TestApp;
const DEYANG = '510600';
const DEYANG_HOSPITAL = 'H51060000001';
const GUIYANG_HOSPITAL = 'H52010000001';
/** settlement id → case id */
const caseIds: Record<string, string> = {};

async function upload(scope: Scope, code: string, list: SettlementListInput) {
  const token = await t.token(scope, code);
  const result = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: [list] }, token),
  ).submitSettlementLists;
  expect(result.accepted).toBe(1);
}

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  await upload(
    Scope.HOSPITAL,
    H1,
    validList({ settlementId: 'PAY-A', hospitalCode: H1, insuredRegionCode: ZIGONG }),
  );
  await upload(
    Scope.REGION,
    CHENGDU,
    validList({ settlementId: 'PAY-B', hospitalCode: H2, insuredRegionCode: CHENGDU }),
  );
  await upload(
    Scope.HOSPITAL,
    ZIGONG_HOSPITAL,
    validList({
      settlementId: 'PAY-C',
      hospitalCode: ZIGONG_HOSPITAL,
      insuredRegionCode: PANZHIHUA,
    }),
  );
  await upload(
    Scope.REGION,
    DEYANG,
    validList({ settlementId: 'PAY-D', hospitalCode: DEYANG_HOSPITAL, insuredRegionCode: DEYANG }),
  );
  // Guizhou has no payment standard: its case is stored unpriced, with the reason
  await upload(
    Scope.HOSPITAL,
    GUIYANG_HOSPITAL,
    validList({
      settlementId: 'PAY-G',
      hospitalCode: GUIYANG_HOSPITAL,
      insuredRegionCode: '520300',
    }),
  );
  // stored in Chengdu with a 2019 discharge: no catalog or standard in force, unpriced
  await upload(
    Scope.HOSPITAL,
    H1,
    validList({
      settlementId: 'PAY-U',
      insuredRegionCode: ZIGONG,
      admittedAt: '2019-07-20T02:00:00.000Z',
      dischargedAt: '2019-07-28T03:00:00.000Z',
      settlementFrom: '2019-07-20',
      settlementTo: '2019-07-28',
      procedures: [],
    }),
  );
  for (const row of await t.asOwner<{ settlement_id: string; id: string }>(
    "select settlement_id, id from settlement_case where settlement_id like 'PAY-%'",
  ))
    caseIds[row.settlement_id] = row.id;
});
afterAll(() => t.stop());

const sichuan = (scope: string, code: string) => ({ scope, code, province: '510000' });
const principals = {
  'hospital H1': sichuan('HOSPITAL', H1),
  'other hospital of the region (H2)': sichuan('HOSPITAL', H2),
  'treatment region Chengdu': sichuan('REGION', CHENGDU),
  'insured region Zigong': sichuan('REGION', ZIGONG),
  'insured region Panzhihua': sichuan('REGION', PANZHIHUA),
  'third region Deyang': sichuan('REGION', DEYANG),
  'province Sichuan': sichuan('PROVINCE', '510000'),
  national: { scope: 'NATIONAL', code: '000000', province: '' },
};
const sichuanRows = () => [
  {
    key: caseIds['PAY-A'],
    visibleTo: [
      'hospital H1',
      'treatment region Chengdu',
      'insured region Zigong',
      'province Sichuan',
      'national',
    ],
  },
  {
    key: caseIds['PAY-B'],
    visibleTo: [
      'other hospital of the region (H2)',
      'treatment region Chengdu',
      'province Sichuan',
      'national',
    ],
  },
  {
    key: caseIds['PAY-C'],
    visibleTo: [
      'insured region Zigong',
      'insured region Panzhihua',
      'province Sichuan',
      'national',
    ],
  },
  { key: caseIds['PAY-D'], visibleTo: ['third region Deyang', 'province Sichuan', 'national'] },
];

describe('co-owned visibility of payments (as the application role)', () => {
  it('case_payment follows the matrix', async () => {
    await visibilityMatrix(t, {
      table: 'case_payment',
      keyColumn: 'case_id',
      principals,
      rows: sichuanRows(),
    });
  });

  it('case_unpriced follows the matrix (Guizhou: no standard in force)', async () => {
    const [unpriced] = await t.asOwner<{ reason: string }>(
      'select reason from case_unpriced where case_id = $1',
      [caseIds['PAY-G']],
    );
    expect(['NO_CATALOG', 'NO_STANDARD']).toContain(unpriced.reason);
    await visibilityMatrix(t, {
      table: 'case_unpriced',
      keyColumn: 'case_id',
      principals: {
        'hospital H1': principals['hospital H1'],
        'treatment region Chengdu': principals['treatment region Chengdu'],
        'insured region Zigong': principals['insured region Zigong'],
        'province Sichuan': principals['province Sichuan'],
        'hospital Guiyang': { scope: 'HOSPITAL', code: GUIYANG_HOSPITAL, province: '520000' },
        'province Guizhou': { scope: 'PROVINCE', code: '520000', province: '520000' },
        national: principals.national,
      },
      rows: [
        {
          key: caseIds['PAY-U'],
          visibleTo: [
            'hospital H1',
            'treatment region Chengdu',
            'insured region Zigong',
            'province Sichuan',
            'national',
          ],
        },
        {
          key: caseIds['PAY-G'],
          visibleTo: ['hospital Guiyang', 'province Guizhou', 'national'],
        },
      ],
    });
  });

  it('lets only the hospital and its treatment region write a payment, and only a re-pricer delete one', async () => {
    const bump = `update case_payment set priced_at = now() where case_id = '${caseIds['PAY-A']}' returning case_id`;
    expect(await t.asApp(principals['hospital H1'], bump)).toHaveLength(1);
    expect(await t.asApp(principals['treatment region Chengdu'], bump)).toHaveLength(1);
    expect(await t.asApp(principals['insured region Zigong'], bump)).toEqual([]);
    expect(await t.asApp(principals['province Sichuan'], bump)).toEqual([]);
    // re-pricing replaces payments: the treatment region (or the province) deletes, nobody else
    const remove = `delete from case_payment where case_id = '${caseIds['PAY-A']}' returning case_id`;
    expect(await t.asApp(principals['hospital H1'], remove)).toEqual([]);
    expect(await t.asApp(principals['insured region Zigong'], remove)).toEqual([]);
    expect(
      await t.asOwner('select 1 from case_payment where case_id = $1', [caseIds['PAY-A']]),
    ).toHaveLength(1);
    expect(await t.asApp(principals['treatment region Chengdu'], remove)).toHaveLength(1);
  });
});
