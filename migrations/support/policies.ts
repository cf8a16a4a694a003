import { roleNamesFor } from '../../src/db/role-names';

/**
 * SQL building blocks for row-level security in migrations.
 *
 * Every policy reads the request's transaction-local settings, set by the server from the
 * verified token before anything else runs in the request's transaction:
 *   app.scope     NATIONAL | PROVINCE | REGION | HOSPITAL
 *   app.code      the principal's own code (province, region or hospital code)
 *   app.province  the principal's province code ('' for NATIONAL)
 * A request without settings reads them as NULL (or '' once a transaction has set them), which
 * matches no predicate built here: policies fail closed.
 *
 * Migrations are history. An applied migration must go on producing the SQL it produced when it
 * ran (test/unit/migration-history.test.ts pins every migration's SQL), so never change what an
 * exported helper emits: add a new helper, or a new option whose default keeps the old output.
 */

export type SettingName = 'scope' | 'code' | 'province';
export type Scope = 'NATIONAL' | 'PROVINCE' | 'REGION' | 'HOSPITAL';

/** `(select current_setting('app.x', true))`: evaluated once per statement, never per row. */
export const setting = (name: SettingName): string =>
  `(select current_setting('app.${name}', true))`;

/** The request's principal has this scope. */
export const scopeIs = (scope: Scope): string => `${setting('scope')} = '${scope}'`;

/** Any authenticated principal: the request set a known scope. */
export const AUTHENTICATED = `${setting('scope')} in ('NATIONAL', 'PROVINCE', 'REGION', 'HOSPITAL')`;

/**
 * The caller is the owner recorded on the row (owner_scope/owner_code), within its province (a
 * NATIONAL owner's rows have no province).
 */
export const IS_OWNER = `(owner_scope = ${setting('scope')} and owner_code = ${setting('code')}
  and (owner_scope = 'NATIONAL' or province_code = ${setting('province')}))`;

/** Something that knows the database a migration runs against (a MikroORM Configuration). */
export interface DatabaseNamed {
  get(key: 'dbName'): unknown;
}

/**
 * The installation's application role, quoted, for `grant … to ${appRole(this.config)}` in a
 * migration. Roles are named per database (see src/db/role-names.ts), so grants follow the
 * database a migration runs in.
 */
export function appRole(config: DatabaseNamed): string {
  const databaseName = config.get('dbName');
  if (typeof databaseName !== 'string' || !databaseName)
    throw new Error('migration needs the database name to name the application role');
  return quoteIdentifier(roleNamesFor(databaseName).app);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
