import { Migration } from '@mikro-orm/migrations';
import { appRole, AUTHENTICATED, IS_OWNER, setting } from './support/policies';

/** Group rows belong to a version: visible when the version is, writable while it is the caller's draft. */
const VERSION_VISIBLE = `exists (select 1 from catalog_version v where v.id = version_id)`;
const VERSION_EDITABLE = `exists (select 1 from catalog_version v where v.id = version_id and v.status = 'DRAFT'
  and v.owner_scope = ${setting('scope')} and v.owner_code = ${setting('code')})`;

const GROUP_TABLES = [
  'drg_group',
  'dip_group',
  'dip_aux_factor',
  'tcm_disease',
  'bed_day_category',
];

function groupTablePolicies(table: string, app: string): string {
  return `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_read on ${table} for select using (${VERSION_VISIBLE});
create policy ${table}_insert on ${table} for insert with check (${VERSION_EDITABLE});
create policy ${table}_update on ${table} for update using (${VERSION_EDITABLE}) with check (${VERSION_EDITABLE});
create policy ${table}_delete on ${table} for delete using (${VERSION_EDITABLE});
create trigger ${table}_frozen before insert or update or delete on ${table}
  for each row execute function catalog_rows_frozen();
grant select, insert, update, delete on ${table} to ${app};`;
}

/**
 * Disease catalogs: code tables, rule packages, catalog versions and their groups.
 *
 * Who may see and write what (row-level security, same settings as the registry):
 *   code_entry       read: any authenticated principal. write: NATIONAL (the import CLI runs as
 *                    the owner role).
 *   rule_package     read: any authenticated principal (grouping rules are public so hospitals
 *                    can check their results). insert: the owner scope it names. Never updated:
 *                    a changed package is a new package.
 *   catalog_version  read: PUBLISHED and RETIRED versions by everybody; a DRAFT only by its owner
 *                    (a region's draft is invisible to other regions, its province included,
 *                    until published). write: only the owner (owner_scope + owner_code, within
 *                    its province). The catalog_version_lifecycle trigger makes a published
 *                    version immutable: DRAFT → PUBLISHED → RETIRED, and after publishing only
 *                    the retirement (status, retired_at, retired_on) may change.
 *   group tables     (drg_group, dip_group, dip_aux_factor, tcm_disease, bed_day_category)
 *                    read: whoever can see the version. write: the version's owner while it is a
 *                    DRAFT; the catalog_rows_frozen trigger refuses any change to a non-draft
 *                    version's rows for every role, the owner role included.
 */
export class Migration20261123100000Catalogs extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table code_entry (
  kind text not null check (kind in ('ICD10', 'ICD9CM3', 'TCM_DISEASE', 'TCM_SYNDROME')),
  code text not null check (length(code) between 1 and 40 and code = btrim(code)),
  name text not null check (length(name) between 1 and 500),
  valid_from date,
  valid_to date,
  source text,
  primary key (kind, code),
  check (valid_to is null or valid_from is null or valid_to > valid_from)
);
alter table code_entry enable row level security;
alter table code_entry force row level security;
create policy code_entry_read on code_entry for select using (${AUTHENTICATED});
create policy code_entry_insert on code_entry for insert with check (${setting('scope')} = 'NATIONAL');
create policy code_entry_update on code_entry for update
  using (${setting('scope')} = 'NATIONAL') with check (${setting('scope')} = 'NATIONAL');
grant select, insert, update on code_entry to ${app};

create table rule_package (
  id uuid primary key,
  kind text not null check (kind in ('DRG')),
  name text not null check (length(btrim(name)) between 1 and 200),
  version text not null check (length(btrim(version)) between 1 and 50),
  owner_scope text not null check (owner_scope in ('NATIONAL', 'PROVINCE', 'REGION')),
  owner_code text not null,
  province_code varchar(6) references province (code),
  content jsonb not null,
  sha256 text not null,
  created_at timestamptz not null default now(),
  check ((owner_scope = 'NATIONAL') = (province_code is null))
);
create index rule_package_owner_idx on rule_package (owner_code, owner_scope);
create index rule_package_province_idx on rule_package (province_code);
alter table rule_package enable row level security;
alter table rule_package force row level security;
create policy rule_package_read on rule_package for select using (${AUTHENTICATED});
create policy rule_package_insert on rule_package for insert with check (${IS_OWNER});
grant select, insert on rule_package to ${app};

