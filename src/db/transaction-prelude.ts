import type { Knex } from '@mikro-orm/postgresql';
// knex's PostgreSQL transaction class: not part of knex's typed surface, pinned with knex itself
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgTransaction = require('knex/lib/dialects/postgres/execution/pg-transaction') as new (
  ...args: unknown[]
) => { begin(connection: unknown): Promise<unknown> };

/** Key of knex's transaction config that carries SQL to run in BEGIN's round trip. */
export const PRELUDE = 'prelude';

interface QueryingTransaction {
  query(connection: unknown, sql: string): Promise<unknown>;
}

/**
 * A knex transaction that sends `BEGIN; <prelude>` as one simple-query message, so a request's
 * tenant settings cost no round trip of their own (PostGraphile does the same with
 * `begin; select set_config(…)`). Without a prelude it behaves exactly like knex's own.
 */
class TransactionWithPrelude extends PgTransaction {
  private readonly prelude: unknown;

  constructor(client: unknown, container: unknown, config: unknown, outerTx: unknown) {
    super(client, container, config, outerTx);
    // begin() runs later (knex starts the transaction on a resolved promise)
    this.prelude = (config as Record<string, unknown> | undefined)?.[PRELUDE];
  }

  override begin(connection: unknown): Promise<unknown> {
    if (typeof this.prelude !== 'string') return super.begin(connection);
    return (this as unknown as QueryingTransaction).query(connection, `BEGIN; ${this.prelude}`);
  }
}

/**
 * Makes `knex.transaction(work, { [PRELUDE]: sql })` open the transaction and run
 * `sql` in one round trip. Installed once per ORM on its knex client.
 */
export function installTransactionPrelude(knex: Knex): void {
  const client = knex.client as {
    transaction: (container: unknown, config: unknown, outerTx: unknown) => unknown;
  };
  client.transaction = function (this: unknown, container, config, outerTx) {
    return new TransactionWithPrelude(this, container, config, outerTx);
  };
}
