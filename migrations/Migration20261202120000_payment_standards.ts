import { Migration } from '@mikro-orm/migrations';
import { appRole, AUTHENTICATED, IS_OWNER, scopeIs, setting } from './support/policies';

/** The tables of a standard's rows, each frozen with its standard. */
const ROW_TABLES = [
  'standard_coefficient',
  'standard_out_of_region_coefficient',
  'standard_bed_day',
  'standard_tcm_advantage',
  'standard_exclusion_item',
];

const IN_PROVINCE = `province_code = ${setting('province')}`;

/** A standard's rows: visible when the standard is, in its province (NATIONAL: every province). */
const ROW_VISIBLE = `(${scopeIs('NATIONAL')} or ${IN_PROVINCE})
  and exists (select 1 from payment_standard s where s.id = version_id)`;
/** Writable by the standard's owner while it is a DRAFT, in its province. */
const ROW_EDITABLE = `${IN_PROVINCE}
  and exists (select 1 from payment_standard s where s.id = version_id and s.status = 'DRAFT'
    and s.owner_scope = ${setting('scope')} and ${setting('code')} = s.owner_code)`;

function rowTablePolicies(table: string, app: string): string {
  return `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_read on ${table} for select using (${ROW_VISIBLE});
create policy ${table}_insert on ${table} for insert with check (${ROW_EDITABLE});
create policy ${table}_update on ${table} for update using (${ROW_EDITABLE}) with check (${ROW_EDITABLE});
create policy ${table}_delete on ${table} for delete using (${ROW_EDITABLE});
comment on policy ${table}_read on ${table} is 'Payment-standard rows. Read: whoever can see the standard (payment_standard_read), within its province; NATIONAL every province. No settings: nothing.';
comment on policy ${table}_insert on ${table} is 'Payment-standard rows. Insert: only the standard''s owner while it is a DRAFT, in its province.';
comment on policy ${table}_update on ${table} is 'Payment-standard rows. Update: only the standard''s owner while it is a DRAFT, in its province.';
comment on policy ${table}_delete on ${table} is 'Payment-standard rows. Delete: only the standard''s owner while it is a DRAFT, in its province (a draft''s rows are replaced whole).';
create index ${table}_province_idx on ${table} (province_code, version_id);
create trigger ${table}_frozen before insert or update or delete on ${table}
  for each row execute function version_rows_frozen('payment_standard', 'STANDARD_IMMUTABLE');
grant select, insert, update, delete on ${table} to ${app};`;
}

/**
 * Payment standards (支付标准): per pooling region and year, versioned and effective-dated, with
 * the catalogs' lifecycle — DRAFT → PUBLISHED → RETIRED, immutable once published.
 *
 * One lifecycle, not two: the catalogs' trigger functions become table-independent and both
 * catalogs and standards use them.
 *   catalog_version_lifecycle() → version_lifecycle([hint]): the same transitions for any
 *     versioned table with status / retired_at / retired_on / updated_at columns; the hint
 *     naming the broken rule is the trigger's argument (default CATALOG_IMMUTABLE, so the
 *     existing catalog trigger keeps raising exactly what it raised).
 *   catalog_rows_frozen() → version_rows_frozen([version table, hint]): a row table's rows may
 *     neither enter nor leave a non-draft version of the named table (default catalog_version).
 * Existing triggers reference the functions by oid: renaming them keeps the catalogs' triggers.
 *
 * Who may see and write what (row-level security):
 *   payment_standard  read: its owner, always (drafts included); PUBLISHED and RETIRED ones
 *                     also by NATIONAL, by the owner's province, by every pooling region of
 *                     that province (a region prices its out-of-region cases' counterpart
 *                     flows and negotiates with the treatment site, seed 003, so the
 *                     neighbours' standards are readable in the province), and by the
 *                     hospitals of the owning region (a hospital reads its own region's
 *                     standards only; a province's template is not for hospitals). Another
 *                     province sees nothing. A DRAFT is seen by its owner only.
 *                     write: only the owner — the region for its standards, the province for
 *                     its templates — within its province; inserted as DRAFT; the
 *                     version_lifecycle trigger makes a published standard immutable but for
 *                     its retirement.
 *   row tables        (coefficients, out-of-region coefficients, bed-day, TCM-advantage,
 *                     new-technology exclusions) read: whoever sees the standard, in its
 *                     province. write: the owner while the standard is a DRAFT; the
 *                     version_rows_frozen trigger refuses any change to a non-draft
 *                     standard's rows for every role. Every row carries the standard's
 *                     province (a composite foreign key), and every policy constrains it.
 */
