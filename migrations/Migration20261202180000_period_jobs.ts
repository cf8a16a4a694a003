import { Migration } from '@mikro-orm/migrations';
import { appRole, coOwnedPolicies, scopeIs, setting } from './support/policies';

/** The province party to a co-owned row: a PROVINCE principal, its own province's rows. */
const PROVINCE_PARTY = `(${scopeIs('PROVINCE')} and province_code = ${setting('code')} and province_code = ${setting('province')})`;
/** The treatment-site region of a co-owned row, in its province. */
const TREATMENT_REGION_PARTY = `(${scopeIs('REGION')} and treatment_region_code = ${setting('code')} and province_code = ${setting('province')})`;

/** The grouping columns of a revision: the only ones a regrouping may change. */
const GROUPING_COLUMNS = [
  'grouped_by',
  'group_status',
  'drg_status',
  'drg_code',
  'drg_catalog_version_id',
  'rule_package_sha256',
  'dip_status',
  'dip_group_code',
  'dip_catalog_version_id',
  'tcm_classified',
  'tcm_disease_code',
  'tcm_catalog_version_id',
].join(', ');

/**
 * Period jobs: re-grouping and re-pricing a region's discharge period (jobs `case.regroup-period`
 * and `settlement.reprice-period`), started by the region (ADMIN) or its province and run under
 * the starter's settings.
 *
 *   case_payment, case_unpriced  re-pricing REPLACES the rows of the current revisions it prices
 *                  (delete-then-insert inside one chunk's transaction). Delete: the treatment-site
 *                  region and the province, each only rows it is a party to, in its province (a
 *                  hospital and the insured-site region never delete). Insert: the province too,
 *                  beside the case's writers (a province-started job writes the rows).
 *   case_revision  a regrouping changes a revision's grouping IN PLACE: update granted on the
 *                  grouping columns only (never the list itself), to the treatment-site region
 *                  and the province (a restrictive policy keeps the hospital out); the old
 *                  grouping goes to case_regrouping first.
 *   settlement_case  the province may update its province's cases (the denormalised group codes
 *                  follow a regrouping); the keys stay fixed (trigger of Migration20261202130000).
 *   case_regrouping  the audit of every regrouping that changed a revision's grouping: before and
 *                  after, the job that did it, when. CO-OWNED for reading (the treating hospital,
 *                  both regions, the province); inserted by the treatment-site region or the
 *                  province; never updated or deleted.
 *
 * Every policy constrains province_code (Citus distribution key); keys lead with it.
 */
export class Migration20261202180000PeriodJobs extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    const replaceable = (table: string) => `
create policy ${table}_delete on ${table} for delete using (
  ${TREATMENT_REGION_PARTY}
  or ${PROVINCE_PARTY}
);
create policy ${table}_insert_province on ${table} for insert with check (
  ${PROVINCE_PARTY}
);
comment on policy ${table}_delete on ${table} is
  'Re-pricing replaces a period''s rows: only the treatment-site region and the province delete, each rows it is a party to, in its province.';
comment on policy ${table}_insert_province on ${table} is
  'A re-pricing started by the province writes the rows of its province''s cases.';
grant delete on ${table} to ${app};`;
    this.addSql(`
${replaceable('case_payment')}
${replaceable('case_unpriced')}

-- a regrouping rewrites the grouping columns of a revision, never the list
grant update (${GROUPING_COLUMNS}) on case_revision to ${app};
-- only a regrouping writes a revision, and only the treatment-site region or the province runs
-- one: the hospital, a writer of the case, never rewrites a grouping (restrictive: AND-ed)
create policy case_revision_regroupers on case_revision as restrictive for update
  using (${TREATMENT_REGION_PARTY} or ${PROVINCE_PARTY})
  with check (${TREATMENT_REGION_PARTY} or ${PROVINCE_PARTY});
comment on policy case_revision_regroupers on case_revision is
  'Revisions are rewritten only by a regrouping (grouping columns only, by column grant): the treatment-site region or the province, in its province; never the hospital.';
create policy case_revision_update_province on case_revision for update
  using (${PROVINCE_PARTY}) with check (${PROVINCE_PARTY});
comment on policy case_revision_update_province on case_revision is
  'A regrouping started by the province rewrites the grouping of its province''s revisions (column grant: grouping columns only).';
create policy settlement_case_update_province on settlement_case for update
  using (${PROVINCE_PARTY}) with check (${PROVINCE_PARTY});
comment on policy settlement_case_update_province on settlement_case is
  'A regrouping started by the province updates the group codes of its province''s cases.';

create table case_regrouping (
  province_code varchar(6) not null,
  revision_id uuid not null,
  job_run_id uuid not null,
  case_id uuid not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  before jsonb not null check (jsonb_typeof(before) = 'object'),
  after jsonb not null check (jsonb_typeof(after) = 'object'),
  regrouped_at timestamptz not null default now(),
  primary key (province_code, revision_id, job_run_id),
  foreign key (province_code, revision_id, hospital_code, treatment_region_code, insured_region_code)
    references case_revision (province_code, id, hospital_code, treatment_region_code, insured_region_code)
);
${coOwnedPolicies('case_regrouping', { appRole: app, writers: ['TREATMENT_REGION'] })}
create policy case_regrouping_insert_province on case_regrouping for insert with check (
  ${PROVINCE_PARTY}
);
comment on policy case_regrouping_insert_province on case_regrouping is
  'A regrouping started by the province records its changes to its province''s revisions.';
-- an audit: never rewritten
revoke update on case_regrouping from ${app};
`);
  }

  override async down(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
drop table if exists case_regrouping;
drop policy if exists settlement_case_update_province on settlement_case;
drop policy if exists case_revision_update_province on case_revision;
drop policy if exists case_revision_regroupers on case_revision;
revoke update (${GROUPING_COLUMNS}) on case_revision from ${app};
drop policy if exists case_unpriced_insert_province on case_unpriced;
drop policy if exists case_unpriced_delete on case_unpriced;
revoke delete on case_unpriced from ${app};
drop policy if exists case_payment_insert_province on case_payment;
drop policy if exists case_payment_delete on case_payment;
revoke delete on case_payment from ${app};
`);
  }
}
