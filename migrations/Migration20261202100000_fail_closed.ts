import { Migration } from '@mikro-orm/migrations';
import { AUTHENTICATED, IS_OWNER } from './support/policies';

/**
 * Fail closed: a request that carries no tenant settings sees no row of any table.
 *
 * catalog_version_read let published and retired versions through to a transaction with no
 * settings at all (and, through its EXISTS sub-select, the rows of every group table). Published
 * catalogs stay public, but only to an authenticated principal — any of the four scopes — as
 * code tables and rule packages already were:
 *
 *   catalog_version  read: PUBLISHED and RETIRED versions by every authenticated principal; a
 *                    DRAFT only by its owner. No settings: nothing.
 *   group tables     read: whoever can see the version (unchanged), hence nothing without
 *                    settings.
 *
 * Every other policy in pg_policies already compared a setting with a column or a scope name,
 * which NULL (unset) or '' (set empty) never satisfies; test/security/database-roles.test.ts
 * checks every table as the application role without settings.
 */
export class Migration20261202100000FailClosed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter policy catalog_version_read on catalog_version using (
  (${AUTHENTICATED} and status in ('PUBLISHED', 'RETIRED')) or ${IS_OWNER}
);
comment on policy catalog_version_read on catalog_version is
  'Read: PUBLISHED and RETIRED versions by every authenticated principal (NATIONAL, PROVINCE, REGION, HOSPITAL); a DRAFT only by its owner (owner_scope and owner_code, within its province). A request without settings sees nothing.';
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
alter policy catalog_version_read on catalog_version using (
  status in ('PUBLISHED', 'RETIRED') or ${IS_OWNER}
);
comment on policy catalog_version_read on catalog_version is null;
`);
  }
}
