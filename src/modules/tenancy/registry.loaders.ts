import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context';
import {
  entityByKeyLoader,
  entitySource,
  PageLoaders,
  type ConnectionSource,
} from '../../graphql/page-loaders';
import { Hospital } from './hospital.entity';
import { PoolingRegion } from './pooling-region.entity';
import { Province } from './province.entity';

type RegistryEntity = Province | PoolingRegion | Hospital;
const byCode = (item: RegistryEntity) => item.code;

/**
 * The registry's loaders for one request: by-code lookups batched into one `= any(…)` query per
 * table; connections through the shared page loaders (one statement per nested level).
 */
export class RegistryLoaders {
  readonly province: DataLoader<string, Province | null>;
  readonly region: DataLoader<string, PoolingRegion | null>;
  readonly hospital: DataLoader<string, Hospital | null>;
  private readonly sources = new Map<string, unknown>();

  constructor(private readonly ctx: RequestContext) {
    this.province = entityByKeyLoader(ctx, Province, {
      table: 'province',
      key: 'code',
      keyOf: byCode,
    });
    this.region = entityByKeyLoader(ctx, PoolingRegion, {
      table: 'pooling_region',
      key: 'code',
      keyOf: byCode,
    });
    this.hospital = entityByKeyLoader(ctx, Hospital, {
      table: 'hospital',
      key: 'code',
      keyOf: byCode,
    });
  }

  provinces(): ConnectionSource<Province> {
    return this.source('province', () =>
      entitySource(this.ctx, Province, {
        table: 'province',
        sortKey: 'code',
        keyFields: ['code'],
        computed: { id: ['code'] },
        cursorOf: byCode,
      }),
    );
  }

  /** Regions, all visible or per province (`partitionBy: 'province_code'`). */
  regions(partitionBy?: 'province_code'): ConnectionSource<PoolingRegion> {
    return this.source(`region:${partitionBy}`, () =>
      entitySource(this.ctx, PoolingRegion, {
        table: 'pooling_region',
        sortKey: 'code',
        partitionBy,
        keyFields: ['code'],
        computed: { id: ['code'], province: ['provinceCode'] },
        cursorOf: byCode,
      }),
    );
  }

  /** Hospitals, all visible, per province or per region. */
  hospitals(partitionBy?: 'province_code' | 'region_code'): ConnectionSource<Hospital> {
    return this.source(`hospital:${partitionBy}`, () =>
      entitySource(this.ctx, Hospital, {
        table: 'hospital',
        sortKey: 'code',
        partitionBy,
        keyFields: ['code'],
        computed: { id: ['code'], province: ['provinceCode'], region: ['regionCode'] },
        cursorOf: byCode,
      }),
    );
  }

  /** One source object per request and shape (nested fields ask for it once per parent). */
  private source<T extends RegistryEntity>(key: string, make: () => ConnectionSource<T>) {
    let source = this.sources.get(key);
    if (!source) {
      source = make();
      this.sources.set(key, source);
    }
    return source as ConnectionSource<T>;
  }

  /**
   * After a write: the stored entity answers later lookups of its code, and every cached page is
   * dropped, so later fields of the same operation see the change.
   */
  written(entity: RegistryEntity): void {
    const loader = (
      entity instanceof Province
        ? this.province
        : entity instanceof PoolingRegion
          ? this.region
          : this.hospital
    ) as DataLoader<string, RegistryEntity | null>;
    loader.clear(entity.code).prime(entity.code, entity);
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

/** This request's registry loaders. */
export const registryLoaders = (ctx: RequestContext): RegistryLoaders =>
  ctx.loaders.for(RegistryLoaders);
