import { Client } from 'pg';
import {
  CaseNodeDocument,
  HospitalCasesDocument,
  SettlementCaseDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { codes, dataWithoutErrors, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { visibilityMatrix } from '../support/visibility-matrix';
import { CHENGDU, H1, H2, PANZHIHUA, validList, ZIGONG, ZIGONG_HOSPITAL } from './support';

/**
 * Cases are co-owned: the treating hospital, the treatment-site region, the insured-site region
 * and their province read them, NATIONAL all, nobody else. The insured person's identifier is
 * shown to the treating hospital, and to other co-owners only with the PII role.
 */
let t: TestApp;
const DEYANG = '510600';
const DEYANG_HOSPITAL = 'H51060000001';
const GUIYANG_HOSPITAL = 'H52010000001';
const lists: Record<string, SettlementListInput> = {};

async function upload(scope: Scope, code: string, list: SettlementListInput) {
  const token = await t.token(scope, code);
  const result = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: [list] }, token),
  ).submitSettlementLists;
  expect(result.results[0].issues).toEqual([]);
  expect(result.accepted).toBe(1);
}

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  // A: treated in Chengdu (H1), insured in Zigong; B: Chengdu H2, insured in Chengdu;
  // C: treated in Zigong, insured in Panzhihua; D: Deyang, local; G: Guizhou, local
  lists.A = validList({ settlementId: 'VIS-A', hospitalCode: H1, insuredRegionCode: ZIGONG });
  lists.B = validList({ settlementId: 'VIS-B', hospitalCode: H2, insuredRegionCode: CHENGDU });
  lists.C = validList({
    settlementId: 'VIS-C',
    hospitalCode: ZIGONG_HOSPITAL,
    insuredRegionCode: PANZHIHUA,
  });
  lists.D = validList({
    settlementId: 'VIS-D',
    hospitalCode: DEYANG_HOSPITAL,
    insuredRegionCode: DEYANG,
  });
  lists.G = validList({
    settlementId: 'VIS-G',
    hospitalCode: GUIYANG_HOSPITAL,
    insuredRegionCode: '520300',
    // Guizhou has no code tables of its own: the national ones serve
  });
  await upload(Scope.HOSPITAL, H1, lists.A);
  await upload(Scope.REGION, CHENGDU, lists.B);
  await upload(Scope.HOSPITAL, ZIGONG_HOSPITAL, lists.C);
  await upload(Scope.REGION, DEYANG, lists.D);
  await upload(Scope.HOSPITAL, GUIYANG_HOSPITAL, lists.G);
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
  'other province Guizhou': { scope: 'PROVINCE', code: '520000', province: '520000' },
  national: { scope: 'NATIONAL', code: '000000', province: '' },
};
const rows = [
  {
    key: 'VIS-A',
    visibleTo: [
      'hospital H1',
      'treatment region Chengdu',
      'insured region Zigong',
      'province Sichuan',
      'national',
    ],
  },
  {
    key: 'VIS-B',
    visibleTo: [
      'other hospital of the region (H2)',
      'treatment region Chengdu',
      'province Sichuan',
      'national',
    ],
  },
  {
    key: 'VIS-C',
    visibleTo: [
      'insured region Zigong',
      'insured region Panzhihua',
      'province Sichuan',
      'national',
    ],
  },
  { key: 'VIS-D', visibleTo: ['third region Deyang', 'province Sichuan', 'national'] },
  { key: 'VIS-G', visibleTo: ['other province Guizhou', 'national'] },
];

