import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { translateConnectionError } from '../db/connection-errors';
import { CodedError, ERROR_CODES, type ErrorCode } from '../shared/errors';

const INTERNAL: GraphQLFormattedError = {
  message: 'Internal server error',
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
};

/** graphql-js's message when a request's variables hold more invalid values than the limit. */
const TOO_MANY_VARIABLE_ERRORS =
  'Too many errors processing variables, error limit reached. Execution aborted.';

/** Apollo's request-level codes, mapped onto our fixed list. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.BAD_USER_INPUT]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.BAD_REQUEST]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: 'BAD_USER_INPUT',
};

/**
 * The one place where errors become what clients see. Domain errors keep their code, message
 * and reason; GraphQL's own request errors (parse, validation, variable coercion) keep their
 * message under BAD_USER_INPUT with the original code as `reason`; a lost or refused database
 * connection is SERVICE_UNAVAILABLE (nothing is wrong with the request); everything else — driver
 * errors with SQL in them, bugs, stack traces — becomes a bare INTERNAL_SERVER_ERROR. Both of the
 * last two are logged (by `onInternal`).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof CodedError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.reason ? { reason: original.reason } : {}),
        ...original.details,
      },
    };
  }
  // graphql-js gives up coercing variables after Apollo's error limit (50) with an error of its
  // own that carries no code: still the request's fault, not the server's
  if (
    error instanceof GraphQLError &&
    !error.path &&
    !error.originalError &&
    error.message === TOO_MANY_VARIABLE_ERRORS
  ) {
    return {
      message: error.message,
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_VARIABLE_ERRORS' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string') {
    const mapped =
      APOLLO_CODES[code] ??
      (ERROR_CODES.includes(code as ErrorCode) && code !== 'INTERNAL_SERVER_ERROR'
        ? (code as ErrorCode)
        : undefined);
    // Only errors GraphQL itself raised about the request (no resolver underneath) are safe to show.
    const fromRequest = !(original instanceof Error) || original === error;
    if (mapped && fromRequest) {
      const { reason } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: mapped, reason: typeof reason === 'string' ? reason : code },
      };
    }
  }
  onInternal(original);
  // the database went away under the request: say so, as the HTTP layer does when it is down
  const unavailable = translateConnectionError(original);
  if (unavailable) {
    return {
      message: unavailable.message,
      path: formatted.path,
      extensions: { code: unavailable.code, reason: unavailable.reason },
    };
  }
  return { ...INTERNAL, path: formatted.path };
}

/** HTTP statuses for failures answered before GraphQL execution; 400 or 500 otherwise. */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  SERVICE_UNAVAILABLE: 503,
};

/** Builds a GraphQL error body for failures that happen before GraphQL execution (HTTP layer). */
export function httpErrorBody(
  code: ErrorCode,
  message: string,
  reason?: string,
): { errors: object[] } {
  return { errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] };
}

export function httpStatusFor(code: ErrorCode): number {
  return HTTP_STATUS[code] ?? (code === 'INTERNAL_SERVER_ERROR' ? 500 : 400);
}

/**
 * An error about the request itself, raised by the plugins that check a document or its
 * variables before execution: BAD_USER_INPUT with HTTP 400 and the rule in `reason`.
 */
export function requestError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } },
  });
}