create table catalog_version (
  id uuid primary key,
  kind text not null check (kind in ('DRG', 'DIP', 'TCM_ADVANTAGE', 'BED_DAY')),
  name text not null check (length(btrim(name)) between 1 and 200),
  version_label text not null check (length(btrim(version_label)) between 1 and 50),
  owner_scope text not null check (owner_scope in ('NATIONAL', 'PROVINCE', 'REGION')),
  owner_code text not null,
  province_code varchar(6) references province (code),
  parent_id uuid references catalog_version (id),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  effective_from date not null,
  effective_to date check (effective_to is null or effective_to > effective_from),
  scale_k numeric(12, 4) check (scale_k is null or scale_k > 0),
  rule_package_id uuid references rule_package (id),
  demo boolean not null default false,
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  retired_at timestamptz,
  -- first day no longer in force (retirement); the version applies to earlier days only
  retired_on date,
  check ((owner_scope = 'NATIONAL') = (province_code is null)),
  check (kind = 'DRG' or rule_package_id is null),
  check (kind = 'DIP' or scale_k is null)
);
create index catalog_version_owner_idx on catalog_version (owner_code, owner_scope);
create index catalog_version_province_idx on catalog_version (province_code);
create index catalog_version_status_idx on catalog_version (status, kind);
create index catalog_version_parent_idx on catalog_version (parent_id);
create trigger catalog_version_updated_at before update on catalog_version
  for each row execute function set_updated_at();

create function catalog_version_lifecycle() returns trigger language plpgsql as $$
begin
  if old.status = 'RETIRED' then
    raise exception 'catalog version % is retired and cannot change', old.id using errcode = 'P0001', hint = 'CATALOG_IMMUTABLE';
  end if;
  if old.status = 'PUBLISHED' then
    if new.status <> 'RETIRED'
       or (to_jsonb(new) - array['status', 'retired_at', 'retired_on', 'updated_at'])
          is distinct from (to_jsonb(old) - array['status', 'retired_at', 'retired_on', 'updated_at']) then
      raise exception 'catalog version % is published: it can only be retired; make a new version to change it', old.id
        using errcode = 'P0001', hint = 'CATALOG_IMMUTABLE';
    end if;
  end if;
  if old.status = 'DRAFT' and new.status = 'RETIRED' then
    raise exception 'a draft cannot be retired; publish it first' using errcode = 'P0001', hint = 'INVALID_TRANSITION';
  end if;
  return new;
end $$;
create trigger catalog_version_lifecycle before update on catalog_version
  for each row execute function catalog_version_lifecycle();

alter table catalog_version enable row level security;
alter table catalog_version force row level security;
create policy catalog_version_read on catalog_version for select using (
  status in ('PUBLISHED', 'RETIRED') or ${IS_OWNER}
);
create policy catalog_version_insert on catalog_version for insert with check (${IS_OWNER} and status = 'DRAFT');
create policy catalog_version_update on catalog_version for update using (${IS_OWNER}) with check (${IS_OWNER});
grant select, insert, update on catalog_version to ${app};

create function catalog_rows_frozen() returns trigger language plpgsql as $$
declare
  target uuid;
  current_status text;
begin
  -- both sides of an update: rows may neither enter nor leave a non-draft version
  foreach target in array array_remove(array[old.version_id, new.version_id], null) loop
    -- FOR SHARE: a concurrent publish waits for this write to commit (and this write waits for
    -- a publish in progress), so no row can slip into a version after it was published.
    -- Invoker rights: for the app role RLS hides other owners' versions, whose rows its own
    -- policies refuse anyway; the owner role sees every version.
    select status into current_status from catalog_version where id = target for share;
    if current_status is distinct from 'DRAFT' and current_status is not null then
      raise exception 'catalog version % is %: its rows cannot change', target, lower(current_status)
        using errcode = 'P0001', hint = 'CATALOG_IMMUTABLE';
    end if;
  end loop;
  return coalesce(new, old);
