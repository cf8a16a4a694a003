import { Migration } from '@mikro-orm/migrations';
import { appRole, AUTHENTICATED, IS_OWNER, scopeIs, setting } from './support/policies';

/** The tables of a budget's rows, each frozen with its budget. */
const ROW_TABLES = [
  'budget_out_of_region',
  'budget_prepayment',
  'budget_alliance',
  'budget_alliance_member',
];

const IN_PROVINCE = `province_code = ${setting('province')}`;
const REGION_OWNS_ROW = `(${scopeIs('REGION')} and owner_code = ${setting('code')} and ${IN_PROVINCE})`;
const PUBLISHED = `budget_status(version_id) in ('PUBLISHED', 'RETIRED')`;

/** Every row table: the owning region (drafts included); NATIONAL and the province once published. */
const ROW_READ_COMMON = `${REGION_OWNS_ROW}
  or (${PUBLISHED} and (${scopeIs('NATIONAL')} or (${scopeIs('PROVINCE')} and ${IN_PROVINCE})))`;

/** What else may read each row table, beyond ROW_READ_COMMON (published budgets only). */
const ROW_READ_EXTRA: Record<string, string> = {
  // the insured region negotiates its out-of-region budget with the treatment site (seed 003 二(二))
  budget_out_of_region: `(${scopeIs('REGION')} and insured_region_code = ${setting('code')} and ${IN_PROVINCE} and ${PUBLISHED})`,
  // a hospital its own prepayment
  budget_prepayment: `(${scopeIs('HOSPITAL')} and hospital_code = ${setting('code')} and ${IN_PROVINCE} and ${PUBLISHED})`,
  // a hospital the alliance it is a member of, and that alliance's members
  budget_alliance: `(${scopeIs('HOSPITAL')} and ${IN_PROVINCE} and ${PUBLISHED}
    and code = budget_alliance_of(version_id, ${setting('code')}))`,
  budget_alliance_member: `(${scopeIs('HOSPITAL')} and ${IN_PROVINCE} and ${PUBLISHED}
    and alliance_code = budget_alliance_of(version_id, ${setting('code')}))`,
};

const READ_COMMENT: Record<string, string> = {
  budget_out_of_region:
    'Out-of-region budget rows. Read: the owning region (drafts included); once published, NATIONAL, the province, and the insured region of the row. No settings: nothing.',
  budget_prepayment:
    'Prepayment rows. Read: the owning region (drafts included); once published, NATIONAL, the province, and the hospital of the row. No settings: nothing.',
  budget_alliance:
    'Medical alliances. Read: the owning region (drafts included); once published, NATIONAL, the province, and the member hospitals of the alliance. No settings: nothing.',
  budget_alliance_member:
    'Medical alliance members. Read: the owning region (drafts included); once published, NATIONAL, the province, and the member hospitals of the same alliance. No settings: nothing.',
};

/** Writable by the owning region while the budget is a DRAFT, in its province. */
const ROW_EDITABLE = `${REGION_OWNS_ROW}
  and exists (select 1 from budget b where b.id = version_id and b.status = 'DRAFT')`;

function rowTablePolicies(table: string, app: string): string {
  return `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_read on ${table} for select using (
  ${ROW_READ_COMMON}
  or ${ROW_READ_EXTRA[table]}
);
create policy ${table}_insert on ${table} for insert with check (${ROW_EDITABLE});
create policy ${table}_update on ${table} for update using (${ROW_EDITABLE}) with check (${ROW_EDITABLE});
create policy ${table}_delete on ${table} for delete using (${ROW_EDITABLE});
comment on policy ${table}_read on ${table} is '${READ_COMMENT[table]}';
comment on policy ${table}_insert on ${table} is 'Budget rows. Insert: only the owning region while the budget is a DRAFT, in its province.';
comment on policy ${table}_update on ${table} is 'Budget rows. Update: only the owning region while the budget is a DRAFT, in its province.';
comment on policy ${table}_delete on ${table} is 'Budget rows. Delete: only the owning region while the budget is a DRAFT (a draft''s rows are replaced whole).';
create index ${table}_owner_idx on ${table} (province_code, owner_code, version_id);
create trigger ${table}_frozen before insert or update or delete on ${table}
  for each row execute function version_rows_frozen('budget', 'BUDGET_IMMUTABLE');
grant select, insert, update, delete on ${table} to ${app};`;
}

