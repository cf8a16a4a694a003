import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import Decimal from 'decimal.js';
import { escapeIdentifier, escapeLiteral, type ClientBase, type Submittable } from 'pg';
import { pgArray } from './pg-array';

/**
 * Set-based SQL for bulk work (code-table import, case ingest): whole batches in one statement,
 * never a row at a time through the ORM. Every helper runs on a `pg` client inside the caller's
 * transaction — the request's tenant transaction (so row-level security applies) or the owner's
 * import transaction — and quotes every identifier it is given.
 */

/** A table: a name, or a schema and a name. Quoted as given (case and all). */
export type TableName = string | readonly [schema: string, table: string];

/** A column and the PostgreSQL type its values are cast to (`text`, `numeric(10,4)`, `date[]`…). */
export interface BulkColumn {
  readonly name: string;
  readonly type: string;
}

/**
 * The `pg` client of the EntityManager's current transaction, so bulk statements see and write
 * what the ORM's statements do (same transaction, same tenant settings). Refuses to run outside a
 * transaction: bulk writes are all or nothing.
 */
export async function sqlClientOf(em: EntityManager): Promise<ClientBase> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx)
    throw new Error('bulk SQL runs inside a transaction (em.transactional, tenant transaction)');
  // knex hands a transaction's own connection back from its transaction client
  return (await trx.client.acquireConnection()) as ClientBase;
}

export function quoteTable(table: TableName): string {
  return typeof table === 'string'
    ? escapeIdentifier(table)
    : `${escapeIdentifier(table[0])}.${escapeIdentifier(table[1])}`;
}

// A type name as written in a cast: words, an optional (precision, scale), optional [].
const TYPE = /^[a-z_][a-z0-9_]*( [a-z_][a-z0-9_]*)*( ?\(\d+( ?, ?\d+)?\))?(\[\])?$/i;

function castType(column: BulkColumn): string {
  if (!TYPE.test(column.type)) throw new Error(`not a type name: ${column.type}`);
  return column.type;
}

/**
 * The text PostgreSQL parses back into the value: exact for decimals (a Decimal or a numeric
 * string is never routed through a float), ISO-8601 UTC for instants, `true`/`false`, JSON for
 * plain objects, an array literal for arrays (array columns). `null` and `undefined` are NULL.
 * (The unnest helpers send any value of a `json`/`jsonb` column as JSON, arrays included.)
 */
export function toSqlText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return pgArray(value.map(toSqlText));
  if (typeof value === 'object') return JSON.stringify(value);
  throw new Error(`cannot send a ${typeof value} to PostgreSQL`);
}

export interface BulkResult<R> {
  /** Rows the statements reported (inserted, or inserted and updated for an upsert). */
  rowCount: number;
  /** Statements run: one per batch, none for no rows. */
  batches: number;
  /** What `returning` asked for, every batch in order. */
  rows: R[];
}

export interface InsertFromUnnestOptions {
  /** Rows per statement (default 5,000). The statement has one parameter per column whatever the size. */
  batchSize?: number;
  /** Columns to return, quoted for you. */
  returning?: readonly string[];
}

interface Statement {
  text: string;
  /** One per column: a value to the text its cast reads. */
  encoders: ((value: unknown) => string | null)[];
}

/** JSON columns take any value as JSON (an array too); a string is taken to be JSON text already. */
const toJsonText = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function encoderFor(column: BulkColumn): (value: unknown) => string | null {
  return /^jsonb?$/i.test(column.type.trim()) ? toJsonText : toSqlText;
}

function insertSelect(table: TableName, columns: readonly BulkColumn[], tail: string): Statement {
  if (columns.length === 0) throw new Error('bulk insert needs at least one column');
  const names = columns.map((c) => escapeIdentifier(c.name)).join(', ');
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const casts = columns.map((c, i) => `x.${aliases[i]}::${castType(c)}`).join(', ');
  return {
    text: `insert into ${quoteTable(table)} as t (${names})
select ${casts} from unnest(${params}) as x(${aliases.join(', ')})${tail}`,
    encoders: columns.map(encoderFor),
  };
}

async function runBatches<R extends object>(
  client: Pick<ClientBase, 'query'>,
  statement: Statement,
  rows: readonly (readonly unknown[])[],
  batchSize = 5000,
): Promise<BulkResult<R>> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batchSize must be ≥ 1');
  const result: BulkResult<R> = { rowCount: 0, batches: 0, rows: [] };
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const columns: (string | null)[][] = statement.encoders.map(() => []);
    for (const row of batch) {
      if (row.length !== statement.encoders.length)
        throw new Error(`row has ${row.length} values for ${statement.encoders.length} columns`);
      statement.encoders.forEach((encode, c) => columns[c].push(encode(row[c])));
    }
    const done = await client.query<R>(statement.text, columns.map(pgArray));
    result.rowCount += done.rowCount ?? 0;
    result.batches++;
    result.rows.push(...done.rows);
  }
  return result;
}

