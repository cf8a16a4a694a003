import 'reflect-metadata';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AppConfig } from '../src/config';
import { createOrm, dropDatabase, enqueueJob, JobRunner, prepareDatabase } from '../src/db';
import { createLogger } from '../src/logger';
import { entities, jobDefinitions, seedDemo } from '../src/modules';
import { hookTime, importSettlementListLines } from '../src/modules/case';
import { issueToken, Scope, TokenVerifier } from '../src/modules/identity';
import { parsePeriodParams, regroupPeriodJob } from '../src/modules/settlement';
import { requireRegionAuthority } from '../src/modules/settlement/period-jobs';
import { DEMO_PROVINCE } from '../src/modules/tenancy';
import {
  asPrincipal,
  awaitJob,
  clearInterRegionYear,
  clearRegionsAnnually,
  closeMonthsOfYear,
  yearEndPrincipal,
  type YearEndDependencies,
} from '../src/modules/yearend';
import { fileLines } from '../src/shared/file-lines';
import { generateCaseFiles, type CaseBenchOptions } from './cases';

export interface YearBenchOptions extends CaseBenchOptions {
  /** Chunks the job worker runs at the same time. */
  concurrency: number;
}

export interface YearBenchFigures {
  year: number;
  cases: number;
  regions: number;
  concurrency: number;
  generateMs: number;
  ingestMs: number;
  accepted: number;
  rejected: number;
  pricingAtIngestMs: number;
  groupPriceMs: number;
  groupPriceChunks: number;
  monthlyMs: number;
  batchesClosed: number;
  annualMs: number;
  matrixMs: number;
  peakRssMb: number;
}

/** Targets of the issue, beside the figures. */
const YEAR_TARGET_MS = 60_000;
const CLEARING_TARGET_MS = 5_000;

/** The bench's worker concurrency when none is given: the cores, at most one per demo region. */
export const defaultYearConcurrency = () => Math.min(Math.max(availableParallelism(), 2), 9);

/**
 * `npm run bench -- year [--cases N]`: a year of one province (the demo province, Sichuan), N
 * demo cases of 2025 (default 1,000,000), through every stage as production runs it — each as
 * its principal, under row-level security, the computations as jobs of a job worker:
 *
 * 1. ingest: the import:cases code, one file per region, as that region (grouped and priced at
 *    ingest, as every upload is);
 * 2. group + price: `case.regroup-period` for the whole year, per region, as that region — the
 *    period job that groups and prices a year again (after a catalog or standard correction);
 *    ingest already did it once, so this is what regrouping and repricing the year costs;
 * 3. the twelve monthly batches per region computed (`monthly.compute-batch`) and closed, as the
 *    region;
 * 4. the regions' annual clearing: `annualclearing.clear-region` and approval, as each region;
 * 5. the inter-region matrix: `interregion.clear-year` and approval, as the province.
 */
