import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig, projectRoot } from '../src/config';
import { startEmbeddedPostgres } from '../src/db';
import { benchNestedQuery } from './registry-nested';

/**
 * `npm run bench`: prints figures, asserts nothing. Uses DATABASE_URL when set, otherwise an
 * embedded cluster under .data/bench. BENCH_SECONDS sets the measured time per point (default 6).
 */
async function main(): Promise<void> {
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
    console.log(
      '1. Nested registry query: province → 21 regions → 100 hospitals each (10 provinces, 21,000 hospitals in the table)',
    );
    const figures = await benchNestedQuery({ ...config, databaseUrl: adminUrl }, adminUrl, seconds);
    const s = figures.statements;
    console.log(`   rows per response: ${figures.rows} hospitals`);
    console.log(
      `   SQL statements per request: ${s.data} (+ BEGIN/COMMIT = ${s.total}); target ≤ depth + 2 = ${s.depth + 2}`,
    );
    console.log('');
    console.log(
      '   clients |   RLS req/s   p50 ms   p99 ms |  bypass req/s   p50 ms   p99 ms | overhead (bypass/RLS req/s, RLS/bypass p50)',
    );
    for (const { rls, bypass } of figures.results) {
      const f = (n: number, w: number, d = 1) => n.toFixed(d).padStart(w);
      console.log(
        `   ${String(rls.concurrency).padStart(7)} | ${f(rls.rps, 11)} ${f(rls.p50, 8)} ${f(rls.p99, 8)} | ${f(bypass.rps, 13)} ${f(bypass.p50, 8)} ${f(bypass.p99, 8)} | ${f(bypass.rps / rls.rps, 5, 3)}× ${f(rls.p50 / bypass.p50, 6, 3)}×` +
          (rls.errors + bypass.errors ? `  (errors: ${rls.errors + bypass.errors})` : ''),
      );
    }
    console.log('\n   target: RLS overhead ≤ 1.3×');
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
