import { POINT_VALUE_FORMULAS, type AssessmentBand, type SharingBand } from '../clearing';
import { Dec, DECIMAL_TEXT } from '../decimal';
import { findJsonProblem, jsonPathText } from '../untrusted-json';
import type { BudgetParameters } from './parameters';

/** Why a budget parameter was refused (the same codes as a payment standard's). */
export type BudgetParameterErrorCode =
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_FIELD'
  | 'REQUIRED'
  | 'WRONG_TYPE'
  | 'NOT_A_DECIMAL'
  | 'OUT_OF_RANGE'
  | 'NOT_ALLOWED'
  | 'INCONSISTENT'
  | 'MALFORMED';

/** One refused value: a code, the JSON path (`$.assessmentBands[1].minScore`) and why. */
export interface BudgetParameterError {
  readonly code: BudgetParameterErrorCode;
  readonly path: string;
  readonly message: string;
}

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly BudgetParameterError[] };

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

/** Bounds of a decimal (inclusive unless the `…Exclusive` flag is set). */
interface DecimalSpec {
  readonly min: string;
  readonly max: string;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
}

class Collector {
  readonly errors: BudgetParameterError[] = [];
  add(code: BudgetParameterErrorCode, at: Path, message: string): void {
    this.errors.push({ code, path: jsonPathText('$', at), message });
  }
}

/** A decimal string within bounds, or undefined (the problem recorded). Never a JSON number. */
function decimal(value: unknown, spec: DecimalSpec, at: Path, out: Collector): Dec | undefined {
  if (typeof value !== 'string') {
    out.add('WRONG_TYPE', at, 'must be a decimal string such as "0.85" (not a JSON number)');
    return undefined;
  }
  if (!DECIMAL_TEXT.test(value) || value.length > 40) {
    out.add('NOT_A_DECIMAL', at, `"${value.slice(0, 40)}" is not a decimal number`);
    return undefined;
  }
  const d = new Dec(value);
  const below = spec.minExclusive ? d.lte(spec.min) : d.lt(spec.min);
  const above = spec.maxExclusive ? d.gte(spec.max) : d.gt(spec.max);
  if (below || above) {
    out.add(
      'OUT_OF_RANGE',
      at,
      `must be ${spec.minExclusive ? '>' : '≥'} ${spec.min} and ${spec.maxExclusive ? '<' : '≤'} ${spec.max}`,
    );
    return undefined;
  }
  return d;
}

/** Fields of a list item: unknown keys refused, each required one present. */
function itemFields(
  item: unknown,
  keys: readonly string[],
  at: Path,
  out: Collector,
): Json | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    out.add('WRONG_TYPE', at, `must be an object {${keys.join(', ')}}`);
    return undefined;
  }
  const json = item as Json;
  for (const key of Object.keys(json))
    if (!keys.includes(key)) out.add('UNKNOWN_FIELD', [...at, key], 'is not a field of this item');
  for (const key of keys)
    if (json[key] === undefined) out.add('REQUIRED', [...at, key], 'is required');
  return json;
}

const MONEY: DecimalSpec = { min: '0', max: '1000000000000' };
const SHARE_BELOW_ONE: DecimalSpec = { min: '0', max: '1', maxExclusive: true };
const SHARE_UP_TO_ONE: DecimalSpec = { min: '0', max: '1', minExclusive: true };
const POINT_VALUE: DecimalSpec = { min: '0', max: '100000', minExclusive: true };
const MONTHS: DecimalSpec = { min: '0', max: '120' };

