import { Migration } from '@mikro-orm/migrations';
import { appRole, coOwnedPolicies, scopeIs, setting } from './support/policies';

const IN_PROVINCE = `province_code = ${setting('province')}`;
/** The batch's own region, writing in its province. */
const REGION_OWN = `(${scopeIs('REGION')} and region_code = ${setting('code')} and ${IN_PROVINCE})`;

/**
 * Monthly settlement (月度结算): one batch per pooling region and month, of the cases the region
 * treated, priced with the budgeted point value or rate at ingest (case_payment), paid
 * provisionally per hospital.
 *
 *   monthly_batch       the batch: region, month (its first day), OPEN → CLOSED, the terms it
 *                       was computed with (payment share, quality-deposit share) and its totals.
 *                       UNIQUE (region, month): one batch per region and month, so one closed
 *                       batch at most. Read: NATIONAL; the province; the region; the region's
 *                       hospitals (the month's status and totals are announced to them). Write:
 *                       the region, in its province. Once CLOSED the trigger
 *                       monthly_batch_frozen refuses every change (hint BATCH_CLOSED) for every
 *                       role: closing is final, and a database fact, not an application check.
 *   monthly_batch_case  each case the batch pays: NEW (its fund due) or CORRECTION (a case paid
 *                       by an earlier closed batch whose current payment differs: the delta),
 *                       with the fund due it is settled at from then on. CO-OWNED like the case
 *                       (hospital, treatment region, insured region, province). Frozen with its
 *                       batch.
 *   monthly_batch_line  one line per hospital: cases, corrections, fund due, the provisional
 *                       payment (fund due × payment share), the quality deposit withheld (fund
 *                       due × deposit share) and what is paid; each rounded to the fen once.
 *                       Read by the hospital, its region, the province, NATIONAL. Frozen with
 *                       its batch.
 * The computation replaces an OPEN batch's cases and lines whole (delete, then insert), in one
 * job chunk's transaction: rerunning it never duplicates.
 */
export class Migration20261202200000MonthlySettlement extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table monthly_batch (
  id uuid primary key default gen_random_uuid(),
  province_code varchar(6) not null references province (code),
  region_code varchar(6) not null references pooling_region (code),
  month date not null check (extract(day from month) = 1),
  status text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  payment_share numeric(7, 6) not null default 1 check (payment_share > 0 and payment_share <= 1),
  deposit_share numeric(7, 6) not null default 0 check (deposit_share >= 0 and deposit_share <= payment_share),
  case_count integer not null default 0,
  correction_count integer not null default 0,
  fund_due numeric(16, 2) not null default 0,
  provisional numeric(16, 2) not null default 0,
  deposit numeric(16, 2) not null default 0,
  paid numeric(16, 2) not null default 0,
  job_run_id uuid,
  computed_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (province_code, id),
  unique (region_code, month),
  check (left(region_code, 2) = left(province_code, 2)),
  check (status <> 'CLOSED' or (closed_at is not null and computed_at is not null))
);
create index monthly_batch_province_idx on monthly_batch (province_code, region_code, month);
create trigger monthly_batch_updated_at before update on monthly_batch
  for each row execute function set_updated_at();

create table monthly_batch_case (
  province_code varchar(6) not null,
  batch_id uuid not null,
  case_id uuid not null,
  revision_id uuid not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  discharge_date date not null,
  kind text not null check (kind in ('NEW', 'CORRECTION')),
  -- NEW: the case's fund due; CORRECTION: current fund due − the fund due settled before
  amount numeric(16, 2) not null,
  -- the fund due the case is settled at from this batch on
  settled_fund_due numeric(16, 2) not null,
  primary key (province_code, batch_id, case_id),
  foreign key (province_code, batch_id) references monthly_batch (province_code, id)
);
create index monthly_batch_case_case_idx on monthly_batch_case (province_code, case_id);

create table monthly_batch_line (
  province_code varchar(6) not null,
  batch_id uuid not null,
  region_code varchar(6) not null,
  hospital_code varchar(12) not null,
  case_count integer not null,
  correction_count integer not null,
  fund_due numeric(16, 2) not null,
  provisional numeric(16, 2) not null,
  deposit numeric(16, 2) not null,
  paid numeric(16, 2) not null,
  primary key (province_code, batch_id, hospital_code),
  foreign key (province_code, batch_id) references monthly_batch (province_code, id)
);