const returningList = (columns: readonly string[] | undefined, extra = ''): string => {
  const list = [extra, ...(columns ?? []).map((c) => escapeIdentifier(c))].filter(Boolean);
  return list.length ? `\nreturning ${list.join(', ')}` : '';
};

/**
 * Inserts rows with one `insert into … select … from unnest($1::text[], $2::text[], …)` per
 * batch: every value travels as text and is cast to its column's type in SQL, so decimals stay
 * exact and a batch of any size is one statement with one parameter per column. Rows are arrays
 * in `columns` order. No rows, no statement. Row-level security applies as for any insert.
 */
export async function insertFromUnnest<R extends object = Record<string, unknown>>(
  client: Pick<ClientBase, 'query'>,
  table: TableName,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  options: InsertFromUnnestOptions = {},
): Promise<BulkResult<R>> {
  return runBatches<R>(
    client,
    insertSelect(table, columns, returningList(options.returning)),
    rows,
    options.batchSize,
  );
}

export interface UpsertOptions extends InsertFromUnnestOptions {
  /** The unique key that decides "already there" (`on conflict (…)`). */
  conflict: readonly string[];
  /**
   * Columns an existing row takes from the new one; default every column outside the key.
   * `'nothing'`: existing rows are left as they are (`do nothing`).
   */
  update?: readonly string[] | 'nothing';
  /**
   * Touch an existing row only when a value differs (default true), so an unchanged row is
   * neither rewritten nor returned. False updates every conflicting row, as a plain
   * `do update` does.
   */
  onlyChanged?: boolean;
}

export interface UpsertResult<R> extends BulkResult<R & { inserted: boolean }> {
  inserted: number;
  updated: number;
  /** Rows that were there already and stayed as they were (or were skipped by `do nothing`). */
  unchanged: number;
}

/**
 * `insert … select from unnest(…) on conflict (key) do update / do nothing`, per batch, and what
 * changed: each returned row carries `inserted` (true for a new row, false for an updated one),
 * and the counts say how many rows were inserted, updated and left unchanged. A key must not
 * repeat within one batch (PostgreSQL refuses to affect a row twice in one statement).
 */
export async function upsert<R extends object = Record<string, unknown>>(
  client: Pick<ClientBase, 'query'>,
  table: TableName,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  options: UpsertOptions,
): Promise<UpsertResult<R>> {
  const names = columns.map((c) => c.name);
  if (options.conflict.length === 0) throw new Error('upsert needs a conflict key');
  for (const key of options.conflict)
    if (!names.includes(key)) throw new Error(`conflict column ${key} is not inserted`);
  const update =
    options.update === 'nothing'
      ? []
      : (options.update ?? names.filter((n) => !options.conflict.includes(n)));
  for (const column of update)
    if (!names.includes(column)) throw new Error(`update column ${column} is not inserted`);
  const target = options.conflict.map((c) => escapeIdentifier(c)).join(', ');
  let action: string;
  if (update.length === 0) {
    action = 'do nothing';
  } else {
    const set = update.map((c) => `${escapeIdentifier(c)} = excluded.${escapeIdentifier(c)}`);
    action = `do update set ${set.join(', ')}`;
    if (options.onlyChanged ?? true) {
      const mine = update.map((c) => `t.${escapeIdentifier(c)}`).join(', ');
      const theirs = update.map((c) => `excluded.${escapeIdentifier(c)}`).join(', ');
      action += `\n  where (${mine}) is distinct from (${theirs})`;
    }
  }
  // xmax is 0 on a freshly inserted row version and set on one written by the update
  const statement = insertSelect(
    table,
    columns,
    `\non conflict (${target}) ${action}${returningList(options.returning, '(t.xmax = 0) as inserted')}`,
  );
  const result = await runBatches<R & { inserted: boolean }>(
    client,
    statement,
    rows,
    options.batchSize,
  );
  const inserted = result.rows.filter((r) => r.inserted).length;
  const updated = result.rows.length - inserted;
  return { ...result, inserted, updated, unchanged: rows.length - inserted - updated };
}

export interface CopyOptions {
  /** `text` (tab-separated, `\N` for NULL, the default) or `csv`. */
  format?: 'text' | 'csv';
  /** CSV only: the first line is a header. */
  header?: boolean;
  /** One character; default tab (text) or comma (csv). */
  delimiter?: string;
  /** The string that means NULL; default `\N` (text) or an unquoted empty field (csv). */
  null?: string;
}