type Spec =
  | { kind: 'decimal'; bounds: DecimalSpec; default?: string | null }
  | { kind: 'int'; min: number; max: number; default: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bands' };

/**
 * Every parameter, its bounds and default. Required: the two fund budgets and the point-value
 * formula; the rest default to the national rule (医保办函〔2024〕101号 for prepayment) or to
 * "nothing withheld, everything paid monthly".
 */
const FIELDS: Record<keyof BudgetParameters, Spec> = {
  fundBudgetEmployee: { kind: 'decimal', bounds: MONEY },
  fundBudgetResident: { kind: 'decimal', bounds: MONEY },
  reserveShare: { kind: 'decimal', bounds: SHARE_BELOW_ONE, default: '0' },
  pointValueFormula: { kind: 'enum', values: POINT_VALUE_FORMULAS },
  reimbursementRatioEmployee: { kind: 'decimal', bounds: SHARE_UP_TO_ONE, default: null },
  reimbursementRatioResident: { kind: 'decimal', bounds: SHARE_UP_TO_ONE, default: null },
  fixedPointValueEmployee: { kind: 'decimal', bounds: POINT_VALUE, default: null },
  fixedPointValueResident: { kind: 'decimal', bounds: POINT_VALUE, default: null },
  budgetedPointValueEmployee: { kind: 'decimal', bounds: POINT_VALUE, default: null },
  budgetedPointValueResident: { kind: 'decimal', bounds: POINT_VALUE, default: null },
  // monthly settlement often pays a share only, e.g. ≥ 85 %, the rest at clearing (§5)
  monthlyPaymentShare: { kind: 'decimal', bounds: SHARE_UP_TO_ONE, default: '1' },
  qualityDepositShare: { kind: 'decimal', bounds: SHARE_BELOW_ONE, default: '0' },
  assessmentBands: { kind: 'bands' },
  // 医保办函〔2024〕101号: about one month of the previous 1–3 years' average monthly spending,
  // only while the fund balance covers ≥ 12 months (employee) or ≥ 6 months (resident)
  prepaymentMonths: { kind: 'decimal', bounds: { min: '0', max: '12' }, default: '1' },
  prepaymentHistoryYears: { kind: 'int', min: 1, max: 3, default: 3 },
  prepaymentMinBalanceMonthsEmployee: { kind: 'decimal', bounds: MONTHS, default: '12' },
  prepaymentMinBalanceMonthsResident: { kind: 'decimal', bounds: MONTHS, default: '6' },
};

/** The names of every budget parameter, in declaration order. */
export const BUDGET_PARAMETER_NAMES = Object.keys(FIELDS) as readonly (keyof BudgetParameters)[];

const BAND_KEYS = ['minScore', 'depositReleaseShare', 'fundDueAdjustmentShare'] as const;

function assessmentBands(value: unknown, at: Path, out: Collector): AssessmentBand[] | undefined {
  if (!Array.isArray(value) || value.length > 20) {
    out.add('WRONG_TYPE', at, 'must be a list of at most 20 bands');
    return undefined;
  }
  const bands: AssessmentBand[] = [];
  value.forEach((item, i) => {
    const json = itemFields(item, BAND_KEYS, [...at, i], out);
    if (!json) return;
    const has = (k: string) => json[k] !== undefined;
    const minScore = has('minScore')
      ? decimal(json.minScore, { min: '0', max: '100' }, [...at, i, 'minScore'], out)
      : undefined;
    const release = has('depositReleaseShare')
      ? decimal(
          json.depositReleaseShare,
          { min: '0', max: '1' },
          [...at, i, 'depositReleaseShare'],
          out,
        )
      : undefined;
    const adjust = has('fundDueAdjustmentShare')
      ? decimal(
          json.fundDueAdjustmentShare,
          { min: '-1', max: '1' },
          [...at, i, 'fundDueAdjustmentShare'],
          out,
        )
      : undefined;
    const previous = bands.at(-1)?.minScore;
    if (minScore && previous && !minScore.gt(previous))
      out.add('INCONSISTENT', [...at, i, 'minScore'], 'bands must ascend by minScore');
    if (minScore && release && adjust)
      bands.push({ minScore, depositReleaseShare: release, fundDueAdjustmentShare: adjust });
  });
  return bands;
}

/** Cross-field rules: what the chosen formula needs. */
function checkConsistency(p: BudgetParameters, out: Collector): void {
  const need = (field: keyof BudgetParameters, why: string) => {
    if (p[field] === null) out.add('REQUIRED', [field], `is required ${why}`);
  };
  if (p.pointValueFormula === 'FUND_DIV_RATIO_OVER_POINTS') {
    need('reimbursementRatioEmployee', 'when pointValueFormula is FUND_DIV_RATIO_OVER_POINTS');
    need('reimbursementRatioResident', 'when pointValueFormula is FUND_DIV_RATIO_OVER_POINTS');
  }
  if (p.pointValueFormula === 'FIXED') {
    need('fixedPointValueEmployee', 'when pointValueFormula is FIXED');
    need('fixedPointValueResident', 'when pointValueFormula is FIXED');
  }
  // the deposit is withheld out of what the month pays: it cannot exceed it
  if (p.qualityDepositShare.gt(p.monthlyPaymentShare))
    out.add('INCONSISTENT', ['qualityDepositShare'], 'must not exceed monthlyPaymentShare');
}

function parseField(name: string, spec: Spec, present: boolean, value: unknown, out: Collector) {
  const at = [name];
  switch (spec.kind) {
    case 'decimal':
      if (!present) {
        if (spec.default === undefined) out.add('REQUIRED', at, 'is required');
        return spec.default == null ? spec.default : new Dec(spec.default);
      }
      if (value === null) {
        if (spec.default === null) return null;
        out.add('REQUIRED', at, 'must not be null');
        return undefined;
      }
      return decimal(value, spec.bounds, at, out);
    case 'int':
      if (!present) return spec.default;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        out.add('WRONG_TYPE', at, 'must be a whole number');
        return undefined;
      }
      if (value < spec.min || value > spec.max) {
        out.add('OUT_OF_RANGE', at, `must be between ${spec.min} and ${spec.max}`);
        return undefined;
      }
      return value;
    case 'enum':
      if (!present) {
        out.add('REQUIRED', at, 'is required');
        return undefined;
      }
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        out.add('NOT_ALLOWED', at, `must be one of ${spec.values.join(', ')}`);
        return undefined;
      }
      return value;
    case 'bands':
      return present ? assessmentBands(value, at, out) : [];
  }
}