describe('co-owned visibility (as the application role)', () => {
  it.each(['settlement_case', 'case_revision'])('%s follows the matrix', async (table) => {
    await visibilityMatrix(t, { table, keyColumn: 'settlement_id', principals, rows });
  });

  it('lets only the hospital and its treatment region write, each within its own cases', async () => {
    const bump = `update settlement_case set updated_at = now() where settlement_id = 'VIS-A' returning settlement_id`;
    expect(await t.asApp(principals['hospital H1'], bump)).toHaveLength(1);
    expect(await t.asApp(principals['treatment region Chengdu'], bump)).toHaveLength(1);
    // the insured region reads it but changes nothing; the province updates its province's
    // cases since it may regroup them (the keys stay fixed: the guard below)
    expect(await t.asApp(principals['insured region Zigong'], bump)).toEqual([]);
    expect(await t.asApp(principals['province Sichuan'], bump)).toHaveLength(1);
    expect(await t.asApp({ scope: 'PROVINCE', code: '520000', province: '520000' }, bump)).toEqual(
      [],
    );
    // moving a case to another hospital or region is refused, by the policies and the guard
    await expect(
      t.asApp(
        principals['treatment region Chengdu'],
        `update settlement_case set hospital_code = '${ZIGONG_HOSPITAL}' where settlement_id = 'VIS-A'`,
      ),
    ).rejects.toThrow(/keeps its hospital/);
    await expect(
      t.asApp(
        principals['treatment region Chengdu'],
        `update settlement_case set treatment_region_code = '${ZIGONG}' where settlement_id = 'VIS-A'`,
      ),
    ).rejects.toThrow(/keeps its hospital/);
    await expect(
      t.asApp(
        principals['hospital H1'],
        `update case_revision set total_cost = 1 where settlement_id = 'VIS-A'`,
      ),
    ).rejects.toThrow(/permission denied/);
    // the grouping is rewritten only by a regrouping (the region or the province), never the hospital
    expect(
      await t.asApp(
        principals['hospital H1'],
        `update case_revision set drg_code = 'ZZ19' where settlement_id = 'VIS-A' returning id`,
      ),
    ).toEqual([]);
    const [row] = await t.asOwner<{ hospital_code: string; total_cost: string }>(
      "select c.hospital_code, r.total_cost from settlement_case c join case_revision r on r.id = c.current_revision_id where c.settlement_id = 'VIS-A'",
    );
    expect(row).toEqual({ hospital_code: H1, total_cost: '10000.00' });
  });

  it('hides another hospital’s case over GraphQL (null, no error), with a positive control', async () => {
    const own = await t.token(Scope.HOSPITAL, H1);
    const other = await t.token(Scope.HOSPITAL, H2);
    const vars = { hospitalCode: H1, settlementId: 'VIS-A' };
    const seen = dataWithoutErrors(await send(t.url, SettlementCaseDocument, vars, own));
    expect(seen.settlementCase?.settlementId).toBe('VIS-A');
    const hidden = dataWithoutErrors(await send(t.url, SettlementCaseDocument, vars, other));
    expect(hidden.settlementCase).toBeNull();
    const byNode = dataWithoutErrors(
      await send(t.url, CaseNodeDocument, { id: seen.settlementCase!.id }, other),
    );
    expect(byNode.node).toBeNull();
    // the other hospital's list under H1 is empty, while H1's own is not
    const list = dataWithoutErrors(await send(t.url, HospitalCasesDocument, { code: H1 }, other));
    expect(list.hospital!.settlementCases.totalCount).toBe(0);
    const mine = dataWithoutErrors(await send(t.url, HospitalCasesDocument, { code: H1 }, own));
    expect(mine.hospital!.settlementCases.totalCount).toBeGreaterThan(0);
  });
});

