import { atomically, pgArray, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import type { ConnectionSelection } from '../../graphql/selection';
import {
  pageRequest,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/relay';
import { containsPattern, startsWithPattern } from '../tenancy';
import { requireDraft } from '../versioning';
import { CatalogError, type RowError } from './catalog.errors';
import { requireOwner } from './catalog-access';
import { catalogLoaders } from './catalog.loaders';
import { refreshOriginsSql, tablesOf, upsertSql, type CatalogTable } from './catalog-tables';
import type { CatalogVersion } from './catalog-version.entity';
import { requireVersion } from './catalog-version.service';
import type { CatalogRowFilter } from './catalog.inputs';

/** One row to write: its values in `table.columns` order, as text (or null). */
export type RowValues = (string | null)[];

function rowConditions(table: CatalogTable, filter: CatalogRowFilter | undefined): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter?.codePrefix)
    conditions.push({
      sql: 't.code like ?',
      params: [startsWithPattern(filter.codePrefix)],
    });
  if (filter?.nameContains)
    conditions.push({
      sql: 't.name ilike ?',
      params: [containsPattern(filter.nameContains.slice(0, 100))],
    });
  if (table.table === 'drg_group') {
    if (filter?.mdc) conditions.push({ sql: 't.mdc = ?', params: [filter.mdc] });
    if (filter?.adrg) conditions.push({ sql: 't.adrg = ?', params: [filter.adrg] });
  }
  if (table.table === 'dip_group') {
    if (filter?.dipKind) conditions.push({ sql: 't.kind = ?', params: [filter.dipKind] });
    if (filter?.diagnosisKey)
      conditions.push({ sql: 't.diagnosis_key = ?', params: [filter.diagnosisKey] });
  }
  if (table.table === 'dip_aux_factor' && filter?.auxKind)
    conditions.push({ sql: 't.kind = ?', params: [filter.auxKind] });
  return conditions;
}

/** A page of a version's rows of one table (nested under CatalogVersion; batched per table). */
export async function listCatalogRows<T extends object>(
  ctx: RequestContext,
  version: CatalogVersion,
  table: CatalogTable<T>,
  args: PageArgs,
  filter: CatalogRowFilter | undefined,
  selection?: ConnectionSelection,
): Promise<ConnectionShape<T>> {
  if (table.kind !== version.kind)
    return toConnection({
      items: [],
      totalCount: 0,
      hasNextPage: false,
      hasPreviousPage: false,
      cursorOf: () => '',
    });
  const page = await catalogLoaders(ctx)
    .rowPage(table, pageRequest(args, ctx.limits), rowConditions(table, filter), selection)
    .load(version.uuid);
  return toConnection(page);
}

/** The caller's own draft of the right kind, or a coded error. */
export async function requireOwnDraft(
  ctx: RequestContext,
  id: string,
  table: CatalogTable,
): Promise<CatalogVersion> {
  const version = await requireVersion(ctx, id, 'versionId');
  requireOwner(ctx.principal, version);
  requireDraft(version, 'catalog version');
  if (version.kind !== table.kind) {
    throw new CatalogError('KIND_MISMATCH', `A ${version.kind} catalog has no ${table.name} rows`, {
      field: 'versionId',
    });
  }
  return version;
}

/**
 * Writes validated rows into a draft in one statement per table (see `upsertSql`). When any row
 * is invalid nothing is written: the caller gets every bad row with its reason.
 */
export async function writeRows(
  ctx: RequestContext,
  version: CatalogVersion,
  table: CatalogTable,
  rows: RowValues[],
  errors: RowError[],
  what: string,
): Promise<number> {
  if (errors.length > 0) throw CatalogError.invalidRows(what, errors);
  const duplicates = duplicateCodes(rows);
  if (duplicates.length > 0) throw CatalogError.invalidRows(what, duplicates);
  if (rows.length === 0) return 0;
  await atomically(ctx.em, async (em) => {
    await em.execute(upsertSql(table), [
      version.uuid,
      ...table.columns.map((_, i) => pgArray(rows.map((row) => row[i]))),
    ]);
    if (version.parentId)
      await em.execute(refreshOriginsSql(table), [version.parentId, version.uuid]);
  });
  catalogLoaders(ctx).written(version);
  return rows.length;
}

function duplicateCodes(rows: RowValues[]): RowError[] {
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  rows.forEach((row, i) => {
    const code = row[0] ?? '';
    const first = seen.get(code);
    if (first !== undefined)
      errors.push({
        row: i + 1,
        field: 'code',
        reason: `duplicate code ${code} (also row ${first})`,
      });
    else seen.set(code, i + 1);
  });
  return errors;
}

/** Removes rows by code from the caller's draft. */
export async function removeRows(
  ctx: RequestContext,
  versionId: string,
  codes: string[],
): Promise<{ version: CatalogVersion; count: number }> {
  const probe = await requireVersion(ctx, versionId, 'versionId');
  let count = 0;
  for (const table of tablesOf(probe.kind)) {
    const version = await requireOwnDraft(ctx, versionId, table);
    const deleted = await atomically(ctx.em, (em) =>
      em.execute<{ code: string }[]>(
        `delete from ${table.table} where version_id = ?::uuid and code = any(?::text[]) returning code`,
        [version.uuid, pgArray(codes)],
      ),
    );
    count += deleted.length;
  }
  catalogLoaders(ctx).written(probe);
  return { version: probe, count };
}
