import { CAPITATION_FIGURES } from './capitation.sql';
import { atomically, insertFromUnnest, sqlClientOf } from '../../db';
import { capitationLine } from '../../domain/clearing';
import { Dec } from '../../domain/decimal';
import type { RequestContext } from '../../graphql/context';
import { badInput, forbidden } from '../../shared/errors';
import { Scope } from '../identity';
import {
  CapitationLine,
  CapitationPackage,
  type CapitationEnrolmentInput,
  type CapitationPackageInput,
} from './capitation.types';
import { requireYear } from '../../shared/dates';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const MAX_ROWS = 50_000;

/** Only the region writes its per-capita packages and enrolment (RLS says the same). */
function requireOwnRegion(ctx: RequestContext, regionCode: string): string {
  const p = ctx.principal;
  if (p.scope !== Scope.REGION || p.code !== regionCode)
    throw forbidden('Only the pooling region itself sets its per-capita payment', 'WRONG_SCOPE');
  return p.provinceCode!;
}

const money = (value: Dec, positive: boolean) =>
  value.decimalPlaces() <= 2 && value.lt('1e12') && (positive ? value.gt(0) : value.gte(0));

/**
 * Replaces the region's packages of a year, whole, all or nothing. A package that enrolment rows
 * still use cannot be dropped (CONFLICT): replace the enrolment first.
 */
export async function setCapitationPackages(
  ctx: RequestContext,
  regionCode: string,
  year: number,
  packages: readonly CapitationPackageInput[],
): Promise<CapitationPackage[]> {
  requireYear(year);
  const province = requireOwnRegion(ctx, regionCode);
  if (packages.length > 200) throw badInput('At most 200 packages a year', 'packages');
  const seen = new Set<string>();
  packages.forEach((p, i) => {
    const field = `packages[${i}]`;
    if (!CODE.test(p.code)) throw badInput(`${field}.code: letters, digits, ._- (≤ 40)`, field);
    if (seen.has(p.code)) throw badInput(`${field}.code: listed twice`, field);
    seen.add(p.code);
    if (p.name.trim().length < 1 || p.name.length > 200)
      throw badInput(`${field}.name: 1–200 characters`, field);
    if (p.insuranceType !== 'EMPLOYEE' && p.insuranceType !== 'RESIDENT')
      throw badInput(`${field}.insuranceType: EMPLOYEE or RESIDENT`, field);
    if (!money(p.perHeadMonth, true))
      throw badInput(`${field}.perHeadMonth: > 0, to the fen`, field);
  });
  await atomically(ctx.em, async (em) => {
    const client = await sqlClientOf(em);
    const used = await client.query<{ code: string }>(
      `select distinct package_code as code from capitation_enrolment
       where province_code = $1 and region_code = $2 and year = $3
         and not (package_code = any($4::text[]))`,
      [province, regionCode, year, [...seen]],
    );
    if (used.rows.length > 0)
      throw badInput(
        `Packages still enrolled cannot be dropped: ${used.rows.map((r) => r.code).join(', ')}`,
        'packages',
        'PACKAGE_IN_USE',
      );
    await client.query(
      `delete from capitation_package where province_code = $1 and region_code = $2 and year = $3
         and not (code = any($4::text[]))`,
      [province, regionCode, year, [...seen]],
    );
    await client.query(
      `insert into capitation_package (province_code, region_code, year, code, name, insurance_type, per_head_month)
       select $1, $2, $3, x.code, x.name, x.type, x.amount::numeric
       from unnest($4::text[], $5::text[], $6::text[], $7::text[]) as x(code, name, type, amount)
       on conflict (province_code, region_code, year, code) do update
         set name = excluded.name, insurance_type = excluded.insurance_type,
             per_head_month = excluded.per_head_month`,
      [
        province,
        regionCode,
        year,
        packages.map((p) => p.code),
        packages.map((p) => p.name.trim()),
        packages.map((p) => p.insuranceType),
        packages.map((p) => p.perHeadMonth.toFixed(2)),
      ],
    );
  });
  return listCapitationPackages(ctx, regionCode, year);
}

/**
 * Replaces the region's enrolment of a year, whole, all or nothing: every row names a
 * primary-care institution of the region (level PRIMARY: 基层医疗卫生机构, seed 001 二(五)), a
 * package of the year, a month, persons ≥ 0 and referral costs ≥ 0; no (institution, package,
 * month) twice. Returns how many rows were stored.
 */
