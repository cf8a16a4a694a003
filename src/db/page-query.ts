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
/** Bookkeeping columns the paging query adds to each row. */
const PAGING_COLUMNS = ['__group', '__total', '__parent', '__rn'];

/**
 * Loads one page for each of many parents in a single statement: the rows of all parents are
 * numbered per parent (`row_number() over (partition by …)`) after the cursor, `first + 1` rows
 * per parent are kept (the extra one only tells whether there is a next page), and every
 * parent's total count comes from the same scan. So a nested connection costs one statement
 * whatever the page size and the number of parents — the DataLoader batch is the parent list.
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
  if (source.partitionBy) {
    where.push(`t.${source.partitionBy} in (?)`);
    params.push(parents);
  }
  for (const condition of conditions) {
    where.push(condition.sql);
    params.push(...condition.params);
  }
  const afterClause = page.after === null ? '' : `where b.${source.sortKey} > ?`;
  if (page.after !== null) params.push(page.after);
  params.push(page.first + 1);

  const sql = `
with base as (
  select t.*, ${partition} as __parent from ${source.table} t
  ${where.length ? `where ${where.join(' and ')}` : ''}
), ranked as (
  select b.*, row_number() over (partition by b.__parent order by b.${source.sortKey}) as __rn
  from base b ${afterClause}
)
select totals.__parent as __group, totals.__total, r.*
from (select __parent, count(*)::int as __total from base group by __parent) totals
left join ranked r on r.__parent = totals.__parent and r.__rn <= ?
order by totals.__parent, r.${source.sortKey}`;

  const rows = await em.execute<Record<string, unknown>[]>(sql, params);
  const byParent = new Map<string, RawPage>();
  for (const row of rows) {
    const parent = String(row.__group);
    let entry = byParent.get(parent);
    if (!entry) {
      entry = { rows: [], totalCount: Number(row.__total), hasNextPage: false };
      byParent.set(parent, entry);
    }
    if (row.__rn === null || row.__rn === undefined) continue; // parent with no rows after the cursor
    if (entry.rows.length === page.first) {
      entry.hasNextPage = true;
      continue;
    }
    const columns = { ...row };
    for (const key of PAGING_COLUMNS) delete columns[key];
    entry.rows.push(columns);
  }
  const keys = source.partitionBy ? parents : [ROOT];
  return keys.map((key) => byParent.get(key) ?? { rows: [], totalCount: 0, hasNextPage: false });
}
