import type { Knex } from '@mikro-orm/postgresql';
// knex's PostgreSQL transaction class and pg's query class: not part of either package's typed
// surface, pinned with the packages themselves
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgTransaction = require('knex/lib/dialects/postgres/execution/pg-transaction') as new (
  ...args: unknown[]
) => KnexTransactionInternals;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgQuery = require('pg/lib/query') as new (
  config: unknown,
  values?: unknown,
  callback?: unknown,
) => PgQueryInternals;

/** Key of knex's transaction config that carries SQL to run right after BEGIN. */
export const PRELUDE = 'prelude';

interface KnexTransactionInternals {
  acquireConnection(
    config: unknown,
    work: (connection: unknown) => Promise<unknown>,
  ): Promise<unknown>;
  begin(connection: unknown): Promise<unknown>;
  client: { emit(event: string, data: unknown): void };
}

interface PgQueryInternals {
  text?: string;
  name?: string;
  prepare(connection: PgWire): void;
  handleDataRow(msg: unknown): void;
  handleCommandComplete(msg: unknown, connection: PgWire): void;
}

/** pg's protocol writer (`client.connection`). */
interface PgWire {
  parsedStatements: Record<string, string>;
  parse(config: { text: string; name: string; types: unknown[] }): void;
  bind(config: { portal: string; statement: string; values: unknown[] }): void;
  execute(config: { portal: string; rows?: number }): void;
}

/** A pooled pg client, as knex hands it to a transaction. */
interface PgClient {
  connection: PgWire;
  query: (...args: unknown[]) => unknown;
}

type Callback = (error: Error | null, result?: unknown) => void;

interface QueryConfig {
  text: string;
  name?: string;
  values?: unknown[];
  rows?: number;
  queryMode?: string;
  callback?: Callback;
}

/**
 * A pg query that first runs `statements` (BEGIN and the tenant settings) in the same pipeline:
 * Parse/Bind/Execute for each, then the query's own messages and one Sync, written to the socket
 * at once. The backend runs them in order and stops at the first error, so the query never runs
 * without its settings. Rows and completions of the leading statements are not the query's.
 */
class PreludedQuery extends PgQuery {
  private leading: number;

  constructor(
    private readonly statements: readonly string[],
    config: QueryConfig,
    callback: Callback,
  ) {
    super(config, undefined, callback);
    this.leading = statements.length;
  }

  // extended protocol whatever the query (a query without values would go as a simple query)
  requiresPreparation(): boolean {
    return true;
  }

  override prepare(connection: PgWire): void {
    for (const text of this.statements) {
      connection.parse({ text, name: '', types: [] });
      connection.bind({ portal: '', statement: '', values: [] });
      connection.execute({ portal: '', rows: 0 });
    }
    super.prepare(connection);
  }

  override handleDataRow(msg: unknown): void {
    if (this.leading === 0) super.handleDataRow(msg);
  }

  override handleCommandComplete(msg: unknown, connection: PgWire): void {
    if (this.leading > 0) this.leading -= 1;
    else super.handleCommandComplete(msg, connection);
  }
}

/** Marks the shadowing `query` method a deferred prelude installs. */
const DEFERRED = Symbol('deferred prelude');

/** Transaction control that ends a transaction nothing was sent in. */
const ENDS_TRANSACTION = /^\s*(commit|rollback)\b/i;

/**
 * Defers `BEGIN` and the tenant settings to the connection's first statement: the next
 * `query` on `client` sends them in the same write, as one pipeline (`PreludedQuery`). A
 * transaction that ends before any statement sends nothing at all. Every path to the connection
 * (the ORM through knex, the request's SQL runner) calls `client.query`, so this one shadowing
 * method sees the first statement whoever sends it; it removes itself on first use.
 */
