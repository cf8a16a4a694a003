import DataLoader from 'dataloader';
import { loadPages, readOnlyMapper, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import type { Page, PageRequest } from '../../graphql/relay';
import { toReadModel, type CatalogTable } from './catalog-tables';
import { CatalogVersion } from './catalog-version.entity';
import { RulePackage } from './rule-package.entity';

/**
 * The catalog's loaders for one request: versions and rule packages by id (one `in (…)` query
 * per batch), pages of versions, and pages of a version's rows — every version of a nested
 * query paged in one statement per row table (see `loadPages`).
 */
export class CatalogLoaders {
  readonly version: DataLoader<string, CatalogVersion | null>;
  readonly rulePackage: DataLoader<string, RulePackage | null>;
  private readonly pages = new Map<string, DataLoader<string, Page<object>>>();

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
    return this.memo(['versions', request, conditions], async (parents) => {
      const toEntity = readOnlyMapper(
        this.ctx.em,
        CatalogVersion as unknown as new () => CatalogVersion,
      );
      const pages = await loadPages(
        this.ctx.em,
        { table: 'catalog_version', sortKey: 'id' },
        parents,
        request,
        conditions,
      );
      return pages.map((raw) => ({
        items: raw.rows.map((row) => {
          const version = toEntity(row);
          this.version.prime(version.uuid, version);
          return version;
        }),
        totalCount: raw.totalCount,
        hasNextPage: raw.hasNextPage,
        hasPreviousPage: request.after !== null,
        cursorOf: (item: object) => (item as CatalogVersion).uuid,
      }));
    }) as unknown as DataLoader<string, Page<CatalogVersion>>;
  }

  /** A page of a version's rows of `table`, keyed by version uuid. */
  rowPage<T extends object>(
    table: CatalogTable<T>,
    request: PageRequest,
    conditions: SqlCondition[],
  ): DataLoader<string, Page<T>> {
    return this.memo([table.table, request, conditions], async (versions) => {
      const pages = await loadPages(
        this.ctx.em,
        { table: table.table, sortKey: 'code', partitionBy: 'version_id' },
        versions,
        request,
        conditions,
      );
      return pages.map((raw) => ({
        items: raw.rows.map((row) => toReadModel(table, row)),
        totalCount: raw.totalCount,
        hasNextPage: raw.hasNextPage,
        hasPreviousPage: request.after !== null,
        cursorOf: (item: object) => (item as { code: string }).code,
      }));
    }) as unknown as DataLoader<string, Page<T>>;
  }

  /** After a write: the stored version answers later lookups; cached pages are dropped. */
  written(version: CatalogVersion): void {
    this.version.clear(version.uuid).prime(version.uuid, version);
    this.pages.clear();
  }

  private memo(
    key: unknown[],
    batch: (parents: readonly string[]) => Promise<Page<object>[]>,
  ): DataLoader<string, Page<object>> {
    const id = JSON.stringify(key);
    let loader = this.pages.get(id);
    if (!loader) {
      loader = new DataLoader(batch);
      this.pages.set(id, loader);
    }
    return loader;
  }
}

export const catalogLoaders = (ctx: RequestContext): CatalogLoaders =>
  ctx.loaders.for(CatalogLoaders);
