/**
 * The figures an annual clearing reads, each one statement under the region's row-level
 * security. $1 province, $2 region, $3 year (cases discharged in it), $4 whether the province
 * pools out-of-region care into the treatment site's budget (POOLED).
 */

/** The run's columns as the read model names them. */
export const RUN_COLUMNS = `id as "uuid", province_code as "provinceCode", region_code as "regionCode",
  year, budget_id as "budgetUuid", variant, status, case_count as "caseCount",
  unpriced_cases as "unpricedCases", fund_budget::text as "fundBudget", reserve::text as "reserve",
  fund_due::text as "fundDue", clearing_amount::text as "clearingAmount",
  computed_at as "computedAt", approved_at as "approvedAt", job_run_id as "jobRunId"`;

/**
 * Per hospital and fund, what its cases of the year earned. A case is in the region's pool when
 * its insured person belongs to the region — or, under POOLED, to any region of the province
 * (seed 003 二(二): the out-of-region budget joins the treatment site's). In the pool, a case
 * with points earns points at the year-end point value; one without points (rate method,
 * bed-day money, itemised) its fund due as priced; one excluded for a new technology its
 * itemised fund due (除外支付). An approved special-case decision (特例单议) replaces a case's
 * fund due: for a points case the difference to the formula's is the special-case adjustment.
 * Cases outside the pool are paid their priced fund due (the insured site's fund pays, through
 * the inter-region clearing). The current revision counts; an unpriced one is counted apart.
 */
export const CASE_FIGURES = `
select c.hospital_code, c.insurance_type,
  count(*)::int as cases,
  count(*) filter (where p.revision_id is null)::int as unpriced,
  coalesce(sum(p.points) filter (where k.pooled and k.by_points), 0)::text as points,
  coalesce(sum(p.patient_share) filter (where k.pooled and k.by_points), 0)::text as patient_share,
  coalesce(sum(d.fund_due - p.fund_due) filter (where k.pooled and k.by_points), 0)::text
    as special_case_adjustment,
  coalesce(sum(k.due) filter (where k.pooled and not k.by_points and p.case_class <> 'EXCLUDED'), 0)::text
    as fixed_fund_due,
  coalesce(sum(k.due) filter (where k.pooled and p.case_class = 'EXCLUDED'), 0)::text
    as exclusion_adjustment,
  coalesce(sum(k.due) filter (where not k.pooled), 0)::text as out_of_region_fund_due
from settlement_case c
left join case_payment p on p.province_code = c.province_code and p.revision_id = c.current_revision_id
left join special_case_decision d on d.province_code = c.province_code
  and d.revision_id = c.current_revision_id and d.outcome = 'APPROVED'
cross join lateral (
  select (c.insured_region_code = c.treatment_region_code or $4::boolean) as pooled,
    (p.points is not null and p.case_class <> 'EXCLUDED') as by_points,
    coalesce(d.fund_due, p.fund_due) as due
) k
where c.province_code = $1 and c.treatment_region_code = $2
  and c.discharge_date >= make_date($3, 1, 1) and c.discharge_date < make_date($3 + 1, 1, 1)
group by c.hospital_code, c.insurance_type
order by c.hospital_code, c.insurance_type`;

/** Per hospital, the quality deposit withheld and the amount paid by the year's closed batches. */
export const MONTHLY_FIGURES = `
select l.hospital_code, sum(l.deposit)::text as deposit, sum(l.paid)::text as paid
from monthly_batch_line l
join monthly_batch b on b.province_code = l.province_code and b.id = l.batch_id
where b.province_code = $1 and b.region_code = $2 and b.status = 'CLOSED'
  and b.month >= make_date($3, 1, 1) and b.month < make_date($3 + 1, 1, 1)
group by l.hospital_code`;