end $$;

-- origin: INHERITED (copied from the parent version), OVERRIDDEN (copied, then changed locally),
-- ADDED (local addition). A national version's own rows are ADDED.
create table drg_group (
  version_id uuid not null references catalog_version (id),
  code text not null check (code ~ '^[A-Z]{2}[A-Z0-9][0-9]{1,2}$'),
  mdc text not null check (mdc ~ '^MDC[A-Z]$'),
  adrg text not null check (adrg ~ '^[A-Z]{2}[A-Z0-9]{1,2}$'),
  name text not null check (length(btrim(name)) between 1 and 200),
  weight numeric(10, 4) not null check (weight > 0),
  average_cost numeric(14, 2) check (average_cost >= 0),
  average_los numeric(8, 2) check (average_los >= 0),
  origin text not null default 'ADDED' check (origin in ('INHERITED', 'OVERRIDDEN', 'ADDED')),
  primary key (version_id, code)
);
create index drg_group_adrg_idx on drg_group (version_id, adrg);

create table dip_group (
  version_id uuid not null references catalog_version (id),
  code text not null check (length(code) between 1 and 60),
  kind text not null check (kind in ('CORE', 'PRIMARY_CARE', 'COMPREHENSIVE')),
  diagnosis_key text not null check (length(diagnosis_key) between 1 and 20),
  procedure_expression text,
  procedure_class text check (procedure_class in ('CONSERVATIVE', 'DIAGNOSTIC', 'THERAPEUTIC', 'RELATED_SURGERY')),
  name text not null check (length(btrim(name)) between 1 and 300),
  score numeric(12, 4) not null check (score > 0),
  average_cost numeric(14, 2) not null check (average_cost >= 0),
  origin text not null default 'ADDED' check (origin in ('INHERITED', 'OVERRIDDEN', 'ADDED')),
  primary key (version_id, code)
);
create index dip_group_diagnosis_idx on dip_group (version_id, diagnosis_key);

create table dip_aux_factor (
  version_id uuid not null references catalog_version (id),
  code text not null check (length(code) between 1 and 60),
  kind text not null check (kind in ('SEVERITY', 'AGE', 'TUMOR_STAGE', 'DEATH')),
  condition jsonb not null,
  factor numeric(8, 4) not null check (factor > 0),
  name text not null,
  origin text not null default 'ADDED' check (origin in ('INHERITED', 'OVERRIDDEN', 'ADDED')),
  primary key (version_id, code)
);

create table tcm_disease (
  version_id uuid not null references catalog_version (id),
  code text not null check (length(code) between 1 and 40),
  name text not null check (length(btrim(name)) between 1 and 200),
  icd10_codes text[] not null default '{}',
  standard numeric(14, 2) not null check (standard > 0),
  min_tcm_treatment_share numeric(5, 4) not null default 0 check (min_tcm_treatment_share between 0 and 1),
  min_los integer check (min_los >= 0),
  max_los integer check (max_los >= 0),
  origin text not null default 'ADDED' check (origin in ('INHERITED', 'OVERRIDDEN', 'ADDED')),
  primary key (version_id, code),
  check (max_los is null or min_los is null or max_los >= min_los)
);

create table bed_day_category (
  version_id uuid not null references catalog_version (id),
  code text not null check (length(code) between 1 and 40),
  name text not null check (length(btrim(name)) between 1 and 200),
  daily_standard numeric(12, 2) not null check (daily_standard > 0),
  max_days integer check (max_days > 0),
  origin text not null default 'ADDED' check (origin in ('INHERITED', 'OVERRIDDEN', 'ADDED')),
  primary key (version_id, code)
);
${GROUP_TABLES.map((table) => groupTablePolicies(table, app)).join('\n')}
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table ${GROUP_TABLES.join(', ')};
drop function catalog_rows_frozen();
drop table catalog_version;
drop function catalog_version_lifecycle();
drop table rule_package;
drop table code_entry;
`);
  }
}
