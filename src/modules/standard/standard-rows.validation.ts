import type { BulkColumn } from '../../db';
import type { Dec } from '../../domain/decimal';
import type { RequestContext } from '../../graphql/context';
import type { PaymentStandard } from './payment-standard.entity';
import { StandardOwnerScope } from './standard.enums';
import { StandardError, type FieldError } from './standard.errors';
import type { SetPaymentStandardRowsInput } from './standard.inputs';

/** Rows ready to write: per table, its columns (besides version and province) and values. */
export type ValidatedRows = {
  table: string;
  columns: BulkColumn[];
  values: unknown[][];
}[];

const MAX_ROWS = 20_000;
const CODE = /^[A-Za-z0-9][A-Za-z0-9.+/_:-]{0,59}$/;
const HOSPITAL_CODE = /^[A-Za-z0-9]{1,40}$/;
const REGION_CODE = /^[1-9][0-9]{5}$/;

class Problems {
  readonly list: FieldError[] = [];
  add(path: string, code: string, message: string): void {
    this.list.push({ path, code, message });
  }
}

/** A positive decimal of at most `places` decimals and below `max` (what its numeric column holds). */
function checkDecimal(
  out: Problems,
  path: string,
  value: Dec,
  places: number,
  max: string,
): string | undefined {
  if (!value.gt(0) || value.gt(max)) {
    out.add(path, 'OUT_OF_RANGE', `must be > 0 and ≤ ${max}`);
    return undefined;
  }
  // a numeric(p, s) column would round silently: refuse what it cannot hold exactly
  if (value.decimalPlaces() > places) {
    out.add(path, 'TOO_PRECISE', `must have at most ${places} decimals`);
    return undefined;
  }
  return value.toFixed();
}

function checkCode(out: Problems, path: string, value: string, pattern = CODE): string {
  if (!pattern.test(value))
    out.add(path, 'MALFORMED', `"${value.slice(0, 60)}" is not a valid code`);
  return value;
}

function duplicate(out: Problems, seen: Set<string>, key: string, path: string): void {
  if (seen.has(key)) out.add(path, 'DUPLICATE', 'appears more than once in the list');
  seen.add(key);
}

/**
 * Checks every list given, all problems at once, each with its path in the input
 * (`coefficients[2].coefficient`); nothing is written unless every row is valid. Hospitals must
 * belong to the owner (its region, or its province for a template) and insured regions to the
 * owner's province, each list checked in one statement.
 */
