/** Database plumbing: embedded cluster, provisioning, ORM, tenant transactions, paging. */
export { prepareDatabase, DEFAULT_DATABASE, type PreparedDatabase } from './database';
export { createOrm, MikroORM, type EntityManager } from './orm';
export { inTenantTransaction, type TenantSettings } from './tenant-transaction';
export { loadPages, type PageSource, type SqlCondition, type RawPage } from './page-query';
export { translateDriverError } from './driver-errors';
export { isDatabaseUnavailable, translateConnectionError } from './connection-errors';
export { atomically } from './atomic';
export { readOnlyMapper } from './row-mapper';
export { pgArray, pgColumns } from './pg-array';
export { APP_ROLE, OWNER_ROLE, dropDatabase, provisionDatabase } from './provision';
export { startEmbeddedPostgres, EmbeddedPostgresError } from './embedded-postgres';