export async function setCapitationEnrolment(
  ctx: RequestContext,
  regionCode: string,
  year: number,
  rows: readonly CapitationEnrolmentInput[],
): Promise<number> {
  requireYear(year);
  const province = requireOwnRegion(ctx, regionCode);
  if (rows.length > MAX_ROWS) throw badInput(`At most ${MAX_ROWS} rows per call`, 'enrolment');
  const primary = new Set(
    (
      await ctx.sql<{ code: string }>(
        "select code from hospital where region_code = $1 and level = 'PRIMARY'",
        [regionCode],
      )
    ).map((h) => h.code),
  );
  const packages = new Set(
    (await listCapitationPackages(ctx, regionCode, year)).map((p) => p.code),
  );
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const field = `enrolment[${i}]`;
    if (!primary.has(r.hospitalCode))
      throw badInput(`${field}.hospitalCode: not a primary-care institution of the region`, field);
    if (!packages.has(r.packageCode))
      throw badInput(`${field}.packageCode: no such package in ${year}`, field);
    if (!Number.isInteger(r.month) || r.month < 1 || r.month > 12)
      throw badInput(`${field}.month: 1–12`, field);
    if (!Number.isInteger(r.persons) || r.persons < 0 || r.persons > 10_000_000)
      throw badInput(`${field}.persons: 0–10,000,000`, field);
    if (!money(r.referralCost, false))
      throw badInput(`${field}.referralCost: ≥ 0, to the fen`, field);
    const key = `${r.hospitalCode}|${r.packageCode}|${r.month}`;
    if (seen.has(key)) throw badInput(`${field}: listed twice`, field);
    seen.add(key);
  });
  await atomically(ctx.em, async (em) => {
    const client = await sqlClientOf(em);
    await client.query(
      'delete from capitation_enrolment where province_code = $1 and region_code = $2 and year = $3',
      [province, regionCode, year],
    );
    await insertFromUnnest(
      client,
      'capitation_enrolment',
      [
        { name: 'province_code', type: 'varchar' },
        { name: 'region_code', type: 'varchar' },
        { name: 'year', type: 'integer' },
        { name: 'package_code', type: 'text' },
        { name: 'hospital_code', type: 'varchar' },
        { name: 'month', type: 'smallint' },
        { name: 'persons', type: 'integer' },
        { name: 'referral_cost', type: 'numeric' },
      ],
      rows.map((r) => [
        province,
        regionCode,
        year,
        r.packageCode,
        r.hospitalCode,
        r.month,
        r.persons,
        r.referralCost.toFixed(2),
      ]),
    );
  });
  return rows.length;
}

/** The region's packages of a year the caller may see, by code. */
export async function listCapitationPackages(
  ctx: RequestContext,
  regionCode: string,
  year: number,
): Promise<CapitationPackage[]> {
  requireYear(year);
  const rows = await ctx.sql(
    `select code, name, insurance_type as "insuranceType", per_head_month::text as "perHeadMonth"
     from capitation_package where region_code = $1 and year = $2 order by code`,
    [regionCode, year],
  );
  return rows.map((r) => Object.assign(new CapitationPackage(), r));
}

/**
 * Each institution's payment per package over the year (the caller's rows: an institution its
 * own), by the pure `capitationLine`: person-months × per-head, rounded once, less referrals.
 */
export async function capitationLines(
  ctx: RequestContext,
  regionCode: string,
  year: number,
  hospitalCode: string | undefined,
): Promise<CapitationLine[]> {
  requireYear(year);
  const rows = await ctx.sql<{
    hospital_code: string;
    package_code: string;
    person_months: string;
    referral_cost: string;
    per_head_month: string;
  }>(CAPITATION_FIGURES, [regionCode, year, hospitalCode ?? null]);
  return rows.map((r) => {
    const line = capitationLine({
      personMonths: Number(r.person_months),
      perHeadMonth: new Dec(r.per_head_month),
      referralCost: new Dec(r.referral_cost),
    });
    return Object.assign(new CapitationLine(), {
      hospitalCode: r.hospital_code,
      packageCode: r.package_code,
      personMonths: Number(r.person_months),
      gross: line.gross.toFixed(2),
      referralCost: line.referralCost.toFixed(2),
      net: line.net.toFixed(2),
    });
  });
}
