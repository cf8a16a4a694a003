import DataLoader from 'dataloader';
import { readOnlyMapper, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { PageLoaders, type ConnectionSource } from '../../graphql/page-loaders';
import type { Page, PageRequest } from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { fieldColumns, fieldRowToReadModel, type CatalogTable } from './catalog-tables';
import { CatalogVersion } from './catalog-version.entity';
import { RulePackage } from './rule-package.entity';

/**
 * The catalog's loaders for one request: versions and rule packages by id (one `in (…)` query
 * per batch), pages of versions, and pages of a version's rows — every version of a nested
 * query paged in one statement per row table (the shared page loaders).
 */
export class CatalogLoaders {
  readonly version: DataLoader<string, CatalogVersion | null>;
  readonly rulePackage: DataLoader<string, RulePackage | null>;

  constructor(private readonly ctx: RequestContext) {
    this.version = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(CatalogVersion, { uuid: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.uuid, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.rulePackage = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(RulePackage, { uuid: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.uuid, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  versionPage(
    request: PageRequest,
    conditions: SqlCondition[],
  ): DataLoader<string, Page<CatalogVersion>> {
    const toEntity = readOnlyMapper(this.ctx.metadata, CatalogVersion as new () => CatalogVersion);
    const source: ConnectionSource<CatalogVersion> = {
      table: 'catalog_version',
      sortKey: 'id',
      toItem: (row) => {
        const version = toEntity(row);
        // nested fields look versions up by id (parent, rule package owner …)
        this.version.prime(version.uuid, version);
        return version;
      },
      cursorOf: (version) => version.uuid,
    };
    return this.ctx.loaders.for(PageLoaders).page(source, request, conditions);
  }

  /** A page of a version's rows of `table`, keyed by version uuid. */
  rowPage<T extends object>(
    table: CatalogTable<T>,
    request: PageRequest,
    conditions: SqlCondition[],
    selection?: ConnectionSelection,
  ): DataLoader<string, Page<T>> {
    const source: ConnectionSource<T> = {
      table: table.table,
      sortKey: 'code',
      partitionBy: 'version_id',
      partitionType: 'uuid',
      columns: fieldColumns(table),
      keyFields: ['code'],
      toItem: (row) => fieldRowToReadModel(table, row),
      cursorOf: (item) => (item as { code: string }).code,
    };
    return this.ctx.loaders.for(PageLoaders).page(source, request, conditions, selection);
  }

  /** After a write: the stored version answers later lookups; cached pages are dropped. */
  written(version: CatalogVersion): void {
    this.version.clear(version.uuid).prime(version.uuid, version);
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

export const catalogLoaders = (ctx: RequestContext): CatalogLoaders =>
  ctx.loaders.for(CatalogLoaders);