export async function benchYear(
  config: AppConfig,
  adminUrl: string,
  options: YearBenchOptions,
): Promise<YearBenchFigures> {
  const log = createLogger({ ...config, logLevel: 'warn' });
  const started = performance.now();
  const files = await generateCaseFiles(options);
  const generateMs = performance.now() - started;
  const regions = [...files.keys()].sort();

  const databaseName = `yibao_bench_year_${process.pid}`;
  await dropDatabase(adminUrl, databaseName).catch(() => undefined);
  const db = await prepareDatabase(
    { ...config, databaseUrl: adminUrl, demo: true },
    {
      entities,
      seed: seedDemo,
      databaseName,
      log: { info: () => undefined, warn: log.warn.bind(log) },
    },
  );
  const orm = await createOrm({
    url: db.appUrl,
    entities,
    poolMax: options.concurrency + regions.length + 2,
  });
  let jobs: JobRunner | undefined;
  try {
    jobs = await JobRunner.start({
      orm,
      connectionString: db.appUrl,
      definitions: jobDefinitions,
      log,
      concurrency: options.concurrency,
      pollingIntervalSeconds: 2,
      maintenanceIntervalSeconds: 60,
    });
    const deps: YearEndDependencies = { orm, config, log, jobs, subject: 'bench' };
    const province = DEMO_PROVINCE.code;
    const { year } = options;

    // 1. ingest, region after region, as each region (the case benchmark's path)
    const verifier = await TokenVerifier.create(config);
    let accepted = 0;
    let rejected = 0;
    const pricingBefore = hookTime.ms;
    let stage = performance.now();
    for (const region of regions) {
      const token = await issueToken(config, {
        scope: Scope.REGION,
        code: region,
        roles: ['ADMIN'],
      });
      const progress = await importSettlementListLines(
        { orm, verifier, config, log },
        token,
        fileLines(files.get(region)!),
        {
          onProgress: (p) =>
            process.stderr.write(
              `\r  ingest ${region}: ${p.lines} lines, ${p.accepted} accepted   `,
            ),
        },
      );
      accepted += progress.accepted;
      rejected += progress.rejected;
    }
    process.stderr.write('\n');
    const ingestMs = performance.now() - stage;
    const pricingAtIngestMs = hookTime.ms - pricingBefore;

    // 2. group + price the year as period jobs, one per region, as the region (regroupPeriod)
    stage = performance.now();
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const chunks = await Promise.all(
      regions.map(async (regionCode) => {
        const who = yearEndPrincipal(deps, Scope.REGION, regionCode, province);
        const id = await asPrincipal(deps, who, (ctx) => {
          const params = parsePeriodParams({ regionCode, ...period });
          requireRegionAuthority(ctx.principal, params.regionCode);
          return enqueueJob(ctx, regroupPeriodJob, params);
        });
        return (await awaitJob(deps, who, id, 3_600_000)).done;
      }),
    );
    const groupPriceMs = performance.now() - stage;
    process.stderr.write(`  group + price: ${(groupPriceMs / 1000).toFixed(1)} s\n`);

    // 3. twelve monthly batches per region, computed and closed, as each region
    stage = performance.now();
    const months = await closeMonthsOfYear(deps, province, regions, year);
    const monthlyMs = performance.now() - stage;
    process.stderr.write(`  monthly: ${(monthlyMs / 1000).toFixed(1)} s\n`);

    // 4. the regions' annual clearing, each as the region, computed and approved
    const annualMs = await clearRegionsAnnually(deps, province, regions, year);

    // 5. the inter-region matrix, computed and approved, as the province
    stage = performance.now();
    await clearInterRegionYear(deps, province, year);
    const matrixMs = performance.now() - stage;

    return {
      year,
      cases: options.cases,
      regions: regions.length,
      concurrency: options.concurrency,
      generateMs,
      ingestMs,
      accepted,
      rejected,
      pricingAtIngestMs,
      groupPriceMs,
      groupPriceChunks: chunks.reduce((a, b) => a + b, 0),
      monthlyMs,
      batchesClosed: months.closed,
      annualMs,
      matrixMs,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await jobs?.stop();
    await orm.close();
    await dropDatabase(adminUrl, databaseName).catch(() => undefined);
    await db.embedded?.stop();
    if (existsSync(options.dir)) rmSync(options.dir, { recursive: true, force: true });
  }
}

export function printYearFigures(f: YearBenchFigures): void {
  const rate = (n: number, ms: number) =>
    ms > 0 ? `${Math.round((n * 1000) / ms).toLocaleString('en-US')} cases/s` : '';
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const year = f.ingestMs + f.groupPriceMs + f.monthlyMs + f.annualMs + f.matrixMs;
  const clearing = f.annualMs + f.matrixMs;
  const within = (ms: number, target: number) => (ms <= target ? 'met' : 'missed');
  const rows: [string, string, string][] = [
    [
      'generate (seed:cases code, to files; not a stage)',
      s(f.generateMs),
      rate(f.cases, f.generateMs),
    ],
    [
      '1. ingest (import:cases code, REGION principals, RLS)',
      s(f.ingestMs),
      rate(f.cases, f.ingestMs),
    ],
    [
      '   of which pricing at ingest (onRevisionsStored)',
      s(f.pricingAtIngestMs),
      `${((100 * f.pricingAtIngestMs) / f.ingestMs).toFixed(0)} % of ingest`,
    ],
    [
      '2. group + price (case.regroup-period, the year, per region)',
      s(f.groupPriceMs),
      `${rate(f.accepted, f.groupPriceMs)}, ${f.groupPriceChunks} chunks`,
    ],
    [
      '3. monthly batches computed and closed',
      s(f.monthlyMs),
      `${f.batchesClosed} batches (12 × ${f.regions} regions)`,
    ],
    [
      '4. annual clearing of every region (compute + approve)',
      s(f.annualMs),
      `${f.regions} regions`,
    ],
    ['5. inter-region matrix (compute + approve)', s(f.matrixMs), ''],
    ['whole year (stages 1–5)', s(year), `target ≤ 60 s: ${within(year, YEAR_TARGET_MS)}`],
    [
      '  without stage 2 (ingest grouped and priced already)',
      s(year - f.groupPriceMs),
      `target ≤ 60 s: ${within(year - f.groupPriceMs, YEAR_TARGET_MS)}`,
    ],
    [
      'clearing + matrix (stages 4–5)',
      s(clearing),
      `target ≤ 5 s: ${within(clearing, CLEARING_TARGET_MS)}`,
    ],
    ['peak RSS', `${f.peakRssMb.toFixed(0)} MB`, ''],
  ];
  console.log(
    `Year ${f.year}: ${f.cases.toLocaleString('en-US')} demo cases of the demo province (四川 510000), ` +
      `${f.accepted} accepted, ${f.rejected} rejected, ${f.regions} regions; job worker concurrency ${f.concurrency}`,
  );
  console.log(`  ${'stage'.padEnd(62)} ${'time'.padStart(9)}  figure`);
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(62)} ${b.padStart(9)}  ${c}`);
}
