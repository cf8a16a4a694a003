/**
 * Database plumbing: embedded cluster, provisioning, ORM, tenant transactions, paging, bulk SQL,
 * background jobs.
 */
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
export { isDatabaseUnavailable, translateConnectionError } from './connection-errors';
export { atomically } from './atomic';
export {
  entityColumns,
  readOnlyMapper,
  readOnlyPrototype,
  type MetadataSource,
} from './row-mapper';
export { pgArray, pgColumns } from './pg-array';
export {
  copyFrom,
  copyTextRows,
  insertFromUnnest,
  quoteTable,
  sqlClientOf,
  toSqlText,
  upsert,
  type BulkColumn,
  type BulkResult,
  type CopyOptions,
  type InsertFromUnnestOptions,
  type TableName,
  type UpsertOptions,
  type UpsertResult,
} from './bulk-sql';
export { dropDatabase, provisionDatabase, type ProvisionedDatabase } from './provision';
export { roleNamesFor, LEGACY_ROLES, type RoleNames } from './role-names';
export { startEmbeddedPostgres, EmbeddedPostgresError } from './embedded-postgres';
export {
  defineJob,
  enqueueJob,
  JobRunner,
  type AnyJobDefinition,
  type EnqueueScope,
  type JobContext,
  type JobDefinition,
  type JobRunnerOptions,
  type JobSpec,
} from './jobs';
