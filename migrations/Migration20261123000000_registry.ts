import { Migration } from '@mikro-orm/migrations';
import { appRole } from './support/policies';

/**
 * The registry: provinces, pooling regions (统筹地区) and designated hospitals (定点医疗机构),
 * with row-level security.
 *
 * Every policy reads the request's transaction-local settings, set by the server from the
 * verified token before anything else runs in the request's transaction:
 *   app.scope     NATIONAL | PROVINCE | REGION | HOSPITAL
 *   app.code      the principal's own code (province, region or hospital code)
 *   app.province  the principal's province code ('' for NATIONAL)
 * Settings are read as `(select current_setting(…, true))` so PostgreSQL evaluates them once per
 * statement (an InitPlan), not once per row. An unset setting reads as NULL or '' and matches
 * nothing: a request without settings sees no rows (fails closed).
 */
export class Migration20261123000000Registry extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create function set_updated_at() returns trigger language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end $$;

-- ─────────────────────────────────────────────────────────────────────────────────────────────
-- province (省级行政区)
--   read:  NATIONAL reads every province; every other principal reads only its own province.
--   write: only NATIONAL creates and updates provinces. Nobody deletes (no grant).
-- ─────────────────────────────────────────────────────────────────────────────────────────────
create table province (
  code varchar(6) primary key check (code ~ '^[1-9][0-9]0000$'),
  name text not null check (length(btrim(name)) between 1 and 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create trigger province_updated_at before update on province
  for each row execute function set_updated_at();
alter table province enable row level security;
alter table province force row level security;
create policy province_read on province for select using (
  (select current_setting('app.scope', true)) = 'NATIONAL'
  or code = (select current_setting('app.province', true))
);
create policy province_insert on province for insert with check (
  (select current_setting('app.scope', true)) = 'NATIONAL'
);
create policy province_update on province for update
  using ((select current_setting('app.scope', true)) = 'NATIONAL')
  with check ((select current_setting('app.scope', true)) = 'NATIONAL');

-- ─────────────────────────────────────────────────────────────────────────────────────────────
-- pooling_region (统筹地区: 省本级 provincial pool, city or county pool)
--   read:  public within a province — every principal of the province reads all its regions;
--          NATIONAL reads all; nobody reads another province's regions.
--   write: only the owning PROVINCE principal creates and updates its regions (province_code
--          must be the caller's own code). Nobody deletes (no grant).
-- ─────────────────────────────────────────────────────────────────────────────────────────────
create table pooling_region (
  code varchar(6) primary key check (code ~ '^[1-9][0-9]{5}$'),
  province_code varchar(6) not null references province (code),
  name text not null check (length(btrim(name)) between 1 and 100),
  level text not null check (level in ('PROVINCIAL_POOL', 'CITY', 'COUNTY')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- a region's code starts with its province's two digits (GB/T 2260), and is not the province
  constraint pooling_region_code_in_province check (left(code, 2) = left(province_code, 2) and code <> province_code),
  constraint pooling_region_province_code_key unique (province_code, code)
);
create trigger pooling_region_updated_at before update on pooling_region
  for each row execute function set_updated_at();
alter table pooling_region enable row level security;
alter table pooling_region force row level security;
create policy pooling_region_read on pooling_region for select using (
  (select current_setting('app.scope', true)) = 'NATIONAL'
  or province_code = (select current_setting('app.province', true))
);
create policy pooling_region_insert on pooling_region for insert with check (
  (select current_setting('app.scope', true)) = 'PROVINCE'
  and province_code = (select current_setting('app.code', true))
  and province_code = (select current_setting('app.province', true))
);
create policy pooling_region_update on pooling_region for update
  using (
    (select current_setting('app.scope', true)) = 'PROVINCE'
    and province_code = (select current_setting('app.code', true))
    and province_code = (select current_setting('app.province', true))
  )
  with check (
    (select current_setting('app.scope', true)) = 'PROVINCE'
    and province_code = (select current_setting('app.code', true))
    and province_code = (select current_setting('app.province', true))
  );

-- ─────────────────────────────────────────────────────────────────────────────────────────────
-- hospital (定点医疗机构)
--   read:  public within a province, like regions; NATIONAL reads all.
--   write: only the owning REGION principal whose code is the hospital's
--          region_code, creates and updates it. Nobody deletes (no grant).
--   The composite foreign key keeps province_code equal to the region's province, so the
--   province-level policy can never disagree with the region a hospital belongs to.
-- ─────────────────────────────────────────────────────────────────────────────────────────────
create table hospital (
  code varchar(12) primary key check (code ~ '^H[1-9][0-9]{10}$'),
  province_code varchar(6) not null,
  region_code varchar(6) not null,
  name text not null check (length(btrim(name)) between 1 and 200),
  level text not null check (level in ('TERTIARY', 'SECONDARY', 'PRIMARY', 'UNRATED')),
  grade text check (grade in ('A', 'B', 'C')),
  type text not null check (type in ('GENERAL', 'TCM', 'INTEGRATED', 'SPECIALTY')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint hospital_region_fk foreign key (province_code, region_code)
    references pooling_region (province_code, code),
  -- the national code (医保定点机构代码) embeds the administrative area: H + 6 digits + 5 digits
  constraint hospital_code_in_province check (substr(code, 2, 2) = left(province_code, 2))
);
create trigger hospital_updated_at before update on hospital
  for each row execute function set_updated_at();
alter table hospital enable row level security;
alter table hospital force row level security;
create policy hospital_read on hospital for select using (
  (select current_setting('app.scope', true)) = 'NATIONAL'
  or province_code = (select current_setting('app.province', true))
);
create policy hospital_insert on hospital for insert with check (
  (select current_setting('app.scope', true)) = 'REGION'
  and region_code = (select current_setting('app.code', true))
  and province_code = (select current_setting('app.province', true))
);
create policy hospital_update on hospital for update
  using (
    (select current_setting('app.scope', true)) = 'REGION'
    and region_code = (select current_setting('app.code', true))
    and province_code = (select current_setting('app.province', true))
  )
  with check (
    (select current_setting('app.scope', true)) = 'REGION'
    and region_code = (select current_setting('app.code', true))
    and province_code = (select current_setting('app.province', true))
  );

-- Every column a policy or a page query filters on is indexed: the code columns are primary
-- keys, pooling_region (province_code, code) is the unique key above.
create index hospital_province_idx on hospital (province_code, code);
create index hospital_region_idx on hospital (region_code, code);

grant select, insert, update on province, pooling_region, hospital to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table hospital;
drop table pooling_region;
drop table province;
drop function set_updated_at();
`);
  }
}
