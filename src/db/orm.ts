import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations';
import { installTransactionPrelude } from './transaction-prelude';

export type { EntityManager };
export { MikroORM };

export interface OrmOptions {
  url: string;
  entities: Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  poolMax: number;
  /**
   * Opening a connection gives up after this long (default: pg's, which never does): a database
   * that does not answer at all then fails the request as unavailable instead of holding it.
   */
  connectTimeoutMs?: number;
}

/**
 * One ORM (and connection pool) per database role. The application ORM connects as the
 * RLS-bound app role; the owner ORM exists only while migrating and seeding. The global
 * EntityManager is never used: every unit of work forks its own (see tenant-transaction.ts).
 */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: options.url,
    entities: options.entities,
    pool: { min: 0, max: options.poolMax },
    ...(options.connectTimeoutMs
      ? { driverOptions: { connection: { connectionTimeoutMillis: options.connectTimeoutMs } } }
      : {}),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
  installTransactionPrelude(orm.em.getConnection().getKnex());
  return orm;
}
