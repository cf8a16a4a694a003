import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import { escapeLiteral } from 'pg';
import { PRELUDE } from './transaction-prelude';

/** The values the row-level security policies read (see the migrations' policy comments). */
export interface TenantSettings {
  scope: string;
  code: string;
  province: string;
}

/** Runs one parameterised statement (`$1`, `$2` … placeholders) and returns its rows. */
export type SqlRunner = <R = Record<string, unknown>>(
  sql: string,
  params?: readonly unknown[],
) => Promise<R[]>;

/** One request's unit of work: both handles run on the same connection and transaction. */
export interface TenantTransaction {
  /** EntityManager fork bound to the transaction, for writes and the object graph. */
  readonly em: EntityManager;
  /**
   * Plain SQL on the transaction's connection, for set-based reads: server-side parameters, no
   * ORM hydration or identity map. Statements are sent one after another, never interleaved.
   */
  readonly query: SqlRunner;
}

interface PgConnection {
  query(config: { text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

function settingsSql(settings: TenantSettings): string {
  return (
    `select set_config('app.scope', ${escapeLiteral(settings.scope)}, true), ` +
    `set_config('app.code', ${escapeLiteral(settings.code)}, true), ` +
    `set_config('app.province', ${escapeLiteral(settings.province)}, true)`
  );
}

/**
 * Runs `work` in one database transaction whose first round trip is `BEGIN; select
 * set_config(…, true) …` — transaction-local settings, so they vanish at commit or rollback and can
 * never leak to the next borrower of the pooled connection. `work` gets an EntityManager fork bound
 * to the transaction (its identity map lives and dies with this unit of work) and a plain SQL
 * runner on the same connection. The fork is flushed before commit.
 *
 * Throwing from `work` rolls everything back.
 */
export async function inTenantTransaction<T>(
  orm: MikroORM,
  settings: TenantSettings,
  work: (tx: TenantTransaction) => Promise<T>,
): Promise<T> {
  const knex = orm.em.getConnection().getKnex();
  return knex.transaction(
    async (trx) => {
      const em = orm.em.fork();
      em.setTransactionContext(trx);
      const result = await work({ em, query: statementRunner(knex, trx) });
      await em.flush();
      return result;
    },
    { [PRELUDE]: settingsSql(settings) } as Knex.TransactionConfig,
  );
}

function statementRunner(knex: Knex, trx: Knex.Transaction): SqlRunner {
  let connection: Promise<PgConnection> | undefined;
  let previous: Promise<unknown> = Promise.resolve();
  return <R>(sql: string, params: readonly unknown[] = []) => {
    connection ??= (
      trx.client as { acquireConnection(): Promise<PgConnection> }
    ).acquireConnection();
    // the same observers as the ORM's statements (tests count statements per request)
    knex.emit('query', { sql, bindings: params });
    const run = previous.then(
      async () => (await (await connection!).query({ text: sql, values: [...params] })).rows as R[],
    );
    previous = run.catch(() => undefined);
    return run;
  };
}
