import type { RequestContext } from '../../graphql/context';
import { CatalogError } from './catalog.errors';
import { tablesOf } from './catalog-tables';
import type { CatalogDiff, CatalogRowChange } from './catalog.inputs';
import { requireVersion } from './catalog-version.service';

/**
 * Rows added, removed and re-weighted between two visible versions of the same kind: one full
 * outer join per row table, on the row code.
 */
export async function catalogDiff(
  ctx: RequestContext,
  fromId: string,
  toId: string,
): Promise<CatalogDiff> {
  const [from, to] = await Promise.all([
    requireVersion(ctx, fromId, 'from'),
    requireVersion(ctx, toId, 'to'),
  ]);
  if (from.kind !== to.kind)
    throw new CatalogError(
      'KIND_MISMATCH',
      `Cannot compare a ${from.kind} with a ${to.kind} catalog`,
    );
  const diff: CatalogDiff = { from, to, added: [], removed: [], reweighted: [] };
  for (const table of tablesOf(from.kind)) {
    const rows = await ctx.em.execute<
      { code: string; name: string; before: string | null; after: string | null; change: string }[]
    >(
      `select coalesce(b.code, a.code) as code, coalesce(b.name, a.name) as name,
              a.${table.valueColumn}::text as before, b.${table.valueColumn}::text as after,
              case when a.code is null then 'added' when b.code is null then 'removed' else 'reweighted' end as change
       from (select * from ${table.table} where version_id = ?::uuid) a
       full outer join (select * from ${table.table} where version_id = ?::uuid) b on a.code = b.code
       where a.code is null or b.code is null or a.${table.valueColumn} <> b.${table.valueColumn}
       order by 1`,
      [from.uuid, to.uuid],
    );
    for (const row of rows) {
      const change: CatalogRowChange = {
        table: table.name,
        code: row.code,
        name: row.name,
        before: row.before,
        after: row.after,
      };
      (row.change === 'added'
        ? diff.added
        : row.change === 'removed'
          ? diff.removed
          : diff.reweighted
      ).push(change);
    }
  }
  return diff;
}
