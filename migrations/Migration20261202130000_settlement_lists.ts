import { Migration } from '@mikro-orm/migrations';
import { appRole, AUTHENTICATED, coOwnedPolicies, scopeIs, setting } from './support/policies';

/** Role check on the request's `app.roles` setting (`,ROLE1,ROLE2,`); unset or '' matches nothing. */
const hasRole = (role: string) =>
  `coalesce((select current_setting('app.roles', true)) like '%,${role},%', false)`;

const inProvince = `province_code = ${setting('province')}`;

/**
 * Settlement lists (医疗保障基金结算清单): cases, their revisions, the insured person's
 * identifier, the pseudonym key, and quality-control rules as data.
 *
 *   settlement_case  one row per (hospital, settlement id): the case and its current revision's
 *                    facts the filters read. CO-OWNED: read by the treating hospital, the
 *                    treatment-site region (就医地), the insured-site region (参保地) and their
 *                    province, NATIONAL everything; nobody else (not another hospital of the
 *                    region, not a third region, not another province). Insert and update: the
 *                    treating hospital (its own cases) and the treatment-site region, in their
 *                    province. Never deleted.
 *   case_revision    every accepted version of a case, insert-only (a changed upload is a new
 *                    revision; the old one stays readable). Same co-owned policies.
 *   case_identity    the insured person's identifier (个人编号) per revision, stored nowhere
 *                    else. Read: the treating hospital; any other co-owner only when its token
 *                    carries the PII role (app.roles). Insert: the writers above. Never updated:
 *                    a writer that cannot read it never needs to.
 *   case_pseudonym_key  the installation's HMAC key, made once by this migration. No grant to
 *                    the application role and a policy that admits nobody: only the owner role
 *                    (and the security-definer function case_pseudonym) reads it.
 *   qc_rule          the rule defaults (code, severity, parameters, DRG/DIP relevance): read by
 *                    every authenticated principal, written by migrations only.
 *   qc_rule_region   a region's overrides (enabled, severity, parameters): read within the
 *                    province (NATIONAL all), written by the region itself.
 *
 * Every policy constrains province_code (Citus distribution key); unique keys lead with it.
 */
export class Migration20261202130000SettlementLists extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table qc_rule (
  code text primary key check (code ~ '^[0-9]{4}$'),
  name text not null check (length(btrim(name)) between 1 and 200),
  description text not null,
  severity text not null check (severity in ('ERROR', 'WARNING')),
  parameters jsonb not null default '{}'::jsonb check (jsonb_typeof(parameters) = 'object'),
  affects_drg boolean not null,
  affects_dip boolean not null,
  enabled boolean not null default true
);
alter table qc_rule enable row level security;
alter table qc_rule force row level security;
create policy qc_rule_read on qc_rule for select using (${AUTHENTICATED});
comment on policy qc_rule_read on qc_rule is
  'QC rule defaults are public to every authenticated principal; only migrations write them.';
grant select on qc_rule to ${app};

