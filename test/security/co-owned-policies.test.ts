import { coOwnedPolicies, quoteIdentifier, setting } from '../../migrations/support/policies';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  NO_SETTINGS,
  visibilityMatrix,
  VisibilityMatrixError,
  type VisibilitySpec,
} from '../support/visibility-matrix';

/**
 * The co-owned row pattern (migrations/support/policies.ts) on scratch tables: a case is visible
 * to the treating hospital, the treatment-site region, the insured-site region and their
 * province, and to nobody else; every branch also pins the row's province (the Citus
 * distribution key).
 */
let t: TestApp;

const COLUMNS = `id text primary key,
  province_code varchar(6) not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  amount numeric(14, 2)`;

const ROWS: [string, string, string, string, string][] = [
  // id, province, hospital, treatment region, insured region
  ['c1', '510000', 'H51010000001', '510100', '510100'], // treated and insured in Chengdu
  ['c2', '510000', 'H51010000001', '510100', '510700'], // treated in Chengdu, insured in Mianyang
  ['c3', '510000', 'H51070000001', '510700', '510100'], // treated in Mianyang, insured in Chengdu
  ['c4', '510000', 'H51070000001', '510700', '510300'], // treated in Mianyang, insured in Zigong
  ['g1', '520000', 'H52010000001', '520100', '520100'], // Guiyang
  // filed under Guizhou but naming Chengdu and a Chengdu hospital: the province decides
  ['g2', '520000', 'H51010000001', '510100', '510100'],
];

const PRINCIPALS: VisibilitySpec['principals'] = {
  national: { scope: 'NATIONAL', code: '000000', province: '' },
  sichuan: { scope: 'PROVINCE', code: '510000', province: '510000' },
  guizhou: { scope: 'PROVINCE', code: '520000', province: '520000' },
  chengdu: { scope: 'REGION', code: '510100', province: '510000' },
  mianyang: { scope: 'REGION', code: '510700', province: '510000' },
  zigong: { scope: 'REGION', code: '510300', province: '510000' },
  guiyang: { scope: 'REGION', code: '520100', province: '520000' },
  westChina: { scope: 'HOSPITAL', code: 'H51010000001', province: '510000' },
  mianyangHospital: { scope: 'HOSPITAL', code: 'H51070000001', province: '510000' },
  // Chengdu's code with Guizhou's province: sees only rows filed under Guizhou
  chengduCodeInGuizhou: { scope: 'REGION', code: '510100', province: '520000' },
};

const MATRIX: VisibilitySpec['rows'] = [
  { key: 'c1', visibleTo: ['national', 'sichuan', 'chengdu', 'westChina'] },
  { key: 'c2', visibleTo: ['national', 'sichuan', 'chengdu', 'mianyang', 'westChina'] },
  { key: 'c3', visibleTo: ['national', 'sichuan', 'chengdu', 'mianyang', 'mianyangHospital'] },
  { key: 'c4', visibleTo: ['national', 'sichuan', 'mianyang', 'zigong', 'mianyangHospital'] },
  { key: 'g1', visibleTo: ['national', 'guizhou', 'guiyang'] },
  { key: 'g2', visibleTo: ['national', 'guizhou', 'chengduCodeInGuizhou'] },
];

async function scratchTable(name: string, policies: string): Promise<void> {
  await t.asOwner(`create table ${name} (${COLUMNS});\n${policies}`);
  for (const row of ROWS)
    await t.asOwner(
      `insert into ${name} (id, province_code, hospital_code, treatment_region_code, insured_region_code, amount)
       values ($1, $2, $3, $4, $5, 100.00)`,
      row,
    );
}

