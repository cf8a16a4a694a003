import { Client, escapeIdentifier } from 'pg';
import { DEMO_PROVINCE } from '../../src/modules/tenancy';
import { createGuizhou, GUIZHOU, GUIZHOU_HOSPITALS } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const SICHUAN = { scope: 'PROVINCE', code: DEMO_PROVINCE.code, province: DEMO_PROVINCE.code };
const GUIZHOU_SETTINGS = { scope: 'PROVINCE', code: GUIZHOU.code, province: GUIZHOU.code };
const CHENGDU = { scope: 'REGION', code: '510100', province: '510000' };

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
});
afterAll(() => t.stop());

describe('database roles', () => {
  it('serves requests as a role that is neither superuser nor BYPASSRLS, and owns nothing', async () => {
    const { app: APP_ROLE, owner: OWNER_ROLE } = t.db.roles;
    expect(t.db.roles).toEqual({
      owner: `${t.db.databaseName}_owner`,
      app: `${t.db.databaseName}_app`,
    });
    const [me] = await t.asApp<{ current_user: string }>(null, 'select current_user');
    expect(me.current_user).toBe(APP_ROLE);
    const roles = await t.asOwner<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolname, rolsuper, rolbypassrls from pg_roles where rolname = any($1) order by rolname',
      [[APP_ROLE, OWNER_ROLE]],
    );
    expect(roles).toEqual([
      { rolname: APP_ROLE, rolsuper: false, rolbypassrls: false },
      { rolname: OWNER_ROLE, rolsuper: false, rolbypassrls: true },
    ]);
    const owned = await t.asOwner(
      "select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = $1 and c.relnamespace = 'public'::regnamespace",
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
  });

  it('cannot create objects or read the migration bookkeeping', async () => {
    await expect(t.asApp(null, 'create table sneaky (id int)')).rejects.toThrow(
      /permission denied/,
    );
    await expect(t.asApp(null, 'select * from mikro_orm_migrations')).rejects.toThrow(
      /permission denied/,
    );
    // positive control: the owner can
    expect((await t.asOwner('select name from mikro_orm_migrations')).length).toBeGreaterThan(0);
  });
});

