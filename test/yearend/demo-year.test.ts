import { Dec } from '../../src/domain/decimal';
import { createLogger } from '../../src/logger';
import { DEMO_CASE_YEAR, settleDemoYear } from '../../src/modules';
import { DEMO_PROVINCE, DEMO_REGIONS } from '../../src/modules/tenancy';
import { seedDemoClosedYear } from '../../src/modules/yearend';
import {
  AnnualClearingDocument,
  CloseMonthlySettlementDocument,
  ComputeMonthlySettlementDocument,
  InterRegionClearingDocument,
  JobDocument,
  MonthlySettlementsDocument,
} from '../generated/graphql';
import { dataWithoutErrors, send } from '../support/client';
import { waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * The demo year on start (DEMO_CASES > 0): after the demo cases, 2025 is closed — twelve closed
 * monthly batches per demo region, the province's inter-region clearing computed and approved —
 * through the services and the job queue, and only once.
 */
let t: TestApp;
let province: string;
const YEAR = DEMO_CASE_YEAR;

beforeAll(async () => {
  t = await startTestApp({ DEMO_CASES: '300' });
  province = await t.token(Scope.PROVINCE, DEMO_PROVINCE.code);
}, 240_000);
afterAll(() => t?.stop());

const count = async (table: string) =>
  (await t.asOwner<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

it('closes twelve monthly batches per demo region, read as the province', async () => {
  let paid = 0;
  for (const region of DEMO_REGIONS) {
    const batches = dataWithoutErrors(
      await send(
        t.url,
        MonthlySettlementsDocument,
        { regionCode: region.code, year: YEAR },
        province,
      ),
    ).monthlySettlements;
    expect(batches.map((b) => b.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}-01`),
    );
    expect(batches.every((b) => b.status === 'CLOSED')).toBe(true);
    paid += batches.reduce((n, b) => n + b.caseCount, 0);
  }
  // positive control: the batches paid the year's priced cases, each once
  const [priced] = await t.asOwner<{ n: number }>(
    `select count(*)::int as n from settlement_case c
     join case_payment p on p.revision_id = c.current_revision_id`,
  );
  expect(priced.n).toBeGreaterThan(250);
  expect(paid).toBe(priced.n);
});

it('computes and approves the inter-region clearing, whose positions net to zero', async () => {
  const run = dataWithoutErrors(
    await send(
      t.url,
      InterRegionClearingDocument,
      { provinceCode: DEMO_PROVINCE.code, year: YEAR },
      province,
    ),
  ).interRegionClearing!;
  expect(run.status).toBe('APPROVED');
  expect(run.variant).toBe('DRG_DIP_BASED');
  // positive control: the demo's out-of-region cases (7 %) make pairs and positions
  expect(run.pairs.length).toBeGreaterThan(0);
  expect(run.positions.length).toBeGreaterThan(1);
  expect(run.positions.some((p) => !new Dec(p.net).isZero())).toBe(true);
  const sum = run.positions.reduce((s, p) => s.plus(p.net), new Dec(0));
  expect(sum.toFixed(2)).toBe('0.00');
});

it('computes and approves every demo region’s annual clearing, one line per hospital that was paid', async () => {
  for (const region of DEMO_REGIONS) {
    const clearing = dataWithoutErrors(
      await send(t.url, AnnualClearingDocument, { regionCode: region.code, year: YEAR }, province),
    ).annualClearing!;
    expect(clearing.status).toBe('APPROVED');
    expect(clearing.variant).toBe('DRG_DIP_BASED');
    // positive control: the demo cases earned points, so each fund with cases has a point value
    expect(clearing.caseCount).toBeGreaterThan(0);
    expect(clearing.pools.some((p) => p.pointValue !== null)).toBe(true);
    const monthly = dataWithoutErrors(
      await send(
        t.url,
        MonthlySettlementsDocument,
        { regionCode: region.code, year: YEAR },
        province,
      ),
    ).monthlySettlements;
    const paidHospitals = clearing.lines.filter((l) => !new Dec(l.monthlyPayments).isZero());
    expect(paidHospitals.length).toBeGreaterThan(0);
    const paid = clearing.lines.reduce((s, l) => s.plus(l.monthlyPayments), new Dec(0));
    expect(paid.gt(0)).toBe(true);
    expect(monthly).toHaveLength(12);
  }
});

it('does nothing on the next start', async () => {
  const before = {
    batches: await count('monthly_batch'),
    jobs: await count('job_run'),
    runs: await count('inter_region_run'),
  };
  expect(before.batches).toBe(12 * DEMO_REGIONS.length);
  const lines: string[] = [];
  const log = createLogger({ ...t.config, logLevel: 'info' });
  const spy = jest.spyOn(log, 'info').mockImplementation(((...args: unknown[]) => {
    lines.push(String(args[args.length - 1]));
  }) as never);
  let started = false;
  await settleDemoYear(t.app.orm, t.config, log, () => {
    started = true;
    throw new Error('no worker is needed');
  });
  expect(started).toBe(false);
  spy.mockRestore();
  expect(lines.join('\n')).toMatch(/demo year 2025 closed already, not settling/);
  expect({
    batches: await count('monthly_batch'),
    jobs: await count('job_run'),
    runs: await count('inter_region_run'),
  }).toEqual(before);
});

it('completes an interrupted year: closed months kept, an open one computed again and closed', async () => {
  // 2026 has no demo cases: empty batches, but the same steps (as two regions, by hand first)
  const later = 2026;
  const regions = ['510100', '510300'];
  const chengdu = await t.token(Scope.REGION, regions[0]);
  const compute = async (month: string) => {
    const { job } = dataWithoutErrors(
      await send(
        t.url,
        ComputeMonthlySettlementDocument,
        { regionCode: regions[0], month },
        chengdu,
      ),
    ).computeMonthlySettlement;
    const done = await waitFor(
      async () => dataWithoutErrors(await send(t.url, JobDocument, { id: job.id }, chengdu)).job,
      (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
    );
    expect(done?.status).toBe('SUCCEEDED');
  };
  await compute(`${later}-01`);
  dataWithoutErrors(
    await send(
      t.url,
      CloseMonthlySettlementDocument,
      { regionCode: regions[0], month: `${later}-01` },
      chengdu,
    ),
  );
  await compute(`${later}-02`); // computed, left open: the interruption
  const jobs = t.app.jobs!;
  let stopped = 0;
  const result = await seedDemoClosedYear(
    { orm: t.app.orm, config: t.config, log: createLogger(t.config), subject: 'test' },
    async () => ({
      wake: () => jobs.wake(),
      onJobEnded: (listener) => jobs.onJobEnded(listener),
      stop: async () => {
        stopped++;
      },
    }),
    DEMO_PROVINCE.code,
    regions,
    later,
  );
  expect(stopped).toBe(1);
  expect(result.months).toEqual({ computed: 23, closed: 23, alreadyClosed: 1 });
  expect(result.interRegionComputed).toBe(true);
  for (const regionCode of regions) {
    const batches = dataWithoutErrors(
      await send(t.url, MonthlySettlementsDocument, { regionCode, year: later }, province),
    ).monthlySettlements;
    expect(batches.filter((b) => b.status === 'CLOSED')).toHaveLength(12);
  }
  const run = dataWithoutErrors(
    await send(
      t.url,
      InterRegionClearingDocument,
      { provinceCode: DEMO_PROVINCE.code, year: later },
      province,
    ),
  ).interRegionClearing!;
  expect(run.status).toBe('APPROVED');
});
