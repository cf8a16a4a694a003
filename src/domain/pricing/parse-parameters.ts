import { Dec, DECIMAL_TEXT } from '../decimal';
import { findJsonProblem, jsonPathText } from '../untrusted-json';
import {
  COMPARATORS,
  EXCLUSION_PAYMENTS,
  EXTREME_FORMULAS,
  HIGH_FORMULAS,
  HIGH_THRESHOLD_BASES,
  LOW_FORMULAS,
  MISSING_LEVEL_FALLBACKS,
  OUT_OF_REGION_MODES,
  PAYMENT_METHODS,
  SPECIAL_CASE_CAP_PERIODS,
  SPECIAL_CASE_CAP_SCOPES,
  UNGROUPED_PAYMENTS,
  type HighRatioTier,
  type StandardParameters,
} from './parameters';

/** Why a parameter was refused. */
export type ParameterErrorCode =
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_FIELD'
  | 'REQUIRED'
  | 'WRONG_TYPE'
  | 'NOT_A_DECIMAL'
  | 'OUT_OF_RANGE'
  | 'NOT_ALLOWED'
  | 'INCONSISTENT'
  | 'MALFORMED';

/** One refused parameter: a code, the JSON path (`$.highRatioTiers[1].ratio`) and why. */
export interface ParameterError {
  readonly code: ParameterErrorCode;
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly value: StandardParameters }
  | { readonly ok: false; readonly errors: readonly ParameterError[] };

type Json = Record<string, unknown>;

/** Bounds of a decimal parameter (inclusive unless `minExclusive`). */
interface DecimalSpec {
  readonly kind: 'decimal';
  readonly min?: string;
  readonly max?: string;
  readonly minExclusive?: boolean;
  readonly nullable?: boolean;
  readonly default?: string | null;
}
interface IntSpec {
  readonly kind: 'int';
  readonly min: number;
  readonly max: number;
  readonly nullable?: boolean;
  readonly default?: number | null;
}
interface BoolSpec {
  readonly kind: 'bool';
  readonly default: boolean;
}
interface EnumSpec {
  readonly kind: 'enum';
  readonly values: readonly string[];
  readonly default?: string;
}
interface TextListSpec {
  readonly kind: 'texts';
  readonly pattern: RegExp;
  readonly default: readonly string[];
}
interface TiersSpec {
  readonly kind: 'tiers';
}
type FieldSpec = DecimalSpec | IntSpec | BoolSpec | EnumSpec | TextListSpec | TiersSpec;

const money = (def: string | null = null): DecimalSpec => ({
  kind: 'decimal',
  min: '0',
  minExclusive: true,
  max: '100000000',
  nullable: true,
  default: def,
});
const coefficient = (def: string | null = null, nullable = true): DecimalSpec => ({
  kind: 'decimal',
  min: '0',
  minExclusive: true,
  max: '100',
  nullable,
  default: def,
});
const ratio = (def: string | null): DecimalSpec => ({
  kind: 'decimal',
  min: '0',
  minExclusive: true,
  max: '1000',
  nullable: true,
  default: def,
});
const share = (def: string): DecimalSpec => ({ kind: 'decimal', min: '0', max: '1', default: def });
const days = (def: number | null): IntSpec => ({
  kind: 'int',
  min: 0,
  max: 3660,
  nullable: true,
  default: def,
});

/**
 * Every parameter, its type, bounds and default. Defaults follow DOMAIN-FORMULAS (national
 * rules, or the most common city rule) so a standard states only what it changes; `method` and
 * the base rates / point values it needs are required.
 */
