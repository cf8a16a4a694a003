import type { BulkColumn } from '../../db';
import { parseBudgetParameters, parseSharingBands, sharingBandsToJson } from '../../domain/budget';
import { Dec } from '../../domain/decimal';
import type { RequestContext } from '../../graphql/context';
import type { Budget } from './budget.entity';
import { BudgetError, type FieldError } from './budget.errors';
import type { SetBudgetRowsInput, SharingBandInput } from './budget.inputs';
import { grantFor } from './budget-grants';

/** Rows ready to write: per table, its columns (besides version, province, owner) and values. */
export type ValidatedRows = { table: string; columns: BulkColumn[]; values: unknown[][] }[];

const MAX_ROWS = 5_000;
const ALLIANCE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const REGION_CODE = /^[1-9][0-9]{5}$/;

class Problems {
  readonly list: FieldError[] = [];
  add(path: string, code: string, message: string): void {
    this.list.push({ path, code, message });
  }
}

/** A decimal within [min, max] of at most `places` decimals (what its numeric column holds). */
function amount(
  out: Problems,
  path: string,
  value: Dec,
  places: number,
  max: string,
  positive = false,
): string | undefined {
  if ((positive ? !value.gt(0) : value.lt(0)) || value.gt(max)) {
    out.add(path, 'OUT_OF_RANGE', `must be ${positive ? '>' : '≥'} 0 and ≤ ${max}`);
    return undefined;
  }
  // a numeric(p, s) column would round silently: refuse what it cannot hold exactly
  if (value.decimalPlaces() > places) {
    out.add(path, 'TOO_PRECISE', `must have at most ${places} decimals`);
    return undefined;
  }
  return value.toFixed();
}

function duplicate(out: Problems, seen: Set<string>, key: string, path: string): void {
  if (seen.has(key)) out.add(path, 'DUPLICATE', 'appears more than once');
  seen.add(key);
}

const MONEY_MAX = '99999999999999';

/**
 * Checks every list given, all problems at once, each with its path in the input: codes,
 * amounts, duplicates, insured regions (another region of the same province, seed 003), and
 * hospitals (of the owning region: a budget pays its own region's hospitals). Reads the registry
 * as the caller (under RLS): a hospital the region cannot see is not its hospital.
 */
