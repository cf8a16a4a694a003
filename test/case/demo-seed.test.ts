import { createLogger } from '../../src/logger';
import { seedDemoYear } from '../../src/modules';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Demo cases on start (DEMO_CASES): through the real ingest as each demo region — stored, grouped
 * and priced (DRG SUCCESS, DIP GROUPED, TCM-advantage CLASSIFIED) — and only once.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DEMO_CASES: '600' });
}, 180_000);
afterAll(() => t.stop());

it('seeds the demo year through the ingest: every list stored, grouped and priced', async () => {
  const [cases] = await t.asOwner<{ n: number; regions: number; warnings: number }>(
    `select count(*)::int as n, count(distinct treatment_region_code)::int as regions,
       count(*) filter (where qc_status = 'WARNING')::int as warnings from settlement_case`,
  );
  expect(cases.n).toBe(600);
  expect(cases.regions).toBe(9);
  expect(cases.warnings).toBeLessThan(10);
  const [revisions] = await t.asOwner<{ grouped: number; priced: number; unpriced: number }>(
    `select count(*) filter (where group_status in ('SUCCESS', 'GROUPED', 'CLASSIFIED'))::int as grouped,
       (select count(*)::int from case_payment) as priced,
       (select count(*)::int from case_unpriced) as unpriced
     from case_revision`,
  );
  expect(revisions.grouped / 600).toBeGreaterThanOrEqual(0.95);
  expect(revisions.priced + revisions.unpriced).toBe(600);
  expect(revisions.priced / 600).toBeGreaterThanOrEqual(0.9);
});

it('does nothing on the next start (the province already holds them)', async () => {
  const lines: string[] = [];
  const log = createLogger({ ...t.config, logLevel: 'info' });
  const spy = jest.spyOn(log, 'info').mockImplementation(((...args: unknown[]) => {
    lines.push(String(args[args.length - 1]));
  }) as never);
  await seedDemoYear(t.app.orm, t.config, log);
  spy.mockRestore();
  expect(lines.join('\n')).toMatch(/demo cases present \(600\), not seeding/);
  const [{ n }] = await t.asOwner<{ n: number }>('select count(*)::int as n from case_revision');
  expect(n).toBe(600);
});
