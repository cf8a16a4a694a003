/**
 * The rows of published budgets that concern a party other than the budget's region: row-level
 * security decides who reads them (the insured region its out-of-region rows, a hospital its
 * prepayment and its alliance, the owner region, the province and NATIONAL everything of the
 * province); `budget_year` gives the year of a budget the reader may not read itself.
 */
import type { RequestContext } from '../../graphql/context';
import { HospitalAlliance, HospitalPrepayment, OutOfRegionBudget } from './budget-shares.types';
import { requireYear } from '../../shared/dates';

/** Out-of-region budgets of a year set aside for an insured region's insured persons. */
export async function outOfRegionBudgets(
  ctx: RequestContext,
  insuredRegionCode: string,
  year: number,
): Promise<OutOfRegionBudget[]> {
  requireYear(year);
  const rows = await ctx.sql(
    `select version_id as "budgetUuid", owner_code as "treatmentRegionCode",
       insured_region_code as "insuredRegionCode", insurance_type as "insuranceType",
       amount::text as amount
     from budget_out_of_region
     where insured_region_code = $1 and budget_status(version_id) = 'PUBLISHED'
       and budget_year(version_id) = $2
     order by owner_code, insurance_type`,
    [insuredRegionCode, year],
  );
  return rows.map((row) => Object.assign(new OutOfRegionBudget(), row));
}

/** A hospital's prepayments in the published budgets of a year. */
export async function hospitalPrepayments(
  ctx: RequestContext,
  hospitalCode: string,
  year: number,
): Promise<HospitalPrepayment[]> {
  requireYear(year);
  const rows = await ctx.sql(
    `select version_id as "budgetUuid", owner_code as "regionCode", hospital_code as "hospitalCode",
       insurance_type as "insuranceType", granted::text as granted
     from budget_prepayment
     where hospital_code = $1 and budget_status(version_id) = 'PUBLISHED'
       and budget_year(version_id) = $2
     order by owner_code, insurance_type`,
    [hospitalCode, year],
  );
  return rows.map((row) => Object.assign(new HospitalPrepayment(), row));
}

/** The alliances a hospital is a member of in the published budgets of a year, with members. */
export async function hospitalAlliances(
  ctx: RequestContext,
  hospitalCode: string,
  year: number,
): Promise<HospitalAlliance[]> {
  requireYear(year);
  const rows = await ctx.sql<Record<string, unknown>>(
    `select a.version_id as "budgetUuid", a.owner_code as "regionCode", a.code, a.name,
       a.lead_hospital_code as "leadHospitalCode", a.budget_employee::text as "budgetEmployee",
       a.budget_resident::text as "budgetResident",
       a.monthly_prepayment::text as "monthlyPrepayment",
       (select coalesce(jsonb_agg(jsonb_build_object('hospitalCode', m.hospital_code,
                'tilt', m.tilt::text) order by m.hospital_code), '[]'::jsonb)
        from budget_alliance_member m
        where m.version_id = a.version_id and m.alliance_code = a.code) as members
     from budget_alliance a
     join budget_alliance_member me on me.version_id = a.version_id and me.alliance_code = a.code
       and me.hospital_code = $1
     where budget_status(a.version_id) = 'PUBLISHED' and budget_year(a.version_id) = $2
     order by a.owner_code, a.code`,
    [hospitalCode, year],
  );
  return rows.map((row) => Object.assign(new HospitalAlliance(), row));
}