const FIELDS: Record<keyof StandardParameters, FieldSpec> = {
  method: { kind: 'enum', values: PAYMENT_METHODS },
  baseRateEmployee: money(),
  baseRateResident: money(),
  pointValueEmployee: money(),
  pointValueResident: money(),
  adjustmentCoefficient: coefficient('1', false),
  defaultCoefficient: coefficient(null),
  missingLevelFallback: { kind: 'enum', values: MISSING_LEVEL_FALLBACKS, default: 'NONE' },
  nextHigherLevelFactor: coefficient('0.9', false),
  nextLowerLevelFactor: coefficient('1.1', false),
  tcmCoefficient: coefficient(null),
  bilateralSurgeryCoefficient: coefficient(null),
  outOfRegionMode: { kind: 'enum', values: OUT_OF_REGION_MODES, default: 'LOCAL_STANDARD' },
  outOfRegionCoefficient: coefficient(null),
  outOfRegionBaseRateEmployee: money(),
  outOfRegionBaseRateResident: money(),
  outOfRegionPointValueEmployee: money(),
  outOfRegionPointValueResident: money(),
  comparator: { kind: 'enum', values: COMPARATORS, default: 'GROUP_AVERAGE' },
  highThresholdBasis: { kind: 'enum', values: HIGH_THRESHOLD_BASES, default: 'HOSPITAL_LEVEL' },
  highRatio: ratio(null),
  // national: 3 for tertiary, 2 for secondary (and below)
  highRatioTertiary: ratio('3'),
  highRatioSecondary: ratio('2'),
  highRatioPrimary: ratio('2'),
  highRatioUnrated: ratio('2'),
  highRatioTiers: { kind: 'tiers' },
  highInclusive: { kind: 'bool', default: true },
  lowRatio: ratio('0.4'),
  lowInclusive: { kind: 'bool', default: true },
  highFormula: { kind: 'enum', values: HIGH_FORMULAS, default: 'BASE_PLUS_EXCESS' },
  lowFormula: { kind: 'enum', values: LOW_FORMULAS, default: 'BASE_TIMES_RATIO' },
  upperBoundRatio: ratio(null),
  upperBoundInclusive: { kind: 'bool', default: false },
  extremeFormula: { kind: 'enum', values: EXTREME_FORMULAS, default: 'FEE_FOR_SERVICE' },
  coefficientsApplyToOutliers: { kind: 'bool', default: true },
  specialReviewRatio: ratio('5'),
  losExcludedAtMost: days(null),
  losExcludedAtLeast: days(null),
  incompleteStayMaxDays: days(null),
  incompleteStayDischargeWays: { kind: 'texts', pattern: /^[0-9]$/, default: ['4'] },
  readmissionWindowDays: days(null),
  readmissionFactor: { ...coefficient('0.5', false), max: '1' },
  readmissionExemptGroups: {
    kind: 'texts',
    pattern: /^[A-Za-z0-9][A-Za-z0-9.+/_:-]{0,59}$/,
    default: [],
  },
  blankGroupFactor: coefficient('0.7', false),
  exclusionPayment: { kind: 'enum', values: EXCLUSION_PAYMENTS, default: 'FEE_FOR_SERVICE' },
  ungroupedPayment: { kind: 'enum', values: UNGROUPED_PAYMENTS, default: 'FEE_FOR_SERVICE' },
  ungroupedFactor: coefficient(null),
  specialCaseCapScope: { kind: 'enum', values: SPECIAL_CASE_CAP_SCOPES, default: 'REGION' },
  // DRG regions commonly allow ≤ 5 % (national DIP rule: 5 ‰ of the region's discharges)
  specialCaseCapShare: share('0.05'),
  specialCaseCapPeriod: { kind: 'enum', values: SPECIAL_CASE_CAP_PERIODS, default: 'QUARTER' },
};

/** The names of every parameter, in declaration order (for documentation and forms). */
export const PARAMETER_NAMES = Object.keys(FIELDS) as readonly (keyof StandardParameters)[];

class Collector {
  readonly errors: ParameterError[] = [];
  add(code: ParameterErrorCode, at: readonly (string | number)[], message: string): void {
    this.errors.push({ code, path: jsonPathText('$', at), message });
  }
}

function parseDecimal(
  value: unknown,
  spec: DecimalSpec,
  at: (string | number)[],
  out: Collector,
): Dec | null | undefined {
  if (value === null) {
    if (spec.nullable) return null;
    out.add('REQUIRED', at, 'must not be null');
    return undefined;
  }
  if (typeof value !== 'string') {
    out.add('WRONG_TYPE', at, 'must be a decimal string such as "0.4527" (not a JSON number)');
    return undefined;
  }
  if (!DECIMAL_TEXT.test(value) || value.length > 40) {
    out.add('NOT_A_DECIMAL', at, `"${value.slice(0, 40)}" is not a decimal number`);
    return undefined;
  }
  const d = new Dec(value);
  const below = spec.min !== undefined && (spec.minExclusive ? d.lte(spec.min) : d.lt(spec.min));
  const above = spec.max !== undefined && d.gt(spec.max);
  if (below || above) {
    const low = spec.min === undefined ? '' : `${spec.minExclusive ? '>' : '≥'} ${spec.min}`;
    const high = spec.max === undefined ? '' : `≤ ${spec.max}`;
    out.add('OUT_OF_RANGE', at, `must be ${[low, high].filter(Boolean).join(' and ')}`);
    return undefined;
  }
  return d;
}

