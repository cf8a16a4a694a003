import type { ApolloServerPlugin } from '@apollo/server';
import { requestError } from './format-error';

/**
 * How deep a document may nest: brackets of any kind, counting through fragment spreads (a
 * spread nests the fragment's body where it stands). graphql-js parses and validates documents
 * recursively, so a document nested a few thousand levels deep — directly, or through a chain of
 * fragments — overflows the stack before any depth limit looks at it. Real operations nest a few
 * dozen levels at most (the standard introspection query: under 20); the field-depth limit
 * proper is the query-limits plugin's.
 */
export const MAX_DOCUMENT_NESTING = 100;

/**
 * Lexical tokens a document may have (graphql-js's parser option `maxTokens`): bounds parsing and
 * validation work. Large data belongs in variables, where a string is one value of any length.
 */
export const MAX_DOCUMENT_TOKENS = 25_000;

/** One top-level definition as the text shows it: its own nesting and the fragments it spreads. */
interface Definition {
  depth: number;
  /** Spread fragment name → the deepest position it is spread at. */
  readonly spreads: Map<string, number>;
}

const isNameStart = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f; // A-Z a-z _
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39);
// GraphQL's ignored tokens besides comments: white space, line terminators, commas, the BOM
const isIgnored = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c || c === 0xfeff;

/**
 * Reads GraphQL source text just far enough to see its shape: brackets, top-level definitions,
 * fragment names and spreads (strings, block strings and comments skipped). One linear pass and
 * no recursion, so it is safe on any input. Text the parser would reject anyway may be read
 * loosely; text it accepts is read as it reads it, so nesting is never under-counted. Fragments
 * defined twice (a validation error) are merged, which only over-counts.
 */
function definitionsOf(source: string): {
  definitions: Definition[];
  fragments: Map<string, Definition>;
} {
  const definitions: Definition[] = [];
  const fragments = new Map<string, Definition>();
  let current: Definition | undefined;
  let depth = 0;
  let spreadAt = -1; // depth of a `...` still waiting for its fragment name
  let atDefinitionStart = true;
  let fragmentNameNext = false; // the keyword `fragment` opened this definition
  const start = (): Definition => {
    current = { depth: 0, spreads: new Map() };
    definitions.push(current);
    atDefinitionStart = false;
    return current;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (isIgnored(c)) continue;
    if (c === 0x23 /* # */) {
      while (i + 1 < source.length && source[i + 1] !== '\n' && source[i + 1] !== '\r') i++;
      continue;
    }
    const wasFragmentName = fragmentNameNext;
    fragmentNameNext = false;
    if (c === 0x22 /* " */) {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < source.length && !source.startsWith('"""', i))
          i += source.startsWith('\\"""', i) ? 4 : 1;
        i += 2;
      } else {
        i++;
        while (i < source.length && source[i] !== '"' && source[i] !== '\n')
          i += source[i] === '\\' ? 2 : 1;
      }
      spreadAt = -1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      if (depth === 0 && atDefinitionStart) start(); // `{ … }`: a query in short form
      depth++;
      if (current && depth > current.depth) current.depth = depth;
      spreadAt = -1;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */ || c === 0x29 /* ) */) {
      depth = Math.max(0, depth - 1);
      // a definition ends with the closing brace of its selection set
      if (depth === 0 && c === 0x7d) {
        current = undefined;
        atDefinitionStart = true;
      }
      spreadAt = -1;
    } else if (c === 0x2e /* . */ && source.startsWith('...', i)) {
      i += 2;
      spreadAt = depth;
    } else if (isNameStart(c)) {
      let end = i + 1;
      while (end < source.length && isNameChar(source.charCodeAt(end))) end++;
      const name = source.slice(i, end);
      i = end - 1;
      if (spreadAt >= 0) {
        // `... on Type` is an inline fragment (no fragment may be named `on`)
        if (name !== 'on' && current)
          current.spreads.set(name, Math.max(spreadAt, current.spreads.get(name) ?? 0));
        spreadAt = -1;
      } else if (depth === 0 && atDefinitionStart) {
        start();
        fragmentNameNext = name === 'fragment';
      } else if (depth === 0 && wasFragmentName && current) {
        const same = fragments.get(name);
        if (same) {
          // defined twice: one merged definition, so spreads of it see the deeper of the two
          definitions.pop();
          current = same;
        } else fragments.set(name, current);
      }
    } else {
      spreadAt = -1; // `...@include`, `... {`: an inline fragment
    }
  }
  return { definitions, fragments };
}

