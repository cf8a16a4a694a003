/**
 * The §5 figures of every (treatment region, insured region, insurance type) pair of a province's
 * year, in one statement over the current revisions of out-of-region cases discharged in the
 * year (China days), under the caller's row-level security. $1 province, $2 year.
 *
 * A case is due its payment's fund due, or its approved special-case decision's (特例单议, counted
 * in `special_cases`); a case without a payment (no standard in force, …) counts at its itemised
 * fund in the DRG/DIP due (delta 0 for it) and is reported in `unpriced_cases`. The out-of-region coefficient is
 * reported when every priced case of the pair had the same one.
 */
export const PAIR_FIGURES = `
select c.treatment_region_code, c.insured_region_code, c.insurance_type,
  count(*)::int as case_count,
  count(*) filter (where p.revision_id is null)::int as unpriced_cases,
  sum(r.total_cost)::text as total_cost,
  sum(r.patient_paid)::text as patient_share,
  sum(r.fund_paid)::text as itemised_fund_paid,
  sum(coalesce(d.fund_due, p.fund_due, r.fund_paid))::text as drg_dip_fund_due,
  coalesce(sum(p.points), 0)::text as points,
  case when count(distinct o.value) = 1 and count(o.value) = count(p.revision_id)
    then min(o.value)::text end as coefficient_applied,
  count(d.revision_id)::int as special_cases
from settlement_case c
join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
left join case_payment p on p.province_code = c.province_code and p.revision_id = c.current_revision_id
left join special_case_decision d on d.province_code = c.province_code
  and d.revision_id = c.current_revision_id and d.outcome = 'APPROVED'
left join lateral (
  select (x->>'value')::numeric as value from jsonb_array_elements(p.coefficients) x
  where x->>'kind' = 'OUT_OF_REGION' limit 1
) o on true
where c.province_code = $1
  and c.discharge_date >= make_date($2, 1, 1) and c.discharge_date < make_date($2 + 1, 1, 1)
  and c.treatment_region_code <> c.insured_region_code
group by c.treatment_region_code, c.insured_region_code, c.insurance_type
order by 1, 2, 3`;

/**
 * POOLED (seed 003 二(二)): each treatment site's approved annual point value per fund, from its
 * annual clearing computed under POOLED (the out-of-region budget and points were in its pool).
 * Unrounded (§5). $1 province, $2 year.
 */
export const POOLED_POINT_VALUES = `
select c.region_code, p.insurance_type, p.point_value::text as point_value
from annual_clearing c
join annual_clearing_pool p on p.province_code = c.province_code and p.run_id = c.id
where c.province_code = $1 and c.year = $2 and c.status = 'APPROVED' and c.variant = 'POOLED'
  and p.point_value is not null`;

/**
 * POOLED: the treatment sites of the year's out-of-region cases whose annual clearing is not yet
 * approved under POOLED — the pairs cannot be final before. $1 province, $2 year.
 */
export const POOLED_CLEARINGS_MISSING = `
select distinct c.treatment_region_code as region_code
from settlement_case c
where c.province_code = $1
  and c.discharge_date >= make_date($2, 1, 1) and c.discharge_date < make_date($2 + 1, 1, 1)
  and c.treatment_region_code <> c.insured_region_code
  and not exists (
    select 1 from annual_clearing a
    where a.province_code = c.province_code and a.region_code = c.treatment_region_code
      and a.year = $2 and a.status = 'APPROVED' and a.variant = 'POOLED')
order by 1`;