beforeAll(async () => {
  t = await startTestApp();
  await scratchTable(
    'scratch_case',
    coOwnedPolicies('scratch_case', {
      appRole: quoteIdentifier(t.db.roles.app),
      writers: ['HOSPITAL', 'TREATMENT_REGION'],
    }),
  );
  // the same read rule with one mistake: the REGION branch forgets the province
  const s = setting;
  await scratchTable(
    'scratch_case_broken',
    `alter table scratch_case_broken enable row level security;
     alter table scratch_case_broken force row level security;
     create policy scratch_case_broken_read on scratch_case_broken for select using (
       ${s('scope')} = 'NATIONAL'
       or (${s('scope')} = 'REGION' and (treatment_region_code = ${s('code')} or insured_region_code = ${s('code')}))
       or (province_code = ${s('province')} and (
         ${s('scope')} = 'PROVINCE' or (${s('scope')} = 'HOSPITAL' and hospital_code = ${s('code')}))));
     grant select on scratch_case_broken to ${quoteIdentifier(t.db.roles.app)};`,
  );
  // nobody sees anything: "cannot see" everywhere, which the positive controls must catch
  await scratchTable(
    'scratch_case_hidden',
    `alter table scratch_case_hidden enable row level security;
     alter table scratch_case_hidden force row level security;
     create policy scratch_case_hidden_read on scratch_case_hidden for select using (province_code = ${s('province')} and false);
     grant select on scratch_case_hidden to ${quoteIdentifier(t.db.roles.app)};`,
  );
});
afterAll(() => t.stop());

const spec = (table: string): VisibilitySpec => ({
  table,
  keyColumn: 'id',
  principals: PRINCIPALS,
  rows: MATRIX,
});

