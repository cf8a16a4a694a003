import { CodedError } from '../shared/errors';

/** Node socket errors that mean the database server cannot be reached. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is not serving: class 08 (connection exception), 57P01–57P03
 * (administrator or crash shutdown, starting up), 53300 (too many connections).
 */
const UNAVAILABLE_STATE = /^(08...|57P0[123]|53300)$/;

/** What pg, knex and the pool say when a connection is lost, times out or cannot be had. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Connection ended unexpectedly|connection timeout|^timeout expired$|timeout exceeded when trying to connect|Timeout acquiring a connection|not queryable|server closed the connection/i;

/**
 * The request's transaction could not be opened: no connection could be had from the pool (the
 * transaction's BEGIN and settings travel with its first statement, so a connection the database
 * just closed shows up there, as a connection error). Nothing ran; the database is not serving
 * this request.
 */
export class TransactionNotStarted extends Error {
  constructor(cause: unknown) {
    super('The request transaction could not start', { cause });
    this.name = 'TransactionNotStarted';
  }
}

/**
 * Whether an error (or an error it wraps: `cause`, MikroORM's copied properties, an
 * AggregateError's `errors`) says the database is unreachable rather than that a statement was
 * wrong. The one classification of connection failures, for the HTTP layer and `formatError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 16) {
    // duck-typed: socket errors may come from another realm than this module's Error
    const item = queue.shift() as
      | { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
      | null
      | undefined;
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    const { code, name, message } = item;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || UNAVAILABLE_STATE.test(code)))
      return true;
    if (name === 'KnexTimeoutError' || name === 'TransactionNotStarted') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(item.cause);
    if (Array.isArray(item.errors)) queue.push(...(item.errors as unknown[]));
  }
  return false;
}

/** The coded error a client sees while the database is unreachable (HTTP 503). */
export function databaseUnavailable(): CodedError {
  return new CodedError(
    'SERVICE_UNAVAILABLE',
    'The database is unavailable; try again shortly',
    'DATABASE_UNAVAILABLE',
  );
}

/** `databaseUnavailable()` when `error` is a connection failure, else undefined. */
export function translateConnectionError(error: unknown): CodedError | undefined {
  return isDatabaseUnavailable(error) ? databaseUnavailable() : undefined;
}