export async function validateRows(
  ctx: RequestContext,
  standard: PaymentStandard,
  input: SetPaymentStandardRowsInput,
): Promise<ValidatedRows> {
  const out = new Problems();
  const result: ValidatedRows = [];
  for (const [name, list] of Object.entries({
    coefficients: input.coefficients,
    outOfRegionCoefficients: input.outOfRegionCoefficients,
    bedDays: input.bedDays,
    tcmAdvantage: input.tcmAdvantage,
    exclusionItems: input.exclusionItems,
  }))
    if (list && list.length > MAX_ROWS)
      throw StandardError.invalid('INVALID_ROWS', 'Rows refused', [
        { path: name, code: 'TOO_MANY', message: `at most ${MAX_ROWS} rows per list` },
      ]);

  if (input.coefficients) {
    const seen = new Set<string>();
    const hospitals = new Map<string, string>();
    const values = input.coefficients.map((row, i) => {
      const at = `coefficients[${i}]`;
      const hospital = row.hospitalCode ?? null;
      const level = row.level ?? null;
      if ((hospital === null) === (level === null))
        out.add(at, 'INCONSISTENT', 'give exactly one of hospitalCode or level');
      if (row.grade != null && level === null)
        out.add(`${at}.grade`, 'INCONSISTENT', 'a grade needs a level');
      if (hospital !== null) {
        checkCode(out, `${at}.hospitalCode`, hospital, HOSPITAL_CODE);
        hospitals.set(hospital, `${at}.hospitalCode`);
      }
      const group = row.groupCode ?? null;
      if (group !== null) checkCode(out, `${at}.groupCode`, group);
      const coefficient = checkDecimal(out, `${at}.coefficient`, row.coefficient, 4, '100');
      duplicate(out, seen, [hospital, level, row.grade ?? null, group].join('|'), at);
      return [hospital, level, row.grade ?? null, group, coefficient];
    });
    if (hospitals.size > 0) {
      const column =
        standard.ownerScope === StandardOwnerScope.REGION ? 'region_code' : 'province_code';
      const found = await ctx.sql(
        `select code from hospital where code = any($1::text[]) and ${column} = $2`,
        [[...hospitals.keys()], standard.ownerCode],
      );
      const known = new Set(found.map((r) => String(r.code)));
      for (const [code, path] of hospitals)
        if (!known.has(code))
          out.add(
            path,
            'NOT_FOUND',
            `no hospital ${code} of ${standard.ownerScope.toLowerCase()} ${standard.ownerCode}`,
          );
    }
    result.push({
      table: 'standard_coefficient',
      columns: [
        { name: 'hospital_code', type: 'text' },
        { name: 'level', type: 'text' },
        { name: 'grade', type: 'text' },
        { name: 'group_code', type: 'text' },
        { name: 'coefficient', type: 'numeric' },
      ],
      values,
    });
  }

  if (input.outOfRegionCoefficients) {
    const seen = new Set<string>();
    const regions = new Map<string, string>();
    const values = input.outOfRegionCoefficients.map((row, i) => {
      const at = `outOfRegionCoefficients[${i}]`;
      const region = row.insuredRegionCode;
      if (!REGION_CODE.test(region))
        out.add(`${at}.insuredRegionCode`, 'MALFORMED', 'must be a 6-digit region code');
      else if (region === standard.ownerCode)
        out.add(
          `${at}.insuredRegionCode`,
          'INCONSISTENT',
          'is the standard’s own region, not out-of-region',
        );
      else regions.set(region, `${at}.insuredRegionCode`);
      duplicate(out, seen, region, at);
      return [region, checkDecimal(out, `${at}.coefficient`, row.coefficient, 4, '100')];
    });
    if (regions.size > 0) {
      // in-province out-of-region care (省内异地): the insured site is a region of the same province
      const found = await ctx.sql(
        'select code from pooling_region where code = any($1::text[]) and province_code = $2',
        [[...regions.keys()], standard.provinceCode],
      );
      const known = new Set(found.map((r) => String(r.code)));
      for (const [code, path] of regions)
        if (!known.has(code))
          out.add(
            path,
            'NOT_FOUND',
            `no pooling region ${code} in province ${standard.provinceCode}`,
          );
    }
    result.push({
      table: 'standard_out_of_region_coefficient',
      columns: [
        { name: 'insured_region_code', type: 'text' },
        { name: 'coefficient', type: 'numeric' },
      ],
      values,
    });
  }

  if (input.bedDays) {
    const seen = new Set<string>();
    const values = input.bedDays.map((row, i) => {
      const at = `bedDays[${i}]`;
      checkCode(out, `${at}.categoryCode`, row.categoryCode);
      duplicate(out, seen, row.categoryCode, at);
      if (row.dailyPoints == null && row.dailyAmount == null)
        out.add(at, 'REQUIRED', 'give dailyPoints (point methods) or dailyAmount (rate method)');
      const points =
        row.dailyPoints == null
          ? null
          : checkDecimal(out, `${at}.dailyPoints`, row.dailyPoints, 4, '99999999');
      const amount =
        row.dailyAmount == null
          ? null
          : checkDecimal(out, `${at}.dailyAmount`, row.dailyAmount, 2, '9999999999');
      if (
        row.maxDays != null &&
        (!Number.isInteger(row.maxDays) || row.maxDays < 1 || row.maxDays > 3660)
      )
        out.add(`${at}.maxDays`, 'OUT_OF_RANGE', 'must be between 1 and 3660');
      return [row.categoryCode, points, amount, row.maxDays ?? null];
    });
    result.push({
      table: 'standard_bed_day',
      columns: [
        { name: 'category_code', type: 'text' },
        { name: 'daily_points', type: 'numeric' },
        { name: 'daily_amount', type: 'numeric' },
        { name: 'max_days', type: 'integer' },
      ],
      values,
    });
  }

  if (input.tcmAdvantage) {
    const seen = new Set<string>();
    const values = input.tcmAdvantage.map((row, i) => {
      const at = `tcmAdvantage[${i}]`;
      checkCode(out, `${at}.diseaseCode`, row.diseaseCode);
      duplicate(out, seen, row.diseaseCode, at);
      return [
        row.diseaseCode,
        checkDecimal(out, `${at}.standard`, row.standard, 2, '999999999999'),
        checkDecimal(out, `${at}.prePilotStandard`, row.prePilotStandard, 2, '999999999999'),
      ];
    });
    result.push({
      table: 'standard_tcm_advantage',
      columns: [
        { name: 'disease_code', type: 'text' },
        { name: 'standard', type: 'numeric' },
        { name: 'pre_pilot_standard', type: 'numeric' },
      ],
      values,
    });
  }

  if (input.exclusionItems) {
    const seen = new Set<string>();
    const values = input.exclusionItems.map((row, i) => {
      const at = `exclusionItems[${i}]`;
      checkCode(out, `${at}.code`, row.code);
      const name = row.name.trim();
      if (!name || name.length > 200)
        out.add(`${at}.name`, 'OUT_OF_RANGE', 'must be 1–200 characters');
      if (row.effectiveTo != null && row.effectiveTo <= row.effectiveFrom)
        out.add(`${at}.effectiveTo`, 'INCONSISTENT', 'must be after effectiveFrom');
      duplicate(out, seen, `${row.itemKind}:${row.code}`, at);
      return [row.itemKind, row.code, name, row.effectiveFrom, row.effectiveTo ?? null];
    });
    result.push({
      table: 'standard_exclusion_item',
      columns: [
        { name: 'item_kind', type: 'text' },
        { name: 'code', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'effective_from', type: 'date' },
        { name: 'effective_to', type: 'date' },
      ],
      values,
    });
  }

  if (out.list.length > 0) throw StandardError.invalid('INVALID_ROWS', 'Rows refused', out.list);
  return result;
}
