import { inTenantTransaction } from '../../src/db';
import { ProvinceRegionsHospitalsDocument } from '../generated/graphql';
import { send, sendRaw } from '../support/client';
import { TcpProxy } from '../support/tcp-proxy';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * What a request costs in round trips to PostgreSQL, counted on the wire (a proxy reads the
 * frontend protocol: each simple Query or extended-protocol Sync is one round trip): the
 * transaction's BEGIN and tenant settings travel in the same write as its first statement, a
 * transaction that ran nothing sends nothing, and a deferred prelude never reaches the next
 * borrower of the connection. One pooled connection, so every request reuses the same one.
 */
let t: TestApp;
let proxy: TcpProxy;
let token: string;
beforeAll(async () => {
  const admin = new URL(process.env.TEST_ADMIN_URL!);
  proxy = new TcpProxy(admin.hostname, Number(admin.port));
  await proxy.start();
  t = await startTestApp({ DB_POOL_MAX: '1' }, { serveAs: (db) => proxy.rewrite(db.appUrl) });
  token = await t.token(Scope.PROVINCE, '510000', []);
});
afterAll(async () => {
  await t.stop();
  await proxy.stop();
});

async function roundTripsOf(work: () => Promise<void>): Promise<number> {
  await work(); // warm: named statements are parsed on the connection's first use
  const before = proxy.roundTrips;
  await work();
  return proxy.roundTrips - before;
}

it('answers the three-level tree in four round trips: BEGIN and settings ride with the province', async () => {
  let hospitals = 0;
  const trips = await roundTripsOf(async () => {
    const result = await send(
      t.url,
      ProvinceRegionsHospitalsDocument,
      { code: '510000', regions: 100, hospitals: 100 },
      token,
    );
    expect(result.errors).toBeUndefined();
    hospitals = result.data!.province!.poolingRegions.edges.flatMap(
      (e) => e.node.hospitals.edges,
    ).length;
  });
  expect(hospitals).toBeGreaterThan(40); // positive control: RLS let the province's rows through
  // province (with BEGIN + settings), regions, hospitals, COMMIT
  expect(trips).toBe(4);
});

it('answers a two-level query in three round trips', async () => {
  const trips = await roundTripsOf(async () => {
    const result = await sendRaw(
      t.url,
      JSON.stringify({
        query: '{ province(code: "510000") { code poolingRegions(first: 100) { totalCount } } }',
      }),
      token,
    );
    expect(result.status).toBe(200);
    expect(result.raw).toMatch(/"totalCount":\d+/);
  });
  expect(trips).toBe(3);
});

it('sends nothing for a transaction that ran no statement', async () => {
  const settings = { scope: Scope.PROVINCE, code: '510000', province: '510000' };
  const trips = await roundTripsOf(async () => {
    expect(await inTenantTransaction(t.app.orm, settings, async () => 'done')).toBe('done');
  });
  expect(trips).toBe(0);
});

it('leaves nothing on the connection when a transaction ran no statement', async () => {
  const a = { scope: Scope.REGION, code: '510100', province: '510000' };
  const b = { scope: Scope.REGION, code: '510300', province: '510000' };
  // A ends without a statement; rolled back by an error without a statement
  await inTenantTransaction(t.app.orm, a, async () => undefined);
  await expect(
    inTenantTransaction(t.app.orm, a, async () => {
      throw new Error('no statement ran');
    }),
  ).rejects.toThrow('no statement ran');
  // the same (only) connection, outside any tenant transaction: no settings, no transaction
  const outside = await t.app.orm.em
    .getConnection()
    .execute<{ code: string | null }[]>("select current_setting('app.code', true) as code");
  expect(outside[0].code ?? '').toBe('');
  // positive control: a tenant transaction on it sees its own settings, not A's
  const seen = await inTenantTransaction(t.app.orm, b, (tx) =>
    tx.query<{ code: string }>("select current_setting('app.code', true) as code"),
  );
  expect(seen).toEqual([{ code: '510300' }]);
});

