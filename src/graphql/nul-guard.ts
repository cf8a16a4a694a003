import { GraphQLError, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { findJsonProblem, jsonPathText, NUL } from '../domain/untrusted-json';
import { requestError } from './format-error';

const MESSAGE = 'NUL characters (U+0000) are not allowed in strings';

/**
 * Validation rule: no string literal of the document (`"…\u0000…"`, block strings) decodes to a
 * NUL. The lexer already refuses a raw NUL byte; the escape is only seen once decoded.
 */
export const NoNulStringsRule: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes(NUL)) {
      context.reportError(
        new GraphQLError(MESSAGE, { nodes: node, extensions: { reason: 'NUL_CHARACTER' } }),
      );
    }
  },
});

/**
 * Refuses a request whose variables hold a NUL in any string or key (GET and POST alike), as
 * BAD_USER_INPUT naming the variable path, before any resolver runs.
 */
export function nulGuardPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const problem = request.variables && findJsonProblem(request.variables);
          if (problem) {
            const [name = '', ...rest] = problem.at;
            const at = jsonPathText(`$${String(name)}`, rest);
            throw requestError(`${MESSAGE} (variable ${at})`, 'NUL_CHARACTER');
          }
        },
      };
    },
  };
}
