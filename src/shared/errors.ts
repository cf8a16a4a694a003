/**
 * The coded error base shared by modules, src/db and identity. It knows nothing of GraphQL or
 * HTTP: src/graphql/format-error.ts maps these codes to what clients see.
 */

/** The fixed list of error codes clients may see in `extensions.code`. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'INTERNAL_SERVER_ERROR',
  // the database cannot be reached: nothing is wrong with the request, retry later (HTTP 503)
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Base of every domain error. Modules subclass it once (`TenancyError`, …) with a `reason` that
 * names the business rule; `formatError` (src/graphql) turns it into a GraphQL error with
 * `extensions.code` and `extensions.reason`, and nothing else of it reaches the client.
 */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const unauthenticated = (message = 'Authentication required: send a valid bearer token') =>
  new CodedError('UNAUTHENTICATED', message);
export const forbidden = (message: string, reason = 'FORBIDDEN') =>
  new CodedError('FORBIDDEN', message, reason);
export const badInput = (message: string, field?: string, reason = 'INVALID_INPUT') =>
  new CodedError('BAD_USER_INPUT', message, reason, field ? { field } : undefined);
export const notFound = (message: string, reason = 'NOT_FOUND') =>
  new CodedError('NOT_FOUND', message, reason);
export const conflict = (message: string, reason = 'CONFLICT') =>
  new CodedError('CONFLICT', message, reason);
