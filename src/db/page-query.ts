import type { SqlRunner } from './tenant-transaction';

/** A trusted SQL fragment over the table alias `t`, with `?` placeholders for its values. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** What to page over. Identifiers are trusted constants from the calling module, never input. */
export interface PageSource {
  table: string;
  /** Column that groups rows per parent (e.g. `region_code`); omit for a top-level list. */
  partitionBy?: string;
  /** SQL type of the partition column (`text` unless said otherwise). */
  partitionType?: 'text' | 'uuid';
  /** Unique column giving the stable order and the cursor. */
  sortKey: string;
}

/** One page request, with what the query actually reads of it. */
export interface PageShape {
  first: number;
  /** Sort-key value to start after, or null for the first page. */
  after: string | null;
  /**
   * Columns to return as `[column, alias]` (trusted identifiers), or `*` for every column under
   * its own name. The sort key is always returned.
   */
  columns: readonly (readonly [column: string, alias: string])[] | '*';
  /** Whether to count each parent's matching rows (only when `totalCount` is asked for). */
  totalCount: boolean;
}

export interface RawPage {
  rows: Record<string, unknown>[];
  /** The parent's number of matching rows, or null when not asked for. */
  totalCount: number | null;
  hasNextPage: boolean;
}

/** `?` placeholders of trusted fragments → `$n`, appending their values to `params`. */
function bind(fragment: string, values: readonly unknown[], params: unknown[]): string {
  let i = 0;
  return fragment.replace(/\?/g, () => {
    params.push(values[i++]);
    return `$${params.length}`;
  });
}

/**
 * Loads one page for each of many parents in a single statement: per parent, an index-ordered
 * `lateral (… order by sort limit first + 1)` (the extra row only tells that a next page exists),
 * and, only when asked for, a `lateral count(*)` for the total. Only the requested columns leave
 * the database. A nested connection therefore costs one statement whatever the page size and the
 * number of parents: the DataLoader batch is the parent list.
 *
 * Runs on the request's transaction (`sql`), so under its RLS policies.
 */
export async function loadPages(
  sql: SqlRunner,
  source: PageSource,
  parents: readonly string[],
  page: PageShape,
  conditions: readonly SqlCondition[],
): Promise<RawPage[]> {
  const params: unknown[] = [];
  const sort = `t.${source.sortKey}`;
  let columns = 't.*';
  let sortAlias = source.sortKey;
  if (page.columns !== '*') {
    const pairs = [...page.columns];
    const sortPair = pairs.find(([column]) => column === source.sortKey);
    if (sortPair) sortAlias = sortPair[1];
    else pairs.push([source.sortKey, source.sortKey]);
    columns = pairs.map(([column, alias]) => `t.${column} as "${alias}"`).join(', ');
  }
  const filters = (withCursor: boolean) => {
    const where = conditions.map((c) => bind(c.sql, c.params, params));
    if (source.partitionBy) where.unshift(`t.${source.partitionBy} = p.__parent`);
    if (withCursor && page.after !== null) where.push(bind(`${sort} > ?`, [page.after], params));
    return where.length ? `where ${where.join(' and ')}` : '';
  };

  // a root list is one parent '' without a partition condition. A single parent (the province
  // of a by-code lookup, most first levels) is bound as a scalar: PostgreSQL estimates
  // `unnest($1)` at 10 rows whatever the array holds, so for one parent its generic plan looks
  // ten times dearer than the custom one and every execution would be planned again; as a
  // scalar both cost the same and the prepared statement keeps its generic plan
  const type = source.partitionType ?? 'text';
  const parentList = !source.partitionBy
    ? `(select ''::text as __parent, 1 as __ord) p`
    : parents.length === 1
      ? `(select ${bind('?', [parents[0]], params)}::${type} as __parent, 1 as __ord) p`
      : `unnest(${bind('?', [parents], params)}::${type}[]) with ordinality as p(__parent, __ord)`;
  const count = page.totalCount
    ? `cross join lateral (select count(*)::int as __total from ${source.table} t ${filters(false)}) c`
    : '';
  const text = `select p.__parent${page.totalCount ? ', c.__total' : ''}, t.*
from ${parentList}
${count}
left join lateral (select ${columns} from ${source.table} t ${filters(true)} order by ${sort} limit ${bind('?', [page.first + 1], params)}) t on true
order by p.__ord, t."${sortAlias}"`;

  const rows = await sql(text, params, { prepared: page.columns !== '*' });
  const byParent = new Map<string, RawPage>();
  for (const row of rows) {
    const parent = String(row.__parent);
    let entry = byParent.get(parent);
    if (!entry) {
      entry = {
        rows: [],
        totalCount: page.totalCount ? Number(row.__total) : null,
        hasNextPage: false,
      };
      byParent.set(parent, entry);
    }
    if (row[sortAlias] == null) continue; // a parent without rows (left join)
    if (entry.rows.length === page.first) entry.hasNextPage = true;
    else entry.rows.push(row); // __ bookkeeping columns stay; item mappers read only their own
  }
  const keys = source.partitionBy ? parents : [''];
  return keys.map(
    (key) =>
      byParent.get(key) ?? {
        rows: [],
        totalCount: page.totalCount ? 0 : null,
        hasNextPage: false,
      },
  );
}
