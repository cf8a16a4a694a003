import 'reflect-metadata';
import { startApp, type RunningApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { DEMO_PROVINCE, DEMO_REGIONS, demoHospitalCode } from './modules/tenancy';
import { issueToken, Scope } from './modules/identity';

/** `npm start`: bring the platform up and say how to use it. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config);

  // Handlers first: a signal during start-up (initdb, migrations) still ends in a clean stop.
  const running: { app?: RunningApp } = {};
  let stopRequested: string | undefined;
  const shutdown = (signal: string) => {
    if (stopRequested) return;
    stopRequested = signal;
    const app = running.app;
    if (!app) return; // start-up finishes, then stops (below)
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A promise of a request that has already answered (work it started and no longer waits for)
  // must not end the process, and every other request with it: log it and keep serving.
  process.on('unhandledRejection', (reason) =>
    log.error({ err: reason }, 'unhandled rejection (a request left work behind)'),
  );

  const app = (running.app = await startApp(config, log));
  if (stopRequested) {
    const signal = stopRequested;
    stopRequested = undefined;
    shutdown(signal);
    return;
  }

  const lines = [
    '',
    `Yibao Graph is up: ${app.url}`,
    `  database: ${app.database.embedded ? `embedded PostgreSQL (${app.database.embedded.dataDir})` : 'DATABASE_URL'}, ${app.database.databaseName}${app.database.seeded ? ', demo province seeded' : ''}`,
  ];
  if (config.env !== 'production' && !config.jwt.publicKey) {
    const region = DEMO_REGIONS[1];
    const tokens = await Promise.all([
      issueToken(config, {
        scope: Scope.PROVINCE,
        code: DEMO_PROVINCE.code,
        roles: ['ADMIN'],
        expiresIn: '24h',
      }),
      issueToken(config, {
        scope: Scope.REGION,
        code: region.code,
        roles: ['ADMIN'],
        expiresIn: '24h',
      }),
      issueToken(config, {
        scope: Scope.HOSPITAL,
        code: demoHospitalCode(region.code, 0),
        expiresIn: '24h',
      }),
    ]);
    lines.push(
      '',
      'Development tokens (24 h; more with `npm run token -- --scope REGION --code 510100`):',
      `  PROVINCE ${DEMO_PROVINCE.code} ${DEMO_PROVINCE.name}: ${tokens[0]}`,
      `  REGION   ${region.code} ${region.name}: ${tokens[1]}`,
      `  HOSPITAL ${demoHospitalCode(region.code, 0)} ${region.hospitals[0].name}: ${tokens[2]}`,
      '',
      'Try:',
      `  curl -s ${app.url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
      `    -d '{"query":"{ viewer { scope code } province(code: \\"510000\\") { name poolingRegions { totalCount } } }"}'`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
