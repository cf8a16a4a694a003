import { Migration } from '@mikro-orm/migrations';
import { appRole, scopeIs, setting } from './support/policies';

/**
 * Pricing facts (计价事实): the readmission lookup for pricing at ingest (再入院, DOMAIN-FORMULAS
 * §3: readmission with the same group within N days is paid the earlier stay's points × a
 * factor), and the DIP auxiliary factor kept with the revision for bulk pricing.
 *
 *   case_earlier_stays(...)  for each stay being priced, the latest earlier stay of the same
 *                  person (pseudonym) treated in the same region, at any hospital of it, whose
 *                  current revision is priced in the same group by the same payment method and
 *                  was discharged no later than this admission. The rule is the region's, so
 *                  the answer must not depend on who uploads: a hospital cannot read another
 *                  hospital's cases (co-owned policies), hence security definer. It answers only
 *                  what the rule needs — the earlier stay's discharge day, its points or
 *                  standard amount, and whether it planned the readmission — never its
 *                  hospital, settlement id, cost or diagnoses; and only to a writer of the
 *                  region's cases (the region itself, or a hospital of that region), in its own
 *                  province, so read-only principals cannot probe persons' stays.
 *
 *   case_revision.dip_aux_factor  the DIP auxiliary-catalog factor (辅助目录) the grouper took at
 *                  ingest for a DIP-grouped revision (null otherwise, and for revisions stored
 *                  before): the set-based twin of pricing reads it instead of re-running the
 *                  grouper. A column of a co-owned table: its policies apply unchanged.
 *
 * No new table: nothing here needs row-level security of its own.
 */
export class Migration20261202150000PricingFacts extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
alter table case_revision add column dip_aux_factor numeric(8, 4) check (dip_aux_factor > 0);

create function case_earlier_stays(
  pseudonyms text[], regions text[], admitted timestamptz[], group_codes text[], methods text[],
  case_ids uuid[], hospital_codes text[], stay_ids text[]
) returns table (ord bigint, case_id uuid, discharged_at timestamptz, discharge_date date,
                value numeric, planned_readmission boolean)
language sql stable security definer set search_path = pg_catalog, public
as $$
  select k.ord, e.case_id, e.discharged_at, e.discharge_date, e.value, e.planned_readmission
  from unnest(pseudonyms, regions, admitted, group_codes, methods, case_ids, hospital_codes, stay_ids)
    with ordinality as k(pseudonym, region, admitted_at, group_code, method, case_id,
                         hospital_code, stay_id, ord)
  cross join lateral (
    select c.id as case_id, r.discharged_at, r.discharge_date, coalesce(p.points, p.standard_amount) as value,
      r.planned_readmission
    from settlement_case c
    join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
    join case_payment p on p.province_code = r.province_code and p.revision_id = r.id
    where c.province_code = ${setting('province')}
      and c.person_pseudonym = k.pseudonym and c.treatment_region_code = k.region
      -- not the case itself, nor another part-settlement of the same stay
      and c.id <> k.case_id and not (c.hospital_code = k.hospital_code and c.stay_id = k.stay_id)
      and r.discharged_at <= k.admitted_at
      and p.group_code = k.group_code and p.method = k.method
      and coalesce(p.points, p.standard_amount) is not null
    -- stays discharged at the same instant: the smallest case id, as pricing a batch picks
    order by r.discharged_at desc, c.id
    limit 1
  ) e
  where (${scopeIs('REGION')} and k.region = ${setting('code')})
     or (${scopeIs('HOSPITAL')} and exists (
           select 1 from hospital h where h.code = ${setting('code')} and h.region_code = k.region
             and h.province_code = ${setting('province')}))
$$;
revoke all on function case_earlier_stays(text[], text[], timestamptz[], text[], text[], uuid[], text[], text[]) from public;
grant execute on function case_earlier_stays(text[], text[], timestamptz[], text[], text[], uuid[], text[], text[]) to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop function if exists case_earlier_stays(text[], text[], timestamptz[], text[], text[], uuid[], text[], text[]);
alter table case_revision drop column if exists dip_aux_factor;
`);
  }
}
