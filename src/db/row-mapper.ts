import type { EntityManager } from '@mikro-orm/postgresql';

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
  em: EntityManager,
  entity: new () => T,
): (row: Row) => T {
  let mapper = mappers.get(entity);
  if (!mapper) {
    const columns = em
      .getMetadata()
      .get(entity.name)
      .props.filter((prop) => prop.fieldNames?.length === 1 && prop.persist !== false)
      .map((prop) => [prop.fieldNames[0], prop.name] as const);
    // The ORM defines change-tracking accessors on the entity prototype; a prototype in between
    // shadows them with plain data properties, so these instances stay `instanceof` the entity
    // (GraphQL type resolution, getters) at the cost of a plain object.
    const prototype = Object.create(entity.prototype) as object;
    for (const [, property] of columns) {
      Object.defineProperty(prototype, property, {
        value: undefined,
        writable: true,
        enumerable: true,
      });
    }
    mapper = (row: Row) => {
      const instance = Object.create(prototype) as Record<string, unknown>;
      for (const [column, property] of columns) instance[property] = row[column];
      return instance;
    };
    mappers.set(entity, mapper);
  }
  return mapper as (row: Row) => T;
}

const columnMaps = new WeakMap<Function, ReadonlyMap<string, string>>(); // eslint-disable-line @typescript-eslint/no-unsafe-function-type

/** Property name → column name for an entity's single-column persisted properties. */
export function entityColumns(
  em: EntityManager,
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
