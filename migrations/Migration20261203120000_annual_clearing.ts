import { Migration } from '@mikro-orm/migrations';
import { appRole, scopeIs, setting } from './support/policies';

const IN_PROVINCE = `province_code = ${setting('province')}`;
/** The row's own region, writing in its province. */
const REGION_OWN = `(${scopeIs('REGION')} and region_code = ${setting('code')} and ${IN_PROVINCE})`;
/** NATIONAL; the province; the region; the region's hospitals (the year's figures are announced). */
const REGION_AND_ITS_HOSPITALS = `${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and region_code = ${setting('code')})
    or (${scopeIs('HOSPITAL')}
        and region_code = (select h.region_code from hospital h where ${setting('code')} = h.code))
  ))`;
/** NATIONAL; the province; the region; a hospital its own rows only. */
const REGION_AND_THE_HOSPITAL = `${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and region_code = ${setting('code')})
    or (${scopeIs('HOSPITAL')} and hospital_code = ${setting('code')})
  ))`;

/** RLS for a table the region writes and `read` says who reads. */
function regionWritten(table: string, read: string, readers: string, app: string): string {
  return `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_read on ${table} for select using (
  ${read}
);
create policy ${table}_insert on ${table} for insert with check (${REGION_OWN});
create policy ${table}_update on ${table} for update using (${REGION_OWN}) with check (${REGION_OWN});
create policy ${table}_delete on ${table} for delete using (${REGION_OWN});
comment on policy ${table}_read on ${table} is 'Read: ${readers}. No settings: nothing.';
comment on policy ${table}_insert on ${table} is 'Insert: the region, its own rows, in its province.';
comment on policy ${table}_update on ${table} is 'Update: the region, its own rows, in its province.';
comment on policy ${table}_delete on ${table} is 'Delete: the region, its own rows, in its province.';
grant select, insert, update, delete on ${table} to ${app};`;
}

/**
 * A pooling region's annual clearing (年度清算), DOMAIN-FORMULAS §5 and §8:
 *
 *   annual_assessment        each hospital's assessment score (考核得分) of a year, uploaded by
 *                            the region before it clears; turned into money by the budget's
 *                            assessment bands. Read by the region, the province, NATIONAL and
 *                            the hospital (its own score).
 *   annual_clearing          one clearing per region and year: the budget version it cleared
 *                            under, the inter-region variant (POOLED brings the out-of-region
 *                            budget and cases into the pool), totals, COMPUTED (recomputed at
 *                            will) → APPROVED. UNIQUE (region, year). Read: the region, its
 *                            hospitals, the province, NATIONAL; written by the region.
 *   annual_clearing_pool     one pool per insurance type (职工 / 居民 funds are separate): fund
 *                            budget (+ pooled out-of-region budget), reserve (调剂金),
 *                            distributable, total points, patients' share, the formula and the
 *                            point value UNROUNDED (§5 rounding order). Same readers as the run.
 *   annual_clearing_line     one line per hospital: points, gross, patient share, fund due (each
 *                            pool's part rounded to the fen once), cases paid outside the points,
 *                            special-case / exclusion / assessment / alliance adjustments,
 *                            capitation, deposit withheld and released, monthly payments,
 *                            prepayment recovered and the clearing amount. Read by the region,
 *                            the province, NATIONAL and the hospital (its own line).
 *   annual_clearing_alliance the medical alliances' surplus retention / overspend sharing
 *                            (结余留用、合理超支分担). Same readers as the run.
 * Approval is final: the trigger run_frozen refuses any change to an APPROVED clearing or its
 * rows, for every role (hint CLEARING_APPROVED). run_frozen is generic — the parent table and its
 * frozen status are the trigger's arguments — so the next frozen runs reuse it. A computation
 * replaces the run's pools, lines and alliances whole in one job chunk's transaction: a rerun
 * never duplicates.
 */
