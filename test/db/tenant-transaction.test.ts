import { inTenantTransaction } from '../../src/db';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * The request transaction's plain SQL runner is read-only by construction: a request that never
 * touched the ORM has written nothing, which is what lets a query be answered before COMMIT.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

const province = { scope: Scope.PROVINCE, code: '510000', province: '510000' };

it('runs selects under the tenant settings, and counts whether the ORM was used', async () => {
  const seen = await inTenantTransaction(t.app.orm, province, async (tx) => {
    const rows = await tx.query<{ scope: string; n: number }>(
      "select current_setting('app.scope', true) as scope, (select count(*)::int from pooling_region) as n",
    );
    const before = tx.ormUsed;
    void tx.em; // the fork is made on first use
    return { rows, before, after: tx.ormUsed };
  });
  expect(seen.rows).toEqual([{ scope: 'PROVINCE', n: expect.any(Number) }]);
  expect(seen.rows[0].n).toBeGreaterThan(0); // positive control: RLS let the province's regions through
  expect(seen.before).toBe(false);
  expect(seen.after).toBe(true);
});

it.each([
  "update pooling_region set name = 'x'",
  'delete from hospital',
  'with x as (delete from hospital returning 1) select * from x',
  "insert into province (code, name) values ('990000', 'x')",
])('refuses a write through the read runner: %s', async (sql) => {
  await expect(inTenantTransaction(t.app.orm, province, (tx) => tx.query(sql))).rejects.toThrow(
    /reads only/,
  );
  // nothing changed (as the owner, who sees every row)
  expect(await t.asOwner("select count(*)::int as n from pooling_region where name = 'x'")).toEqual(
    [{ n: 0 }],
  );
});
