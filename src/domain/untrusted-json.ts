/**
 * PostgreSQL `text` and `jsonb` cannot hold the NUL character (U+0000): a value carrying one fails
 * inside the database, after the request has done work. Every way a client's text enters the
 * server (GraphQL strings and variables, decoded ids and cursors, uploaded JSON) is checked for
 * it at the boundary instead.
 */
export const NUL = '\u0000';

/** What is wrong with an untrusted JSON value, and where (keys and indexes from the root). */
export interface JsonProblem {
  readonly at: readonly (string | number)[];
  readonly reason: string;
}

interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly key: string | number | undefined;
  readonly parent: Visit | undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const at: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) at.unshift(v.key);
  return at;
}

/**
 * The first problem of a parsed, untrusted JSON value, or undefined: nesting deeper than
 * `maxDepth` (later recursive code — a compiler, JSON.stringify — would overflow the stack on
 * it) and, unless `allowNul`, a string or object key holding a NUL. Iterative, so any input is
 * safe to inspect.
 */
export function findJsonProblem(
  value: unknown,
  { maxDepth = Infinity, allowNul = false }: { maxDepth?: number; allowNul?: boolean } = {},
): JsonProblem | undefined {
  const stack: Visit[] = [{ value, depth: 0, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const item = visit.value;
    if (typeof item === 'string') {
      if (!allowNul && item.includes(NUL))
        return { at: pathOf(visit), reason: 'contains a NUL character (U+0000)' };
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (visit.depth >= maxDepth)
      return { at: pathOf(visit), reason: `nested deeper than ${maxDepth} levels` };
    const depth = visit.depth + 1;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--)
        stack.push({ value: item[i], depth, key: i, parent: visit });
      continue;
    }
    const entries = Object.entries(item);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const entry: Visit = { value: child, depth, key, parent: visit };
      if (!allowNul && key.includes(NUL))
        return { at: pathOf(entry), reason: 'has a NUL character (U+0000) in its key' };
      stack.push(entry);
    }
  }
  return undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `$.groups[2].name`-style text of a path (keys that are not identifiers are quoted). */
export function jsonPathText(root: string, at: readonly (string | number)[]): string {
  return at.reduce<string>(
    (path, key) =>
      typeof key === 'number'
        ? `${path}[${key}]`
        : IDENTIFIER.test(key)
          ? `${path}.${key}`
          : `${path}[${JSON.stringify(key)}]`,
    root,
  );
}