insert into qc_rule (code, name, description, severity, parameters, affects_drg, affects_dip) values
  ('2005', 'Required field missing', '必填项缺失: a field grouping or payment needs is empty.', 'ERROR', '{}', true, true),
  ('2006', 'Value outside its domain', '值域错误: a coded value (sex, discharge way, insurance type …) or a number is outside its domain.', 'ERROR', '{}', true, true),
  ('2132', 'Birth weight outside range', '新生儿出生体重超出范围 (g).', 'ERROR', '{"min": 200, "max": 20000}', true, true),
  ('2133', 'Procedure code not in ICD-9-CM-3', '手术操作编码不在ICD-9-CM-3医保版代码表中.', 'ERROR', '{}', true, true),
  ('2134', 'Anaesthesia time outside the stay', '麻醉时间不在住院期间.', 'ERROR', '{}', false, false),
  ('2136', 'ICU time outside the stay', '重症监护时间不在住院期间.', 'ERROR', '{}', true, false),
  ('2137', 'Settlement period outside the stay', '结算期间不在住院期间.', 'ERROR', '{}', false, false),
  ('2139', 'No principal diagnosis', '无主要诊断.', 'ERROR', '{}', true, true),
  ('3001', 'Newborn data missing', '新生儿(≤ maxAgeDays 天)缺少入院类型或体重.', 'ERROR', '{"maxAgeDays": 28}', true, false),
  ('3002', 'Birth weight missing for delivery', '分娩诊断(O80–O84, Z37)须填新生儿出生体重.', 'ERROR', '{"prefixes": ["O80", "O81", "O82", "O83", "O84", "Z37"]}', true, false),
  ('3003', 'Diagnosis code not in ICD-10', '诊断编码不在ICD-10医保版代码表中.', 'ERROR', '{}', true, true),
  ('3004', 'Sex conflicts with diagnosis', '性别与诊断冲突.', 'ERROR', '{"femaleOnly": ["O", "N70", "N71", "N72", "N73", "N74", "N75", "N76", "N77", "N80", "N81", "N82", "N83", "N84", "N85", "N86", "N87", "N88", "N89", "N90", "N91", "N92", "N93", "N94", "N95", "N96", "N97", "N98", "C51", "C52", "C53", "C54", "C55", "C56", "C57", "C58", "Z37"], "maleOnly": ["N40", "N41", "N42", "N43", "N44", "N45", "N46", "N47", "N48", "N49", "N50", "N51", "C60", "C61", "C62", "C63"]}', true, true),
  ('3005', 'Not allowed as principal diagnosis', '不得作为主要诊断的编码 (外因 V–Y, 部分 Z/R).', 'ERROR', '{"prefixes": ["V", "W", "X", "Y", "Z37", "Z38", "Z85", "Z86", "Z87", "Z88", "Z91", "Z92", "R99"]}', true, true),
  ('3006', 'Fund above total cost or negative amount', '基金支付大于总费用, 或金额为负.', 'ERROR', '{}', false, false),
  ('3007', 'Fee lines do not sum to the total', '费用明细之和不等于总费用.', 'ERROR', '{"tolerance": "0.01"}', false, false),
  ('3008', 'Insured region outside the province', '参保地不是本省的统筹地区.', 'ERROR', '{}', false, false),
  ('3009', 'Readmission with the same principal diagnosis', '分解住院: N 天内同一主要诊断再次入院.', 'WARNING', '{"days": 15}', false, false);

create table qc_rule_region (
  province_code varchar(6) not null references province (code),
  region_code varchar(6) not null references pooling_region (code),
  rule_code text not null references qc_rule (code),
  enabled boolean not null,
  severity text check (severity in ('ERROR', 'WARNING')),
  parameters jsonb check (parameters is null or jsonb_typeof(parameters) = 'object'),
  updated_at timestamptz not null default now(),
  primary key (province_code, region_code, rule_code),
  check (left(region_code, 2) = left(province_code, 2))
);
create index qc_rule_region_region_idx on qc_rule_region (region_code);
alter table qc_rule_region enable row level security;
alter table qc_rule_region force row level security;
create policy qc_rule_region_read on qc_rule_region for select using (
  ${scopeIs('NATIONAL')} or ${inProvince}
);
create policy qc_rule_region_insert on qc_rule_region for insert with check (
  ${scopeIs('REGION')} and region_code = ${setting('code')} and ${inProvince}
);
create policy qc_rule_region_update on qc_rule_region for update
  using (${scopeIs('REGION')} and region_code = ${setting('code')} and ${inProvince})
  with check (${scopeIs('REGION')} and region_code = ${setting('code')} and ${inProvince});
comment on policy qc_rule_region_read on qc_rule_region is
  'A region''s QC overrides: read by NATIONAL and everyone in its province.';
comment on policy qc_rule_region_insert on qc_rule_region is
  'Only the region itself (REGION scope, its own code, its province) sets its overrides.';
comment on policy qc_rule_region_update on qc_rule_region is
  'Only the region itself (REGION scope, its own code, its province) changes its overrides.';
grant select, insert, update on qc_rule_region to ${app};

