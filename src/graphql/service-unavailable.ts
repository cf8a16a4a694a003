import type { ApolloServerPlugin } from '@apollo/server';

/** Seconds a client is asked to wait (`Retry-After`) while the database is unreachable. */
export const RETRY_AFTER_SECONDS = '5';

/**
 * A response whose errors say the database is unavailable (the connection was lost while the
 * request ran) is sent as HTTP 503 with `Retry-After`, as a request that could not start is:
 * a client or load balancer can tell an outage from a bad request or a bug.
 */
export function serviceUnavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
          }
        },
      };
    },
  };
}
