import DataLoader from 'dataloader';
import type { EntityManager } from '../../db';
import { loadPages, readOnlyMapper, type PageSource, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import type { Page, PageRequest } from '../../graphql/relay';
import { Hospital } from './hospital.entity';
import { PoolingRegion } from './pooling-region.entity';
import { Province } from './province.entity';

type EntityClass = typeof Province | typeof PoolingRegion | typeof Hospital;

function byCodeLoader<T extends Province | PoolingRegion | Hospital>(
  em: EntityManager,
  entity: EntityClass,
) {
  return new DataLoader<string, T | null>(async (codes) => {
    const rows = (await em.find(entity as never, { code: { $in: [...codes] } } as never)) as T[];
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
}

/**
 * The registry's loaders for one request. By-code loaders batch lookups into one `in (…)`
 * query; page loaders batch every parent of a nested connection into one statement (see
 * `loadPages`), one loader per distinct (source, page, filter) so different arguments on the
 * same field never share a batch.
 */
export class RegistryLoaders {
  readonly province: DataLoader<string, Province | null>;
  readonly region: DataLoader<string, PoolingRegion | null>;
  readonly hospital: DataLoader<string, Hospital | null>;
  private readonly pageLoaders = new Map<string, DataLoader<string, Page<object>>>();

  constructor(private readonly context: RequestContext) {
    this.province = byCodeLoader(context.em, Province);
    this.region = byCodeLoader(context.em, PoolingRegion);
    this.hospital = byCodeLoader(context.em, Hospital);
  }

  /** A page of `entity` rows for the parent key (a partition value, or '' for a root list). */
  page<T extends Province | PoolingRegion | Hospital>(
    entity: EntityClass,
    source: PageSource,
    request: PageRequest,
    conditions: SqlCondition[],
  ): DataLoader<string, Page<T>> {
    const key = JSON.stringify([source, request, conditions]);
    let loader = this.pageLoaders.get(key);
    if (!loader) {
      const em = this.context.em;
      loader = new DataLoader<string, Page<object>>(async (parents) => {
        const pages = await loadPages(em, source, parents, request, conditions);
        const byCode = this.byCodeLoaderOf(entity);
        const toEntity = readOnlyMapper(em, entity as unknown as new () => T);
        return pages.map((raw) => ({
          items: raw.rows.map((row) => {
            const item = toEntity(row);
            // later `region { … }` / `hospital(code:)` lookups of the same rows need no query
            byCode.prime(item.code, item);
            return item;
          }),
          totalCount: raw.totalCount,
          hasNextPage: raw.hasNextPage,
          hasPreviousPage: request.after !== null,
          cursorOf: (item: object) => (item as T).code,
        }));
      });
      this.pageLoaders.set(key, loader);
    }
    return loader as unknown as DataLoader<string, Page<T>>;
  }

  /**
   * After a write: the stored entity answers later lookups of its code, and every cached page is
   * dropped, so later fields of the same operation see the change.
   */
  written(entity: Province | PoolingRegion | Hospital): void {
    this.byCodeLoaderOf(entity.constructor as EntityClass)
      .clear(entity.code)
      .prime(entity.code, entity);
    this.pageLoaders.clear();
  }

  private byCodeLoaderOf(
    entity: EntityClass,
  ): DataLoader<string, Province | PoolingRegion | Hospital | null> {
    if (entity === Province) return this.province;
    if (entity === PoolingRegion) return this.region;
    return this.hospital;
  }
}

/** This request's registry loaders. */
export const registryLoaders = (ctx: RequestContext): RegistryLoaders =>
  ctx.loaders.for(RegistryLoaders);
