import 'reflect-metadata';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';

/**
 * A benchmark server in its own process (so the load generator does not share its event loop).
 * BENCH_MODE=rls serves as the application role; BENCH_MODE=bypass serves the same code as the
 * owner role, whose BYPASSRLS skips every policy: the baseline for the RLS overhead.
 */
async function main(): Promise<void> {
  // no job worker on either side: the bypass baseline never runs one (jobs run as the application
  // role only), and an idle worker's polling would count against RLS alone
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    JOBS_IN_PROCESS: 'false',
  });
  const mode = process.env.BENCH_MODE === 'bypass' ? 'bypass' : 'rls';
  const app = await startApp(config, createLogger(config), {
    databaseName: process.env.BENCH_DATABASE,
    serveAs: mode === 'bypass' ? (db) => db.ownerUrl : undefined,
  });
  process.stdout.write(`READY ${app.url}\n`);
  process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
}

void main();