describe('coOwnedPolicies', () => {
  it('shows each case exactly to its hospital, its two regions, their province and NATIONAL', async () => {
    await visibilityMatrix(t, spec('scratch_case'));
  });

  it('names province_code in every policy, and comments every policy', async () => {
    const policies = await t.asOwner<{
      policyname: string;
      qual: string | null;
      with_check: string | null;
      comment: string | null;
    }>(
      `select p.policyname, p.qual, p.with_check, obj_description(pp.oid, 'pg_policy') as comment
       from pg_policies p join pg_policy pp on pp.polname = p.policyname and pp.polrelid = 'scratch_case'::regclass
       where p.tablename = 'scratch_case' order by 1`,
    );
    expect(policies.map((p) => p.policyname)).toEqual([
      'scratch_case_insert',
      'scratch_case_read',
      'scratch_case_update',
    ]);
    for (const policy of policies) {
      for (const expression of [policy.qual, policy.with_check]) {
        if (expression !== null) expect(expression).toContain('province_code');
      }
      expect(policy.comment).toMatch(/^Co-owned rows\. (Read|Insert|Update): /);
    }
    const [rls] = await t.asOwner(
      "select relrowsecurity, relforcerowsecurity from pg_class where oid = 'scratch_case'::regclass",
    );
    expect(rls).toEqual({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('indexes every policy column, province first', async () => {
    const indexes = await t.asOwner<{ indexdef: string }>(
      "select indexdef from pg_indexes where tablename = 'scratch_case' order by indexname",
    );
    const columns = indexes.map((i) => /\((.*)\)$/.exec(i.indexdef)![1]);
    expect(columns).toEqual(
      expect.arrayContaining([
        'province_code, hospital_code',
        'province_code, treatment_region_code',
        'province_code, insured_region_code',
      ]),
    );
  });

  it('fails closed: empty settings see nothing either, while the rows exist', async () => {
    expect(
      await t.asApp({ scope: '', code: '', province: '' }, 'select id from scratch_case'),
    ).toEqual([]);
    expect(
      await t.asApp({ scope: 'REGION', code: '', province: '' }, 'select id from scratch_case'),
    ).toEqual([]);
    expect(await t.asOwner('select count(*)::int as n from scratch_case')).toEqual([
      { n: ROWS.length },
    ]);
  });

  it('lets writers insert and update only rows they are party to, in their province', async () => {
    const insert = `insert into scratch_case (id, province_code, hospital_code, treatment_region_code, insured_region_code)
      values ($1, $2, $3, $4, $5) returning id`;
    const westChina = PRINCIPALS.westChina;
    await expect(
      t.asApp(westChina, insert, ['w1', '510000', 'H51010000001', '510100', '510700']),
    ).resolves.toEqual([{ id: 'w1' }]);
    await expect(
      t.asApp(westChina, insert, ['w2', '510000', 'H51070000001', '510700', '510700']),
    ).rejects.toThrow(/row-level security/);
    await expect(
      t.asApp(westChina, insert, ['w3', '520000', 'H51010000001', '510100', '510100']),
    ).rejects.toThrow(/row-level security/);
    await expect(
      t.asApp(PRINCIPALS.chengdu, insert, ['w4', '510000', 'H51010000001', '510100', '510100']),
    ).resolves.toEqual([{ id: 'w4' }]);
    // the insured-site region reads the case but is not a writer
    await expect(
      t.asApp(PRINCIPALS.mianyang, insert, ['w5', '510000', 'H51010000001', '510100', '510700']),
    ).rejects.toThrow(/row-level security/);
    // updates: own rows only, and a row cannot be handed to another hospital
    expect(
      await t.asApp(
        westChina,
        "update scratch_case set amount = 1 where id in ('c1', 'c3') returning id",
      ),
    ).toEqual([{ id: 'c1' }]);
    await expect(
      t.asApp(westChina, "update scratch_case set hospital_code = 'H51070000001' where id = 'c1'"),
    ).rejects.toThrow(/row-level security/);
    await expect(t.asApp(westChina, "delete from scratch_case where id = 'c1'")).rejects.toThrow(
      /permission denied/,
    );
  });

  it('refuses identifiers it would have to quote', () => {
    expect(() => coOwnedPolicies('Case', { appRole: '"x_app"' })).toThrow(/identifier/);
    expect(() =>
      coOwnedPolicies('case_row', { appRole: '"x_app"', hospitalColumn: 'h; drop table x' }),
    ).toThrow(/identifier/);
    expect(() => coOwnedPolicies('c'.repeat(50), { appRole: '"x_app"' })).toThrow(/63/);
  });
});

describe('visibilityMatrix (the test helper itself)', () => {
  it('fails on a policy that forgets the province, naming the wrong cells', async () => {
    const error = await visibilityMatrix(t, spec('scratch_case_broken')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VisibilityMatrixError);
    const cells = (error as VisibilityMatrixError).cells;
    expect(cells).toEqual(
      expect.arrayContaining([
        { principal: 'chengduCodeInGuizhou', key: 'c1', expected: false, actual: true },
        { principal: 'chengdu', key: 'g2', expected: false, actual: true },
      ]),
    );
    expect(cells.every((c) => c.actual && !c.expected)).toBe(true);
    expect((error as Error).message).toContain('chengdu sees g2 but must not');
  });

  it('fails when nobody can see anything (the positive controls)', async () => {
    const error = await visibilityMatrix(t, spec('scratch_case_hidden')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VisibilityMatrixError);
    expect((error as VisibilityMatrixError).cells).toContainEqual({
      principal: 'national',
      key: 'c1',
      expected: true,
      actual: false,
    });
  });

  it('refuses a matrix whose rows do not exist or that proves nothing', async () => {
    await expect(
      visibilityMatrix(t, {
        ...spec('scratch_case'),
        rows: [...MATRIX, { key: 'nope', visibleTo: ['national'] }],
      }),
    ).rejects.toThrow(/positive control failed: rows nope do not exist/);
    await expect(
      visibilityMatrix(t, { ...spec('scratch_case'), rows: [{ key: 'c1', visibleTo: [] }] }),
    ).rejects.toThrow(/visible to nobody/);
    await expect(
      visibilityMatrix(t, { ...spec('scratch_case'), rows: MATRIX.slice(0, 1) }),
    ).rejects.toThrow(/expected to see no row/);
    await expect(
      visibilityMatrix(t, {
        ...spec('scratch_case'),
        principals: { ...PRINCIPALS, [NO_SETTINGS]: PRINCIPALS.national },
      }),
    ).rejects.toThrow(/added by the helper/);
  });
});
