/** Database plumbing: embedded cluster, provisioning, ORM, tenant transactions, paging. */
export { prepareDatabase, DEFAULT_DATABASE, type PreparedDatabase } from './database';
export { createOrm, MikroORM, type EntityManager } from './orm';
export {
  inTenantTransaction,
  type SqlRunner,
  type TenantSettings,
  type TenantTransaction,
} from './tenant-transaction';
export {
  loadPages,
  type PageShape,
  type PageSource,
  type SqlCondition,
  type RawPage,
} from './page-query';
export { translateDriverError } from './driver-errors';
export { atomically } from './atomic';
export { entityColumns, readOnlyMapper, readOnlyPrototype } from './row-mapper';
export { pgArray, pgColumns } from './pg-array';
export { APP_ROLE, OWNER_ROLE, dropDatabase, provisionDatabase } from './provision';
export { startEmbeddedPostgres, EmbeddedPostgresError } from './embedded-postgres';