function parseField(
  name: string,
  spec: FieldSpec,
  present: boolean,
  value: unknown,
  out: Collector,
): unknown {
  const at = [name];
  switch (spec.kind) {
    case 'decimal': {
      if (!present) {
        if (spec.default === undefined) {
          out.add('REQUIRED', at, 'is required');
          return undefined;
        }
        return spec.default === null ? null : new Dec(spec.default);
      }
      return parseDecimal(value, spec, at, out);
    }
    case 'int': {
      if (!present) return spec.default ?? null;
      if (value === null && spec.nullable) return null;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        out.add('WRONG_TYPE', at, 'must be a whole number');
        return undefined;
      }
      if (value < spec.min || value > spec.max) {
        out.add('OUT_OF_RANGE', at, `must be between ${spec.min} and ${spec.max}`);
        return undefined;
      }
      return value;
    }
    case 'bool': {
      if (!present) return spec.default;
      if (typeof value !== 'boolean') {
        out.add('WRONG_TYPE', at, 'must be true or false');
        return undefined;
      }
      return value;
    }
    case 'enum': {
      if (!present) {
        if (spec.default === undefined) out.add('REQUIRED', at, 'is required');
        return spec.default;
      }
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        out.add('NOT_ALLOWED', at, `must be one of ${spec.values.join(', ')}`);
        return undefined;
      }
      return value;
    }
    case 'texts': {
      if (!present) return spec.default;
      if (!Array.isArray(value) || value.length > 1000) {
        out.add('WRONG_TYPE', at, 'must be a list of at most 1000 codes');
        return undefined;
      }
      const texts: string[] = [];
      value.forEach((item, i) => {
        if (typeof item !== 'string' || !spec.pattern.test(item))
          out.add('MALFORMED', [name, i], `is not a valid code`);
        else texts.push(item);
      });
      return [...new Set(texts)];
    }
    case 'tiers': {
      if (!present) return [];
      if (!Array.isArray(value) || value.length > 50) {
        out.add('WRONG_TYPE', at, 'must be a list of at most 50 tiers {maxBase, ratio}');
        return undefined;
      }
      const tiers: HighRatioTier[] = [];
      value.forEach((tier, i) => {
        if (tier === null || typeof tier !== 'object' || Array.isArray(tier)) {
          out.add('WRONG_TYPE', [name, i], 'must be an object {maxBase, ratio}');
          return;
        }
        const t = tier as Json;
        for (const key of Object.keys(t))
          if (key !== 'maxBase' && key !== 'ratio')
            out.add('UNKNOWN_FIELD', [name, i, key], 'is not a tier field');
        if (!('maxBase' in t))
          out.add('REQUIRED', [name, i, 'maxBase'], 'is required (null: open)');
        if (!('ratio' in t)) out.add('REQUIRED', [name, i, 'ratio'], 'is required');
        const maxBase =
          'maxBase' in t
            ? parseDecimal(
                t.maxBase,
                { kind: 'decimal', min: '0', minExclusive: true, nullable: true },
                [name, i, 'maxBase'],
                out,
              )
            : undefined;
        const r =
          'ratio' in t
            ? parseDecimal(
                t.ratio,
                { kind: 'decimal', min: '0', minExclusive: true, max: '1000' },
                [name, i, 'ratio'],
                out,
              )
            : undefined;
        if (maxBase !== undefined && r) tiers.push({ maxBase, ratio: r });
      });
      return tiers;
    }
  }
}

