import type { EntityManager } from '@mikro-orm/postgresql';

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
  /** Unique column giving the stable order and the cursor. */
  sortKey: string;
}

export interface RawPage {
  rows: Record<string, unknown>[];
  totalCount: number;
  hasNextPage: boolean;
}

const ROOT = '';

/**
 * Loads one page for each of many parents in a single statement. Every matching row of all the
 * parents is scanned once and numbered per parent by window functions: `__total` counts the
 * parent's rows, `__rn` is the row's position after the cursor (0 when at or before it). Rows
 * 1 … first + 1 are returned (the extra one only tells that a next page exists), plus each
 * parent's last row, so a parent whose rows all lie before the cursor still reports its total.
 * A nested connection therefore costs one statement whatever the page size and the number of
 * parents: the DataLoader batch is the parent list.
 *
 * Runs on `em`, so inside the request's tenant transaction and under its RLS policies.
 */
export async function loadPages(
  em: EntityManager,
  source: PageSource,
  parents: readonly string[],
  page: { first: number; after: string | null },
  conditions: readonly SqlCondition[],
): Promise<RawPage[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const partition = source.partitionBy ? `t.${source.partitionBy}` : `''`;
  const sort = `t.${source.sortKey}`;
  const position =
    page.after === null
      ? `row_number() over (partition by ${partition} order by ${sort})`
      : `count(*) filter (where ${sort} > ?) over (partition by ${partition} order by ${sort} rows between unbounded preceding and current row)`;
  if (page.after !== null) params.push(page.after);
  if (source.partitionBy) {
    where.push(`${partition} in (?)`);
    params.push(parents);
  }
  for (const condition of conditions) {
    where.push(condition.sql);
    params.push(...condition.params);
  }
  params.push(page.first + 1);

  const sql = `
select * from (
  select t.*, ${partition} as __parent,
    count(*) over (partition by ${partition}) as __total,
    ${position} as __rn,
    row_number() over (partition by ${partition} order by ${sort} desc) as __last
  from ${source.table} t
  ${where.length ? `where ${where.join(' and ')}` : ''}
) r
where r.__rn between 1 and ? or r.__last = 1
order by r.__parent, r.${source.sortKey}`;

  const rows = await em.execute<Record<string, unknown>[]>(sql, params);
  const byParent = new Map<string, RawPage>();
  for (const row of rows) {
    const parent = String(row.__parent);
    let entry = byParent.get(parent);
    if (!entry) {
      entry = { rows: [], totalCount: Number(row.__total), hasNextPage: false };
      byParent.set(parent, entry);
    }
    const position = Number(row.__rn);
    if (position === page.first + 1) entry.hasNextPage = true;
    if (position < 1 || position > page.first) continue; // before the cursor, or past the page
    entry.rows.push(row); // the __ bookkeeping columns stay; entity mappers read only their own
  }
  const keys = source.partitionBy ? parents : [ROOT];
  return keys.map((key) => byParent.get(key) ?? { rows: [], totalCount: 0, hasNextPage: false });
}