/** Refuses anything but a plain JSON object of bounded depth without NUL characters. */
function objectOf(input: unknown, out: Collector): Json | undefined {
  const problem = findJsonProblem(input, { maxDepth: 4 });
  if (problem) {
    out.add('MALFORMED', problem.at, problem.reason);
    return undefined;
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    out.add('NOT_AN_OBJECT', [], 'parameters must be a JSON object');
    return undefined;
  }
  return input as Json;
}

/**
 * Parses a budget's parameters from untrusted JSON: every problem at once, each with a code and
 * a JSON path; nothing thrown. Decimals must be strings; unknown keys are refused, so a misspelt
 * parameter never falls back to its default.
 */
export function parseBudgetParameters(input: unknown): Parsed<BudgetParameters> {
  const out = new Collector();
  const json = objectOf(input, out);
  if (!json) return { ok: false, errors: out.errors };
  for (const key of Object.keys(json))
    if (!Object.prototype.hasOwnProperty.call(FIELDS, key))
      out.add('UNKNOWN_FIELD', [key], 'is not a parameter of a budget');
  const value: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(FIELDS)) {
    const present = Object.prototype.hasOwnProperty.call(json, name) && json[name] !== undefined;
    value[name] = parseField(name, spec, present, json[name], out);
  }
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  const parameters = value as unknown as BudgetParameters;
  checkConsistency(parameters, out);
  return out.errors.length > 0
    ? { ok: false, errors: out.errors }
    : { ok: true, value: parameters };
}

/** The JSON form of parsed parameters (decimals as strings, every key present), read back unchanged. */
export function budgetParametersToJson(p: BudgetParameters): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const name of BUDGET_PARAMETER_NAMES) {
    const v = p[name] as unknown;
    if (Dec.isDecimal(v)) json[name] = (v as Dec).toFixed();
    else if (name === 'assessmentBands')
      json[name] = p.assessmentBands.map((b) => ({
        minScore: b.minScore.toFixed(),
        depositReleaseShare: b.depositReleaseShare.toFixed(),
        fundDueAdjustmentShare: b.fundDueAdjustmentShare.toFixed(),
      }));
    else json[name] = v;
  }
  return json;
}

const SHARING_KEYS = ['upToShare', 'share'] as const;

/**
 * A medical alliance's surplus or overspend bands (结余留用、合理超支分担, seed 001 二(一)4) from
 * untrusted JSON: each {upToShare, share}, upToShare ascending, only the last open (null), share
 * in [0, 1]. At least one band.
 */
export function parseSharingBands(input: unknown): Parsed<SharingBand[]> {
  const out = new Collector();
  if (!Array.isArray(input) || input.length === 0 || input.length > 20) {
    out.add('WRONG_TYPE', [], 'must be a list of 1–20 bands {upToShare, share}');
    return { ok: false, errors: out.errors };
  }
  const bands: SharingBand[] = [];
  input.forEach((item, i) => {
    const json = itemFields(item, SHARING_KEYS, [i], out);
    if (!json) return;
    const last = i === input.length - 1;
    let upTo: Dec | null | undefined = undefined;
    if (json.upToShare === null) {
      upTo = null;
      if (!last) out.add('INCONSISTENT', [i, 'upToShare'], 'only the last band may be open (null)');
    } else if (json.upToShare !== undefined) {
      upTo = decimal(
        json.upToShare,
        { min: '0', max: '10', minExclusive: true },
        [i, 'upToShare'],
        out,
      );
      const previous = [...bands].reverse().find((b) => b.upToShare !== null)?.upToShare;
      if (upTo && previous && !upTo.gt(previous))
        out.add('INCONSISTENT', [i, 'upToShare'], 'bands must ascend by upToShare');
    }
    const share =
      json.share !== undefined
        ? decimal(json.share, { min: '0', max: '1' }, [i, 'share'], out)
        : undefined;
    if (upTo !== undefined && share) bands.push({ upToShare: upTo, share });
  });
  return out.errors.length > 0 ? { ok: false, errors: out.errors } : { ok: true, value: bands };
}

/** The JSON form of sharing bands (decimals as strings). */
export function sharingBandsToJson(bands: readonly SharingBand[]): Record<string, unknown>[] {
  return bands.map((b) => ({
    upToShare: b.upToShare?.toFixed() ?? null,
    share: b.share.toFixed(),
  }));
}
