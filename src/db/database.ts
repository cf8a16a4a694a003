import { join } from 'node:path';
import { Client } from 'pg';
import { loadOrCreateSecret, type AppConfig } from '../config';
import {
  startEmbeddedPostgres,
  type EmbeddedLogger,
  type EmbeddedPostgres,
} from './embedded-postgres';
import { createOrm, type EntityManager } from './orm';
import { databaseNameOf, provisionDatabase, type ProvisionedDatabase } from './provision';

/** Database used when the embedded cluster serves, or DATABASE_URL names none. */
export const DEFAULT_DATABASE = 'yibao_graph';

/** Arbitrary constant: the advisory lock that serialises migrating and seeding one database. */
const MIGRATION_LOCK = 7_240_001;

export interface PreparedDatabase extends ProvisionedDatabase {
  /** Superuser/administrative URL (embedded cluster or DATABASE_URL). */
  readonly adminUrl: string;
  readonly embedded: EmbeddedPostgres | undefined;
  /** Whether this start seeded the demo province. */
  readonly seeded: boolean;
}

export interface PrepareOptions {
  entities: Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  /** Seeds demo data as the owner; called only when `config.demo` and returns whether it wrote. */
  seed?: (em: EntityManager) => Promise<boolean>;
  /** Overrides the database name (tests and benchmarks use throwaway databases). */
  databaseName?: string;
  /** Command-line tools: use an embedded cluster a running server already owns. */
  shareEmbedded?: boolean;
  log: EmbeddedLogger;
}

/**
 * Brings a database to the current schema: starts the embedded cluster when DATABASE_URL is
 * unset, provisions roles and the database, runs pending migrations as the owner, then seeds the
 * demo province into an empty registry. Safe to run from several processes at once.
 */
export async function prepareDatabase(
  config: AppConfig,
  options: PrepareOptions,
): Promise<PreparedDatabase> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(join(config.dataDir, 'postgres'), options.log, {
        shareRunning: options.shareEmbedded,
      });
  try {
    const adminUrl = config.databaseUrl ?? embedded!.adminUrl;
    const databaseName =
      options.databaseName ??
      (config.databaseUrl
        ? databaseNameOf(config.databaseUrl, DEFAULT_DATABASE)
        : DEFAULT_DATABASE);
    const provisioned = await provisionDatabase(adminUrl, databaseName, {
      owner: config.db.ownerPassword ?? loadOrCreateSecret(config.dataDir, 'db-owner.secret'),
      app: config.db.appPassword ?? loadOrCreateSecret(config.dataDir, 'db-app.secret'),
    });
    const seeded = await migrateAndSeed(
      adminUrl,
      provisioned,
      config.demo ? options.seed : undefined,
      options.entities,
    );
    return { ...provisioned, adminUrl, embedded, seeded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function migrateAndSeed(
  adminUrl: string,
  db: ProvisionedDatabase,
  seed: PrepareOptions['seed'],
  entities: PrepareOptions['entities'],
): Promise<boolean> {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(db.databaseName)}`;
  const lock = new Client({ connectionString: url.toString() });
  lock.on('error', () => undefined);
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const owner = await createOrm({ url: db.ownerUrl, entities, poolMax: 2 });
    try {
      await owner.migrator.up();
      if (!seed) return false;
      return await owner.em.fork().transactional((em) => seed(em));
    } finally {
      await owner.close();
    }
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
