import type { DipAuxRow, DipGroupRow } from '../../domain/grouping/dip';
import { CatalogKind } from './catalog.enums';
import { BedDayCategory, DipAuxFactor, DipGroup, DrgGroup, TcmDisease } from './catalog-rows.types';

/** A column of a catalog row table: its SQL name, its read-model property, and its SQL type. */
interface Column {
  sql: string;
  prop: string;
  type: 'text' | 'numeric' | 'int' | 'jsonb' | 'text[]';
}

/** The row tables of catalog versions, described once for paging, copying, upserting and diffing. */
export interface CatalogTable<T extends object = object> {
  /** Name used in diffs and errors, e.g. DRG_GROUP. */
  name: 'DRG_GROUP' | 'DIP_GROUP' | 'DIP_AUX_FACTOR' | 'TCM_DISEASE' | 'BED_DAY_CATEGORY';
  table: string;
  kind: CatalogKind;
  readModel: new () => T;
  /** Columns besides version_id and origin; the first is always `code`, the key within a version. */
  columns: Column[];
  /** The number a diff reports as "re-weighted" (weight, score, factor, standard). */
  valueColumn: string;
}

const c = (sql: string, type: Column['type'] = 'text'): Column => ({
  sql,
  prop: sql.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase()),
  type,
});

export const DRG_GROUPS: CatalogTable<DrgGroup> = {
  name: 'DRG_GROUP',
  table: 'drg_group',
  kind: CatalogKind.DRG,
  readModel: DrgGroup,
  columns: [
    c('code'),
    c('mdc'),
    c('adrg'),
    c('name'),
    c('weight', 'numeric'),
    c('average_cost', 'numeric'),
    c('average_los', 'numeric'),
  ],
  valueColumn: 'weight',
};

export const DIP_GROUPS: CatalogTable<DipGroup> = {
  name: 'DIP_GROUP',
  table: 'dip_group',
  kind: CatalogKind.DIP,
  readModel: DipGroup,
  columns: [
    c('code'),
    c('kind'),
    c('diagnosis_key'),
    c('procedure_expression'),
    c('procedure_class'),
    c('name'),
    c('score', 'numeric'),
    c('average_cost', 'numeric'),
  ],
  valueColumn: 'score',
};

export const DIP_AUX_FACTORS: CatalogTable<DipAuxFactor> = {
  name: 'DIP_AUX_FACTOR',
  table: 'dip_aux_factor',
  kind: CatalogKind.DIP,
  readModel: DipAuxFactor,
  columns: [c('code'), c('kind'), c('name'), c('condition', 'jsonb'), c('factor', 'numeric')],
  valueColumn: 'factor',
};

export const TCM_DISEASES: CatalogTable<TcmDisease> = {
  name: 'TCM_DISEASE',
  table: 'tcm_disease',
  kind: CatalogKind.TCM_ADVANTAGE,
  readModel: TcmDisease,
  columns: [
    c('code'),
    c('name'),
    c('icd10_codes', 'text[]'),
    c('standard', 'numeric'),
    c('min_tcm_treatment_share', 'numeric'),
    c('min_los', 'int'),
    c('max_los', 'int'),
  ],
  valueColumn: 'standard',
};

export const BED_DAY_CATEGORIES: CatalogTable<BedDayCategory> = {
  name: 'BED_DAY_CATEGORY',
  table: 'bed_day_category',
  kind: CatalogKind.BED_DAY,
  readModel: BedDayCategory,
  columns: [c('code'), c('name'), c('daily_standard', 'numeric'), c('max_days', 'int')],
  valueColumn: 'daily_standard',
};

export const CATALOG_TABLES: CatalogTable[] = [
  DRG_GROUPS,
  DIP_GROUPS,
  DIP_AUX_FACTORS,
  TCM_DISEASES,
  BED_DAY_CATEGORIES,
];

/** The row tables a catalog kind uses. */
export function tablesOf(kind: CatalogKind): CatalogTable[] {
  return CATALOG_TABLES.filter((t) => t.kind === kind);
}

const fieldMaps = new WeakMap<CatalogTable, ReadonlyMap<string, string>>();

/**
 * Read-model field → column, for paging with lookahead: rows come back keyed by field name with
 * only the selected columns, and every statement lists its columns (so it can stay prepared).
 */
export function fieldColumns(table: CatalogTable): ReadonlyMap<string, string> {
  let map = fieldMaps.get(table);
  if (!map) {
    map = new Map([
      ...table.columns.map((column) => [column.prop, column.sql] as const),
      ['origin', 'origin'] as const,
    ]);
    fieldMaps.set(table, map);
  }
  return map;
}

