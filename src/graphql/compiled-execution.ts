import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  BREAK,
  execute,
  getNamedType,
  GraphQLError,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  printSchema,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Compiled queries per (cached, hence stable) document and operation. Apollo's document store
 * keeps one DocumentNode per distinct query text, so each query text is compiled once and the
 * entry lives as long as the store keeps the document.
 */
const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

function compiledFor(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): CompiledQuery | null {
  let byName = compiled.get(document);
  if (!byName) {
    byName = new Map();
    compiled.set(document, byName);
  }
  const key = operationName ?? '';
  let query = byName.get(key);
  if (query === undefined) {
    // leaves are serialised by the schema's scalars as in graphql-js; the compiler only removes
    // the per-field interpretation of the document
    const result = hasCustomScalarLiteral(schema, document)
      ? null
      : compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    query = result && isCompiledQuery(result) ? result : null;
    byName.set(key, query);
  }
  return query;
}

/** Literal kinds a scalar's `parseLiteral` turns into a value. */
const SCALAR_LITERALS = new Set<string>([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.ENUM,
]);

/**
 * Whether the document writes a literal of one of our own scalars (`Decimal`, `Date` …) in place.
 * graphql-jit bakes literal arguments into the generated code as JSON, so a scalar whose parsed
 * value is an object (a Decimal) would reach the resolver as a plain string; such documents run
 * on the reference executor. Variables are parsed at run time and are unaffected.
 */
function hasCustomScalarLiteral(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        if (!SCALAR_LITERALS.has(node.kind)) return undefined;
        const type = getNamedType(typeInfo.getInputType());
        if (type && isScalarType(type) && !isSpecifiedScalarType(type)) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}

/**
 * graphql-jit reports errors as objects that only borrow GraphQLError's prototype (no
 * `extensions` object, locations as plain data); Apollo's error formatting expects graphql-js's
 * own, so they are rebuilt as such.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

/** Errors about the request itself (variable coercion): no path, nothing was executed. */
const isRequestError = (result: ExecutionResult) =>
  result.data == null && !!result.errors?.length && result.errors.every((e) => !e.path);

/**
 * Executes validated operations for Apollo Server through Apollo's executor hook (the gateway
 * interface, whose executor replaces graphql-js `execute` and whose results still go through
 * Apollo's error formatting and plugins). Queries run as compiled JavaScript (graphql-jit): the
 * document is turned into one function per operation once, instead of being interpreted field by
 * field on every request. Mutations keep graphql-js's reference executor: they are rare, and
 * serial execution with its exact error semantics matters more there than speed.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const reference = (
    document: DocumentNode,
    operationName: string | null,
    context: unknown,
    variables: Record<string, unknown>,
  ) =>
    execute({ schema, document, operationName, contextValue: context, variableValues: variables });

  const executor: GatewayExecutor = async ({ document, operation, request, context }) => {
    const variables = request.variables ?? {};
    // the name the client asked for (the context's own `operationName` is the resolved one)
    const operationName = request.operationName ?? null;
    // no operation (an unknown operationName): the reference executor words that error
    const query =
      operation?.operation === 'query'
        ? compiledFor(schema, document, operationName ?? undefined)
        : null;
    if (!query) return reference(document, operationName, context, variables);
    const result = await query.query(undefined, context, variables);
    // graphql-js words request errors the way clients (and Apollo's 400 status) expect them;
    // nothing ran yet, so running the reference executor instead has no effect but its errors
    if (isRequestError(result)) return reference(document, operationName, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
