import { Migration } from '@mikro-orm/migrations';
import { appRole, scopeIs, setting } from './support/policies';

const IN_PROVINCE = `province_code = ${setting('province')}`;
/** The province itself, in its own province. */
const PROVINCE_OWN = `(${scopeIs('PROVINCE')} and province_code = ${setting('code')} and ${IN_PROVINCE})`;
/** NATIONAL; the province; a region party to the row (treatment or insured site). */
const PAIR_READ = `${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and (treatment_region_code = ${setting('code')} or insured_region_code = ${setting('code')}))
  ))`;

/**
 * The province's inter-region clearing (省内异地就医年度清算), DOMAIN-FORMULAS §5, seed 003:
 *
 *   inter_region_settings    the variant a province clears a year under (ITEMISED,
 *                            DRG_DIP_BASED, POOLED). Written by the province; read by it, its
 *                            regions and NATIONAL.
 *   inter_region_prepayment  what an insured region prepaid a treatment region in the year
 *                            (区域间预付金), per insurance type. Written by the province (it keeps
 *                            the clearing account); read by the two regions, the province,
 *                            NATIONAL.
 *   inter_region_run         one clearing run per province and year: COMPUTED (recomputed at will)
 *                            → APPROVED, then frozen by the trigger inter_region_frozen for every
 *                            role (hint CLEARING_APPROVED). Read: the province, its regions,
 *                            NATIONAL; written by the province.
 *   inter_region_pair        the §5 figures per (treatment region, insured region, insurance
 *                            type), the due amount under the variant, delta and balance. Read by
 *                            the two regions of the pair, the province and NATIONAL — hospitals
 *                            and other regions nothing. Written by the province's run.
 *   inter_region_position    each region's net position (净头寸): receivable as a treatment site,
 *                            payable as an insured site, net. Read by the region, the province,
 *                            NATIONAL. Written by the province's run.
 * A computation replaces the run's pairs and positions whole (delete, then insert) in one job
 * chunk's transaction: reruns never duplicate.
 */
export class Migration20261202210000InterRegionClearing extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table inter_region_settings (
  province_code varchar(6) not null references province (code),
  year integer not null check (year between 2000 and 2100),
  variant text not null check (variant in ('ITEMISED', 'DRG_DIP_BASED', 'POOLED')),
  updated_at timestamptz not null default now(),
  primary key (province_code, year)
);
create trigger inter_region_settings_updated_at before update on inter_region_settings
  for each row execute function set_updated_at();

create table inter_region_prepayment (
  province_code varchar(6) not null references province (code),
  year integer not null check (year between 2000 and 2100),
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  amount numeric(16, 2) not null check (amount >= 0),
  primary key (province_code, year, treatment_region_code, insured_region_code, insurance_type),
  foreign key (province_code, treatment_region_code) references pooling_region (province_code, code),
  foreign key (province_code, insured_region_code) references pooling_region (province_code, code),
  check (treatment_region_code <> insured_region_code)
);

create table inter_region_run (
  id uuid primary key default gen_random_uuid(),
  province_code varchar(6) not null references province (code),
  year integer not null check (year between 2000 and 2100),
  variant text not null check (variant in ('ITEMISED', 'DRG_DIP_BASED', 'POOLED')),
  status text not null default 'COMPUTED' check (status in ('COMPUTED', 'APPROVED')),
  computed_at timestamptz,
  approved_at timestamptz,
  job_run_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (province_code, year),
  unique (province_code, id),
  check (status <> 'APPROVED' or (approved_at is not null and computed_at is not null))
);
create trigger inter_region_run_updated_at before update on inter_region_run
  for each row execute function set_updated_at();

create table inter_region_pair (
  province_code varchar(6) not null,
  run_id uuid not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  case_count integer not null,
  unpriced_cases integer not null,
  total_cost numeric(18, 2) not null,
  patient_share numeric(18, 2) not null,
  itemised_fund_paid numeric(18, 2) not null,
  drg_dip_fund_due numeric(18, 2) not null,
  points numeric not null,
  point_value numeric,
  coefficient_applied numeric,
  special_cases integer not null,
  disputed_cases integer not null,
  prepayment numeric(18, 2) not null,
  due numeric(18, 2) not null,
  delta numeric(18, 2) not null,
  balance numeric(18, 2) not null,
  primary key (province_code, run_id, treatment_region_code, insured_region_code, insurance_type),
  foreign key (province_code, run_id) references inter_region_run (province_code, id)
);
create index inter_region_pair_treatment_idx on inter_region_pair (province_code, treatment_region_code);
create index inter_region_pair_insured_idx on inter_region_pair (province_code, insured_region_code);

create table inter_region_position (
  province_code varchar(6) not null,
  run_id uuid not null,
  region_code varchar(6) not null,
  receivable numeric(18, 2) not null,
  payable numeric(18, 2) not null,
  net numeric(18, 2) not null,
  primary key (province_code, run_id, region_code),
  foreign key (province_code, run_id) references inter_region_run (province_code, id)
);

-- approval is final: an approved run, its pairs and positions never change again, for any role
create function inter_region_frozen() returns trigger language plpgsql as $$
declare
  run uuid;
  current_status text;
