import 'reflect-metadata';
import type { Logger } from 'pino';
import { startJobRunner } from './app';
import type { AppConfig } from './config';
import {
  createOrm,
  prepareDatabase,
  type AnyJobDefinition,
  type JobRunner,
  type MikroORM,
} from './db';
import { entities, jobDefinitions } from './modules';

export interface RunningWorker {
  readonly jobs: JobRunner;
  /** Stops taking work, lets chunks in progress commit, closes the pools (and a cluster it started). */
  stop(): Promise<void>;
}

/**
 * A job worker without the HTTP server (`npm run worker`): brings the database to the current
 * schema like the server does (embedded, shared with a server already running on the same data
 * directory, or DATABASE_URL), then runs jobs as the application role.
 */
export async function startWorker(
  config: AppConfig,
  log: Logger,
  definitions: readonly AnyJobDefinition[] = jobDefinitions,
): Promise<RunningWorker> {
  const database = await prepareDatabase(config, {
    entities,
    shareEmbedded: true,
    log: { info: (msg) => log.info(msg), warn: (msg) => log.warn(msg) },
  });
  let orm: MikroORM | undefined;
  try {
    orm = await createOrm({
      url: database.appUrl,
      entities,
      poolMax: config.jobs.concurrency + 1,
      connectTimeoutMs: config.db.connectTimeoutMs,
    });
    const jobs = await startJobRunner(config, log, orm, database, definitions);
    const ormRef = orm;
    let stopping: Promise<void> | undefined;
    return {
      jobs,
      stop: () =>
        (stopping ??= (async () => {
          await jobs.stop();
          await ormRef.close();
          await database.embedded?.stop();
        })()),
    };
  } catch (error) {
    await orm?.close();
    await database.embedded?.stop();
    throw error;
  }
}

/**
 * Runs a worker until SIGTERM or SIGINT, then stops it gracefully (a second signal exits at
 * once; an unfinished chunk then runs again elsewhere after its timeout).
 */
export async function runWorkerProcess(
  config: AppConfig,
  log: Logger,
  definitions?: readonly AnyJobDefinition[],
): Promise<void> {
  const running: { worker?: RunningWorker } = {};
  let signalled: string | undefined;
  const shutdown = (signal: string) => {
    if (signalled) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    signalled = signal;
    if (!running.worker) return; // start-up finishes, then stops (below)
    log.info({ signal }, 'worker shutting down');
    running.worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'worker shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // the queue library settles some statements without awaiting them (completing a message while
  // the database is away): log it and keep working, the message expires and runs again
  process.on('unhandledRejection', (reason) =>
    log.error({ err: reason }, 'unhandled rejection in the worker'),
  );
  running.worker = await startWorker(config, log, definitions);
  log.info('worker started');
  if (signalled) {
    const signal = signalled;
    signalled = undefined;
    shutdown(signal);
  }
}