export class Migration20261202120000PaymentStandards extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
alter function catalog_version_lifecycle() rename to version_lifecycle;
create or replace function version_lifecycle() returns trigger language plpgsql as $$
declare
  -- the hint names the rule a published version would break, per table (the trigger's argument)
  immutable_hint text := coalesce(tg_argv[0], 'CATALOG_IMMUTABLE');
  what text := replace(tg_table_name, '_', ' ');
begin
  if old.status = 'RETIRED' then
    raise exception '% % is retired and cannot change', what, old.id using errcode = 'P0001', hint = immutable_hint;
  end if;
  if old.status = 'PUBLISHED' then
    if new.status <> 'RETIRED'
       or (to_jsonb(new) - array['status', 'retired_at', 'retired_on', 'updated_at'])
          is distinct from (to_jsonb(old) - array['status', 'retired_at', 'retired_on', 'updated_at']) then
      raise exception '% % is published: it can only be retired; make a new version to change it', what, old.id
        using errcode = 'P0001', hint = immutable_hint;
    end if;
  end if;
  if old.status = 'DRAFT' and new.status = 'RETIRED' then
    raise exception 'a draft cannot be retired; publish it first' using errcode = 'P0001', hint = 'INVALID_TRANSITION';
  end if;
  return new;
end $$;

alter function catalog_rows_frozen() rename to version_rows_frozen;
create or replace function version_rows_frozen() returns trigger language plpgsql as $$
declare
  version_table text := coalesce(tg_argv[0], 'catalog_version');
  immutable_hint text := coalesce(tg_argv[1], 'CATALOG_IMMUTABLE');
  target uuid;
  current_status text;
begin
  -- both sides of an update: rows may neither enter nor leave a non-draft version
  foreach target in array array_remove(array[old.version_id, new.version_id], null) loop
    -- FOR SHARE: a concurrent publish waits for this write to commit (and this write waits for
    -- a publish in progress), so no row can slip into a version after it was published.
    -- Invoker rights: for the app role RLS hides other owners' versions, whose rows its own
    -- policies refuse anyway; the owner role sees every version.
    if version_table = 'catalog_version' then
      -- static statement for the catalogs' bulk uploads (planned once per session)
      select status into current_status from catalog_version where id = target for share;
    else
      execute format('select status from %I where id = $1 for share', version_table)
        into current_status using target;
    end if;
    if current_status is distinct from 'DRAFT' and current_status is not null then
      raise exception '% % is %: its rows cannot change', replace(version_table, '_', ' '), target, lower(current_status)
        using errcode = 'P0001', hint = immutable_hint;
    end if;
  end loop;
  return coalesce(new, old);
end $$;

create table payment_standard (
  id uuid primary key,
  method text not null check (method in ('DRG_RATE', 'DRG_POINTS', 'DIP_SCORE')),
  name text not null check (length(btrim(name)) between 1 and 200),
  version_label text not null check (length(btrim(version_label)) between 1 and 50),
  year integer not null check (year between 2000 and 2100),
  owner_scope text not null check (owner_scope in ('PROVINCE', 'REGION')),
  owner_code varchar(6) not null,
  province_code varchar(6) not null references province (code),
  -- the template (a province's) or earlier version this one was derived from
  parent_id uuid references payment_standard (id),
  -- the catalog whose groups it prices (DRG for the DRG methods, DIP for DIP_SCORE)
  catalog_version_id uuid references catalog_version (id),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  effective_from date not null,
  effective_to date check (effective_to is null or effective_to > effective_from),
  -- the scalar parameters, one flat JSON object validated by the domain parser
  parameters jsonb not null default '{}' check (jsonb_typeof(parameters) = 'object'),
  demo boolean not null default false,
  notes text check (notes is null or length(notes) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  retired_at timestamptz,
  -- first day no longer in force (retirement); the standard applies to earlier days only
  retired_on date,
  unique (id, province_code),
  check (owner_scope <> 'PROVINCE' or owner_code = province_code),
  check (owner_scope <> 'REGION' or left(owner_code, 2) = left(province_code, 2))
);
create index payment_standard_owner_idx on payment_standard (province_code, owner_code, owner_scope);
-- a version label names one version of an owner's standards for a method and year
create unique index payment_standard_label_key on payment_standard (owner_code, owner_scope, method, year, version_label);
-- a region's standards nested under the region (paged by id per owner)
create index payment_standard_owner_page_idx on payment_standard (owner_code, id);
create index payment_standard_status_idx on payment_standard (status, method);
create index payment_standard_parent_idx on payment_standard (parent_id);
create index payment_standard_catalog_idx on payment_standard (catalog_version_id);
create trigger payment_standard_updated_at before update on payment_standard
  for each row execute function set_updated_at();
create trigger payment_standard_lifecycle before update on payment_standard
  for each row execute function version_lifecycle('STANDARD_IMMUTABLE');

alter table payment_standard enable row level security;
alter table payment_standard force row level security;
create policy payment_standard_read on payment_standard for select using (
  ${IS_OWNER}
  or (${AUTHENTICATED} and status in ('PUBLISHED', 'RETIRED') and (
    ${scopeIs('NATIONAL')}
    or (${IN_PROVINCE} and (
      ${scopeIs('PROVINCE')}
      or ${scopeIs('REGION')}
      or (${scopeIs('HOSPITAL')} and owner_scope = 'REGION'
          and owner_code = (select h.region_code from hospital h where ${setting('code')} = h.code))
    ))
  ))
);
create policy payment_standard_insert on payment_standard for insert
  with check (${IS_OWNER} and status = 'DRAFT');
create policy payment_standard_update on payment_standard for update
  using (${IS_OWNER}) with check (${IS_OWNER});
comment on policy payment_standard_read on payment_standard is
  'Read: the owner (region or province) always; PUBLISHED and RETIRED standards also by NATIONAL, by the owner''s province, by every region of that province, and by the hospitals of the owning region. Another province: nothing. No settings: nothing.';
comment on policy payment_standard_insert on payment_standard is
  'Insert: a region its own standards, a province its templates, as DRAFT, in its own province.';
comment on policy payment_standard_update on payment_standard is
  'Update: only the owner, in its own province; the version_lifecycle trigger allows nothing but retirement once published.';
grant select, insert, update on payment_standard to ${app};

-- coefficients (系数): per hospital, or per level (and grade); for every group or one group
create table standard_coefficient (
  version_id uuid not null,
  province_code varchar(6) not null,
  hospital_code text check (hospital_code is null or length(hospital_code) between 1 and 40),
  level text check (level in ('TERTIARY', 'SECONDARY', 'PRIMARY', 'UNRATED')),
  grade text check (grade in ('A', 'B', 'C')),
  group_code text check (group_code is null or length(group_code) between 1 and 60),
  coefficient numeric(8, 4) not null check (coefficient > 0 and coefficient <= 100),
  row_key text generated always as (
    coalesce(hospital_code, '') || '|' || coalesce(level, '') || '|' || coalesce(grade, '') || '|' || coalesce(group_code, '')
  ) stored,
  primary key (version_id, row_key),
  foreign key (version_id, province_code) references payment_standard (id, province_code),
  check ((hospital_code is null) <> (level is null)),
  check (grade is null or level is not null)
);

-- out-of-region adjustment coefficient agreed per insured region (异地调节系数, seed 003)
create table standard_out_of_region_coefficient (
  version_id uuid not null,
  province_code varchar(6) not null,
  insured_region_code varchar(6) not null check (insured_region_code ~ '^[1-9][0-9]{5}$'),
  coefficient numeric(8, 4) not null check (coefficient > 0 and coefficient <= 100),
  primary key (version_id, insured_region_code),
  foreign key (version_id, province_code) references payment_standard (id, province_code)
);

-- per bed-day standards (按床日): points per day (point methods) or money per day (rate method)
create table standard_bed_day (
  version_id uuid not null,
  province_code varchar(6) not null,
  category_code text not null check (length(category_code) between 1 and 40),
  daily_points numeric(12, 4) check (daily_points > 0),
  daily_amount numeric(12, 2) check (daily_amount > 0),
  max_days integer check (max_days > 0),
  primary key (version_id, category_code),
  foreign key (version_id, province_code) references payment_standard (id, province_code),
  check (daily_points is not null or daily_amount is not null)
);

-- TCM-advantage disease standards (中医优势病种) with the pre-pilot standard they may not undercut
create table standard_tcm_advantage (
  version_id uuid not null,
  province_code varchar(6) not null,
  disease_code text not null check (length(disease_code) between 1 and 40),
  standard numeric(14, 2) not null check (standard > 0),
  pre_pilot_standard numeric(14, 2) not null check (pre_pilot_standard > 0),
  primary key (version_id, disease_code),
  foreign key (version_id, province_code) references payment_standard (id, province_code)
);

-- new drugs, devices and technology paid outside the standard for a period (seed 004)
create table standard_exclusion_item (
  version_id uuid not null,
  province_code varchar(6) not null,
  item_kind text not null check (item_kind in ('DRUG', 'DEVICE', 'PROCEDURE')),
  code text not null check (length(code) between 1 and 60),
  name text not null check (length(btrim(name)) between 1 and 200),
  effective_from date not null,
  effective_to date check (effective_to is null or effective_to > effective_from),
  -- one period per item in a standard (the standard is itself effective-dated)
  row_key text generated always as (item_kind || ':' || code) stored,
  primary key (version_id, row_key),
  foreign key (version_id, province_code) references payment_standard (id, province_code)
);
${ROW_TABLES.map((table) => rowTablePolicies(table, app)).join('\n')}
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table ${ROW_TABLES.join(', ')};
drop table payment_standard;
alter function version_rows_frozen() rename to catalog_rows_frozen;
alter function version_lifecycle() rename to catalog_version_lifecycle;
`);
  }
}
