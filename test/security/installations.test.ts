import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import {
  dropDatabase,
  prepareDatabase,
  provisionDatabase,
  roleNamesFor,
  type PreparedDatabase,
  type RoleNames,
} from '../../src/db';
import { entities } from '../../src/modules';

/**
 * Roles per installation: two installations on one PostgreSQL cluster (two databases, two data
 * directories, so two generated passwords) keep working whichever started last, and a database
 * made when every installation shared `yibao_owner` / `yibao_app` is adopted by its own roles.
 */
const adminUrl = () => {
  const url = process.env.TEST_ADMIN_URL;
  if (!url) throw new Error('TEST_ADMIN_URL missing: run through jest (global setup)');
  return url;
};
const suffix = randomBytes(4).toString('hex');
const log = { info: () => undefined, warn: () => undefined };

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
const admin = <T>(work: (client: Client) => Promise<T>, database = 'postgres') => {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return withClient(url.toString(), work);
};
const whoAmI = (url: string) =>
  withClient(url, async (c) => (await c.query('select current_user as u')).rows[0].u as string);
const passwordHashes = (roles: RoleNames) =>
  admin(async (c) =>
    (
      await c.query(
        'select rolname, rolpassword from pg_authid where rolname = any($1) order by rolname',
        [[roles.owner, roles.app]],
      )
    ).rows.map((r) => `${r.rolname}:${r.rolpassword}`),
  );
const rolesExist = (roles: RoleNames) =>
  admin(async (c) =>
    (
      await c.query('select rolname from pg_roles where rolname = any($1) order by 1', [
        [roles.owner, roles.app],
      ])
    ).rows.map((r) => r.rolname as string),
  );