type CopySource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** The copy sub-protocol pg's connection speaks (not in its type definitions). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: Writable;
}

/**
 * `COPY … FROM STDIN` as a pg Submittable: the client queues it like any query, the server
 * answers CopyInResponse, and this streams the source in as CopyData messages, waiting for the
 * socket to drain, then CopyDone (or CopyFail when the source throws). The client's queue stays
 * blocked until ReadyForQuery, so nothing else interleaves on the connection.
 */
class CopyFromStdin implements Submittable {
  private rowCount = 0;
  private settled = false;
  private sourceError: unknown;
  private readonly abort = new AbortController();

  constructor(
    private readonly text: string,
    private readonly source: CopySource,
    private readonly done: (error: unknown, rowCount: number) => void,
  ) {}

  submit(connection: unknown): void {
    (connection as CopyConnection).query(this.text);
  }

  handleCopyInResponse(connection: unknown): void {
    void this.pump(connection as CopyConnection);
  }

  private async pump(connection: CopyConnection): Promise<void> {
    try {
      for await (const chunk of this.source) {
        if (this.settled) return; // the server refused the copy: stop reading the source
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
        if (bytes.length === 0) continue;
        connection.sendCopyFromChunk(bytes);
        if (connection.stream.writableNeedDrain)
          await once(connection.stream, 'drain', { signal: this.abort.signal });
      }
      if (!this.settled) connection.endCopyFrom();
    } catch (error) {
      if (this.settled) return;
      this.sourceError = error;
      // the server answers CopyFail with an error, which settles this with the source's error
      connection.sendCopyFail(`source failed: ${(error as Error).message ?? String(error)}`);
    }
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/^COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
  }

  handleReadyForQuery(): void {
    this.settle(undefined);
  }

  handleError(error: unknown): void {
    this.settle(this.sourceError ?? error);
  }

  private settle(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.abort.abort();
    this.done(error, this.rowCount);
  }

  // the rest of the query interface pg may call: a COPY FROM returns no rows
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleEmptyQuery(): void {}
  handleCopyData(): void {}
}

/**
 * Streams rows into a table with `COPY table (columns) FROM STDIN` — the fastest way in — and
 * returns how many rows PostgreSQL stored. The source yields text or bytes in COPY format (a
 * file stream, or `copyTextRows(rows)`); chunks need not end at row boundaries. All or nothing:
 * a bad line fails the statement, and a source that throws aborts the copy with its error.
 *
 * COPY FROM is refused on a table where row-level security applies to the current role: the
 * owner role (BYPASSRLS) copies straight in; the application role copies into a temporary
 * staging table and moves the rows on with `insert … select`, which the policies then check.
 */
export function copyFrom(
  client: Pick<ClientBase, 'query'>,
  table: TableName,
  columns: readonly string[],
  source: CopySource,
  options: CopyOptions = {},
): Promise<number> {
  const format = options.format ?? 'text';
  const settings = [`format ${format}`];
  if (options.header) {
    if (format !== 'csv') throw new Error('a header line needs format csv');
    settings.push('header true');
  }
  if (options.delimiter !== undefined) {
    if ([...options.delimiter].length !== 1) throw new Error('delimiter must be one character');
    settings.push(`delimiter ${escapeLiteral(options.delimiter)}`);
  }
  if (options.null !== undefined) settings.push(`null ${escapeLiteral(options.null)}`);
  const list = columns.map((c) => escapeIdentifier(c)).join(', ');
  const text = `copy ${quoteTable(table)} (${list}) from stdin with (${settings.join(', ')})`;
  return new Promise((resolve, reject) => {
    client.query(
      new CopyFromStdin(text, source, (error, rowCount) =>
        error ? reject(error) : resolve(rowCount),
      ),
    );
  });
}

/** One value in COPY text format: `\N` for NULL, backslash escapes for the characters COPY reads. */
function copyTextValue(value: unknown): string {
  const text = toSqlText(value);
  if (text === null) return '\\N';
  return text.replace(/[\\\t\n\r]/g, (ch) =>
    ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Encodes rows (arrays in column order, values as `toSqlText` takes them) as COPY text format,
 * yielding chunks of about `chunkBytes`, for `copyFrom(client, table, columns, copyTextRows(rows))`.
 */
export async function* copyTextRows(
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  chunkBytes = 64 * 1024,
): AsyncGenerator<string> {
  let chunk = '';
  for await (const row of rows) {
    chunk += `${row.map(copyTextValue).join('\t')}\n`;
    if (chunk.length >= chunkBytes) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
