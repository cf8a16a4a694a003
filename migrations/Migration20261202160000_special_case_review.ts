import { Migration } from '@mikro-orm/migrations';
import { appRole, coOwnedPolicies, scopeIs, setting } from './support/policies';

const inProvince = `province_code = ${setting('province')}`;
const asHospital = `(${scopeIs('HOSPITAL')} and hospital_code = ${setting('code')} and ${inProvince})`;
const asTreatmentRegion = `(${scopeIs('REGION')} and treatment_region_code = ${setting('code')} and ${inProvince})`;
const asInsuredRegion = `(${scopeIs('REGION')} and insured_region_code = ${setting('code')} and ${inProvince})`;

/**
 * Special-case review (特例单议): a hospital applies for a case revision to be paid outside the
 * formula, the treatment region decides, and the parties (the insured region too, seed 003
 * 六(二) 联办机制) comment.
 *
 *   special_case_application  one application per (case revision, attempt): category, reason,
 *                    optional claimed amount, status PENDING → WITHDRAWN | APPROVED | REJECTED.
 *                    CO-OWNED like the case: read by the treating hospital, the treatment-site
 *                    and insured-site regions and their province (NATIONAL all); nobody else
 *                    (not another hospital of the region, not a third region, not another
 *                    province). Insert: only the treating hospital. Update: the treating
 *                    hospital (withdraw) and the treatment-site region (decide), and a trigger
 *                    lets each make only its own transition, only from PENDING, and never change
 *                    what was applied for. At most one PENDING application per case, and none
 *                    beside a decided one on the same revision (partial unique indexes).
 *   special_case_decision     the treatment region's decision, insert-only: outcome, how an
 *                    approval pays (FEE_FOR_SERVICE or ADJUSTED_AMOUNT), and the amounts it fixes
 *                    — final amount, patient share, fund due (final − patient share, rounded to
 *                    the fen once) and the adjustment against the formula's provisional amount —
 *                    so settlement and clearing sum special-case adjustments in SQL; plus the
 *                    cap figures it was checked against. Same readers; insert only by the
 *                    treatment-site region. Never updated or deleted. A decided application
 *                    and its decision stand only together (constraint triggers, at commit).
 *   special_case_comment      remarks on an application, insert-only: by the treating hospital,
 *                    the treatment-site region or the insured-site region, each writing as
 *                    itself (author = the caller). Same readers.
 *
 * Every policy constrains province_code (Citus distribution key); keys lead with it. The parties
 * of every row repeat their case revision's (foreign keys), so no writer can name other parties.
 */
export class Migration20261202160000SpecialCaseReview extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table special_case_application (
  province_code varchar(6) not null,
  id uuid not null,
  case_id uuid not null,
  revision_id uuid not null,
  revision integer not null check (revision >= 1),
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  discharge_date date not null,
  category text not null check (category in ('HIGH_COST', 'LONG_STAY', 'NEW_TECHNOLOGY',
    'ICU_CRITICAL', 'OTHER')),
  reason text not null check (length(btrim(reason)) between 1 and 2000),
  claimed_amount numeric(14, 2) check (claimed_amount > 0),
  status text not null default 'PENDING' check (status in ('PENDING', 'WITHDRAWN', 'APPROVED',
    'REJECTED')),
  -- stable paging order: the application instant (UTC, microseconds), then the id
  sort_key text not null,
  applied_at timestamptz not null default now(),
  closed_at timestamptz,
  primary key (province_code, id),
  unique (province_code, sort_key),
  check ((status = 'PENDING') = (closed_at is null)),
  foreign key (province_code, revision_id, hospital_code, treatment_region_code, insured_region_code)
    references case_revision (province_code, id, hospital_code, treatment_region_code, insured_region_code)
);
-- one open application per case; a decided revision is not applied for again (a new revision is)
create unique index special_case_application_open_key on special_case_application
  (province_code, case_id) where status = 'PENDING';
create unique index special_case_application_revision_key on special_case_application
  (province_code, revision_id) where status <> 'WITHDRAWN';
