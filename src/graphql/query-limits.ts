import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export interface QueryLimits {
  maxQueryDepth: number;
  maxQueryCost: number;
  defaultPageSize: number;
  maxPageSize: number;
}

export interface QueryMeasure {
  depth: number;
  /** Upper bound of objects the query can return: Σ over connections of page size × enclosing page sizes. */
  cost: number;
}

/**
 * Measures an operation's field depth and cost with its variables known. A connection field
 * (type named `…Connection`) multiplies its subtree by its `first` (the default page size when
 * absent); `nodes(ids:)` by the number of ids. Introspection fields are not counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { depth: 0, cost: 0 };

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    seen: Set<string>,
  ): QueryMeasure => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let inner: QueryMeasure | undefined;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        const type = getNamedType(field.type);
        const child =
          selection.selectionSet && isCompositeType(type)
            ? walk(selection.selectionSet, type, seen)
            : { depth: 0, cost: 0 };
        const args = Object.fromEntries(
          (selection.arguments ?? []).map((a) => [
            a.name.value,
            valueFromASTUntyped(a.value, variables),
          ]),
        );
        let multiplier = 1;
        let own = 0;
        if (type.name.endsWith('Connection')) {
          const first = typeof args.first === 'number' ? args.first : limits.defaultPageSize;
          multiplier = Math.max(0, Math.min(first, limits.maxPageSize));
          own = multiplier;
        } else if (Array.isArray(args.ids)) {
          multiplier = args.ids.length;
          own = multiplier;
        }
        inner = { depth: child.depth + 1, cost: own + multiplier * child.cost };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (condition && isCompositeType(condition))
          inner = walk(selection.selectionSet, condition, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (condition && isCompositeType(condition)) {
          inner = walk(fragment.selectionSet, condition, new Set(seen).add(name));
        }
      }
      if (inner) {
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  };
  return walk(operation.selectionSet, root, new Set());
}

function limitError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } },
  });
}

/** Rejects operations deeper or costlier than configured, before any resolver runs. */
export function queryLimitsPlugin<T extends object>(limits: QueryLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const measure = measureOperation(
            schema,
            document,
            operation,
            request.variables ?? {},
            limits,
          );
          if (measure.depth > limits.maxQueryDepth) {
            throw limitError(
              `Query depth ${measure.depth} exceeds the limit of ${limits.maxQueryDepth}`,
              'QUERY_TOO_DEEP',
            );
          }
          if (measure.cost > limits.maxQueryCost) {
            throw limitError(
              `Query may return ${measure.cost} objects, over the limit of ${limits.maxQueryCost}; ask for smaller pages`,
              'QUERY_TOO_COSTLY',
            );
          }
        },
      };
    },
  };
}
