import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import {
  createOrm,
  JobRunner,
  prepareDatabase,
  type AnyJobDefinition,
  type MikroORM,
  type PreparedDatabase,
} from './db';
import { createApolloServer } from './graphql/apollo';
import { createHttpServer } from './graphql/http-server';
import { assembleSchema } from './graphql/schema';
import {
  DEMO_YEAR_JOB_CONCURRENCY,
  entities,
  jobDefinitions,
  nodeFetchers,
  resolvers,
  seedDemo,
  seedDemoYear,
  settleDemoYear,
} from './modules';
import { TokenVerifier } from './modules/identity';

/** The schema of every feature module: src/graphql assembles what the wiring hands it. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return assembleSchema({ resolvers, nodeFetchers });
}

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly database: PreparedDatabase;
  readonly orm: MikroORM;
  readonly server: Server;
  /** The in-process job worker; undefined when JOBS_IN_PROCESS=false (or serving as another role). */
  readonly jobs: JobRunner | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this database name instead of the configured one (tests, benchmarks). */
  databaseName?: string;
  /** Serve with this connection string instead of the app role's (the benchmark's RLS-bypassed baseline). */
  serveAs?: (db: PreparedDatabase) => string;
  /** Job kinds the in-process worker runs instead of the modules' own (tests). */
  jobs?: readonly AnyJobDefinition[];
}

/** Starts a job worker on the application role (in the server process or `npm run worker`). */
export function startJobRunner(
  config: AppConfig,
  log: Logger,
  orm: MikroORM,
  database: PreparedDatabase,
  definitions: readonly AnyJobDefinition[] = jobDefinitions,
): Promise<JobRunner> {
  return JobRunner.start({
    orm,
    connectionString: database.appUrl,
    definitions,
    log: log.child({ component: 'jobs' }),
    concurrency: config.jobs.concurrency,
    pollingIntervalSeconds: config.jobs.pollIntervalMs / 1000,
    maintenanceIntervalSeconds: config.jobs.maintenanceIntervalSeconds,
  });
}

/**
 * Starts the whole platform: database (embedded or DATABASE_URL), migrations, demo seed, the
 * application ORM as the RLS-bound role, Apollo, the HTTP server and (unless JOBS_IN_PROCESS=false)
 * a job worker. `stop()` undoes it all in reverse order, including the embedded PostgreSQL this
 * process started or adopted.
 */
export async function startApp(
  config: AppConfig,
  log: Logger,
  options: StartOptions = {},
): Promise<RunningApp> {
  const database = await prepareDatabase(config, {
    entities,
    seed: seedDemo,
    databaseName: options.databaseName,
    log: { info: (msg) => log.info(msg), warn: (msg) => log.warn(msg) },
  });
  let orm: MikroORM | undefined;
  let jobs: JobRunner | undefined;
  try {
    orm = await createOrm({
      url: options.serveAs?.(database) ?? database.appUrl,
      entities,
      poolMax: config.db.poolMax,
      connectTimeoutMs: config.db.connectTimeoutMs,
    });
    // a year of demo cases through the real ingest, as each demo region (never as the owner),
    // then that year closed: monthly batches, clearings, as the regions and the province
    if (config.demo && config.demoCases > 0 && !options.serveAs) {
      await seedDemoYear(orm, config, log);
      // its jobs run on a worker of their own, several chunks at a time: the batches are small,
      // so a chunk mostly waits on commits (the server's worker starts below, as configured)
      const concurrency = Math.max(config.jobs.concurrency, DEMO_YEAR_JOB_CONCURRENCY);
      const appOrm = orm;
      await settleDemoYear(appOrm, config, log, () =>
        startJobRunner({ ...config, jobs: { ...config.jobs, concurrency } }, log, appOrm, database),
      );
    }
    const [schema, verifier] = await Promise.all([buildAppSchema(), TokenVerifier.create(config)]);
    const apollo = await createApolloServer(schema, config, log);
    const server = createHttpServer({ config, orm, apollo, verifier, log });
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    // never under another role than the application's (the benchmark's RLS-bypassed baseline)
    if (config.jobs.inProcess && !options.serveAs)
      jobs = await startJobRunner(config, log, orm, database, options.jobs);
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    const ormRef = orm;
    const jobsRef = jobs;
    let stopping: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}/graphql`,
      port,
      database,
      orm,
      server,
      jobs,
      stop: () =>
        (stopping ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
          });
          await apollo.stop();
          // chunks in progress commit before the pool they run on closes
          await jobsRef?.stop();
          await ormRef.close();
          await database.embedded?.stop();
        })()),
    };
  } catch (error) {
    await jobs?.stop();
    await orm?.close();
    await database.embedded?.stop();
    throw error;
  }
}
