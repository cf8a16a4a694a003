import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { RequestContext } from './context';
import { compiledExecution } from './compiled-execution';
import { MAX_DOCUMENT_TOKENS, operationKindPlugin } from './document-guard';
import { CodedError } from '../shared/errors';
import { formatError } from './format-error';
import { NoNulStringsRule, nulGuardPlugin } from './nul-guard';
import { queryLimitsPlugin } from './query-limits';
import { serviceUnavailablePlugin } from './service-unavailable';

/**
 * Marks the request as failed when the response carries errors, so the HTTP layer rolls the
 * request's transaction back: a mutation that errors changes nothing, even when another field
 * of the same operation had already written. Also logs every unexpected error with the request
 * id (the client only sees INTERNAL_SERVER_ERROR).
 */
const transactionOutcomePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async didResolveOperation({ operationName, operation }) {
        contextValue.state.operationName = operationName ?? undefined;
        contextValue.state.operationKind = operation?.operation;
      },
      async didEncounterErrors({ errors }) {
        contextValue.state.failed = true;
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (original !== error && !(original instanceof CodedError)) {
            contextValue.log.error(
              { err: original, path: error.path },
              'unexpected resolver error',
            );
          }
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors?.length) {
          contextValue.state.failed = true;
        }
      },
    };
  },
};

export async function createApolloServer(
  schema: GraphQLSchema,
  config: AppConfig,
  log: Logger,
): Promise<ApolloServer<RequestContext>> {
  const server = new ApolloServer<RequestContext>({
    gateway: compiledExecution(schema),
    logger: log,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    validationRules: [NoNulStringsRule],
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (original) =>
        log.error({ err: original }, 'masked internal error'),
      ),
    plugins: [
      // no HTTP caching of tenant data; this also spares a hook on every resolved field
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      operationKindPlugin(),
      nulGuardPlugin(),
      queryLimitsPlugin(config.limits),
      transactionOutcomePlugin,
      serviceUnavailablePlugin(),
    ],
  });
  await server.start();
  return server;
}
