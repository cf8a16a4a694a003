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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeKnex = require('knex/lib/knex-builder/make-knex') as (client: unknown) => KnexTransactor;

/** Key of knex's transaction config that carries SQL to run right after BEGIN. */
export const PRELUDE = 'prelude';

interface KnexTransactionInternals {
  acquireConnection(
    config: unknown,
    work: (connection: unknown) => Promise<unknown>,
  ): Promise<unknown>;
  begin(connection: unknown): Promise<unknown>;
  _onAcquire(container: unknown, connection: unknown): Promise<unknown>;
  commit(connection: unknown, value: unknown): Promise<unknown>;
  rollback(connection: unknown, error: unknown): Promise<unknown>;
  isCompleted(): boolean;
  _transaction?: unknown;
  transactor?: KnexTransactor;
  trxClient: unknown;
  userParams?: unknown;
  client: { emit(event: string, data: unknown): void };
}

/** knex's transactor: a knex instance bound to the transaction's connection. */
type KnexTransactor = Knex.Transaction & {
  context: Record<string, unknown>;
  executionPromise?: Promise<unknown>;
};

/**
 * What the work of a transaction with a prelude receives: its connection, and knex's transactor
 * (for the ORM) made on first use. A transactor is a full knex instance whose construction costs
 * more than a short read's own statements; most requests never touch the ORM.
 */