create unique index special_case_application_parties_key on special_case_application
  (province_code, id, case_id, revision_id, hospital_code, treatment_region_code, insured_region_code);
create index special_case_application_case_idx on special_case_application (case_id, sort_key);
create index special_case_application_hospital_key_idx on special_case_application (hospital_code, sort_key);
create index special_case_application_treatment_key_idx on special_case_application (treatment_region_code, sort_key);
create index special_case_application_insured_key_idx on special_case_application (insured_region_code, sort_key);
${coOwnedPolicies('special_case_application', { appRole: app })}
-- writes: the hospital applies (insert) and withdraws, the treatment region decides (update);
-- the trigger below pins which party makes which transition
create policy special_case_application_insert on special_case_application for insert
  with check (${asHospital} and status = 'PENDING');
create policy special_case_application_update on special_case_application for update
  using (${asHospital} or ${asTreatmentRegion})
  with check (${asHospital} or ${asTreatmentRegion});
comment on policy special_case_application_insert on special_case_application is
  'Special-case applications: only the treating hospital applies, for its own case, in its province, as PENDING.';
comment on policy special_case_application_update on special_case_application is
  'Special-case applications: the treating hospital (withdraw) and the treatment-site region (decide), in their province; the trigger special_case_application_transition allows each only its own transition from PENDING.';
grant insert, update on special_case_application to ${app};

create function special_case_application_transition() returns trigger language plpgsql as $$
begin
  if (new.province_code, new.id, new.case_id, new.revision_id, new.revision, new.hospital_code,
      new.treatment_region_code, new.insured_region_code, new.discharge_date, new.category,
      new.reason, new.claimed_amount, new.sort_key, new.applied_at)
    is distinct from (old.province_code, old.id, old.case_id, old.revision_id, old.revision,
      old.hospital_code, old.treatment_region_code, old.insured_region_code, old.discharge_date,
      old.category, old.reason, old.claimed_amount, old.sort_key, old.applied_at) then
    raise exception 'an application keeps what was applied for' using errcode = 'P0001',
      hint = 'APPLICATION_IMMUTABLE';
  end if;
  if new.status is distinct from old.status and not (old.status = 'PENDING' and (
      (new.status = 'WITHDRAWN' and ${scopeIs('HOSPITAL')})
      or (new.status in ('APPROVED', 'REJECTED') and ${scopeIs('REGION')}))) then
    raise exception 'only a pending application is withdrawn (hospital) or decided (region)'
      using errcode = 'P0001', hint = 'INVALID_TRANSITION';
  end if;
  return new;
end
$$;
create trigger special_case_application_transition before update on special_case_application
  for each row execute function special_case_application_transition();

create table special_case_decision (
  province_code varchar(6) not null,
  application_id uuid not null,
  case_id uuid not null,
  revision_id uuid not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  discharge_date date not null,
  outcome text not null check (outcome in ('APPROVED', 'REJECTED')),
  payment text check (payment in ('FEE_FOR_SERVICE', 'ADJUSTED_AMOUNT')),
  reason text check (length(btrim(reason)) between 1 and 2000),
  total_cost numeric(14, 2) not null,
  formula_amount numeric(16, 2),
  final_amount numeric(16, 2) check (final_amount > 0),
  patient_share numeric(14, 2) not null,
  fund_due numeric(16, 2),
  adjustment numeric(16, 2),
  payment_standard_id uuid,
  cap_scope text check (cap_scope in ('REGION', 'HOSPITAL')),
  cap_period text check (cap_period in ('MONTH', 'QUARTER', 'YEAR')),
  cap_period_from date,
  cap_period_to date,
  cap_share numeric,
  cap_case_count integer,
  cap_allowed integer,
  cap_used integer,
  decided_at timestamptz not null default now(),
  primary key (province_code, application_id),
  foreign key (province_code, application_id, case_id, revision_id, hospital_code,
    treatment_region_code, insured_region_code) references special_case_application (province_code,
    id, case_id, revision_id, hospital_code, treatment_region_code, insured_region_code),
  -- an approval fixes the amounts; a rejection gives its reason and pays nothing special
  check ((outcome = 'APPROVED') = (payment is not null and final_amount is not null
    and fund_due is not null)),
  check (outcome = 'APPROVED' or (reason is not null and payment is null and final_amount is null
    and fund_due is null and adjustment is null)),
  check (payment <> 'FEE_FOR_SERVICE' or final_amount = total_cost),
  check (fund_due = round(final_amount - patient_share, 2)),
  check (adjustment = final_amount - formula_amount)
);
-- the cap counts a region's (or hospital's) approvals by discharge period
create index special_case_decision_cap_idx on special_case_decision
  (province_code, treatment_region_code, discharge_date) where outcome = 'APPROVED';
