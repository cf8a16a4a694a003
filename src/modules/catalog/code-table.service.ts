import type { SqlCondition } from '../../db';
import { loadPages } from '../../db';
import type { RequestContext } from '../../graphql/context';
import {
  pageRequest,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/relay';
import { containsPattern, startsWithPattern } from '../tenancy';
import type { CodeKind } from './catalog.enums';
import { CatalogError } from './catalog.errors';
import { CodeEntry } from './catalog-rows.types';
import type { CodeEntryFilter } from './catalog.inputs';

function toEntry(row: Record<string, unknown>): CodeEntry {
  return Object.assign(new CodeEntry(), {
    kind: row.kind,
    code: row.code,
    name: row.name,
    validFrom: row.valid_from_text ?? null,
    validTo: row.valid_to_text ?? null,
  });
}

/** Looks codes up by prefix and/or name fragment (ICD-10 医保版, ICD-9-CM-3, TCD). */
export async function listCodeEntries(
  ctx: RequestContext,
  kind: CodeKind,
  args: PageArgs,
  filter: CodeEntryFilter | undefined,
): Promise<ConnectionShape<CodeEntry>> {
  const conditions: SqlCondition[] = [{ sql: 't.kind = ?', params: [kind] }];
  const prefix = filter?.codePrefix?.trim();
  const name = filter?.nameContains?.trim();
  if ((prefix?.length ?? 0) > 40 || (name?.length ?? 0) > 100) {
    throw new CatalogError('INVALID_INPUT', 'codePrefix ≤ 40 and nameContains ≤ 100 characters');
  }
  if (prefix)
    conditions.push({
      sql: 't.code like ?',
      params: [startsWithPattern(prefix)],
    });
  if (name) conditions.push({ sql: 't.name ilike ?', params: [containsPattern(name)] });
  const [page] = await loadPages(
    ctx.sql,
    {
      table:
        '(select c.*, c.valid_from::text as valid_from_text, c.valid_to::text as valid_to_text from code_entry c)',
      sortKey: 'code',
    },
    [''],
    { ...pageRequest(args, ctx.limits), columns: '*', totalCount: true },
    conditions,
  );
  return toConnection({
    items: page.rows.map(toEntry),
    totalCount: page.totalCount,
    hasNextPage: page.hasNextPage,
    hasPreviousPage: args.after != null,
    cursorOf: (e) => e.code,
  });
}

export async function findCodeEntry(
  ctx: RequestContext,
  kind: CodeKind,
  code: string,
): Promise<CodeEntry | null> {
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select kind, code, name, valid_from::text as valid_from_text, valid_to::text as valid_to_text from code_entry where kind = ? and code = ?`,
    [kind, code],
  );
  return rows[0] ? toEntry(rows[0]) : null;
}