export type DocumentShape =
  | { readonly depth: number; readonly cycle?: undefined }
  | { readonly depth?: undefined; readonly cycle: string };

/**
 * The deepest nesting of a document's text, through fragment spreads, as far as `limit` (a
 * deeper document reports `limit + 1`), or the name of a fragment that spreads itself. Iterative
 * depth-first search over the fragments with memoised depths: linear in the text.
 */
export function documentShape(source: string, limit = Infinity): DocumentShape {
  const { definitions, fragments } = definitionsOf(source);
  const nameOf = new Map([...fragments].map(([name, d]) => [d, name]));
  const targets = (d: Definition) =>
    [...d.spreads].flatMap(([name, at]) => {
      const target = fragments.get(name);
      return target ? [{ target, at }] : [];
    });
  // a definition's depth: its own, or a spread's position plus the spread fragment's depth
  const done = new Map<Definition, number>();
  const open = new Set<Definition>();
  let deepest = 0;
  for (const root of definitions) {
    if (done.has(root)) continue;
    const stack = [{ def: root, next: targets(root), i: 0, depth: root.depth }];
    open.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.depth > limit) return { depth: limit + 1 };
      if (top.i < top.next.length) {
        const { target, at } = top.next[top.i++];
        const known = done.get(target);
        if (known !== undefined) top.depth = Math.max(top.depth, at + known);
        else if (open.has(target)) return { cycle: nameOf.get(target) ?? '' };
        else {
          open.add(target);
          stack.push({ def: target, next: targets(target), i: 0, depth: target.depth });
        }
        continue;
      }
      stack.pop();
      open.delete(top.def);
      done.set(top.def, top.depth);
      deepest = Math.max(deepest, top.depth);
      const parent = stack[stack.length - 1];
      if (parent) parent.depth = Math.max(parent.depth, parent.next[parent.i - 1].at + top.depth);
    }
  }
  return { depth: Math.min(deepest, limit + 1) };
}

/**
 * Why a document's text must not reach graphql-js, or undefined: nested deeper than
 * MAX_DOCUMENT_NESTING (directly or through fragments), or a fragment spreading itself. The
 * HTTP layer asks before the request starts a transaction; the answer is BAD_USER_INPUT.
 */
export function refuseDocumentText(text: unknown): { message: string; reason: string } | undefined {
  if (typeof text !== 'string') return undefined;
  const shape = documentShape(text, MAX_DOCUMENT_NESTING);
  if (shape.cycle !== undefined) {
    return {
      message: `Cannot spread fragment "${shape.cycle}" within itself`,
      reason: 'GRAPHQL_VALIDATION_FAILED',
    };
  }
  if (shape.depth > MAX_DOCUMENT_NESTING) {
    return {
      message: `The document nests deeper than ${MAX_DOCUMENT_NESTING} levels (brackets and fragment spreads)`,
      reason: 'QUERY_TOO_DEEP',
    };
  }
  return undefined;
}

/**
 * Refuses an operation whose kind the schema has no root type for (a `subscription` sent to
 * this endpoint) as BAD_USER_INPUT, before execution would fail on it.
 */
export function operationKindPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema }) {
          if (operation && !schema.getRootType(operation.operation)) {
            throw requestError(
              `This endpoint does not serve ${operation.operation} operations`,
              'OPERATION_NOT_SUPPORTED',
            );
          }
        },
      };
    },
  };
}
