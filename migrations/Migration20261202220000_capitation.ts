import { Migration } from '@mikro-orm/migrations';
import { appRole, scopeIs, setting } from './support/policies';

const IN_PROVINCE = `province_code = ${setting('province')}`;
/** The region itself, writing in its province. */
const REGION_OWN = `(${scopeIs('REGION')} and region_code = ${setting('code')} and ${IN_PROVINCE})`;

/**
 * Per-capita payment (按人头付费, seed 001 二(五)): outpatient pooling and chronic-disease packages
 * paid per enrolled person to primary-care institutions (基层医疗卫生机构), which pay for their
 * patients' referrals to hospitals out of it.
 *
 *   capitation_package    a region's package for a year: code, name, insurance type, the monthly
 *                         amount per enrolled person. Read: NATIONAL, the province, the region,
 *                         the region's hospitals. Written by the region.
 *   capitation_enrolment  per institution, package and month: enrolled persons and the referral
 *                         costs it bears. Read: NATIONAL, the province, the region, the
 *                         institution itself. Written by the region (uploads replace a year whole).
 */
export class Migration20261202220000Capitation extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table capitation_package (
  province_code varchar(6) not null,
  region_code varchar(6) not null,
  year integer not null check (year between 2000 and 2100),
  code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
  name text not null check (length(btrim(name)) between 1 and 200),
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  per_head_month numeric(12, 2) not null check (per_head_month > 0),
  primary key (province_code, region_code, year, code),
  foreign key (province_code, region_code) references pooling_region (province_code, code)
);

create table capitation_enrolment (
  province_code varchar(6) not null,
  region_code varchar(6) not null,
  year integer not null,
  package_code text not null,
  hospital_code varchar(12) not null references hospital (code),
  month smallint not null check (month between 1 and 12),
  persons integer not null check (persons >= 0),
  referral_cost numeric(14, 2) not null check (referral_cost >= 0),
  primary key (province_code, region_code, year, package_code, hospital_code, month),
  foreign key (province_code, region_code, year, package_code)
    references capitation_package (province_code, region_code, year, code)
);
create index capitation_enrolment_hospital_idx on capitation_enrolment (province_code, hospital_code);

alter table capitation_package enable row level security;
alter table capitation_package force row level security;
create policy capitation_package_read on capitation_package for select using (
  ${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and region_code = ${setting('code')})
    or (${scopeIs('HOSPITAL')}
        and region_code = (select h.region_code from hospital h where ${setting('code')} = h.code))
  ))
);
create policy capitation_package_write on capitation_package for all using (${REGION_OWN}) with check (${REGION_OWN});
comment on policy capitation_package_read on capitation_package is
  'Read: NATIONAL; the province; the region; the region''s hospitals. No settings: nothing.';
comment on policy capitation_package_write on capitation_package is 'Write: the region, its own packages.';
grant select, insert, update, delete on capitation_package to ${app};

alter table capitation_enrolment enable row level security;
alter table capitation_enrolment force row level security;
create policy capitation_enrolment_read on capitation_enrolment for select using (
  ${scopeIs('NATIONAL')}
  or (${IN_PROVINCE} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and region_code = ${setting('code')})
    or (${scopeIs('HOSPITAL')} and hospital_code = ${setting('code')})
  ))
);
create policy capitation_enrolment_write on capitation_enrolment for all using (${REGION_OWN}) with check (${REGION_OWN});
comment on policy capitation_enrolment_read on capitation_enrolment is
  'Read: NATIONAL; the province; the region; the institution its own rows. No settings: nothing.';
comment on policy capitation_enrolment_write on capitation_enrolment is 'Write: the region, its own institutions'' rows.';
grant select, insert, update, delete on capitation_enrolment to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists capitation_enrolment;
drop table if exists capitation_package;
`);
  }
}
