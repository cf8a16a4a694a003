import type { MetadataStorage } from '@mikro-orm/core';

/** Anything that knows the entity metadata: the ORM, or an EntityManager. */
export interface MetadataSource {
  getMetadata(): MetadataStorage;
}

type Row = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const mappers = new WeakMap<Function, (row: Row) => object>();

/**
 * Turns raw rows into read-only instances of an entity class (so getters such as the global
 * `id` work) without registering them in the request's identity map. Page queries return
 * thousands of rows that are only serialised; managing each one through the unit of work cost
 * more than the SQL itself. Writes always load managed entities through the EntityManager.
 */
export function readOnlyMapper<T extends object>(
  em: MetadataSource,
  entity: new () => T,
): (row: Row) => T {
  let mapper = mappers.get(entity);
  if (!mapper) {
    const columns = persistedColumns(em, entity);
    const prototype = readOnlyPrototype(em, entity);
    mapper = (row: Row) => {
      const instance = Object.create(prototype) as Record<string, unknown>;
      for (const [column, property] of columns) instance[property] = row[column];
      return instance;
    };
    mappers.set(entity, mapper);
  }
  return mapper as (row: Row) => T;
}

const prototypes = new WeakMap<Function, object>(); // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/**
 * A prototype for read-only instances of an entity: `instanceof` the entity (GraphQL type
 * resolution, getters such as the global `id`), without the change-tracking accessors the ORM
 * defines on the entity prototype — a prototype in between shadows them with plain data
 * properties. Rows whose keys are already property names become instances by taking it on.
 */
export function readOnlyPrototype(em: MetadataSource, entity: new () => object): object {
  let prototype = prototypes.get(entity);
  if (!prototype) {
    prototype = Object.create(entity.prototype) as object;
    for (const [, property] of persistedColumns(em, entity)) {
      Object.defineProperty(prototype, property, {
        value: undefined,
        writable: true,
        enumerable: true,
      });
    }
    prototypes.set(entity, prototype);
  }
  return prototype;
}

function persistedColumns(em: MetadataSource, entity: new () => object) {
  return [...entityColumns(em, entity)].map(([property, column]) => [column, property] as const);
}

const columnMaps = new WeakMap<Function, ReadonlyMap<string, string>>(); // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/** Property name → column name for an entity's single-column persisted properties. */
export function entityColumns(
  em: MetadataSource,
  entity: new () => object,
): ReadonlyMap<string, string> {
  let map = columnMaps.get(entity);
  if (!map) {
    map = new Map(
      em
        .getMetadata()
        .get(entity.name)
        .props.filter((prop) => prop.fieldNames?.length === 1 && prop.persist !== false)
        .map((prop) => [prop.name, prop.fieldNames[0]] as const),
    );
    columnMaps.set(entity, map);
  }
  return map;
}