function deferPrelude(client: PgClient, statements: readonly string[], sent: () => void): void {
  const deferred = function (this: PgClient, ...args: unknown[]): unknown {
    delete (client as Partial<PgClient>).query; // back to pg's own method
    const [config, values, callback] = args;
    const query = (typeof config === 'string' ? { text: config } : config) as QueryConfig;
    const done = [values, callback, query?.callback].find(
      (fn): fn is Callback => typeof fn === 'function',
    );
    const text = typeof query?.text === 'string' ? query.text : undefined;
    if (text !== undefined && ENDS_TRANSACTION.test(text) && !query.name) {
      // nothing began, nothing to end
      const result = { command: text.trim().split(/\s|;/)[0].toUpperCase(), rows: [], rowCount: 0 };
      if (done) {
        process.nextTick(() => done(null, result));
        return undefined;
      }
      return Promise.resolve(result);
    }
    // pipelined when pg's bookkeeping stays exact: a statement named but not yet parsed on this
    // connection (its first use) or a query pg treats specially goes after a round trip of its own
    const plain =
      text !== undefined &&
      query.rows === undefined &&
      query.queryMode === undefined &&
      !Array.isArray(values) &&
      (!query.name || client.connection.parsedStatements[query.name] === text);
    if (!plain) {
      sent();
      const begun = client.query(statements.join('; ')) as Promise<unknown>;
      const run = begun.then(() =>
        done ? client.query(config, values, done) : client.query(config, values),
      );
      if (!done) return run;
      run.catch(done);
      return undefined;
    }
    sent();
    const pipelined = (callback: Callback) =>
      client.query(new PreludedQuery(statements, { ...query, callback: undefined }, callback));
    if (done) {
      pipelined(done);
      return undefined;
    }
    return new Promise((resolve, reject) => {
      pipelined((error, result) => (error ? reject(error) : resolve(result)));
    });
  };
  (deferred as { [DEFERRED]?: true })[DEFERRED] = true;
  client.query = deferred;
}

/**
 * Drops a prelude nothing used, before the connection goes back to the pool: the next borrower
 * must never inherit this transaction's settings. (Ending the transaction already removes it;
 * this holds even if knex ended it some other way.)
 */
function dropDeferredPrelude(client: PgClient): void {
  const own = Object.getOwnPropertyDescriptor(client, 'query')?.value as
    { [DEFERRED]?: true } | undefined;
  if (own?.[DEFERRED]) delete (client as Partial<PgClient>).query;
}

/**
 * A knex transaction whose `BEGIN; <prelude>` travels with its first statement (see
 * `deferPrelude`): a request's transaction and tenant settings cost no round trip of their own.
 * Without a prelude it behaves exactly like knex's own.
 */
class TransactionWithPrelude extends PgTransaction {
  private readonly prelude: unknown;

  constructor(client: unknown, container: unknown, config: unknown, outerTx: unknown) {
    super(client, container, config, outerTx);
    // begin() runs later (knex starts the transaction on a resolved promise)
    this.prelude = (config as Record<string, unknown> | undefined)?.[PRELUDE];
  }

  override acquireConnection(
    config: unknown,
    work: (connection: unknown) => Promise<unknown>,
  ): Promise<unknown> {
    return super.acquireConnection(config, async (connection) => {
      try {
        return await work(connection);
      } finally {
        dropDeferredPrelude(connection as PgClient);
      }
    });
  }

  override begin(connection: unknown): Promise<unknown> {
    if (typeof this.prelude !== 'string') return super.begin(connection);
    const statements = ['BEGIN', this.prelude];
    deferPrelude(connection as PgClient, statements, () =>
      // observers see the prelude as the statement it is, marked as riding with the next one
      this.client.emit('query', { sql: statements.join('; '), bindings: [], pipelined: true }),
    );
    return Promise.resolve();
  }
}

/**
 * Makes `knex.transaction(work, { [PRELUDE]: sql })` open the transaction and run `sql` in the
 * same round trip as its first statement. Installed once per ORM on its knex client.
 */
export function installTransactionPrelude(knex: Knex): void {
  const client = knex.client as {
    transaction: (container: unknown, config: unknown, outerTx: unknown) => unknown;
  };
  client.transaction = function (this: unknown, container, config, outerTx) {
    return new TransactionWithPrelude(this, container, config, outerTx);
  };
}