begin
  if tg_table_name = 'inter_region_run' then
    if old.status = 'APPROVED' then
      raise exception 'inter-region clearing % is approved and cannot change', old.id
        using errcode = 'P0001', hint = 'CLEARING_APPROVED';
    end if;
    return coalesce(new, old);
  end if;
  foreach run in array array_remove(array[old.run_id, new.run_id], null) loop
    select status into current_status from inter_region_run where id = run for share;
    if current_status = 'APPROVED' then
      raise exception 'inter-region clearing % is approved: its rows cannot change', run
        using errcode = 'P0001', hint = 'CLEARING_APPROVED';
    end if;
  end loop;
  return coalesce(new, old);
end $$;
create trigger inter_region_run_frozen before update or delete on inter_region_run
  for each row execute function inter_region_frozen();
create trigger inter_region_pair_frozen before insert or update or delete on inter_region_pair
  for each row execute function inter_region_frozen();
create trigger inter_region_position_frozen before insert or update or delete on inter_region_position
  for each row execute function inter_region_frozen();

alter table inter_region_settings enable row level security;
alter table inter_region_settings force row level security;
create policy inter_region_settings_read on inter_region_settings for select using (
  ${scopeIs('NATIONAL')} or (${IN_PROVINCE} and (${scopeIs('PROVINCE')} or ${scopeIs('REGION')}))
);
create policy inter_region_settings_write on inter_region_settings for all
  using (${PROVINCE_OWN}) with check (${PROVINCE_OWN});
comment on policy inter_region_settings_read on inter_region_settings is
  'Read: NATIONAL; the province and its regions. No settings: nothing.';
comment on policy inter_region_settings_write on inter_region_settings is 'Write: the province, its own.';
grant select, insert, update on inter_region_settings to ${app};

alter table inter_region_prepayment enable row level security;
alter table inter_region_prepayment force row level security;
create policy inter_region_prepayment_read on inter_region_prepayment for select using (${PAIR_READ});
create policy inter_region_prepayment_write on inter_region_prepayment for all
  using (${PROVINCE_OWN}) with check (${PROVINCE_OWN});
comment on policy inter_region_prepayment_read on inter_region_prepayment is
  'Read: NATIONAL; the province; the two regions of the pair. No settings: nothing.';
comment on policy inter_region_prepayment_write on inter_region_prepayment is 'Write: the province, its own.';
grant select, insert, update, delete on inter_region_prepayment to ${app};
create index inter_region_prepayment_insured_idx on inter_region_prepayment (province_code, insured_region_code);

alter table inter_region_run enable row level security;
alter table inter_region_run force row level security;
create policy inter_region_run_read on inter_region_run for select using (
  ${scopeIs('NATIONAL')} or (${IN_PROVINCE} and (${scopeIs('PROVINCE')} or ${scopeIs('REGION')}))
);
create policy inter_region_run_insert on inter_region_run for insert with check (${PROVINCE_OWN} and status = 'COMPUTED');
create policy inter_region_run_update on inter_region_run for update using (${PROVINCE_OWN}) with check (${PROVINCE_OWN});
comment on policy inter_region_run_read on inter_region_run is
  'Read: NATIONAL; the province and its regions (the run''s status; figures are in the pairs). No settings: nothing.';
comment on policy inter_region_run_insert on inter_region_run is 'Insert: the province, its own runs.';
comment on policy inter_region_run_update on inter_region_run is
  'Update: the province, its own runs; inter_region_frozen refuses any change once APPROVED.';
grant select, insert, update on inter_region_run to ${app};

alter table inter_region_pair enable row level security;
alter table inter_region_pair force row level security;
create policy inter_region_pair_read on inter_region_pair for select using (${PAIR_READ});
create policy inter_region_pair_write on inter_region_pair for all
  using (${PROVINCE_OWN}) with check (${PROVINCE_OWN});
comment on policy inter_region_pair_read on inter_region_pair is
  'Read: NATIONAL; the province; the two regions of the pair. Hospitals and other regions: nothing. No settings: nothing.';
comment on policy inter_region_pair_write on inter_region_pair is 'Write: the province''s clearing run.';
grant select, insert, delete on inter_region_pair to ${app};

alter table inter_region_position enable row level security;
alter table inter_region_position force row level security;
create policy inter_region_position_read on inter_region_position for select using (
  ${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (${scopeIs('PROVINCE')} or (${scopeIs('REGION')} and region_code = ${setting('code')})))
);
create policy inter_region_position_write on inter_region_position for all
  using (${PROVINCE_OWN}) with check (${PROVINCE_OWN});
comment on policy inter_region_position_read on inter_region_position is
  'Read: NATIONAL; the province; a region its own position. No settings: nothing.';
comment on policy inter_region_position_write on inter_region_position is 'Write: the province''s clearing run.';
grant select, insert, delete on inter_region_position to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists inter_region_position;
drop table if exists inter_region_pair;
drop table if exists inter_region_run;
drop table if exists inter_region_prepayment;
drop table if exists inter_region_settings;
drop function if exists inter_region_frozen();
`);
  }
}