export class Migration20261203120000AnnualClearing extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table annual_assessment (
  province_code varchar(6) not null,
  region_code varchar(6) not null,
  year integer not null check (year between 2000 and 2100),
  hospital_code varchar(12) not null references hospital (code),
  score numeric(6, 2) not null check (score >= 0 and score <= 1000),
  primary key (province_code, region_code, year, hospital_code),
  foreign key (province_code, region_code) references pooling_region (province_code, code)
);
create index annual_assessment_hospital_idx on annual_assessment (province_code, hospital_code);

create table annual_clearing (
  id uuid primary key default gen_random_uuid(),
  province_code varchar(6) not null,
  region_code varchar(6) not null,
  year integer not null check (year between 2000 and 2100),
  budget_id uuid not null references budget (id),
  -- the province's inter-region variant of the year; null: none chosen (nothing pooled)
  variant text check (variant in ('ITEMISED', 'DRG_DIP_BASED', 'POOLED')),
  status text not null default 'COMPUTED' check (status in ('COMPUTED', 'APPROVED')),
  case_count integer not null default 0,
  unpriced_cases integer not null default 0,
  fund_budget numeric(16, 2) not null default 0,
  reserve numeric(16, 2) not null default 0,
  fund_due numeric(16, 2) not null default 0,
  clearing_amount numeric(16, 2) not null default 0,
  job_run_id uuid,
  computed_at timestamptz,
  approved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (province_code, id),
  unique (region_code, year),
  foreign key (province_code, region_code) references pooling_region (province_code, code),
  check (status <> 'APPROVED' or (approved_at is not null and computed_at is not null))
);
create index annual_clearing_province_idx on annual_clearing (province_code, region_code, year);
create trigger annual_clearing_updated_at before update on annual_clearing
  for each row execute function set_updated_at();

create table annual_clearing_pool (
  province_code varchar(6) not null,
  run_id uuid not null,
  region_code varchar(6) not null,
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  formula text not null check (formula in ('FUND_OVER_POINTS', 'FUND_DIV_RATIO_OVER_POINTS',
    'FUND_PLUS_PATIENT_OVER_POINTS', 'FIXED')),
  fund_budget numeric(16, 2) not null,
  out_of_region_budget numeric(16, 2) not null,
  reserve numeric(16, 2) not null,
  distributable numeric(16, 2) not null,
  total_points numeric not null,
  patient_share numeric(16, 2) not null,
  -- unrounded (§5): every hospital's line is computed with this exact value
  point_value numeric,
  primary key (province_code, run_id, insurance_type),
  foreign key (province_code, run_id) references annual_clearing (province_code, id)
);

create table annual_clearing_line (
  province_code varchar(6) not null,
  run_id uuid not null,
  region_code varchar(6) not null,
  hospital_code varchar(12) not null,
  case_count integer not null,
  points numeric not null,
  gross numeric(16, 2) not null,
  patient_share numeric(16, 2) not null,
  fund_due numeric(16, 2) not null,
  fixed_fund_due numeric(16, 2) not null,
  out_of_region_fund_due numeric(16, 2) not null,
  special_case_adjustment numeric(16, 2) not null,
  exclusion_adjustment numeric(16, 2) not null,
  assessment_score numeric(6, 2),
  assessment_adjustment numeric(16, 2) not null,
  alliance_code text,
  alliance_adjustment numeric(16, 2) not null,
  capitation numeric(16, 2) not null,
  deposit_withheld numeric(16, 2) not null,
  deposit_released numeric(16, 2) not null,
  monthly_payments numeric(16, 2) not null,
  prepayment_recovered numeric(16, 2) not null,
  clearing_amount numeric(16, 2) not null,
  primary key (province_code, run_id, hospital_code),
  foreign key (province_code, run_id) references annual_clearing (province_code, id)
);
create index annual_clearing_line_hospital_idx on annual_clearing_line (province_code, hospital_code);

