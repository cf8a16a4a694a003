/**
 * Each institution's enrolment per package over a region's year (person-months, referral costs)
 * and the package's per-head amount: what the per-capita payment is computed from, for the
 * capitation lines and the annual clearing alike. $1 region, $2 year, $3 one institution or null.
 */
export const CAPITATION_FIGURES = `
select e.hospital_code, e.package_code, sum(e.persons)::text as person_months,
  sum(e.referral_cost)::text as referral_cost, p.per_head_month::text as per_head_month
from capitation_enrolment e
join capitation_package p on p.province_code = e.province_code
  and p.region_code = e.region_code and p.year = e.year and p.code = e.package_code
where e.region_code = $1 and e.year = $2 and ($3::text is null or e.hospital_code = $3)
group by e.hospital_code, e.package_code, p.per_head_month
order by e.hospital_code, e.package_code`;