describe('row-level security catalog', () => {
  const tenantTables = () =>
    t.asOwner<{ relname: string; rls: boolean; forced: boolean }>(
      `select c.relname, c.relrowsecurity as rls, c.relforcerowsecurity as forced
       from pg_class c
       where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and c.relname <> 'mikro_orm_migrations'
       order by c.relname`,
    );
  const policies = () =>
    t.asOwner<{
      tablename: string;
      policyname: string;
      qual: string | null;
      with_check: string | null;
    }>(
      "select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public'",
    );

  it('enables and forces RLS on every tenant table', async () => {
    const tables = await tenantTables();
    expect(tables.map((x) => x.relname)).toEqual(
      expect.arrayContaining(['hospital', 'pooling_region', 'province']),
    );
    for (const table of tables) expect(table).toMatchObject({ rls: true, forced: true });
  });

  it('gives every tenant table policies, all reading settings through (select current_setting(…))', async () => {
    const all = await policies();
    for (const table of await tenantTables())
      expect(all.some((p) => p.tablename === table.relname)).toBe(true);
    let reads = 0;
    for (const policy of all) {
      for (const expression of [policy.qual, policy.with_check]) {
        if (!expression) continue;
        const total = expression.match(/current_setting\(/g)?.length ?? 0;
        const wrapped = expression.match(/\(\s*SELECT current_setting\(/g)?.length ?? 0;
        reads += total;
        expect({ policy: policy.policyname, unwrapped: total - wrapped }).toEqual({
          policy: policy.policyname,
          unwrapped: 0,
        });
      }
    }
    expect(reads).toBeGreaterThan(10); // the check above really looked at setting reads
  });

  it('indexes every column a policy compares with a setting', async () => {
    const indexed = await t.asOwner<{ table: string; column: string }>(
      `select t.relname as table, a.attname as column
       from pg_index i
       join pg_class t on t.oid = i.indrelid
       join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
       where t.relnamespace = 'public'::regnamespace`,
    );
    let checked = 0;
    for (const policy of await policies()) {
      const text = `${policy.qual ?? ''} ${policy.with_check ?? ''}`;
      // deparsed as `((province_code)::text = ( SELECT current_setting(…`; columns of other
      // tables inside EXISTS sub-selects are qualified (`v.owner_code`) and skipped here
      for (const match of text.matchAll(
        /(?<![.\w])\(?(\w+)\)?(?:::\w+)?\s*=\s*\(\s*SELECT current_setting/g,
      )) {
        const column = match[1];
        checked++;
        const isIndexed = indexed.some((x) => x.table === policy.tablename && x.column === column);
        expect({ table: policy.tablename, column, isIndexed }).toEqual({
          table: policy.tablename,
          column,
          isIndexed: true,
        });
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('row-level security at the SQL level (as the app role)', () => {
  it('shows a province only its own hospitals, regions and province', async () => {
    const sichuan = await t.asApp<{ province_code: string }>(
      SICHUAN,
      'select province_code from hospital',
    );
    const guizhou = await t.asApp<{ province_code: string }>(
      GUIZHOU_SETTINGS,
      'select province_code from hospital',
    );
    expect(sichuan.length).toBeGreaterThan(30);
    expect(new Set(sichuan.map((r) => r.province_code))).toEqual(new Set(['510000']));
    expect(guizhou.length).toBe(GUIZHOU_HOSPITALS.length);
    expect(new Set(guizhou.map((r) => r.province_code))).toEqual(new Set(['520000']));
    const provinces = await t.asApp<{ code: string }>(CHENGDU, 'select code from province');
    expect(provinces.map((p) => p.code)).toEqual(['510000']);
    const regions = await t.asApp<{ province_code: string }>(
      CHENGDU,
      'select province_code from pooling_region',
    );
    expect(regions.length).toBe(9);
    expect(new Set(regions.map((r) => r.province_code))).toEqual(new Set(['510000']));
  });

  it('lets NATIONAL read everything', async () => {
    const all = await t.asApp(
      { scope: 'NATIONAL', code: '000000', province: '' },
      'select distinct province_code from hospital order by 1',
    );
    expect(all).toEqual([{ province_code: '510000' }, { province_code: '520000' }]);
  });

  it('shows nothing at all without settings (fails closed), while the rows exist', async () => {
    expect(await t.asApp(null, 'select * from hospital')).toEqual([]);
    expect(await t.asApp(null, 'select * from province')).toEqual([]);
    expect(
      await t.asApp({ scope: '', code: '', province: '' }, 'select * from pooling_region'),
    ).toEqual([]);
    const [{ count }] = await t.asOwner<{ count: string }>('select count(*) from hospital');
    expect(Number(count)).toBeGreaterThan(30);
  });

  it('shows no row of any table without settings (every table in pg_tables), while rows exist', async () => {
    const tables = await t.asOwner<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' order by tablename",
    );
    const withRows: string[] = [];
    for (const { tablename } of tables) {
      const from = `select count(*)::int as n from ${escapeIdentifier(tablename)}`;
      const [{ n: owned }] = await t.asOwner<{ n: number }>(from);
      if (owned > 0) withRows.push(tablename);
      for (const settings of [null, { scope: '', code: '', province: '' }]) {
        const seen = await t.asApp<{ n: number }>(settings, from).then(
          ([row]) => row.n,
          (error: { code?: string }) => {
            // no grant at all (the migration bookkeeping) is closed too
            if (error.code === '42501') return 0;
            throw error;
          },
        );
        expect({ table: tablename, settings, seen }).toEqual({
          table: tablename,
          settings,
          seen: 0,
        });
      }
    }
    // positive control: the tables checked hold rows (demo data and Guizhou), so an empty
    // answer above is the policies' doing
    expect(withRows).toEqual(
      expect.arrayContaining([
        'bed_day_category',
        'catalog_version',
        'code_entry',
        'dip_aux_factor',
        'dip_group',
        'drg_group',
        'hospital',
        'mikro_orm_migrations',
        'pooling_region',
        'province',
        'rule_package',
        'tcm_disease',
      ]),
    );
    // and an authenticated principal does see published catalogs and its province
    const [{ n: published }] = await t.asApp<{ n: number }>(
      { scope: 'HOSPITAL', code: 'H51010000001', province: '510000' },
      'select count(*)::int as n from catalog_version',
    );
    expect(published).toBeGreaterThan(0);
  });

  it('refuses a region writing a hospital into another region, and allows its own', async () => {
    const insert =
      'insert into hospital (code, province_code, region_code, name, level, type) values ($1, $2, $3, $4, $5, $6)';
    await expect(
      t.asApp(CHENGDU, insert, ['H51030099999', '510000', '510300', 'x', 'PRIMARY', 'GENERAL']),
    ).rejects.toThrow(/row-level security/);
    await expect(
      t.asApp(CHENGDU, `${insert} returning code`, [
        'H51010099999',
        '510000',
        '510100',
        '测试医院',
        'PRIMARY',
        'GENERAL',
      ]),
    ).resolves.toEqual([{ code: 'H51010099999' }]);
  });

  it('updates nothing outside the owner scope (rows invisible to the update), and updates inside it', async () => {
    const other = await t.asApp(
      CHENGDU,
      "update hospital set name = 'hijack' where region_code = '510300' returning code",
    );
    expect(other).toEqual([]);
    const crossProvince = await t.asApp(
      SICHUAN,
      "update pooling_region set name = 'hijack' where code = '520100' returning code",
    );
    expect(crossProvince).toEqual([]);
    expect(
      await t.asOwner("select count(*)::int as n from hospital where name = 'hijack'"),
    ).toEqual([{ n: 0 }]);
    expect(
      await t.asOwner("select count(*)::int as n from pooling_region where name = 'hijack'"),
    ).toEqual([{ n: 0 }]);
    const own = await t.asApp(
      SICHUAN,
      "update pooling_region set name = name where code = '510100' returning code",
    );
    expect(own).toEqual([{ code: '510100' }]);
  });

  it('does not let a province create regions elsewhere, nor a region act as a province', async () => {
    const insert =
      'insert into pooling_region (code, province_code, name, level) values ($1, $2, $3, $4)';
    await expect(t.asApp(SICHUAN, insert, ['520500', '520000', 'x', 'CITY'])).rejects.toThrow(
      /row-level security/,
    );
    await expect(t.asApp(CHENGDU, insert, ['510199', '510000', 'x', 'CITY'])).rejects.toThrow(
      /row-level security/,
    );
    await expect(
      t.asApp(SICHUAN, `${insert} returning code`, ['511900', '510000', '巴中市', 'CITY']),
    ).resolves.toEqual([{ code: '511900' }]);
  });

  it('has no delete grant on the registry', async () => {
    await expect(
      t.asApp(SICHUAN, "delete from hospital where code = 'H51010000001'"),
    ).rejects.toThrow(/permission denied/);
  });

  it('does not leak transaction-local settings to the next transaction on the same connection', async () => {
    const client = new Client({ connectionString: t.db.appUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query("select set_config('app.scope', 'NATIONAL', true)");
      const inside = await client.query('select count(*)::int as n from hospital');
      await client.query('commit');
      const after = await client.query('select count(*)::int as n from hospital');
      expect(inside.rows[0].n).toBeGreaterThan(0);
      expect(after.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