/**
 * A row keyed by field name (see `fieldColumns`) becomes a read model in place: the values the
 * API serves as another type than the driver returns are converted, the rest taken as they are.
 */
export function fieldRowToReadModel<T extends object>(
  table: CatalogTable<T>,
  row: Record<string, unknown>,
): T {
  for (const column of table.columns) {
    if (column.type !== 'int' && column.type !== 'jsonb') continue;
    const value = row[column.prop];
    if (value === undefined || value === null) continue;
    row[column.prop] = column.type === 'int' ? Number(value) : JSON.stringify(value);
  }
  return Object.setPrototypeOf(row, table.readModel.prototype) as T;
}

/** Maps a raw row to the table's read model (snake_case columns → camelCase properties). */
export function toReadModel<T extends object>(
  table: CatalogTable<T>,
  row: Record<string, unknown>,
): T {
  const model = new table.readModel() as Record<string, unknown>;
  for (const column of table.columns) {
    const value = row[column.sql];
    model[column.prop] =
      value === null || value === undefined
        ? null
        : column.type === 'jsonb'
          ? JSON.stringify(value)
          : column.type === 'int'
            ? Number(value)
            : value;
  }
  model.origin = row.origin;
  return model as T;
}

/**
 * Writes rows into a draft version in one statement: `insert … select from unnest(…)`, upserting
 * on (version_id, code). A row that overwrites an inherited one becomes OVERRIDDEN.
 * `values[i]` holds the column values of row i in `table.columns` order, as text or null.
 */
export function upsertSql(table: CatalogTable): string {
  const names = table.columns.map((col) => col.sql);
  const unnest = table.columns.map(() => '?::text[]').join(', ');
  const casts = table.columns.map((col, i) => {
    const v = `v${i}`;
    switch (col.type) {
      case 'numeric':
        return `${v}::numeric`;
      case 'int':
        return `${v}::integer`;
      case 'jsonb':
        return `${v}::jsonb`;
      case 'text[]': // lists travel as comma-joined text: unnest cannot carry arrays of arrays
        return `coalesce(string_to_array(nullif(${v}, ''), ','), '{}')`;
      default:
        return v;
    }
  });
  const aliases = table.columns.map((_, i) => `v${i}`).join(', ');
  const updates = names
    .slice(1)
    .map((n) => `${n} = excluded.${n}`)
    .join(', ');
  return `insert into ${table.table} (version_id, ${names.join(', ')}, origin)
select ?::uuid, ${casts.join(', ')}, 'ADDED' from unnest(${unnest}) as x(${aliases})
on conflict (version_id, code) do update set ${updates},
  origin = case when ${table.table}.origin = 'INHERITED' then 'OVERRIDDEN' else ${table.table}.origin end`;
}

/** Copies every row of the parent version into the child, marked INHERITED. */
export function copySql(table: CatalogTable): string {
  const names = table.columns.map((col) => col.sql).join(', ');
  return `insert into ${table.table} (version_id, ${names}, origin)
select ?::uuid, ${names}, 'INHERITED' from ${table.table} where version_id = ?::uuid`;
}

/**
 * Recomputes `origin` of a derived version's rows against its parent: a code the parent lacks is
 * ADDED; one with the parent's values is INHERITED, otherwise OVERRIDDEN — whatever sequence of
 * upserts, removals and uploads produced the row.
 */
export function refreshOriginsSql(table: CatalogTable): string {
  const cols = table.columns.slice(1).map((col) => col.sql);
  const tuple = (alias: string) => `(${cols.map((col) => `${alias}.${col}`).join(', ')})`;
  return `update ${table.table} c set origin = coalesce((
  select case when ${tuple('p')} is not distinct from ${tuple('c')} then 'INHERITED' else 'OVERRIDDEN' end
  from ${table.table} p where p.version_id = ?::uuid and p.code = c.code), 'ADDED')
where c.version_id = ?::uuid`;
}

/** A DIP engine group row as dip_group column values (DIP_GROUPS.columns order). */
export function dipGroupValues(g: DipGroupRow): (string | null)[] {
  return [
    g.code,
    g.kind,
    g.diagnosisKey,
    g.procedureExpression,
    g.procedureClass ?? null,
    g.name,
    g.score,
    g.averageCost,
  ];
}

/** A DIP engine auxiliary row as dip_aux_factor column values (DIP_AUX_FACTORS.columns order). */
export function dipAuxValues(a: DipAuxRow, index: number): (string | null)[] {
  return [
    a.code || `AUX-${index + 1}`,
    a.kind,
    a.name || a.kind,
    JSON.stringify(a.condition),
    a.factor,
  ];
}