/**
 * Global budgets (总额预算): a pooling region's budget for a year, versioned and effective-dated
 * with the one lifecycle of catalogs and standards (the version_lifecycle and
 * version_rows_frozen trigger functions; hint BUDGET_IMMUTABLE) — DRAFT → PUBLISHED → RETIRED.
 *
 * Who may see and write what (row-level security):
 *   budget            read: the owning region, always (drafts included); PUBLISHED and RETIRED
 *                     ones also by NATIONAL and by the owner's province. Other regions of the
 *                     province and the hospitals read no budget at all — the totals are the
 *                     region's (a hospital reads its own prepayment and its alliance; another
 *                     region the out-of-region rows it is the insured region of). Another
 *                     province nothing. write: the owning region only, inserted as DRAFT.
 *   row tables        read: the owning region (drafts included); once the budget is published,
 *                     NATIONAL, the province, and per table: budget_out_of_region the insured
 *                     region of the row (it negotiates that budget, seed 003 二(二));
 *                     budget_prepayment the hospital of the row; budget_alliance and
 *                     budget_alliance_member the member hospitals of that alliance.
 *                     write: the owning region while the budget is a DRAFT; version_rows_frozen
 *                     refuses any change to a non-draft budget's rows for every role.
 *   Every row carries the budget's province and owner (a composite foreign key), so the owner's
 *   branch needs no join; whether a budget is published is read through budget_status(), a
 *   security-definer function, because the readers of rows may not read the budget itself.
 *   Which alliance a hospital belongs to is read through budget_alliance_of() for the same
 *   reason (and a policy on the member table cannot query that table).
 */