create table annual_clearing_alliance (
  province_code varchar(6) not null,
  run_id uuid not null,
  region_code varchar(6) not null,
  alliance_code text not null,
  lead_hospital_code varchar(12) not null,
  budget numeric(16, 2) not null,
  actual numeric(16, 2) not null,
  balance numeric(16, 2) not null,
  shared numeric(16, 2) not null,
  settlement numeric(16, 2) not null,
  adjustment numeric(16, 2) not null,
  primary key (province_code, run_id, alliance_code),
  foreign key (province_code, run_id) references annual_clearing (province_code, id)
);

-- approval is final. Generic: TG_ARGV[0] the run table (its own rows carry status), TG_ARGV[1]
-- the frozen status, TG_ARGV[2] the hint; child rows name their run in run_id.
create function run_frozen() returns trigger language plpgsql as $$
declare
  run uuid;
  current_status text;
begin
  if tg_table_name = tg_argv[0] then
    if old.status = tg_argv[1] then
      raise exception '% % is % and cannot change', tg_argv[0], old.id, lower(tg_argv[1])
        using errcode = 'P0001', hint = tg_argv[2];
    end if;
    return coalesce(new, old);
  end if;
  foreach run in array array_remove(array[old.run_id, new.run_id], null) loop
    -- FOR SHARE: an approval waits for writes in progress, and writes wait for an approval
    execute format('select status from %I where id = $1 for share', tg_argv[0])
      into current_status using run;
    if current_status = tg_argv[1] then
      raise exception '% % is %: its rows cannot change', tg_argv[0], run, lower(tg_argv[1])
        using errcode = 'P0001', hint = tg_argv[2];
    end if;
  end loop;
  return coalesce(new, old);
end $$;
create trigger annual_clearing_frozen before update or delete on annual_clearing
  for each row execute function run_frozen('annual_clearing', 'APPROVED', 'CLEARING_APPROVED');
create trigger annual_clearing_pool_frozen before insert or update or delete on annual_clearing_pool
  for each row execute function run_frozen('annual_clearing', 'APPROVED', 'CLEARING_APPROVED');
create trigger annual_clearing_line_frozen before insert or update or delete on annual_clearing_line
  for each row execute function run_frozen('annual_clearing', 'APPROVED', 'CLEARING_APPROVED');
create trigger annual_clearing_alliance_frozen before insert or update or delete on annual_clearing_alliance
  for each row execute function run_frozen('annual_clearing', 'APPROVED', 'CLEARING_APPROVED');
${regionWritten('annual_assessment', REGION_AND_THE_HOSPITAL, 'NATIONAL; the province; the region; a hospital its own score', app)}
${regionWritten('annual_clearing', REGION_AND_ITS_HOSPITALS, "NATIONAL; the province; the region; the region''s hospitals", app)}
${regionWritten('annual_clearing_pool', REGION_AND_ITS_HOSPITALS, "NATIONAL; the province; the region; the region''s hospitals", app)}
${regionWritten('annual_clearing_line', REGION_AND_THE_HOSPITAL, 'NATIONAL; the province; the region; a hospital its own line', app)}
${regionWritten('annual_clearing_alliance', REGION_AND_ITS_HOSPITALS, "NATIONAL; the province; the region; the region''s hospitals", app)}
create index annual_assessment_region_idx on annual_assessment (province_code, region_code, year);
create index annual_clearing_line_region_idx on annual_clearing_line (province_code, region_code);
create index annual_clearing_pool_region_idx on annual_clearing_pool (province_code, region_code);
create index annual_clearing_alliance_region_idx on annual_clearing_alliance (province_code, region_code);
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists annual_clearing_alliance;
drop table if exists annual_clearing_line;
drop table if exists annual_clearing_pool;
drop table if exists annual_clearing;
drop table if exists annual_assessment;
drop function if exists run_frozen();
`);
  }
}