export async function validateRows(
  ctx: RequestContext,
  budget: Budget,
  input: SetBudgetRowsInput,
): Promise<ValidatedRows> {
  const out = new Problems();
  const lists = [input.outOfRegion, input.prepayments, input.alliances];
  if (lists.every((l) => l == null))
    throw new BudgetError('INVALID_INPUT', 'Give at least one list of rows', { field: 'id' });
  const total = lists.reduce((n, l) => n + (l?.length ?? 0), 0);
  if (total > MAX_ROWS)
    throw new BudgetError('INVALID_INPUT', `At most ${MAX_ROWS} rows at once`, { field: 'id' });

  // the registry facts the rows refer to, in two statements
  const regionCodes = (input.outOfRegion ?? []).map((r) => r.insuredRegionCode);
  const hospitalCodes = [
    ...(input.prepayments ?? []).map((r) => r.hospitalCode),
    ...(input.alliances ?? []).flatMap((a) => [
      a.leadHospitalCode,
      ...a.members.map((m) => m.hospitalCode),
    ]),
  ];
  const regions = new Set(
    (
      await ctx.sql(
        'select code from pooling_region where province_code = $1 and code = any($2::text[])',
        [budget.provinceCode, regionCodes],
      )
    ).map((r) => String(r.code)),
  );
  const hospitals = new Set(
    (
      await ctx.sql('select code from hospital where region_code = $1 and code = any($2::text[])', [
        budget.ownerCode,
        hospitalCodes,
      ])
    ).map((r) => String(r.code)),
  );
  const ownHospital = (code: string, path: string) => {
    if (!hospitals.has(code))
      out.add(
        path,
        'NOT_IN_REGION',
        `${code.slice(0, 40)} is not a hospital of region ${budget.ownerCode}`,
      );
  };

  const rows: ValidatedRows = [];
  if (input.outOfRegion) {
    const seen = new Set<string>();
    const values = input.outOfRegion.map((r, i) => {
      const at = `outOfRegion[${i}]`;
      if (!REGION_CODE.test(r.insuredRegionCode) || !regions.has(r.insuredRegionCode))
        out.add(
          `${at}.insuredRegionCode`,
          'NOT_IN_PROVINCE',
          'is not a pooling region of the province',
        );
      else if (r.insuredRegionCode === budget.ownerCode)
        out.add(
          `${at}.insuredRegionCode`,
          'OWN_REGION',
          'must be another region than the budget’s',
        );
      duplicate(out, seen, `${r.insuredRegionCode}:${r.insuranceType}`, at);
      return [
        r.insuredRegionCode,
        r.insuranceType,
        amount(out, `${at}.amount`, r.amount, 2, MONEY_MAX),
      ];
    });
    rows.push({
      table: 'budget_out_of_region',
      columns: [
        { name: 'insured_region_code', type: 'text' },
        { name: 'insurance_type', type: 'text' },
        { name: 'amount', type: 'numeric' },
      ],
      values,
    });
  }

  if (input.prepayments) {
    const parsed = parseBudgetParameters(budget.parameters);
    const seen = new Set<string>();
    const values = input.prepayments.map((r, i) => {
      const at = `prepayments[${i}]`;
      ownHospital(r.hospitalCode, `${at}.hospitalCode`);
      duplicate(out, seen, `${r.hospitalCode}:${r.insuranceType}`, at);
      if (r.monthlySpending.length < 1 || r.monthlySpending.length > 3)
        out.add(`${at}.monthlySpending`, 'OUT_OF_RANGE', 'must give 1–3 years, latest first');
      const spending = r.monthlySpending.map((s, j) =>
        amount(out, `${at}.monthlySpending[${j}]`, s, 2, MONEY_MAX),
      );
      const months = amount(out, `${at}.fundBalanceMonths`, r.fundBalanceMonths, 2, '999999');
      // granted now when the parameters are set; publication computes it again in any case
      const granted =
        parsed.ok && months
          ? grantFor(
              r.insuranceType,
              spending.map((s) => s ?? '0'),
              months,
              parsed.value,
            )
          : null;
      return [r.hospitalCode, r.insuranceType, JSON.stringify(spending), months, granted];
    });
    rows.push({
      table: 'budget_prepayment',
      columns: [
        { name: 'hospital_code', type: 'text' },
        { name: 'insurance_type', type: 'text' },
        { name: 'monthly_spending', type: 'jsonb' },
        { name: 'fund_balance_months', type: 'numeric' },
        { name: 'granted', type: 'numeric' },
      ],
      values,
    });
  }

  if (input.alliances) {
    const codes = new Set<string>();
    const members = new Map<string, string>();
    const alliances: unknown[][] = [];
    const memberRows: unknown[][] = [];
    input.alliances.forEach((a, i) => {
      const at = `alliances[${i}]`;
      if (!ALLIANCE_CODE.test(a.code)) out.add(`${at}.code`, 'MALFORMED', 'is not a valid code');
      duplicate(out, codes, a.code, `${at}.code`);
      const name = a.name.trim();
      if (!name || name.length > 200)
        out.add(`${at}.name`, 'OUT_OF_RANGE', 'must be 1–200 characters');
      const bands = (value: SharingBandInput[], field: string) => {
        // the domain parser takes the JSON form: decimals as strings, the open end as null
        const parsed = parseSharingBands(
          value.map((b) => ({
            upToShare: b.upToShare?.toFixed() ?? null,
            share: b.share.toFixed(),
          })),
        );
        if (parsed.ok) return JSON.stringify(sharingBandsToJson(parsed.value));
        for (const e of parsed.errors)
          out.add(`${at}.${field}${e.path.slice(1)}`, e.code, e.message);
        return undefined;
      };
      if (a.members.length === 0) out.add(`${at}.members`, 'REQUIRED', 'an alliance has members');
      // the lead hospital is paid the monthly prepayment and settles for the alliance: a member
      if (!a.members.some((m) => m.hospitalCode === a.leadHospitalCode))
        out.add(
          `${at}.leadHospitalCode`,
          'NOT_A_MEMBER',
          'the lead hospital must be one of the members',
        );
      a.members.forEach((m, j) => {
        const mAt = `${at}.members[${j}]`;
        ownHospital(m.hospitalCode, `${mAt}.hospitalCode`);
        const other = members.get(m.hospitalCode);
        if (other !== undefined)
          out.add(`${mAt}.hospitalCode`, 'DUPLICATE', `already a member of alliance ${other}`);
        members.set(m.hospitalCode, a.code);
        const tilt = amount(out, `${mAt}.tilt`, m.tilt ?? new Dec(1), 4, '10', true);
        memberRows.push([a.code, m.hospitalCode, tilt]);
      });
      alliances.push([
        a.code,
        name,
        a.leadHospitalCode,
        amount(out, `${at}.budgetEmployee`, a.budgetEmployee, 2, MONEY_MAX),
        amount(out, `${at}.budgetResident`, a.budgetResident, 2, MONEY_MAX),
        amount(out, `${at}.monthlyPrepayment`, a.monthlyPrepayment, 2, MONEY_MAX),
        bands(a.surplusBands, 'surplusBands'),
        bands(a.overspendBands, 'overspendBands'),
      ]);
    });
    // members go first out (the delete) and last in, after their alliances
    rows.push(
      { table: 'budget_alliance_member', columns: [], values: [] },
      {
        table: 'budget_alliance',
        columns: [
          { name: 'code', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'lead_hospital_code', type: 'text' },
          { name: 'budget_employee', type: 'numeric' },
          { name: 'budget_resident', type: 'numeric' },
          { name: 'monthly_prepayment', type: 'numeric' },
          { name: 'surplus_bands', type: 'jsonb' },
          { name: 'overspend_bands', type: 'jsonb' },
        ],
        values: alliances,
      },
      {
        table: 'budget_alliance_member',
        columns: [
          { name: 'alliance_code', type: 'text' },
          { name: 'hospital_code', type: 'text' },
          { name: 'tilt', type: 'numeric' },
        ],
        values: memberRows,
      },
    );
  }
  if (out.list.length > 0) throw BudgetError.invalid('INVALID_ROWS', 'Rows refused', out.list);
  return rows;
}