it('rolls back when the first statement fails, settings and all', async () => {
  const a = { scope: Scope.REGION, code: '510100', province: '510000' };
  await expect(
    inTenantTransaction(t.app.orm, a, (tx) => tx.query('select 1/0 as boom')),
  ).rejects.toThrow(/division by zero/);
  const outside = await t.app.orm.em
    .getConnection()
    .execute<{ code: string | null }[]>("select current_setting('app.code', true) as code");
  expect(outside[0].code ?? '').toBe('');
  // positive control: the connection serves the next transaction
  const seen = await inTenantTransaction(t.app.orm, a, (tx) =>
    tx.query<{ n: number }>('select count(*)::int as n from pooling_region'),
  );
  expect(seen[0].n).toBeGreaterThan(0);
});

it('runs the first statements under the settings whoever sends them, together or nested', async () => {
  const a = { scope: Scope.REGION, code: '510100', province: '510000' };
  const seen = await inTenantTransaction(t.app.orm, a, async (tx) => {
    // the runner and the ORM in the same tick: both wait for the prelude
    const [runner, orm] = await Promise.all([
      tx.query<{ code: string }>("select current_setting('app.code', true) as code"),
      tx.em.execute<{ code: string }[]>("select current_setting('app.code', true) as code"),
    ]);
    return { runner: runner[0].code, orm: orm[0].code };
  });
  expect(seen).toEqual({ runner: '510100', orm: '510100' });
  // a nested transaction (savepoint) as the very first statement
  const nested = await inTenantTransaction(t.app.orm, a, (tx) =>
    tx.em.transactional((em) =>
      em.execute<{ code: string }[]>("select current_setting('app.code', true) as code"),
    ),
  );
  expect(nested).toEqual([{ code: '510100' }]);
});

it('refuses a statement sent beside a first statement that failed, and one sent after the end', async () => {
  const a = { scope: Scope.REGION, code: '510100', province: '510000' };
  let stale: ((sql: string) => Promise<unknown>) | undefined;
  const outcome = await inTenantTransaction(t.app.orm, a, async (tx) => {
    stale = (sql) => tx.query(sql);
    const [first, second] = await Promise.allSettled([
      tx.query('select 1/0 as boom'),
      tx.query("select current_setting('app.code', true) as code"),
    ]);
    return { first: first.status, second: second.status };
  }).catch((error: Error) => error.message);
  // the request transaction is rolled back, and the statement beside the failed one never ran
  expect(outcome).toEqual({ first: 'rejected', second: 'rejected' });
  // after the end the request's runner refuses: the connection is someone else's by now
  await expect(stale!("select current_setting('app.code', true) as code")).rejects.toThrow(
    /transaction has ended/,
  );
  // positive control: the same runner shape works inside a live transaction
  const live = await inTenantTransaction(t.app.orm, a, (tx) =>
    tx.query<{ code: string }>("select current_setting('app.code', true) as code"),
  );
  expect(live).toEqual([{ code: '510100' }]);
});

it('plans a page of one parent once per connection: the prepared statement keeps its generic plan', async () => {
  const settings = { scope: Scope.PROVINCE, code: '510000', province: '510000' };
  for (let i = 0; i < 8; i++) {
    const result = await send(
      t.url,
      ProvinceRegionsHospitalsDocument,
      { code: '510000', regions: 100, hospitals: 100 },
      token,
    );
    expect(result.errors).toBeUndefined();
    // positive control: the page under test returned rows
    expect(result.data!.province!.poolingRegions.edges.length).toBeGreaterThan(1);
  }
  // the one pooled connection's prepared statements: the province's regions page (one parent)
  // is planned afresh at most for PostgreSQL's first five runs, then runs its generic plan
  const plans = await inTenantTransaction(t.app.orm, settings, (tx) =>
    tx.query<{ generic: number; custom: number }>(
      `select generic_plans::int as generic, custom_plans::int as custom
         from pg_prepared_statements
        where statement like '%t.name as "name" from pooling_region t where t.province_code = p.__parent%'`,
    ),
  );
  expect(plans).toHaveLength(1);
  expect(plans[0].custom).toBeLessThanOrEqual(5);
  expect(plans[0].generic).toBeGreaterThanOrEqual(3);
});