create index special_case_decision_revision_idx on special_case_decision (province_code, revision_id);
${coOwnedPolicies('special_case_decision', { appRole: app })}
create policy special_case_decision_insert on special_case_decision for insert
  with check (${asTreatmentRegion});
comment on policy special_case_decision_insert on special_case_decision is
  'Special-case decisions: only the treatment-site region decides, in its province. Never updated or deleted.';
grant insert on special_case_decision to ${app};

-- a decided application and its decision go together: checked at commit (deferred), so the
-- service may write them in either order, but neither stands without the other
create function special_case_decision_consistent() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'special_case_application' then
    if new.status in ('APPROVED', 'REJECTED') and not exists (
        select 1 from special_case_decision d
        where d.province_code = new.province_code and d.application_id = new.id
          and d.outcome = new.status) then
      raise exception 'a decided application has its decision' using errcode = 'P0001',
        hint = 'DECISION_MISSING';
    end if;
  elsif not exists (
      select 1 from special_case_application a
      where a.province_code = new.province_code and a.id = new.application_id
        and a.status = new.outcome) then
    raise exception 'a decision decides its application' using errcode = 'P0001',
      hint = 'DECISION_MISSING';
  end if;
  return null;
end
$$;
create constraint trigger special_case_application_decided after update on special_case_application
  deferrable initially deferred for each row execute function special_case_decision_consistent();
create constraint trigger special_case_decision_applied after insert on special_case_decision
  deferrable initially deferred for each row execute function special_case_decision_consistent();

create table special_case_comment (
  province_code varchar(6) not null,
  id uuid not null,
  application_id uuid not null,
  case_id uuid not null,
  revision_id uuid not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  author_scope text not null check (author_scope in ('HOSPITAL', 'REGION')),
  author_code text not null,
  body text not null check (length(btrim(body)) between 1 and 2000),
  sort_key text not null,
  created_at timestamptz not null default now(),
  primary key (province_code, id),
  unique (province_code, sort_key),
  foreign key (province_code, application_id, case_id, revision_id, hospital_code,
    treatment_region_code, insured_region_code) references special_case_application (province_code,
    id, case_id, revision_id, hospital_code, treatment_region_code, insured_region_code)
);
create index special_case_comment_application_idx on special_case_comment
  (province_code, application_id, sort_key);
-- a party's own remarks; the insert policy compares the author with the caller
create index special_case_comment_author_idx on special_case_comment
  (province_code, author_code, author_scope);
${coOwnedPolicies('special_case_comment', { appRole: app })}
-- the parties of the review comment (联办: the insured region takes part in the treatment
-- region's review), each as itself
create policy special_case_comment_insert on special_case_comment for insert with check (
  author_scope = ${setting('scope')} and author_code = ${setting('code')}
  and (${asHospital} or ${asTreatmentRegion} or ${asInsuredRegion})
);
comment on policy special_case_comment_insert on special_case_comment is
  'Special-case comments: the treating hospital, the treatment-site region and the insured-site region, each as itself, in their province. Never updated or deleted.';
grant insert on special_case_comment to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists special_case_comment;
drop table if exists special_case_decision;
drop table if exists special_case_application;
drop function if exists special_case_decision_consistent();
drop function if exists special_case_application_transition();
`);
  }
}