describe('personal data: pseudonym unless treating hospital or PII role', () => {
  const read = async (scope: Scope, code: string, roles: string[]) => {
    const token = await t.token(scope, code, roles);
    const data = dataWithoutErrors(
      await send(t.url, SettlementCaseDocument, { hospitalCode: H1, settlementId: 'VIS-A' }, token),
    );
    expect(data.settlementCase).not.toBeNull(); // positive control: the case itself is visible
    return data.settlementCase!.current;
  };

  it('shows the identifier to the treating hospital, with or without roles', async () => {
    for (const roles of [[], ['ADMIN']]) {
      const current = await read(Scope.HOSPITAL, H1, roles);
      expect(current.insuredPersonId).toBe(lists.A.insuredPersonId);
      expect(current.personPseudonym).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it.each([
    ['treatment region', Scope.REGION, CHENGDU],
    ['insured region', Scope.REGION, ZIGONG],
    ['province', Scope.PROVINCE, '510000'],
    ['national', Scope.NATIONAL, '000000'],
  ])(
    'shows the %s only the pseudonym without PII, the identifier with it',
    async (_l, scope, code) => {
      const without = await read(scope, code, ['ADMIN']);
      expect(without.insuredPersonId).toBeNull();
      expect(without.personPseudonym).toMatch(/^[0-9a-f]{32}$/);
      const withPii = await read(scope, code, ['PII']);
      expect(withPii.insuredPersonId).toBe(lists.A.insuredPersonId);
      expect(withPii.personPseudonym).toBe(without.personPseudonym);
    },
  );

  it('never shows the identifier to a non-co-owner, even with PII', async () => {
    const token = await t.token(Scope.HOSPITAL, H2, ['PII']);
    const data = dataWithoutErrors(
      await send(t.url, SettlementCaseDocument, { hospitalCode: H1, settlementId: 'VIS-A' }, token),
    );
    expect(data.settlementCase).toBeNull();
    const [row] = await t.asOwner<{ n: number }>(
      "select count(*)::int as n from case_identity i join case_revision r on r.id = i.revision_id where r.settlement_id = 'VIS-A'",
    );
    expect(row.n).toBe(1);
  });

  it('gives one person one pseudonym across hospitals and regions, another person another', async () => {
    const [a, c, d] = await t.asOwner<{ settlement_id: string; person_pseudonym: string }>(
      "select settlement_id, person_pseudonym from settlement_case where settlement_id in ('VIS-A', 'VIS-C', 'VIS-D') order by settlement_id",
    );
    expect(a.person_pseudonym).toBe(c.person_pseudonym); // same default person
    const other = validList({ settlementId: 'VIS-P2', insuredPersonId: '510304199202022222' });
    await upload(Scope.HOSPITAL, H1, other);
    const [p2] = await t.asOwner<{ person_pseudonym: string }>(
      "select person_pseudonym from settlement_case where settlement_id = 'VIS-P2'",
    );
    expect(p2.person_pseudonym).not.toBe(a.person_pseudonym);
    expect(d.person_pseudonym).toBe(a.person_pseudonym);
    // the raw identifier is nowhere outside case_identity
    const leaks = await t.asOwner<{ n: number }>(
      `select count(*)::int as n from case_revision r where r::text like '%' || $1 || '%'`,
      [other.insuredPersonId],
    );
    expect(leaks[0].n).toBe(0);
  });

  it('keeps the key from the application role; the pseudonym function answers writers only', async () => {
    const region = principals['treatment region Chengdu'];
    await expect(t.asApp(region, 'select * from case_pseudonym_key')).rejects.toThrow(
      /permission denied/,
    );
    const [forWriter] = await t.asApp<{ p: string | null }>(
      region,
      "select case_pseudonym('x') as p",
    );
    expect(forWriter.p).toMatch(/^[0-9a-f]{32}$/);
    const [forProvince] = await t.asApp<{ p: string | null }>(
      principals['province Sichuan'],
      "select case_pseudonym('x') as p",
    );
    expect(forProvince.p).toBeNull();
  });

  it('reads app.roles from the transaction only: unset, empty or forged roles see no identifier', async () => {
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    const identities = async (roles: string | null) => {
      await client.query('begin');
      try {
        await client.query(
          "select set_config('app.scope', 'REGION', true), set_config('app.code', $1, true), set_config('app.province', '510000', true)",
          [CHENGDU],
        );
        if (roles !== null) await client.query("select set_config('app.roles', $1, true)", [roles]);
        const { rows } = await client.query<{ n: number }>(
          'select count(*)::int as n from case_identity',
        );
        return rows[0].n;
      } finally {
        await client.query('rollback');
      }
    };
    try {
      expect(await identities(null)).toBe(0);
      expect(await identities('')).toBe(0);
      expect(await identities('PII')).toBe(0); // not in the ,ROLE, form the server writes
      expect(await identities(',PIIX,')).toBe(0);
      expect(await identities(',ADMIN,PII,')).toBeGreaterThan(0); // positive control
    } finally {
      await client.end();
    }
  });

  it('refuses a token whose roles try to smuggle PII through a comma', async () => {
    const token = await t.token(Scope.REGION, CHENGDU, ['ADMIN,PII']);
    const data = dataWithoutErrors(
      await send(t.url, SettlementCaseDocument, { hospitalCode: H1, settlementId: 'VIS-A' }, token),
    );
    expect(data.settlementCase).not.toBeNull();
    expect(data.settlementCase!.current.insuredPersonId).toBeNull();
    expect(codes({ status: 200, raw: '', errors: undefined })).toEqual([]);
  });
});