/** Cross-field rules: what a method, a basis or a mode needs. */
function checkConsistency(p: StandardParameters, out: Collector): void {
  const need = (field: keyof StandardParameters, why: string) => {
    if (p[field] === null) out.add('REQUIRED', [field], `is required ${why}`);
  };
  if (p.method === 'DRG_RATE') {
    need('baseRateEmployee', 'for the rate method (DRG_RATE)');
    need('baseRateResident', 'for the rate method (DRG_RATE)');
  } else {
    need('pointValueEmployee', `for a point method (${p.method}): the budgeted point value`);
    need('pointValueResident', `for a point method (${p.method}): the budgeted point value`);
  }
  if (p.highThresholdBasis === 'FIXED') need('highRatio', 'when highThresholdBasis is FIXED');
  if (p.highThresholdBasis === 'BASE_POINT_TIER') {
    const tiers = p.highRatioTiers;
    if (tiers.length === 0)
      out.add(
        'REQUIRED',
        ['highRatioTiers'],
        'is required when highThresholdBasis is BASE_POINT_TIER',
      );
    tiers.forEach((tier, i) => {
      const last = i === tiers.length - 1;
      if (last !== (tier.maxBase === null))
        out.add(
          'INCONSISTENT',
          ['highRatioTiers', i, 'maxBase'],
          last ? 'the last tier must be open (null)' : 'only the last tier may be open (null)',
        );
      const previous = tiers[i - 1]?.maxBase;
      if (previous && tier.maxBase && !tier.maxBase.gt(previous))
        out.add('INCONSISTENT', ['highRatioTiers', i, 'maxBase'], 'tiers must ascend by maxBase');
    });
  }
  if (p.highThresholdBasis === 'HOSPITAL_LEVEL') {
    for (const field of [
      'highRatioTertiary',
      'highRatioSecondary',
      'highRatioPrimary',
      'highRatioUnrated',
    ] as const)
      if (p[field] === null && p.highRatio === null)
        out.add('REQUIRED', [field], 'is required (or a highRatio for every level left out)');
  }
  if (
    p.lowRatio !== null &&
    p.highThresholdBasis === 'FIXED' &&
    p.highRatio !== null &&
    !p.lowRatio.lt(p.highRatio)
  )
    out.add('INCONSISTENT', ['lowRatio'], 'must be below highRatio');
  if (p.outOfRegionMode === 'SINGLE_COEFFICIENT')
    need('outOfRegionCoefficient', 'when outOfRegionMode is SINGLE_COEFFICIENT');
  if (p.outOfRegionMode === 'SEPARATE_STANDARD') {
    const why = 'when outOfRegionMode is SEPARATE_STANDARD';
    if (p.method === 'DRG_RATE') {
      need('outOfRegionBaseRateEmployee', why);
      need('outOfRegionBaseRateResident', why);
    } else {
      need('outOfRegionPointValueEmployee', why);
      need('outOfRegionPointValueResident', why);
    }
  }
  if (p.ungroupedPayment === 'COST_TIMES_FACTOR')
    need('ungroupedFactor', 'when ungroupedPayment is COST_TIMES_FACTOR');
  if (
    p.losExcludedAtMost !== null &&
    p.losExcludedAtLeast !== null &&
    p.losExcludedAtLeast <= p.losExcludedAtMost
  )
    out.add('INCONSISTENT', ['losExcludedAtLeast'], 'must be above losExcludedAtMost');
}

/**
 * Parses a standard's scalar parameters from untrusted JSON (an uploaded or stored object):
 * every problem comes back at once, each with a code and a JSON path; nothing is thrown. Decimals
 * must be strings (a JSON number may already have lost precision). Unknown keys are refused, so
 * a misspelt parameter never silently falls back to its default.
 */
export function parseStandardParameters(input: unknown): ParseResult {
  const out = new Collector();
  const problem = findJsonProblem(input, { maxDepth: 4 });
  if (problem) {
    out.add('MALFORMED', problem.at, problem.reason);
    return { ok: false, errors: out.errors };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    out.add('NOT_AN_OBJECT', [], 'parameters must be a JSON object');
    return { ok: false, errors: out.errors };
  }
  const json = input as Json;
  for (const key of Object.keys(json))
    if (!Object.prototype.hasOwnProperty.call(FIELDS, key))
      out.add('UNKNOWN_FIELD', [key], 'is not a parameter of a payment standard');
  const value: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(FIELDS)) {
    const present = Object.prototype.hasOwnProperty.call(json, name) && json[name] !== undefined;
    value[name] = parseField(name, spec, present, json[name], out);
  }
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  const parameters = value as unknown as StandardParameters;
  checkConsistency(parameters, out);
  return out.errors.length > 0
    ? { ok: false, errors: out.errors }
    : { ok: true, value: parameters };
}

/**
 * The JSON form of parsed parameters (decimals as strings, every key present): what a service
 * stores, and what `parseStandardParameters` reads back unchanged.
 */
export function parametersToJson(p: StandardParameters): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const name of PARAMETER_NAMES) {
    const v = p[name] as unknown;
    if (Dec.isDecimal(v)) json[name] = (v as Dec).toFixed();
    else if (name === 'highRatioTiers')
      json[name] = p.highRatioTiers.map((t) => ({
        maxBase: t.maxBase?.toFixed() ?? null,
        ratio: t.ratio.toFixed(),
      }));
    else json[name] = v;
  }
  return json;
}