create table settlement_case (
  id uuid not null,
  -- province, hospital and treatment region: one foreign key to hospital (below)
  province_code varchar(6) not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null references pooling_region (code),
  settlement_id text not null check (length(settlement_id) between 1 and 64),
  stay_id text not null check (length(stay_id) between 1 and 64),
  case_key text generated always as (hospital_code || '/' || settlement_id) stored,
  person_pseudonym text not null,
  current_revision integer not null check (current_revision >= 1),
  current_revision_id uuid not null,
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  discharge_date date not null,
  qc_status text not null check (qc_status in ('PASSED', 'WARNING')),
  drg_code text,
  dip_group_code text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (province_code, id),
  unique (province_code, hospital_code, settlement_id),
  check (left(treatment_region_code, 2) = left(province_code, 2)),
  check (left(insured_region_code, 2) = left(province_code, 2))
);
-- paging (one per parent of a connection, in case_key order) and the filters
create index settlement_case_key_idx on settlement_case (province_code, case_key);
create index settlement_case_hospital_key_idx on settlement_case (hospital_code, case_key);
create index settlement_case_treatment_key_idx on settlement_case (treatment_region_code, case_key);
create index settlement_case_insured_key_idx on settlement_case (insured_region_code, case_key);
create index settlement_case_discharge_idx on settlement_case (province_code, discharge_date);
create index settlement_case_drg_idx on settlement_case (province_code, drg_code);
create index settlement_case_dip_idx on settlement_case (province_code, dip_group_code);
create index settlement_case_person_idx on settlement_case (province_code, person_pseudonym);
${coOwnedPolicies('settlement_case', { appRole: app, writers: ['HOSPITAL', 'TREATMENT_REGION'] })}
-- the paging indexes above already lead with each policy column (hospital, treatment and insured
-- region, province): the helper's (province, party) indexes would only slow every write down
drop index settlement_case_hospital_idx, settlement_case_treatment_region_idx,
  settlement_case_insured_region_idx;

create table case_revision (
  id uuid not null,
  province_code varchar(6) not null,
  case_id uuid not null,
  revision integer not null check (revision >= 1),
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  settlement_id text not null,
  stay_id text not null,
  person_pseudonym text not null,
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  sex smallint not null,
  age smallint,
  age_days smallint,
  birth_weights integer[] not null default '{}',
  admission_weight integer,
  newborn_admission_type text,
  admitted_at timestamptz not null,
  discharged_at timestamptz not null,
  discharge_date date not null,
  los integer not null,
  discharge_way smallint not null,
  settlement_from date,
  settlement_to date,
  principal_diagnosis text not null,
  diagnoses jsonb not null,
  procedures jsonb not null,
  icu_stays jsonb not null,
  ventilation_minutes integer,
  tcm_principal_diagnosis text,
  tcm_treatment_share numeric(7, 4),
  fees jsonb not null,
  total_cost numeric(14, 2) not null,
  fund_payments jsonb not null,
  fund_paid numeric(14, 2) not null,
  patient_paid numeric(14, 2) not null,
  special_items jsonb not null,
  planned_readmission boolean not null,
  qc_status text not null check (qc_status in ('PASSED', 'WARNING')),
  qc_issues jsonb not null,
  grouped_by text,
  group_status text,
  drg_status text,
  drg_code text,
  drg_catalog_version_id uuid,
  rule_package_sha256 text,
  dip_status text,
  dip_group_code text,
  dip_catalog_version_id uuid,
  tcm_classified boolean,
  tcm_disease_code text,
  tcm_catalog_version_id uuid,
  created_at timestamptz not null default now(),
  primary key (province_code, id),
  unique (province_code, case_id, revision)
);
${coOwnedPolicies('case_revision', { appRole: app, writers: ['HOSPITAL', 'TREATMENT_REGION'] })}

create table case_identity (
  province_code varchar(6) not null,
  revision_id uuid not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  insured_person_id text not null check (length(insured_person_id) between 1 and 64),
  primary key (province_code, revision_id)
);
create index case_identity_hospital_idx on case_identity (province_code, hospital_code);
create index case_identity_treatment_region_idx on case_identity (province_code, treatment_region_code);
create index case_identity_insured_region_idx on case_identity (province_code, insured_region_code);
-- the raw identifier: the treating hospital always; the other co-owners (treatment and insured
-- region, province, NATIONAL) only with the PII role in their token; nobody else, no settings
-- nothing. Inserted by the writers of the case, never updated or deleted.
alter table case_identity enable row level security;
alter table case_identity force row level security;
create policy case_identity_read on case_identity for select using (
  (${scopeIs('HOSPITAL')} and hospital_code = ${setting('code')} and ${inProvince})
  or (${hasRole('PII')} and (
    ${scopeIs('NATIONAL')}
    or (${inProvince} and (
      ${scopeIs('PROVINCE')}
      or (${scopeIs('REGION')} and (treatment_region_code = ${setting('code')} or insured_region_code = ${setting('code')}))
    ))
  ))
);
create policy case_identity_insert on case_identity for insert with check (
  (${scopeIs('HOSPITAL')} and hospital_code = ${setting('code')} and ${inProvince})
  or (${scopeIs('REGION')} and treatment_region_code = ${setting('code')} and ${inProvince})
);
comment on policy case_identity_read on case_identity is
  'Insured person identifiers: the treating hospital; the treatment-site and insured-site regions, the province and NATIONAL only with the PII role (app.roles). Everyone else sees the pseudonym on settlement_case only.';