export interface LazyTransaction {
  readonly connection: unknown;
  transactor(): Knex.Transaction;
  isCompleted(): boolean;
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

/** Transaction control that ends a transaction. */
const ENDS_TRANSACTION = /^\s*(commit|rollback)\b/i;

/** pg's own `query`, which the shadow stands in front of. */
const pgQuery = (client: PgClient, args: unknown[]): unknown =>
  (Object.getPrototypeOf(client) as PgClient).query.apply(client, args);

/** The arguments of a `client.query(…)` call, read the way pg reads them. */
function callOf(args: unknown[]) {
  const [config, values, callback] = args;
  const query = (typeof config === 'string' ? { text: config } : config) as QueryConfig;
  const done = [values, callback, query?.callback].find(
    (fn): fn is Callback => typeof fn === 'function',
  );
  const text = typeof query?.text === 'string' ? query.text : undefined;
  return { config, values, query, done, text };
}

/** Runs a call on pg's own `query`, as a promise of its result. */
function runCall(client: PgClient, call: ReturnType<typeof callOf>): Promise<unknown> {
  const values = Array.isArray(call.values) ? [call.values] : [];
  return new Promise((resolve, reject) => {
    pgQuery(client, [
      call.config,
      ...values,
      (error: Error | null, result: unknown) => (error ? reject(error) : resolve(result)),
    ]);
  });
}

/** Answers a call the way pg would: through its callback, else as a promise. */
function answer(done: Callback | undefined, outcome: Promise<unknown>): unknown {
  if (!done) return outcome;
  outcome.then(
    (result) => done(null, result),
    (error: Error) => done(error),
  );
  return undefined;
}

/**
 * Defers `BEGIN` and the tenant settings to the connection's first statement, sent with it in
 * one write as one pipeline (`PreludedQuery`). Every path to the connection (the ORM through
 * knex, the request's SQL runner) calls `client.query`, so this shadowing method sees the first
 * statement whoever sends it. It stays in front of pg's own method until the prelude is known to
 * have run, so nothing can slip past it:
 * - first statement: sent with the prelude; statements arriving meanwhile wait for the outcome;
 * - the prelude ran: the shadow steps aside (pg's own `query` from then on);
 * - the statement carrying it failed (whether or not anything reached the server), or the
 *   transaction ended before any statement: every later statement is refused, and ending the
 *   transaction sends a plain ROLLBACK — so a statement can never run without its settings,
 *   outside the transaction, or after it;
 * - released to the pool: `dropDeferredPrelude` removes whatever is left.
 */
function deferPrelude(
  client: PgClient,
  statements: readonly string[],
  sent: (pipelined: boolean) => void,
): void {
  let state: 'deferred' | 'inflight' | 'refusing' = 'deferred';
  let inflight: Promise<void> = Promise.resolve();
  const shadow = function (this: PgClient, ...args: unknown[]): unknown {
    const call = callOf(args);
    const ends = call.text !== undefined && ENDS_TRANSACTION.test(call.text) && !call.query.name;
    if (state === 'refusing') {
      // ROLLBACK whatever was asked: harmless if nothing began, needed if the pipeline failed
      if (ends) return answer(call.done, pgQuery(client, ['ROLLBACK']) as Promise<unknown>);
      return answer(
        call.done,
        Promise.reject(new Error('The transaction did not start: statement refused')),
      );
    }
    if (state === 'inflight') {
      return answer(
        call.done,
        inflight.then(() => runCall(client, call)),
      );
    }
    if (ends) {
      // nothing began, nothing to end; anything later is a stale statement
      state = 'refusing';
      const command = call.text!.trim().split(/\s|;/)[0].toUpperCase();
      return answer(call.done, Promise.resolve({ command, rows: [], rowCount: 0 }));
    }
    // pipelined when pg's bookkeeping stays exact: a statement named but not yet parsed on this
    // connection (pg would record the prelude's ParseComplete under its name), or a query pg
    // treats specially, goes after a round trip of its own
    const { query } = call;
    const plain =
      call.text !== undefined &&
      query.rows === undefined &&
      query.queryMode === undefined &&
      !Array.isArray(call.values) &&
      (!query.name || client.connection.parsedStatements[query.name] === call.text);
    let outcome: Promise<unknown>;
    if (plain) {
      sent(true);
      outcome = new Promise((resolve, reject) => {
        const carrying = new PreludedQuery(statements, { ...query, callback: undefined }, (e, r) =>
          e ? reject(e) : resolve(r),
        );
        pgQuery(client, [carrying]);
      });
      inflight = outcome.then(() => undefined);
    } else {
      sent(false);
      inflight = (pgQuery(client, [statements.join('; ')]) as Promise<unknown>).then(
        () => undefined,
      );
      outcome = inflight.then(() => runCall(client, call));
    }
    state = 'inflight';
    inflight.then(
      () => {
        if (client.query === shadow) delete (client as Partial<PgClient>).query;
      },
      () => {
        state = 'refusing';
      },
    );
    return answer(call.done, outcome);
  };
  (shadow as { [DEFERRED]?: true })[DEFERRED] = true;
  client.query = shadow;
}

/**
 * Removes the shadow, whatever its state, before the connection goes back to the pool: the next
 * borrower must never inherit this transaction's prelude nor its refusals.
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
    deferPrelude(connection as PgClient, statements, (pipelined) =>
      // observers see the prelude as the statement it is, marked when it rides with the next one
      this.client.emit('query', { sql: statements.join('; '), bindings: [], pipelined }),
    );
    // knex's own _onAcquire waits for this to build the transactor and run the work; with a
    // prelude, _onAcquire below runs the work itself, so knex's path stops here
    return new Promise(() => undefined);
  }

  /**
   * As knex's own (the transaction client bound to the connection, BEGIN, the work, then COMMIT
   * on its success and ROLLBACK on its failure), except that the work gets a `LazyTransaction`:
   * knex's transactor is built only when asked for.
   */
  override _onAcquire(container: unknown, connection: unknown): Promise<unknown> {
    if (typeof this.prelude !== 'string') return super._onAcquire(container, connection);
    // makes the transaction client, the settling functions and the execution promise, defers the
    // prelude (begin) and stops there
    const execution = super._onAcquire(undefined, connection);
    const work = container as (trx: LazyTransaction) => unknown;
    const handle: LazyTransaction = {
      connection,
      transactor: () => (this.transactor ??= this.makeTransactor(connection, execution)),
      isCompleted: () => this.isCompleted(),
    };
    let result: unknown;
    try {
      result = work(handle);
    } catch (error) {
      result = Promise.reject(error);
    }
    void Promise.resolve(result)
      .then((value) => this.commit(connection, value))
      .catch((error: unknown) => this.rollback(connection, error));
    return execution;
  }

  /** knex's `makeTransactor` for a top-level transaction (knex/lib/execution/transaction.js). */
  private makeTransactor(connection: unknown, execution: Promise<unknown>): KnexTransactor {
    const transactor = makeKnex(this.trxClient);
    transactor.context.withUserParams = () => {
      throw new Error(
        'Cannot set user params on a transaction - it can only inherit params from main knex instance',
      );
    };
    Object.assign(transactor, { isTransaction: true, userParams: this.userParams ?? {} });
    const trx = this; // eslint-disable-line @typescript-eslint/no-this-alias
    transactor.context.transaction = function (
      this: { _transaction(c: unknown, o: unknown, outer: unknown): unknown },
      nested: unknown,
      options?: { doNotRejectOnRollback?: boolean },
    ) {
      const config = { ...options, doNotRejectOnRollback: options?.doNotRejectOnRollback ?? true };
      return this._transaction(nested, config, trx);
    };
    Object.assign(transactor, {
      savepoint: (nested: unknown, options: unknown) =>
        (transactor.transaction as (c: unknown, o: unknown) => unknown)(nested, options),
      commit: (value: unknown) => this.commit(connection, value),
      rollback: (error: unknown) => this.rollback(connection, error),
      isCompleted: () => this.isCompleted(),
      executionPromise: execution,
    });
    return transactor;
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
