import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { runWorkerProcess } from '../worker';

/**
 * `npm run worker` (or `node dist/src/cli/worker.js` in a container): runs background jobs in a
 * process of its own, against the same database as the servers. Stops on SIGTERM / SIGINT after
 * the chunks in progress commit.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  await runWorkerProcess(config, createLogger(config));
}

main().catch((error: unknown) => {
  console.error(
    `worker failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
