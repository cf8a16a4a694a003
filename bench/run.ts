import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig, projectRoot } from '../src/config';
import { startEmbeddedPostgres } from '../src/db';
import { benchDipGrouper, printDipGrouperFigures } from './dip-grouper';
import { benchDrgGrouper, printDrgGrouperFigures } from './drg-grouper';
import { benchRegistryQueries, type MeasuredSide } from './registry-queries';
import { benchCases, printCaseFigures } from './cases';
import { benchYear, defaultYearConcurrency, printYearFigures } from './year';

/**
 * `npm run bench [-- drg dip registry cases]`: prints figures, asserts nothing. Sections: the
 * grouping engines (in-process, no database), the registry queries (DATABASE_URL when set,
 * otherwise an embedded cluster under .data/bench; BENCH_SECONDS per point, default 6) and the
 * case ingest (`cases`, `--cases N` to shrink from 1,000,000; not part of a run without sections)
 * and a province's year (`year`: ingest, group + price, monthly batches, clearings; `--cases N`,
 * default 1,000,000; `--concurrency C` job chunks at a time; not part of a run without sections).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const casesAt = args.indexOf('--cases');
  const cases = casesAt >= 0 ? Number(args[casesAt + 1]) : 1_000_000;
  if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive integer');
  const concurrencyAt = args.indexOf('--concurrency');
  const concurrency =
    concurrencyAt >= 0 ? Number(args[concurrencyAt + 1]) : defaultYearConcurrency();
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error('--concurrency must be a positive integer');
  const parallelAt = args.indexOf('--parallel');
  const parallel = parallelAt >= 0 ? Number(args[parallelAt + 1]) : 2;
  if (!Number.isInteger(parallel) || parallel < 1)
    throw new Error('--parallel must be a positive integer');
  const values = new Set(
    [casesAt, concurrencyAt, parallelAt].filter((i) => i >= 0).map((i) => i + 1),
  );
  const wanted = args.filter((a, i) => !a.startsWith('--') && !values.has(i));
  const run = (section: string) => wanted.length === 0 || wanted.includes(section);
  if (run('drg')) {
    printDrgGrouperFigures(await benchDrgGrouper());
    console.log('');
  }
  if (run('dip')) {
    printDipGrouperFigures(await benchDipGrouper());
    console.log('');
  }
  const registry = run('registry');
  const caseBench = wanted.includes('cases');
  const yearBench = wanted.includes('year');
  if (!registry && !caseBench && !yearBench) return;
  const seconds = Number(process.env.BENCH_SECONDS ?? 6);
  const dataDir = join(projectRoot(), '.data', 'bench');
  const config = loadConfig({ ...process.env, YIBAO_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(join(dataDir, 'postgres'), {
        info: () => undefined,
        warn: (m) => console.warn(m),
      });
  const adminUrl = config.databaseUrl ?? embedded!.adminUrl;
  try {
    console.log(
      `Yibao Graph benchmark — ${new Date().toISOString()} — ${embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}\n`,
    );
    if (caseBench) {
      printCaseFigures(
        await benchCases({ ...config, databaseUrl: adminUrl }, adminUrl, {
          cases,
          parallel,
          seed: 1,
          year: 2025,
          dir: join(dataDir, `cases-${process.pid}`),
        }),
      );
      console.log('');
    }
    if (yearBench) {
      printYearFigures(
        await benchYear({ ...config, databaseUrl: adminUrl }, adminUrl, {
          cases,
          seed: 1,
          year: 2025,
          dir: join(dataDir, `year-${process.pid}`),
          concurrency,
          parallel,
        }),
      );
      console.log('');
    }
    if (!registry) return;
    console.log(
      'Read path as a PROVINCE principal (江苏 320000); 31 provinces × 15 regions × 40 hospitals, the demo catalogs.',
    );
    console.log(
      '"RLS" serves as the application role; "bypass" serves the same code as the owner role (BYPASSRLS).\n',
    );
    const figures = await benchRegistryQueries(
      { ...config, databaseUrl: adminUrl },
      adminUrl,
      seconds,
    );
    figures.forEach((q, i) => {
      console.log(`${i + 1}. ${q.name}`);
      console.log(`   objects per response: ${q.rows}`);
      console.log(
        `   round trips per request: ${q.statements.roundTrips} (${q.statements.data} data statements, the first carrying BEGIN and the tenant settings; COMMIT); issue target ≤ depth + 2 = ${q.depth + 2}`,
      );
      console.log(
        '   clients |   RLS req/s   p50 ms   p99 ms  CPU ms (Node+PG) |  bypass req/s   p50 ms   p99 ms  CPU ms (Node+PG) | RLS overhead: req/s   p50   CPU',
      );
      for (const { rls, bypass } of q.results) console.log(row(rls, bypass));
      console.log('');
    });
    console.log(
      'CPU ms: server process + PostgreSQL CPU per request (server only when PostgreSQL is on another machine).',
    );
    console.log(
      'RLS and bypass alternate in half-second segments; throughput on a shared machine still moves ±10–30 % between',
    );
    console.log(
      'two identical servers, the CPU a request costs much less: it is the overhead figure to read.',
    );
    console.log('Target: RLS overhead ≤ 1.1× (bypass req/s ÷ RLS req/s; RLS CPU ÷ bypass CPU).');
  } finally {
    await embedded?.stop();
  }
}

function row(rls: MeasuredSide, bypass: MeasuredSide): string {
  const f = (n: number, width: number, digits = 1) => n.toFixed(digits).padStart(width);
  const cpu = (side: MeasuredSide) => side.serverCpuMs + (side.postgresCpuMs ?? 0);
  const split = (side: MeasuredSide) =>
    `${f(cpu(side), 6, 2)} (${side.serverCpuMs.toFixed(2)}+${side.postgresCpuMs?.toFixed(2) ?? '?'})`.padEnd(
      22,
    );
  const errors = rls.errors + bypass.errors;
  return (
    `   ${String(rls.concurrency).padStart(7)} | ${f(rls.rps, 11)} ${f(rls.p50, 8)} ${f(rls.p99, 8)} ${split(rls)} |` +
    ` ${f(bypass.rps, 13)} ${f(bypass.p50, 8)} ${f(bypass.p99, 8)} ${split(bypass)} |` +
    `        ${f(bypass.rps / rls.rps, 5, 3)}× ${f(rls.p50 / bypass.p50, 5, 3)}× ${f(cpu(rls) / cpu(bypass), 5, 3)}×` +
    (errors ? `  (errors: ${errors})` : '')
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