export class Migration20261202190000Budgets extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create table budget (
  id uuid primary key,
  name text not null check (length(btrim(name)) between 1 and 200),
  version_label text not null check (length(btrim(version_label)) between 1 and 50),
  year integer not null check (year between 2000 and 2100),
  -- a budget is a pooling region's (总额预算 is set per region); the column keeps IS_OWNER usable
  owner_scope text not null default 'REGION' check (owner_scope = 'REGION'),
  owner_code varchar(6) not null,
  province_code varchar(6) not null,
  parent_id uuid references budget (id),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  effective_from date not null,
  effective_to date check (effective_to is null or effective_to > effective_from),
  -- one flat JSON object validated by the domain parser (src/domain/budget)
  parameters jsonb not null default '{}' check (jsonb_typeof(parameters) = 'object'),
  demo boolean not null default false,
  notes text check (notes is null or length(notes) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  retired_at timestamptz,
  retired_on date,
  foreign key (province_code, owner_code) references pooling_region (province_code, code),
  unique (id, province_code, owner_code)
);
create index budget_owner_idx on budget (province_code, owner_code, owner_scope);
create unique index budget_label_key on budget (owner_code, year, version_label);
create index budget_owner_page_idx on budget (owner_code, id);
create index budget_status_idx on budget (status, year);
create index budget_parent_idx on budget (parent_id);
create trigger budget_updated_at before update on budget
  for each row execute function set_updated_at();
create trigger budget_lifecycle before update on budget
  for each row execute function version_lifecycle('BUDGET_IMMUTABLE');

alter table budget enable row level security;
alter table budget force row level security;
create policy budget_read on budget for select using (
  ${IS_OWNER}
  or (${AUTHENTICATED} and status in ('PUBLISHED', 'RETIRED') and (
    ${scopeIs('NATIONAL')}
    or (${IN_PROVINCE} and ${scopeIs('PROVINCE')})
  ))
);
create policy budget_insert on budget for insert with check (${IS_OWNER} and status = 'DRAFT');
create policy budget_update on budget for update using (${IS_OWNER}) with check (${IS_OWNER});
comment on policy budget_read on budget is
  'Read: the owning region always (drafts included); PUBLISHED and RETIRED budgets also by NATIONAL and the owner''s province. Other regions and hospitals: no budget (they read their own rows only). Another province: nothing. No settings: nothing.';
comment on policy budget_insert on budget is 'Insert: a region its own budgets, as DRAFT, in its own province.';
comment on policy budget_update on budget is
  'Update: only the owning region; the version_lifecycle trigger allows nothing but retirement once published.';
grant select, insert, update on budget to ${app};

-- the status of a budget for the row policies of readers that may not read the budget itself
-- (an insured region, a hospital): security definer, fixed search path, reveals one status
create function budget_status(version uuid) returns text
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select status from public.budget where id = version $$;
revoke all on function budget_status(uuid) from public;
grant execute on function budget_status(uuid) to ${app};

-- out-of-region budget per insured region and insurance type (异地就医总额预算, seed 003 二(二))
create table budget_out_of_region (
  version_id uuid not null,
  province_code varchar(6) not null,
  owner_code varchar(6) not null,
  insured_region_code varchar(6) not null check (insured_region_code ~ '^[1-9][0-9]{5}$'),
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  amount numeric(16, 2) not null check (amount >= 0),
  row_key text generated always as (insured_region_code || ':' || insurance_type) stored,
  primary key (version_id, row_key),
  foreign key (version_id, province_code, owner_code) references budget (id, province_code, owner_code),
  -- another region of the same province: in-province out-of-region care (seed 003)
  foreign key (province_code, insured_region_code) references pooling_region (province_code, code),
  check (insured_region_code <> owner_code)
);
create index budget_out_of_region_insured_idx on budget_out_of_region (province_code, insured_region_code);

-- prepayment per hospital and insurance type (预付金, 医保办函〔2024〕101号): the inputs and the
-- amount granted by the domain function from the budget's conditions
create table budget_prepayment (
  version_id uuid not null,
  province_code varchar(6) not null,
  owner_code varchar(6) not null,
  hospital_code varchar(12) not null references hospital (code),
  insurance_type text not null check (insurance_type in ('EMPLOYEE', 'RESIDENT')),
  -- average monthly fund spending of each previous year, latest first (1–3 decimal strings)
  monthly_spending jsonb not null check (jsonb_typeof(monthly_spending) = 'array'
    and jsonb_array_length(monthly_spending) between 1 and 3),
  fund_balance_months numeric(8, 2) not null check (fund_balance_months >= 0),
  granted numeric(16, 2) check (granted >= 0),
  row_key text generated always as (hospital_code || ':' || insurance_type) stored,
  primary key (version_id, row_key),
  foreign key (version_id, province_code, owner_code) references budget (id, province_code, owner_code)
);
create index budget_prepayment_hospital_idx on budget_prepayment (province_code, hospital_code);

-- medical alliances (医联体) with one combined budget (seed 001 二(一)4: 结余留用、合理超支分担)
create table budget_alliance (
  version_id uuid not null,
  province_code varchar(6) not null,
  owner_code varchar(6) not null,
  code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
  name text not null check (length(btrim(name)) between 1 and 200),
  lead_hospital_code varchar(12) not null references hospital (code),
  budget_employee numeric(16, 2) not null check (budget_employee >= 0),
  budget_resident numeric(16, 2) not null check (budget_resident >= 0),
  monthly_prepayment numeric(16, 2) not null check (monthly_prepayment >= 0),
  surplus_bands jsonb not null check (jsonb_typeof(surplus_bands) = 'array'),
  overspend_bands jsonb not null check (jsonb_typeof(overspend_bands) = 'array'),
  primary key (version_id, code),
  foreign key (version_id, province_code, owner_code) references budget (id, province_code, owner_code)
);

-- members: a hospital belongs to at most one alliance of a budget (the primary key)
create table budget_alliance_member (
  version_id uuid not null,
  province_code varchar(6) not null,
  owner_code varchar(6) not null,
  alliance_code text not null,
  hospital_code varchar(12) not null references hospital (code),
  -- tilt coefficient (倾斜系数), e.g. > 1 for primary-care and children's hospitals
  tilt numeric(6, 4) not null check (tilt > 0 and tilt <= 10),
  row_key text generated always as (alliance_code || ':' || hospital_code) stored,
  primary key (version_id, hospital_code),
  unique (version_id, row_key),
  foreign key (version_id, alliance_code) references budget_alliance (version_id, code) on delete cascade,
  foreign key (version_id, province_code, owner_code) references budget (id, province_code, owner_code)
);
create index budget_alliance_member_hospital_idx on budget_alliance_member (province_code, hospital_code);

-- the alliance a hospital belongs to in a published budget, for the alliance policies
create function budget_alliance_of(version uuid, hospital text) returns text
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select alliance_code from public.budget_alliance_member where version_id = version and hospital_code = hospital $$;
revoke all on function budget_alliance_of(uuid, text) from public;
grant execute on function budget_alliance_of(uuid, text) to ${app};
${ROW_TABLES.map((table) => rowTablePolicies(table, app)).join('\n')}
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table ${[...ROW_TABLES].reverse().join(', ')};
drop function budget_alliance_of(uuid, text);
drop function budget_status(uuid);
drop table budget;
`);
  }
}
