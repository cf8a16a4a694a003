import DataLoader from 'dataloader';
import { readOnlyMapper } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { entitySource, PageLoaders, type ConnectionSource } from '../../graphql/page-loaders';
import { PaymentStandard } from './payment-standard.entity';
import {
  StandardBedDay,
  StandardCoefficient,
  StandardExclusionItem,
  StandardOutOfRegionCoefficient,
  StandardTcmAdvantage,
} from './standard-rows.entity';

/** A row table of a standard: its entity, table and sort key (unique within a standard). */
export interface StandardRowTable<T extends object> {
  readonly entity: new () => T;
  readonly table: string;
  readonly sortColumn: string;
  readonly sortField: keyof T & string;
}

export const COEFFICIENTS: StandardRowTable<StandardCoefficient> = {
  entity: StandardCoefficient,
  table: 'standard_coefficient',
  sortColumn: 'row_key',
  sortField: 'rowKey',
};
export const OUT_OF_REGION_COEFFICIENTS: StandardRowTable<StandardOutOfRegionCoefficient> = {
  entity: StandardOutOfRegionCoefficient,
  table: 'standard_out_of_region_coefficient',
  sortColumn: 'insured_region_code',
  sortField: 'insuredRegionCode',
};
export const BED_DAYS: StandardRowTable<StandardBedDay> = {
  entity: StandardBedDay,
  table: 'standard_bed_day',
  sortColumn: 'category_code',
  sortField: 'categoryCode',
};
export const TCM_ADVANTAGE: StandardRowTable<StandardTcmAdvantage> = {
  entity: StandardTcmAdvantage,
  table: 'standard_tcm_advantage',
  sortColumn: 'disease_code',
  sortField: 'diseaseCode',
};
export const EXCLUSION_ITEMS: StandardRowTable<StandardExclusionItem> = {
  entity: StandardExclusionItem,
  table: 'standard_exclusion_item',
  sortColumn: 'row_key',
  sortField: 'rowKey',
};
export const ROW_TABLES = [
  COEFFICIENTS,
  OUT_OF_REGION_COEFFICIENTS,
  BED_DAYS,
  TCM_ADVANTAGE,
  EXCLUSION_ITEMS,
] as const;

/**
 * The standard module's loaders for one request: standards by id (one `= any(…)` statement per
 * batch, read-only instances), standards as a root connection, and each row table as a
 * connection nested under its standard (every standard of a level paged in one statement).
 */
export class StandardLoaders {
  readonly standard: DataLoader<string, PaymentStandard | null>;
  private readonly sources = new Map<string, unknown>();

  constructor(private readonly ctx: RequestContext) {
    const toEntity = readOnlyMapper(ctx.metadata, PaymentStandard);
    this.standard = new DataLoader(async (ids) => {
      const rows = await ctx.sql('select * from payment_standard where id = any($1::uuid[])', [
        ids,
      ]);
      const byId = new Map(rows.map((row) => [String(row.id), toEntity(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Standards, all visible or per owner (`partitionBy: 'owner_code'`: a region's standards). */
  standards(partitionBy?: 'owner_code'): ConnectionSource<PaymentStandard> {
    return this.source(`standards:${partitionBy}`, () =>
      entitySource(this.ctx, PaymentStandard, {
        table: 'payment_standard',
        sortKey: 'id',
        partitionBy,
        keyFields: ['uuid'],
        computed: { id: ['uuid'], parent: ['parentId'], catalogVersion: ['catalogVersionId'] },
        cursorOf: (s) => s.uuid,
      }),
    );
  }

  rows<T extends object>(table: StandardRowTable<T>): ConnectionSource<T> {
    return this.source(table.table, () =>
      entitySource(this.ctx, table.entity, {
        table: table.table,
        sortKey: table.sortColumn,
        partitionBy: 'version_id',
        partitionType: 'uuid',
        keyFields: [table.sortField],
        cursorOf: (row) => String(row[table.sortField]),
      }),
    );
  }

  private source<T>(key: string, make: () => ConnectionSource<T>): ConnectionSource<T> {
    let source = this.sources.get(key);
    if (!source) {
      source = make();
      this.sources.set(key, source);
    }
    return source as ConnectionSource<T>;
  }

  /** After a write: the stored standard answers later lookups; cached pages are dropped. */
  written(standard: PaymentStandard): void {
    this.standard.clear(standard.uuid).prime(standard.uuid, standard);
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

export const standardLoaders = (ctx: RequestContext): StandardLoaders =>
  ctx.loaders.for(StandardLoaders);