comment on policy case_identity_insert on case_identity is
  'Inserted with the case by its writers: the treating hospital or the treatment-site region, in their province.';
grant select, insert on case_identity to ${app};

-- Consistency the policies cannot express (a writer stays a party however it edits a row), by
-- foreign keys (set-based, no per-row lookups under RLS): a case's treatment region is its
-- hospital's region; a revision and an identity repeat their case's parties. A case keeps its
-- hospital, treatment region, settlement id and province (trigger on update); revisions are
-- never updated (no grant).
create unique index hospital_code_region_province_key on hospital (code, region_code, province_code);
alter table settlement_case add foreign key (hospital_code, treatment_region_code, province_code)
  references hospital (code, region_code, province_code);
create unique index settlement_case_parties_key on settlement_case
  (province_code, id, hospital_code, treatment_region_code);
alter table case_revision add foreign key (province_code, case_id, hospital_code, treatment_region_code)
  references settlement_case (province_code, id, hospital_code, treatment_region_code);
create unique index case_revision_parties_key on case_revision
  (province_code, id, hospital_code, treatment_region_code, insured_region_code);
alter table case_identity add foreign key (province_code, revision_id, hospital_code,
  treatment_region_code, insured_region_code) references case_revision (province_code, id,
  hospital_code, treatment_region_code, insured_region_code);
revoke update on case_revision from ${app};

create function settlement_case_keys_fixed() returns trigger language plpgsql as $$
begin
  if (new.id, new.province_code, new.hospital_code, new.treatment_region_code,
      new.settlement_id, new.created_at) is distinct from (old.id, old.province_code,
      old.hospital_code, old.treatment_region_code, old.settlement_id, old.created_at) then
    raise exception 'a case keeps its hospital, treatment region and settlement id' using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger settlement_case_keys_fixed before update on settlement_case
  for each row execute function settlement_case_keys_fixed();

-- the installation's pseudonym key, as HMAC-SHA-256 pads (key xor ipad, key xor opad); made here
-- from gen_random_uuid() (a strong random source), never granted to the application role
create table case_pseudonym_key (
  id smallint primary key check (id = 1),
  inner_pad bytea not null check (length(inner_pad) = 64),
  outer_pad bytea not null check (length(outer_pad) = 64)
);
alter table case_pseudonym_key enable row level security;
alter table case_pseudonym_key force row level security;
create policy case_pseudonym_key_none on case_pseudonym_key for select using (false);
comment on policy case_pseudonym_key_none on case_pseudonym_key is
  'Nobody but the owner role (BYPASSRLS) and the security-definer function case_pseudonym reads the key.';
do $$
declare
  key bytea := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
    || decode(repeat('00', 32), 'hex');
  inner_pad bytea;
  outer_pad bytea;
begin
  key := substring(key from 1 for 64);
  inner_pad := key;
  outer_pad := key;
  for i in 0..63 loop
    inner_pad := set_byte(inner_pad, i, get_byte(key, i) # 54);
    outer_pad := set_byte(outer_pad, i, get_byte(key, i) # 92);
  end loop;
  insert into case_pseudonym_key (id, inner_pad, outer_pad) values (1, inner_pad, outer_pad);
end
$$;

-- HMAC-SHA-256 of the identifier under the installation key, 32 hex digits. Security definer
-- (runs as the owner, who reads the key); answers only a principal that may write cases
-- (HOSPITAL or REGION scope), so read-only principals cannot probe identifiers.
create function case_pseudonym(person_id text) returns text
language sql stable strict security definer set search_path = pg_catalog, public
as $$
  select case when ${scopeIs('HOSPITAL')} or ${scopeIs('REGION')} then
    left(encode(sha256(k.outer_pad || sha256(k.inner_pad || convert_to(person_id, 'UTF8'))), 'hex'), 32)
  end
  from case_pseudonym_key k where k.id = 1
$$;
revoke all on function case_pseudonym(text) from public;
grant execute on function case_pseudonym(text) to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop function if exists case_pseudonym(text);
drop table if exists case_pseudonym_key;
drop table if exists case_identity;
drop table if exists case_revision;
drop table if exists settlement_case;
drop table if exists qc_rule_region;
drop table if exists qc_rule;
`);
  }
}
