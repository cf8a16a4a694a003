/**
 * The set-based statements of a monthly batch's computation, each run once per batch on the job
 * chunk's transaction (under the starting region's row-level security). $1 province, $2 batch.
 */

/** The batch's columns as the read model names them. */
export const BATCH_COLUMNS = `id as "uuid", province_code as "provinceCode", region_code as "regionCode",
  month::text as "month", status, payment_share::text as "paymentShare",
  point_value_employee::text as "pointValueEmployee",
  point_value_resident::text as "pointValueResident",
  deposit_share::text as "depositShare", case_count as "caseCount",
  correction_count as "correctionCount", fund_due::text as "fundDue",
  provisional::text as "provisional", deposit::text as "deposit", paid::text as "paid",
  computed_at as "computedAt", closed_at as "closedAt", job_run_id as "jobRunId"`;

/**
 * What a case is due in a batch, computed once per case as `v.due` (the same as monthlyCaseDue in
 * src/domain): an approved special-case decision's fund due (特例单议); else, when the batch has a
 * budgeted point value for the case's fund and the case is paid by points, points × that value −
 * patient share, rounded to the fen once; else its payment's fund due. Needs `b` (the batch),
 * `c`, `p` and `d` in scope.
 */
const CASE_DUE = `cross join lateral (
  select coalesce(d.fund_due, case
      when p.points is not null and p.case_class <> 'EXCLUDED' and x.point_value is not null
        then round(p.points * x.point_value - p.patient_share, 2)
      else p.fund_due end) as due
  from (select case c.insurance_type when 'EMPLOYEE' then b.point_value_employee
          else b.point_value_resident end as point_value) x
) v`;

/** A recomputation replaces the open batch's rows whole. */
export const CLEAR_BATCH = [
  'delete from monthly_batch_case where province_code = $1 and batch_id = $2',
  'delete from monthly_batch_line where province_code = $1 and batch_id = $2',
];

/**
 * NEW cases (each due `v.due`, see CASE_DUE): the current, priced revision of every case the
 * region treated, discharged before the month after the batch's and not before the region's
 * first batch month, that no closed batch of the region has paid. Batches are computed and closed in month order, so a case
 * discharged in an earlier, already-closed month and uploaded late is paid here (as seed 003's
 * monthly flow expects), and a case is paid as NEW once. An unpriced revision waits for its
 * price.
 */
export const INSERT_NEW_CASES = `
insert into monthly_batch_case (province_code, batch_id, case_id, revision_id, hospital_code,
  treatment_region_code, insured_region_code, insurance_type, discharge_date, kind, amount,
  settled_fund_due)
select c.province_code, b.id, c.id, p.revision_id, c.hospital_code, c.treatment_region_code,
  c.insured_region_code, c.insurance_type, c.discharge_date, 'NEW', v.due, v.due
from (
  -- the batch, its region's first batch month and its region's closed batches, once: not per
  -- case (offset 0 keeps the planner from pulling the subqueries into the per-case loop)
  select b.province_code, b.id, b.region_code, b.month, b.point_value_employee,
    b.point_value_resident,
    (select min(f.month) from monthly_batch f
     where f.province_code = b.province_code and f.region_code = b.region_code) as first_month,
    array(select pb.id from monthly_batch pb
          where pb.province_code = b.province_code and pb.region_code = b.region_code
            and pb.status = 'CLOSED') as closed
  from monthly_batch b
  where b.province_code = $1 and b.id = $2
  offset 0
) b
join settlement_case c on c.province_code = b.province_code
  and c.treatment_region_code = b.region_code
  and c.discharge_date < (b.month + interval '1 month')::date
  and c.discharge_date >= b.first_month
join case_payment p on p.province_code = c.province_code and p.revision_id = c.current_revision_id
left join special_case_decision d on d.province_code = c.province_code
  and d.revision_id = c.current_revision_id and d.outcome = 'APPROVED'
${CASE_DUE}
where not exists (
    -- paid by a closed batch: one index probe per case, the batch ids a short array
    select 1 from monthly_batch_case paid
    where paid.province_code = c.province_code and paid.case_id = c.id
      and paid.batch_id = any (b.closed))`;

/**
 * CORRECTIONS: every case a closed batch of the region paid whose current priced revision is due
 * a different amount than it was last settled at (a new revision, a reprice, a special-case
 * decision taken after its month closed): the difference,
 * paid (or recovered) in this batch; from now on the case is settled at the new amount.
 */
export const INSERT_CORRECTIONS = `
insert into monthly_batch_case (province_code, batch_id, case_id, revision_id, hospital_code,
  treatment_region_code, insured_region_code, insurance_type, discharge_date, kind, amount,
  settled_fund_due)
select c.province_code, b.id, c.id, p.revision_id, c.hospital_code, c.treatment_region_code,
  c.insured_region_code, c.insurance_type, c.discharge_date, 'CORRECTION',
  v.due - s.settled_fund_due, v.due
from monthly_batch b
join lateral (
  select distinct on (paid.case_id) paid.case_id, paid.settled_fund_due
  from monthly_batch_case paid
  join monthly_batch pb on pb.province_code = paid.province_code and pb.id = paid.batch_id
  where pb.province_code = b.province_code and pb.region_code = b.region_code
    and pb.status = 'CLOSED'
  order by paid.case_id, pb.month desc
) s on true
join settlement_case c on c.province_code = b.province_code and c.id = s.case_id
join case_payment p on p.province_code = c.province_code and p.revision_id = c.current_revision_id
left join special_case_decision d on d.province_code = c.province_code
  and d.revision_id = c.current_revision_id and d.outcome = 'APPROVED'
${CASE_DUE}
where b.province_code = $1 and b.id = $2 and v.due <> s.settled_fund_due`;

/**
 * One line per hospital: fund due = Σ amounts; provisional and deposit at the batch's shares,
 * each rounded half-up to the fen once on the line (the same as monthlyLine in src/domain).
 */
export const INSERT_LINES = `
insert into monthly_batch_line (province_code, batch_id, region_code, hospital_code, case_count,
  correction_count, fund_due, provisional, deposit, paid)
select l.province_code, l.batch_id, b.region_code, l.hospital_code, l.cases, l.corrections,
  l.fund_due, round(l.fund_due * b.payment_share, 2), round(l.fund_due * b.deposit_share, 2),
  round(l.fund_due * b.payment_share, 2) - round(l.fund_due * b.deposit_share, 2)
from (
  select province_code, batch_id, hospital_code,
    count(*) filter (where kind = 'NEW')::int as cases,
    count(*) filter (where kind = 'CORRECTION')::int as corrections,
    sum(amount) as fund_due
  from monthly_batch_case where province_code = $1 and batch_id = $2
  group by province_code, batch_id, hospital_code
) l
join monthly_batch b on b.province_code = l.province_code and b.id = l.batch_id`;

/** The batch's totals from its lines, and the time it was computed. */
export const UPDATE_TOTALS = `
update monthly_batch b set
  case_count = coalesce(t.cases, 0), correction_count = coalesce(t.corrections, 0),
  fund_due = coalesce(t.fund_due, 0), provisional = coalesce(t.provisional, 0),
  deposit = coalesce(t.deposit, 0), paid = coalesce(t.paid, 0), computed_at = now()
from (
  select sum(case_count)::int as cases, sum(correction_count)::int as corrections,
    sum(fund_due) as fund_due, sum(provisional) as provisional, sum(deposit) as deposit,
    sum(paid) as paid
  from monthly_batch_line where province_code = $1 and batch_id = $2
) t
where b.province_code = $1 and b.id = $2`;
