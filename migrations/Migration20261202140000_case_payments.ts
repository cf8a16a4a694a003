import { Migration } from '@mikro-orm/migrations';
import { appRole, coOwnedPolicies } from './support/policies';

/**
 * Case payments (病例支付): what each priced revision of a case is paid, and why.
 *
 *   case_payment   one row per revision priced: the class, the rule, the base, the comparator
 *                  and ratio, every coefficient applied (jsonb), points or standard amount, the
 *                  provisional amount, the patient share, the fund due, the flags, and the
 *                  versions used (payment standard, catalog version, rule package SHA-256).
 *                  Exact figures as numeric without scale; the rounded ones (provisional
 *                  amount, fund due) to the fen. CO-OWNED like the case: read by the treating
 *                  hospital, the treatment-site and insured-site regions and their province
 *                  (NATIONAL all); written by the pricing that runs in the ingest of the case
 *                  (the treating hospital or the treatment-site region, in their province).
 *                  Never deleted: a new revision gets its own row, the old one stays.
 *   case_unpriced  a revision that got no payment row, and why (no standard in force, no
 *                  coefficient, catalog mismatch …): same parties, same writers.
 *
 * Every policy constrains province_code (Citus distribution key); keys lead with it.
 */
export class Migration20261202140000CasePayments extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table case_payment (
  province_code varchar(6) not null,
  revision_id uuid not null,
  case_id uuid not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  discharge_date date not null,
  case_class text not null check (case_class in ('NORMAL', 'HIGH', 'LOW', 'EXTREME', 'INCOMPLETE',
    'EXCLUDED', 'TCM_ADVANTAGE', 'BED_DAY', 'UNGROUPED')),
  rule text not null,
  method text not null check (method in ('DRG_RATE', 'DRG_POINTS', 'DIP_SCORE')),
  group_code text,
  base_value numeric,
  comparator text check (comparator in ('GROUP_AVERAGE', 'PAYMENT_STANDARD', 'LEVEL_AVERAGE')),
  comparator_amount numeric,
  ratio numeric,
  high_threshold numeric,
  low_threshold numeric,
  coefficients jsonb not null check (jsonb_typeof(coefficients) = 'array'),
  points numeric,
  point_value numeric,
  standard_amount numeric,
  amount numeric not null,
  provisional_amount numeric(16, 2) not null,
  patient_share numeric(14, 2) not null,
  fund_due numeric(16, 2) not null,
  flags text[] not null default '{}',
  payment_standard_id uuid not null,
  catalog_version_id uuid,
  rule_package_sha256 text,
  priced_at timestamptz not null default now(),
  primary key (province_code, revision_id),
  check (fund_due = round(amount - patient_share, 2))
);
create index case_payment_case_idx on case_payment (province_code, case_id);
create index case_payment_standard_idx on case_payment (payment_standard_id);
${coOwnedPolicies('case_payment', { appRole: app, writers: ['HOSPITAL', 'TREATMENT_REGION'] })}

create table case_unpriced (
  province_code varchar(6) not null,
  revision_id uuid not null,
  case_id uuid not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  reason text not null check (reason ~ '^[A-Z_]{1,40}$'),
  message text not null check (length(message) <= 500),
  payment_standard_id uuid,
  created_at timestamptz not null default now(),
  primary key (province_code, revision_id)
);
${coOwnedPolicies('case_unpriced', { appRole: app, writers: ['HOSPITAL', 'TREATMENT_REGION'] })}
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists case_unpriced;
drop table if exists case_payment;
`);
  }
}
