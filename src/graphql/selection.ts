import { createParameterDecorator } from 'type-graphql';
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** What a query reads of one connection field (lookahead), so loaders fetch only that. */
export interface ConnectionSelection {
  /** Fields selected on `edges { node { … } }` (any alias, fragment or inline fragment). */
  readonly nodeFields: ReadonlySet<string>;
  readonly totalCount: boolean;
  /** Whether any cursor (edge cursor or pageInfo start/end cursor) is read. */
  readonly cursors: boolean;
}

/** Selected field nodes of a selection set by field name, through fragments (no recursion into fields). */
function fieldsOf(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Record<string, FragmentDefinitionNode>,
): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const pending = [...sets];
  const seenFragments = new Set<string>();
  while (pending.length) {
    const set = pending.pop();
    if (!set) continue;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const list = out.get(selection.name.value);
        if (list) list.push(selection);
        else out.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        pending.push(fragments[selection.name.value]?.selectionSet);
      }
    }
  }
  return out;
}

const subSets = (nodes: FieldNode[] | undefined) => (nodes ?? []).map((n) => n.selectionSet);

// one computation per field node of a (cached, hence stable) document
const memo = new WeakMap<FieldNode, ConnectionSelection>();

/**
 * Reads the selection of the connection field being resolved. Directives (`@include`/`@skip`)
 * are ignored, so the selection can only be wider than what is returned, never narrower.
 */
export function connectionSelection(info: GraphQLResolveInfo): ConnectionSelection {
  const key = info.fieldNodes[0];
  const cached = info.fieldNodes.length === 1 ? memo.get(key) : undefined;
  if (cached) return cached;
  const top = fieldsOf(
    info.fieldNodes.map((n) => n.selectionSet),
    info.fragments,
  );
  const edges = fieldsOf(subSets(top.get('edges')), info.fragments);
  const pageInfo = fieldsOf(subSets(top.get('pageInfo')), info.fragments);
  const node = fieldsOf(subSets(edges.get('node')), info.fragments);
  const selection: ConnectionSelection = {
    nodeFields: new Set(node.keys()),
    totalCount: top.has('totalCount'),
    cursors: edges.has('cursor') || pageInfo.has('startCursor') || pageInfo.has('endCursor'),
  };
  if (info.fieldNodes.length === 1) memo.set(key, selection);
  return selection;
}

/**
 * Parameter decorator: the lookahead of the connection field being resolved
 * (`@Selected() selection: ConnectionSelection`), so services load only what is read.
 */
export function Selected() {
  return createParameterDecorator<object>(({ info }) => connectionSelection(info));
}