describe('two installations on one cluster', () => {
  const installations = ['a', 'b'].map((name) => ({
    databaseName: `yibao_inst_${suffix}_${name}`,
    dataDir: mkdtempSync(join(tmpdir(), `yibao-inst-${name}-`)),
  }));
  const start = (i: (typeof installations)[number]): Promise<PreparedDatabase> =>
    prepareDatabase(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: adminUrl(),
        YIBAO_DATA_DIR: i.dataDir,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
      }),
      { entities, log, databaseName: i.databaseName },
    );

  afterAll(async () => {
    for (const i of installations) {
      await dropDatabase(adminUrl(), i.databaseName);
      rmSync(i.dataDir, { recursive: true, force: true });
    }
  });

  it('gives each database its own roles and passwords, and neither start resets the other', async () => {
    const [a, b] = [installations[0], installations[1]];
    const first = await start(a);
    expect(first.roles).toEqual({
      owner: `${a.databaseName}_owner`,
      app: `${a.databaseName}_app`,
    });
    const aHashes = await passwordHashes(first.roles);
    expect(aHashes).toHaveLength(2);

    const second = await start(b);
    expect(second.roles.app).not.toBe(first.roles.app);
    // B's start left A's roles alone, and A still connects with its own data directory's passwords
    expect(await passwordHashes(first.roles)).toEqual(aHashes);
    expect(await whoAmI(first.appUrl)).toBe(first.roles.app);
    expect(await whoAmI(first.ownerUrl)).toBe(first.roles.owner);

    const bHashes = await passwordHashes(second.roles);
    const again = await start(a); // A restarts: B's roles stay as they were
    expect(again.appUrl).toBe(first.appUrl);
    expect(await passwordHashes(second.roles)).toEqual(bHashes);
    expect(await whoAmI(second.appUrl)).toBe(second.roles.app);
    expect(await whoAmI(second.ownerUrl)).toBe(second.roles.owner);

    // the two installations really use different passwords (two data directories)
    expect(new URL(first.appUrl).password).not.toBe(new URL(second.appUrl).password);
  });

  it('checks passwords where the cluster asks for them (positive control for the test above)', async () => {
    const [a] = installations;
    const roles = roleNamesFor(a.databaseName);
    const wrong = new URL(adminUrl());
    wrong.username = roles.app;
    wrong.password = 'not-the-password';
    wrong.pathname = `/${a.databaseName}`;
    const trusts = await whoAmI(wrong.toString()).then(
      () => true,
      (error: Error) => {
        expect(error.message).toMatch(/password authentication failed/);
        return false;
      },
    );
    // a cluster configured with `trust` (e.g. a development PostgreSQL) never checks passwords;
    // the password hashes compared above still show nobody reset another installation's roles
    const method = await admin(
      async (c) =>
        (
          await c.query(
            "select auth_method from pg_hba_file_rules where type = 'host' and address = '127.0.0.1' limit 1",
          )
        ).rows[0]?.auth_method as string | undefined,
    );
    expect(trusts).toBe(method === 'trust');
  });

  it("lets neither installation's roles connect to the other's database", async () => {
    const [a, b] = installations;
    const aRoles = roleNamesFor(a.databaseName);
    const prepared = await start(a);
    const intoB = new URL(prepared.appUrl);
    intoB.pathname = `/${b.databaseName}`;
    await expect(whoAmI(intoB.toString())).rejects.toThrow(/permission denied for database/);
    const ownerIntoB = new URL(prepared.ownerUrl);
    ownerIntoB.pathname = `/${b.databaseName}`;
    await expect(whoAmI(ownerIntoB.toString())).rejects.toThrow(/permission denied for database/);
    // positive control: the same credentials open A's own database
    expect(await whoAmI(prepared.appUrl)).toBe(aRoles.app);
  });

  it('drops the roles with the database', async () => {
    const name = `yibao_inst_${suffix}_c`;
    const dataDir = mkdtempSync(join(tmpdir(), 'yibao-inst-c-'));
    try {
      const prepared = await prepareDatabase(
        loadConfig({
          NODE_ENV: 'test',
          DATABASE_URL: adminUrl(),
          YIBAO_DATA_DIR: dataDir,
          DEMO_DATA: 'false',
        }),
        { entities, log, databaseName: name },
      );
      expect(await rolesExist(prepared.roles)).toEqual(
        [prepared.roles.app, prepared.roles.owner].sort(),
      );
      await dropDatabase(adminUrl(), name);
      expect(await rolesExist(prepared.roles)).toEqual([]);
    } finally {
      await dropDatabase(adminUrl(), name);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a database made with the shared roles of earlier versions', () => {
  const legacy: RoleNames = { owner: `legacy_${suffix}_owner`, app: `legacy_${suffix}_app` };
  const databaseName = `yibao_legacy_${suffix}`;
  const otherDatabase = `yibao_legacy_${suffix}_other`;
  const roles = roleNamesFor(databaseName);

  beforeAll(async () => {
    await admin(async (c) => {
      await c.query(`create role ${legacy.owner} login bypassrls password 'legacy-owner'`);
      await c.query(`create role ${legacy.app} login password 'legacy-app'`);
      await c.query(`create database ${databaseName} owner ${legacy.owner}`);
      // another installation's database, owned by the same shared role: must stay as it is
      await c.query(`create database ${otherDatabase} owner ${legacy.owner}`);
      await c.query(`grant connect on database ${databaseName} to ${legacy.app}`);
    });
    // what the old migrations left behind: objects owned by the shared owner, grants to the shared app role
    await admin(async (c) => {
      await c.query(`set role ${legacy.owner}`);
      await c.query(`
        create type case_state as enum ('NEW', 'DONE');
        create table legacy_case (id serial primary key, state case_state not null default 'NEW');
        create view legacy_case_view as select id from legacy_case;
        create function legacy_answer() returns int language sql as 'select 42';
        grant select, insert on legacy_case to ${legacy.app};
        grant usage on sequence legacy_case_id_seq to ${legacy.app};
        grant select on legacy_case_view to ${legacy.app};
        grant usage on schema public to ${legacy.app};
        insert into legacy_case default values;
      `);
    }, databaseName);
  });

  afterAll(async () => {
    await dropDatabase(adminUrl(), databaseName);
    await admin(async (c) => {
      await c.query(`drop database if exists ${otherDatabase}`);
      await c.query(`drop role if exists ${legacy.app}`);
      await c.query(`drop role if exists ${legacy.owner}`);
    });
  });

  it('moves ownership and grants to the installation roles, and leaves other databases alone', async () => {
    const provisioned = await provisionDatabase(
      adminUrl(),
      databaseName,
      { owner: 'owner-password', app: 'app-password' },
      { legacyRoles: legacy },
    );
    const facts = await admin(async (c) => {
      const q = async (sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows;
      return {
        databases: await q(
          'select datname, pg_get_userbyid(datdba) as owner from pg_database where datname = any($1) order by 1',
          [[databaseName, otherDatabase]],
        ),
        owners: await q(
          `select relname::text as name, pg_get_userbyid(relowner) as owner from pg_class
           where relnamespace = 'public'::regnamespace and relkind in ('r', 'v', 'S')
           union all
           select proname::text, pg_get_userbyid(proowner) from pg_proc
           where pronamespace = 'public'::regnamespace
           union all
           select typname::text, pg_get_userbyid(typowner) from pg_type
           where typnamespace = 'public'::regnamespace and typtype = 'e'
           order by 1`,
        ),
        appPrivileges: await q(
          `select has_table_privilege($1, 'legacy_case', 'select') as "select",
                  has_table_privilege($1, 'legacy_case', 'insert') as "insert",
                  has_table_privilege($1, 'legacy_case', 'update') as "update",
                  has_sequence_privilege($1, 'legacy_case_id_seq', 'usage') as sequence,
                  has_table_privilege($1, 'legacy_case_view', 'select') as view,
                  has_schema_privilege($1, 'public', 'usage') as schema,
                  has_database_privilege($1, $2, 'connect') as connect`,
          [roles.app, databaseName],
        ),
        legacyPrivileges: await q(
          `select has_table_privilege($1, 'legacy_case', 'select') as "select",
                  exists (select 1 from pg_namespace n, aclexplode(n.nspacl) a
                          where a.grantee = $1::regrole) as schema,
                  has_database_privilege($1, $2, 'connect') as connect`,
          [legacy.app, databaseName],
        ),
      };
    }, databaseName);

    expect(facts.databases).toEqual([
      { datname: databaseName, owner: roles.owner },
      { datname: otherDatabase, owner: legacy.owner },
    ]);
    expect(facts.owners.length).toBeGreaterThanOrEqual(5);
    for (const object of facts.owners) expect(object).toMatchObject({ owner: roles.owner });
    expect(facts.appPrivileges).toEqual([
      {
        select: true,
        insert: true,
        update: false,
        sequence: true,
        view: true,
        schema: true,
        connect: true,
      },
    ]);
    expect(facts.legacyPrivileges).toEqual([{ select: false, schema: false, connect: false }]);

    // the installation's roles work: the owner may alter what it now owns, the app reads
    await withClient(provisioned.ownerUrl, (c) =>
      c.query('alter table legacy_case add column note text'),
    );
    expect(
      await withClient(
        provisioned.appUrl,
        async (c) => (await c.query('select id from legacy_case')).rows,
      ),
    ).toEqual([{ id: 1 }]);

    // and provisioning again finds nothing left to adopt
    await provisionDatabase(
      adminUrl(),
      databaseName,
      { owner: 'owner-password', app: 'app-password' },
      { legacyRoles: legacy },
    );
    expect(
      await withClient(
        provisioned.appUrl,
        async (c) => (await c.query('select legacy_answer() as a')).rows,
      ),
    ).toEqual([{ a: 42 }]);
  });
});
