import {
  CommentSpecialCaseDocument,
  ProvinceSpecialCaseApplicationsDocument,
  SpecialCaseApplicationNodeDocument,
} from '../generated/graphql';
import { CHENGDU, H1, H2, PANZHIHUA, validList, ZIGONG, ZIGONG_HOSPITAL } from '../case/support';
import { dataWithoutErrors, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { visibilityMatrix } from '../support/visibility-matrix';
import { applied, caseGlobalId, decide, upload } from './support';

/**
 * Special-case applications, decisions and comments are co-owned like the case: the treating
 * hospital, the treatment-site and insured-site regions (联办: the insured region takes part in
 * the review, seed 003 六(二)), their province, NATIONAL; nobody else — not another hospital of
 * the region, not a third region, not another province. Checked as the application role against
 * the database, with positive controls (every row seen by someone, every principal sees a row).
 */
let t: TestApp;
const DEYANG = '510600';
const DEYANG_HOSPITAL = 'H51060000001';
const GUIYANG = '520100';
const GUIYANG_HOSPITAL = 'H52010000001';
/** settlement id → case uuid */
const caseIds: Record<string, string> = {};
const applicationIds: Record<string, string> = {};

const cases: { id: string; hospital: string; region: string; insured: string }[] = [
  { id: 'REV-A', hospital: H1, region: CHENGDU, insured: ZIGONG },
  { id: 'REV-B', hospital: H2, region: CHENGDU, insured: CHENGDU },
  { id: 'REV-C', hospital: ZIGONG_HOSPITAL, region: ZIGONG, insured: PANZHIHUA },
  { id: 'REV-D', hospital: DEYANG_HOSPITAL, region: DEYANG, insured: DEYANG },
  { id: 'REV-G', hospital: GUIYANG_HOSPITAL, region: GUIYANG, insured: '520300' },
];

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  for (const c of cases) {
    const hospital = await t.token(Scope.HOSPITAL, c.hospital);
    await upload(t, hospital, [
      validList({ settlementId: c.id, hospitalCode: c.hospital, insuredRegionCode: c.insured }),
    ]);
    const caseId = await caseGlobalId(t, c.hospital, c.id);
    applicationIds[c.id] = await applied(t, hospital, caseId);
    // every party of the review writes: the hospital, the treatment region, the insured region
    const comment = (token: string, body: string) =>
      send(
        t.url,
        CommentSpecialCaseDocument,
        { input: { applicationId: applicationIds[c.id], body } },
        token,
      );
    dataWithoutErrors(await comment(hospital, `hospital on ${c.id}`));
    const treatment = await t.token(Scope.REGION, c.region);
    dataWithoutErrors(await comment(treatment, `treatment region on ${c.id}`));
    if (c.insured !== c.region)
      dataWithoutErrors(
        await comment(await t.token(Scope.REGION, c.insured), `insured on ${c.id}`),
      );
    // a rejection needs no payment standard (Guizhou has none) and no cap
    dataWithoutErrors(
      await decide(t, treatment, {
        applicationId: applicationIds[c.id],
        outcome: 'REJECTED',
        reason: 'Within the group’s normal cost range',
      }),
    );
  }
  for (const row of await t.asOwner<{ settlement_id: string; id: string }>(
    "select settlement_id, id from settlement_case where settlement_id like 'REV-%'",
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
  'province Guizhou': { scope: 'PROVINCE', code: '520000', province: '520000' },
  national: { scope: 'NATIONAL', code: '000000', province: '' },
};
const rows = () => [
  {
    key: caseIds['REV-A'],
    visibleTo: [
      'hospital H1',
      'treatment region Chengdu',
      'insured region Zigong',
      'province Sichuan',
      'national',
    ],
  },
  {
    key: caseIds['REV-B'],
    visibleTo: [
      'other hospital of the region (H2)',
      'treatment region Chengdu',
      'province Sichuan',
      'national',
    ],
  },
  {
    key: caseIds['REV-C'],
    visibleTo: [
      'insured region Zigong',
      'insured region Panzhihua',
      'province Sichuan',
      'national',
    ],
  },
  { key: caseIds['REV-D'], visibleTo: ['third region Deyang', 'province Sichuan', 'national'] },
  { key: caseIds['REV-G'], visibleTo: ['province Guizhou', 'national'] },
];

describe('co-owned visibility of special-case review (as the application role)', () => {
  it.each(['special_case_application', 'special_case_decision', 'special_case_comment'])(
    '%s follows the matrix',
    async (table) => {
      await visibilityMatrix(t, { table, keyColumn: 'case_id', principals, rows: rows() });
    },
  );
});

describe('through the API', () => {
  it('node(id:): the insured region reads the application and its comments, a third region and another province get null', async () => {
    const id = applicationIds['REV-A'];
    const read = async (scope: Scope, code: string) =>
      dataWithoutErrors(
        await send(t.url, SpecialCaseApplicationNodeDocument, { id }, await t.token(scope, code)),
      ).node;
    const asZigong = await read(Scope.REGION, ZIGONG);
    expect(asZigong).toMatchObject({ status: 'REJECTED', insuredRegionCode: ZIGONG });
    expect(
      (asZigong as { comments: { authorCode: string }[] }).comments.map((c) => c.authorCode),
    ).toEqual([H1, CHENGDU, ZIGONG]);
    expect(await read(Scope.REGION, DEYANG)).toBeNull();
    expect(await read(Scope.HOSPITAL, H2)).toBeNull();
    expect(await read(Scope.PROVINCE, '520000')).toBeNull();
    expect(await read(Scope.NATIONAL, '000000')).toMatchObject({ status: 'REJECTED' });
  });

  it('Province.specialCaseApplications: Sichuan lists its four, Guizhou none of them', async () => {
    const list = async (code: string, token: string) =>
      dataWithoutErrors(await send(t.url, ProvinceSpecialCaseApplicationsDocument, { code }, token))
        .province?.specialCaseApplications.totalCount;
    expect(await list('510000', await t.token(Scope.PROVINCE, '510000'))).toBe(4);
    expect(await list('520000', await t.token(Scope.PROVINCE, '520000'))).toBe(1);
    // Guizhou asking for Sichuan: the province is another's, nothing of it is listed
    expect(await list('510000', await t.token(Scope.PROVINCE, '520000'))).toBeFalsy();
  });
});
