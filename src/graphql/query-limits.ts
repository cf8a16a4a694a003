import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  getVariableValues,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { declaredCost } from './field-cost';

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

/** Whether an argument value reads a variable anywhere inside it. */
function readsVariable(node: ValueNode): boolean {
  switch (node.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return node.values.some(readsVariable);
    case Kind.OBJECT:
      return node.fields.some((f) => readsVariable(f.value));
    default:
      return false;
  }
}

/** Ceiling for introspection nesting: the standard introspection query needs 15. */
const MAX_INTROSPECTION_DEPTH = 20;

/** Introspection fields that return lists: one of each per path is all a client ever needs. */
const INTROSPECTION_LISTS = new Set([
  'types',
  'fields',
  'inputFields',
  'interfaces',
  'possibleTypes',
  'enumValues',
  'args',
]);

/**
 * Measures an operation's field depth and cost with its variables (defaults included) known.
 * A connection field (type named `…Connection`) multiplies its subtree by its `first` (the default
 * page size when absent); `nodes(ids:)` by the number of ids; a field declaring a cost
 * (`declaredCost`) adds it. Introspection is measured apart
 * (`introspectionDepth`, cost 0, bounded by its own ceiling); `introspectionRepeats` reports a list field of introspection repeated
 * along one path (`types { fields { type { fields …`), which grows exponentially.
 *
 * A fragment is measured once per parent type and reused, so fragments spread many times (or
 * spreading each other) cost linear time here.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  limits: QueryLimits,
): QueryMeasure & {
  introspectionDepth: number;
  introspectionRepeats: boolean;
  /** Whether a variable decided the measure (else it holds for every request of the operation). */
  readsVariables: boolean;
} {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  let variables: Record<string, unknown> | undefined;
  let readsVariables = false;
  // only the arguments that size a field are evaluated; variables are coerced when one reads them
  const argument = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (!readsVariable(node)) return valueFromASTUntyped(node);
    readsVariables = true;
    // unusable variables are rejected by execution anyway; measure with defaults meanwhile
    variables ??=
      getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables).coerced ?? {};
    return valueFromASTUntyped(node, variables);
  };
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) {
    return {
      depth: 0,
      cost: 0,
      introspectionDepth: 0,
      introspectionRepeats: false,
      readsVariables,
    };
  }

  let introspectionRepeats = false;
  let introspectionDepth = 0;
  const memo = new Map<string, QueryMeasure>();

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    seen: ReadonlySet<string>,
    introspectionPath: ReadonlySet<string> | undefined,
  ): QueryMeasure => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let inner: QueryMeasure | undefined;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (!(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field =
          name === '__schema' ? schema.getQueryType()?.getFields()[name] : parent.getFields()[name];
        const type = field
          ? getNamedType(field.type)
          : name === '__schema'
            ? schema.getType('__Schema')
            : name === '__type'
              ? schema.getType('__Type')
              : undefined;
        if (!type) continue;
        const introspecting =
          introspectionPath !== undefined || name.startsWith('__') || type.name.startsWith('__');
        let path = introspectionPath;
        if (introspecting) {
          if (INTROSPECTION_LISTS.has(name)) {
            if (path?.has(name)) introspectionRepeats = true;
            path = new Set(path).add(name);
          } else {
            path ??= new Set();
          }
        }
        const child =
          selection.selectionSet && isCompositeType(type)
            ? walk(selection.selectionSet, type, seen, path)
            : { depth: 0, cost: 0 };
        if (introspecting) {
          inner = { depth: child.depth + 1, cost: 0 };
          if (introspectionPath === undefined) {
            // the root of an introspection subtree: measured apart, against its own ceiling
            introspectionDepth = Math.max(introspectionDepth, inner.depth);
            inner = { depth: 0, cost: 0 };
          }
        } else {
          const valueOf = (arg: string) =>
            argument(selection.arguments?.find((a) => a.name.value === arg)?.value);
          let multiplier = 1;
          let own = 0;
          const ids = type.name.endsWith('Connection') ? undefined : valueOf('ids');
          if (type.name.endsWith('Connection')) {
            const given = valueOf('first');
            const first = typeof given === 'number' ? given : limits.defaultPageSize;
            multiplier = Math.max(0, Math.min(first, limits.maxPageSize));
            own = multiplier;
          } else if (Array.isArray(ids)) {
            multiplier = ids.length;
            own = multiplier;
          }
          own += declaredCost(field); // an expensive field (groupCase, uploads …)
          inner = { depth: child.depth + 1, cost: own + multiplier * child.cost };
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (condition && isCompositeType(condition)) {
          inner = walk(selection.selectionSet, condition, seen, introspectionPath);
        }
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (!condition || !isCompositeType(condition)) continue;
        // memo key: the fragment's measure depends only on where it is spread, not how often
        const key = `${name}@${parent.name}@${introspectionPath ? [...introspectionPath].sort().join(',') : '-'}`;
        inner = memo.get(key);
        if (!inner) {
          inner = walk(
            fragment.selectionSet,
            condition,
            new Set(seen).add(name),
            introspectionPath,
          );
          memo.set(key, inner);
        }
      }
      if (inner) {
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  };
  const measure = walk(operation.selectionSet, root, new Set(), undefined);
  return { ...measure, introspectionDepth, introspectionRepeats, readsVariables };
}

type Measure = ReturnType<typeof measureOperation>;

function measured(
  measures: WeakMap<OperationDefinitionNode, Measure>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): Measure {
  let measure = measures.get(operation);
  if (!measure) {
    measure = measureOperation(schema, document, operation, variables, limits);
    // a measure no variable decided holds for every later request of this (cached) document
    if (!measure.readsVariables) measures.set(operation, measure);
  }
  return measure;
}

function limitError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } },
  });
}

/** Rejects operations deeper or costlier than configured, before any resolver runs. */
export function queryLimitsPlugin<T extends object>(limits: QueryLimits): ApolloServerPlugin<T> {
  // Per (cached, hence stable) document: the measure of each operation that no variable sizes
  // (most: variables pick rows, page sizes are written in the document); the rest per request.
  const measures = new WeakMap<OperationDefinitionNode, Measure>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const measure = measured(measures, schema, document, operation, variables, limits);
          if (
            measure.introspectionRepeats ||
            measure.introspectionDepth > MAX_INTROSPECTION_DEPTH
          ) {
            throw limitError(
              `Introspection may not nest a list field inside itself (types › fields › type › fields) nor go deeper than ${MAX_INTROSPECTION_DEPTH}`,
              'QUERY_TOO_COSTLY',
            );
          }
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
