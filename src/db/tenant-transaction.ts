import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import { escapeLiteral } from 'pg';
import { TransactionNotStarted } from './connection-errors';
import { PRELUDE, type LazyTransaction } from './transaction-prelude';

/** The values the row-level security policies read (see the migrations' policy comments). */
export interface TenantSettings {
  scope: string;
  code: string;
  province: string;
  /**
   * The principal's roles as `,ROLE1,ROLE2,` (policies test `like '%,PII,%'`); unset or '' is no
   * role at all, so a role-gated policy fails closed.
   */
  roles?: string;
}

/**
 * Runs one parameterised statement (`$1`, `$2` … placeholders) and returns its rows. `prepared`
 * keeps it as a named prepared statement per connection: for hot read shapes whose result
 * columns are listed (never `*`: a prepared `select *` fails once a migration adds a column).
 */
export type SqlRunner = <R = Record<string, unknown>>(
  sql: string,
  params?: readonly unknown[],
  options?: { prepared?: boolean },
) => Promise<R[]>;

/** One request's unit of work: both handles run on the same connection and transaction. */
export interface TenantTransaction {
  /**
   * EntityManager fork bound to the transaction, for writes and the object graph; made on first
   * use (a read that never touches the ORM pays neither the fork nor the flush).
   */
  readonly em: EntityManager;
  /**
   * Plain SQL on the transaction's connection, for set-based reads (`select` only: anything else
   * is refused, so a request that never touched `em` has written nothing): server-side
   * parameters, no ORM hydration or identity map. Statements are sent one after another.
   */
  readonly query: SqlRunner;
  /** Whether the EntityManager was used: only then may the transaction hold writes. */
  readonly ormUsed: boolean;
}

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Statement texts served as named prepared statements: PostgreSQL parses and plans each once per
 * connection instead of once per execution (after five runs it may keep a generic plan). The
 * texts are the few shapes the loaders build; past this many distinct texts the rest run
 * unnamed, so neither this map nor any backend's set of prepared statements grows without bound.
 */
const MAX_PREPARED = 500;
const preparedNames = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `yibao_${preparedNames.size}`;
    preparedNames.set(sql, name);
  }
  return name;
}

function settingsSql(settings: TenantSettings): string {
  return (
    `select set_config('app.scope', ${escapeLiteral(settings.scope)}, true), ` +
    `set_config('app.code', ${escapeLiteral(settings.code)}, true), ` +
    `set_config('app.province', ${escapeLiteral(settings.province)}, true), ` +
    `set_config('app.roles', ${escapeLiteral(settings.roles ?? '')}, true)`
  );
}

/**
 * Runs `work` in one database transaction that begins with `BEGIN; select set_config(…, true) …`
 * — transaction-local settings, so they vanish at commit or rollback and can never leak to the
 * next borrower of the pooled connection. Both travel in the same write as the transaction's
 * first statement (src/db/transaction-prelude.ts), and run before it. `work` gets an EntityManager fork bound
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
  let started = false;
  // with a prelude, knex hands the work a LazyTransaction (src/db/transaction-prelude.ts)
  const transaction = knex.transaction(
    (async (trx: LazyTransaction) => {
      started = true;
      let em: EntityManager | undefined;
      const result = await work({
        get em() {
          if (!em) {
            em = orm.em.fork();
            em.setTransactionContext(trx.transactor());
          }
          return em;
        },
        query: statementRunner(knex, trx),
        get ormUsed() {
          return em !== undefined;
        },
      });
      await em?.flush();
      return result;
    }) as unknown as (trx: Knex.Transaction) => Promise<T>,
    { [PRELUDE]: settingsSql(settings) } as Knex.TransactionConfig,
  );
  return transaction.catch((error: unknown) => {
    // BEGIN and the settings failed: typically a pooled connection the database just closed
    throw started ? error : new TransactionNotStarted(error);
  });
}

const READ = /^\s*select\b/i;

function statementRunner(knex: Knex, trx: LazyTransaction): SqlRunner {
  const connection = trx.connection as PgConnection;
  let previous: Promise<unknown> = Promise.resolve();
  return <R>(sql: string, params: readonly unknown[] = [], options?: { prepared?: boolean }) => {
    if (!READ.test(sql)) {
      return Promise.reject(new Error('The tenant SQL runner runs reads only (select …)'));
    }
    // a resolver still running after its request's transaction ended must not reach the
    // connection: by then it belongs to the pool, or to another request
    if (trx.isCompleted()) {
      return Promise.reject(new Error('The request transaction has ended'));
    }
    const name = options?.prepared ? statementName(sql) : undefined;
    const run = previous.then(async () => {
      const sent = connection.query({ name, text: sql, values: [...params] });
      // the same observers as the ORM's statements (tests count statements per request), after
      // the transaction's prelude if this statement carried it
      knex.emit('query', { sql, bindings: params });
      return (await sent).rows as R[];
    });
    previous = run.catch(() => undefined);
    return run;
  };
}
