import { Client } from 'pg';
import { codes, sendRaw, type GraphQLResult } from '../support/client';
import { TcpProxy } from '../support/tcp-proxy';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * While the database cannot be reached the server says so — HTTP 503, SERVICE_UNAVAILABLE,
 * Retry-After — like `/readyz`, instead of answering 500 INTERNAL as if it had a bug; and it
 * serves again once the database is back. The application pool reaches PostgreSQL through a TCP
 * proxy the test can cut.
 */
let t: TestApp;
let proxy: TcpProxy;
let region: string;
beforeAll(async () => {
  const admin = new URL(process.env.TEST_ADMIN_URL!);
  proxy = new TcpProxy(admin.hostname, Number(admin.port));
  await proxy.start();
  t = await startTestApp(
    { DB_CONNECT_TIMEOUT_MS: '1000' },
    { serveAs: (db) => proxy.rewrite(db.appUrl) },
  );
  region = await t.token(Scope.REGION, '510100');
});
afterAll(async () => {
  await proxy.start().catch(() => undefined);
  await t.stop();
  await proxy.stop();
});

const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const hospitals = () => sendRaw(t.url, body('{ hospitals(first: 5) { totalCount } }'), region);

function expectUnavailable(result: GraphQLResult<unknown>) {
  expect(result.status).toBe(503);
  expect(codes(result)).toContain('SERVICE_UNAVAILABLE');
  expect(codes(result)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(result.raw).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select |stack/i);
}

describe('the database is down', () => {
  beforeAll(async () => {
    expect((await hospitals()).status).toBe(200); // positive control, and pooled connections
    await proxy.stop();
  });
  afterAll(() => proxy.start());

  it.each([
    ['a query', '{ hospitals(first: 5) { totalCount } }'],
    [
      'a nested query',
      '{ province(code: "510000") { poolingRegions(first: 3) { edges { node { code } } } } }',
    ],
    [
      'a mutation',
      'mutation { createHospital(input: { code: "H51010066601", name: "断线", level: PRIMARY, type: GENERAL }) { hospital { code } } }',
    ],
    [
      'groupCase',
      '{ groupCase(asOf: "2025-08-01", input: { diagnoses: ["K22.301"], procedures: [] }) { status } }',
    ],
  ])('%s → 503 SERVICE_UNAVAILABLE with Retry-After', async (_label, query) => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${region}` },
      body: body(query),
    });
    expect(response.headers.get('retry-after')).toBe('5');
    const raw = await response.text();
    expectUnavailable({ status: response.status, raw, errors: JSON.parse(raw).errors });
  });

  it('/readyz agrees, and requests that need no database still answer', async () => {
    const base = t.url.replace('/graphql', '');
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await sendRaw(t.url, body('{ viewer { code } }'), undefined)).status).toBe(401);
    expect((await sendRaw(t.url, '{"query": "{ viewer {', region)).status).toBe(400);
  });
});

describe('the database comes back', () => {
  it('serves again, and the write refused during the outage was not stored', async () => {
    const back = await hospitals();
    expect(back.status).toBe(200);
    expect(back.errors).toBeUndefined();
    expect(await t.asOwner("select 1 from hospital where code = 'H51010066601'")).toEqual([]);
  });
});

describe('the connection is lost while a request runs', () => {
  it('answers 503 and stores nothing', async () => {
    // hold a lock on the hospital so the update waits inside its transaction, then cut
    const locker = new Client({ connectionString: t.db.ownerUrl });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query("select 1 from hospital where code = 'H51010000001' for update");
      const pending = sendRaw(
        t.url,
        body(
          'mutation { updateHospital(input: { code: "H51010000001", name: "断线中" }) { hospital { name } } }',
        ),
        region,
      );
      // wait until the update is blocked on the lock
      for (let i = 0; i < 100; i++) {
        const [{ n }] = await t.asOwner<{ n: number }>(
          'select count(*)::int as n from pg_locks where not granted',
        );
        if (n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await proxy.stop();
      expectUnavailable(await pending);
    } finally {
      await locker.query('rollback');
      await locker.end();
      await proxy.start();
    }
    expect(await t.asOwner("select name from hospital where code = 'H51010000001'")).not.toEqual([
      { name: '断线中' },
    ]);
    expect((await hospitals()).status).toBe(200);
  });
});

describe('the database restarts, then accepts connections and never answers', () => {
  it('503 for a pooled connection it closed, and 503 once opening a new one times out', async () => {
    expect((await hospitals()).status).toBe(200); // a pooled connection
    await proxy.stop(); // the database closes it …
    proxy.hang = true; // … and comes back unresponsive
    await proxy.start();
    try {
      // the pool hands out the closed connection: the transaction cannot start
      expectUnavailable(await hospitals());
      // a new connection hangs: given up after DB_CONNECT_TIMEOUT_MS (1 s here), not held
      const started = Date.now();
      expectUnavailable(await hospitals());
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await proxy.stop();
      proxy.hang = false;
      await proxy.start();
    }
    expect((await hospitals()).status).toBe(200);
  });
});