-- closing is final: a closed batch and its cases and lines never change again, for any role
create function monthly_batch_frozen() returns trigger language plpgsql as $$
declare
  batch uuid;
  current_status text;
begin
  if tg_table_name = 'monthly_batch' then
    if old.status = 'CLOSED' then
      raise exception 'monthly batch % is closed and cannot change', old.id
        using errcode = 'P0001', hint = 'BATCH_CLOSED';
    end if;
    return coalesce(new, old);
  end if;
  foreach batch in array array_remove(array[old.batch_id, new.batch_id], null) loop
    -- FOR SHARE: a close waits for writes in progress, and writes wait for a close
    select status into current_status from monthly_batch where id = batch for share;
    if current_status = 'CLOSED' then
      raise exception 'monthly batch % is closed: its rows cannot change', batch
        using errcode = 'P0001', hint = 'BATCH_CLOSED';
    end if;
  end loop;
  return coalesce(new, old);
end $$;
create trigger monthly_batch_frozen before update or delete on monthly_batch
  for each row execute function monthly_batch_frozen();
create trigger monthly_batch_case_frozen before insert or update or delete on monthly_batch_case
  for each row execute function monthly_batch_frozen();
create trigger monthly_batch_line_frozen before insert or update or delete on monthly_batch_line
  for each row execute function monthly_batch_frozen();

alter table monthly_batch enable row level security;
alter table monthly_batch force row level security;
create policy monthly_batch_read on monthly_batch for select using (
  ${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and region_code = ${setting('code')})
    or (${scopeIs('HOSPITAL')}
        and region_code = (select h.region_code from hospital h where ${setting('code')} = h.code))
  ))
);
create policy monthly_batch_insert on monthly_batch for insert with check (${REGION_OWN} and status = 'OPEN');
create policy monthly_batch_update on monthly_batch for update using (${REGION_OWN}) with check (${REGION_OWN});
comment on policy monthly_batch_read on monthly_batch is
  'Read: NATIONAL; the province; the region its own batches; a hospital its region''s batches. No settings: nothing.';
comment on policy monthly_batch_insert on monthly_batch is 'Insert: the region its own batches, OPEN, in its province.';
comment on policy monthly_batch_update on monthly_batch is
  'Update: the region its own batches, in its province; the monthly_batch_frozen trigger refuses any change once CLOSED.';
grant select, insert, update on monthly_batch to ${app};

${coOwnedPolicies('monthly_batch_case', { appRole: app, writers: ['TREATMENT_REGION'] })}
create policy monthly_batch_case_delete on monthly_batch_case for delete using (
  ${scopeIs('REGION')} and treatment_region_code = ${setting('code')} and ${IN_PROVINCE}
);
comment on policy monthly_batch_case_delete on monthly_batch_case is
  'Delete: the treatment region, its own open batches'' rows (a recomputation replaces them), in its province.';
grant delete on monthly_batch_case to ${app};

alter table monthly_batch_line enable row level security;
alter table monthly_batch_line force row level security;
create policy monthly_batch_line_read on monthly_batch_line for select using (
  ${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and region_code = ${setting('code')})
    or (${scopeIs('HOSPITAL')} and hospital_code = ${setting('code')})
  ))
);
create policy monthly_batch_line_insert on monthly_batch_line for insert with check (${REGION_OWN});
create policy monthly_batch_line_update on monthly_batch_line for update using (${REGION_OWN}) with check (${REGION_OWN});
create policy monthly_batch_line_delete on monthly_batch_line for delete using (${REGION_OWN});
comment on policy monthly_batch_line_read on monthly_batch_line is
  'Read: NATIONAL; the province; the region its batches'' lines; a hospital its own lines. No settings: nothing.';
comment on policy monthly_batch_line_insert on monthly_batch_line is 'Insert: the region, lines of its own batches, in its province.';
comment on policy monthly_batch_line_update on monthly_batch_line is 'Update: the region, lines of its own batches, in its province.';
comment on policy monthly_batch_line_delete on monthly_batch_line is
  'Delete: the region, its own open batches'' lines (a recomputation replaces them), in its province.';
grant select, insert, update, delete on monthly_batch_line to ${app};
create index monthly_batch_line_region_idx on monthly_batch_line (province_code, region_code);
create index monthly_batch_line_hospital_idx on monthly_batch_line (province_code, hospital_code);
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists monthly_batch_line;
drop table if exists monthly_batch_case;
drop table if exists monthly_batch;
drop function if exists monthly_batch_frozen();
`);
  }
}
