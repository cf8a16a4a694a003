import DataLoader from 'dataloader';
import {
  entityColumns,
  loadPages,
  readOnlyPrototype,
  type PageSource,
  type SqlCondition,
} from '../db';
import type { RequestContext } from './context';
import {
  pageRequest,
  toConnection,
  type ConnectionShape,
  type Page,
  type PageArgs,
  type PageRequest,
} from './relay';
import type { ConnectionSelection } from './selection';

type Row = Record<string, unknown>;

/** A table served as Relay connections: where its rows come from and how they become items. */
export interface ConnectionSource<T> extends PageSource {
  /**
   * Node field → the column it reads, for lookahead: rows then carry exactly the selected fields,
   * keyed by field name. Absent: every column is read under its own name.
   */
  columns?: ReadonlyMap<string, string>;
  /** Fields every item carries whatever is selected (the cursor's, at least). */
  keyFields?: readonly string[];
  /** Computed node fields (resolvers, getters) → the fields they read. */
  computed?: Readonly<Record<string, readonly string[]>>;
  toItem: (row: Row) => T;
  cursorOf: (item: T) => string;
}

/** Everything a connection can be asked for: for callers that do not look ahead. */
export const FULL_SELECTION: ConnectionSelection = {
  nodeFields: new Set(),
  totalCount: true,
  cursors: true,
};

/** `[column, field]` pairs a selection needs from a source: key fields plus every selected field. */
function columnsFor(source: ConnectionSource<unknown>, selection: ConnectionSelection) {
  const map = source.columns;
  if (!map) return '*' as const;
  const fields = new Set(source.keyFields);
  for (const field of selection.nodeFields) {
    if (map.has(field)) fields.add(field);
    for (const needed of source.computed?.[field] ?? []) fields.add(needed);
  }
  return [...fields].sort().map((field) => [map.get(field)!, field] as const);
}

/**
 * This request's page loaders, one per distinct (table, partition, page, filter, columns) so
 * different arguments on the same field never share a batch, and the same field under many
 * parents is one batch: one statement (see `loadPages`).
 */
export class PageLoaders {
  private readonly loaders = new Map<string, DataLoader<string, Page<unknown>>>();

  constructor(private readonly ctx: RequestContext) {}

  page<T>(
    source: ConnectionSource<T>,
    request: PageRequest,
    conditions: SqlCondition[],
    selection: ConnectionSelection = FULL_SELECTION,
  ): DataLoader<string, Page<T>> {
    const shape = {
      first: request.first,
      after: request.after,
      columns: columnsFor(source as ConnectionSource<unknown>, selection),
      totalCount: selection.totalCount,
    };
    const key = JSON.stringify([source.table, source.partitionBy ?? '', shape, conditions]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, Page<unknown>>(async (parents) => {
        const pages = await loadPages(this.ctx.sql, source, parents, shape, conditions);
        return pages.map((raw) => ({
          items: raw.rows.map(source.toItem),
          totalCount: raw.totalCount,
          hasNextPage: raw.hasNextPage,
          hasPreviousPage: request.after !== null,
          cursorOf: source.cursorOf as (item: unknown) => string,
        }));
      });
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<string, Page<T>>;
  }

  /** After a write: every cached page is dropped, so later fields see the change. */
  clear(): void {
    this.loaders.clear();
  }
}

/**
 * A connection of `source` rows under `parent` (a partition value; '' for a root list): the page
 * arguments validated, the parent batched with its siblings, only the selected columns loaded.
 */
export async function loadConnection<T>(
  ctx: RequestContext,
  source: ConnectionSource<T>,
  args: PageArgs,
  conditions: SqlCondition[],
  selection: ConnectionSelection = FULL_SELECTION,
  parent = '',
): Promise<ConnectionShape<T>> {
  const page = await ctx.loaders
    .for(PageLoaders)
    .page(source, pageRequest(args, ctx.limits), conditions, selection)
    .load(parent);
  return toConnection(page);
}

/** How an entity's table is paged: everything but the ORM-derived column map and item maker. */
export interface EntitySourceSpec<T> extends PageSource {
  keyFields: readonly string[];
  computed?: Readonly<Record<string, readonly string[]>>;
  cursorOf: (item: T) => string;
}

/**
 * A connection source over an entity's table: columns from the ORM metadata; each row (already
 * keyed by property names) becomes a read-only entity instance by taking on the entity's
 * read-only prototype — no copy, nothing in the identity map.
 */
export function entitySource<T extends object>(
  ctx: RequestContext,
  entity: new () => T,
  spec: EntitySourceSpec<T>,
): ConnectionSource<T> {
  const prototype = readOnlyPrototype(ctx.metadata, entity);
  return {
    ...spec,
    columns: entityColumns(ctx.metadata, entity),
    toItem: (row) => Object.setPrototypeOf(row, prototype) as T,
  };
}

const selectLists = new WeakMap<Function, string>(); // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/**
 * A DataLoader of an entity's rows by a unique text column, one `= any($1)` statement per batch:
 * every column listed (so the statement stays prepared) under its property name, each row a
 * read-only instance in place, as `entitySource` pages are.
 */
export function entityByKeyLoader<T extends object>(
  ctx: RequestContext,
  entity: new () => T,
  spec: { table: string; key: string; keyOf: (item: T) => string },
): DataLoader<string, T | null> {
  let columns = selectLists.get(entity);
  if (!columns) {
    columns = [...entityColumns(ctx.metadata, entity)]
      .map(([property, column]) => `t.${column} as "${property}"`)
      .join(', ');
    selectLists.set(entity, columns);
  }
  const text = `select ${columns} from ${spec.table} t where t.${spec.key} = any($1::text[])`;
  const prototype = readOnlyPrototype(ctx.metadata, entity);
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await ctx.sql(text, [keys], { prepared: true });
    const byKey = new Map<string, T>();
    for (const row of rows) {
      const item = Object.setPrototypeOf(row, prototype) as T;
      byKey.set(spec.keyOf(item), item);
    }
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
