import { Dec, toFen } from '../decimal';
import {
  HOSPITAL_LEVELS,
  type Comparator,
  type ExclusionItemKind,
  type HospitalGrade,
  type HospitalLevel,
  type InsuranceType,
  type PaymentMethod,
  type PaymentStandard,
  type StandardParameters,
} from './parameters';

/** The hospital that treated the case, as its coefficient is looked up. */
export interface HospitalFacts {
  readonly code: string;
  readonly level: HospitalLevel;
  readonly grade: HospitalGrade | null;
}

/** An item of the case that may be on the new-technology exclusion list, with its cost. */
export interface CaseItem {
  readonly itemKind: ExclusionItemKind;
  readonly code: string;
  readonly amount: Dec;
}

/** The earlier stay of a readmission: its group, discharge day and what it was priced at. */
export interface PreviousStay {
  readonly groupCode: string;
  readonly dischargeDate: string;
  /** Its points (point methods) or standard amount (rate method). */
  readonly value: Dec;
}

/** What pricing needs of a case (from its settlement list; dates `YYYY-MM-DD`). */
export interface CaseFacts {
  readonly totalCost: Dec;
  /** The patient's own share of the bill (个人负担), computed per item under the insured site's rules. */
  readonly patientShare: Dec;
  readonly los: number;
  /** Discharge way (离院方式): 1 ordered, 2 transfer, 3 community, 4 against advice, 5 death, 9 other. */
  readonly dischargeWay: string | null;
  readonly admissionDate: string;
  readonly dischargeDate: string;
  readonly insuranceType: InsuranceType;
  /** Insured site (参保地); out-of-region when it is not the standard's region. */
  readonly insuredRegionCode: string;
  readonly hospital: HospitalFacts;
  readonly tcmTreatment: boolean;
  readonly bilateralSurgery: boolean;
  readonly items: readonly CaseItem[];
  readonly previousStay: PreviousStay | null;
}

/** How the case grouped. */
export const GROUP_KINDS = [
  'DRG',
  'DIP',
  'DIP_BLANK',
  'TCM_ADVANTAGE',
  'BED_DAY',
  'UNGROUPED',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** The case's group and what the catalog says of it. */
export interface GroupFacts {
  readonly kind: GroupKind;
  /** DRG / DIP group code, TCM-advantage disease code or bed-day category code. */
  readonly code: string | null;
  /** DRG relative weight RW. */
  readonly weight: Dec | null;
  /** DIP score (分值); for a blank group, the blank group's score. */
  readonly score: Dec | null;
  /** The group's average cost (catalog). */
  readonly averageCost: Dec | null;
  /** DIP auxiliary-catalog factor (辅助目录), the largest that matched; null: none. */
  readonly auxFactor: Dec | null;
  /** Previous-year average of the group at the hospital's level (LEVEL_AVERAGE table), if known. */
  readonly levelAverageCost: Dec | null;
}

export const CASE_CLASSES = [
  'NORMAL',
  'HIGH',
  'LOW',
  'EXTREME',
  'INCOMPLETE',
  'EXCLUDED',
  'TCM_ADVANTAGE',
  'BED_DAY',
  'UNGROUPED',
] as const;
export type CaseClass = (typeof CASE_CLASSES)[number];

/** Which formula priced the case (finer than the class). */
export const PRICING_RULES = [
  'STANDARD',
  'HIGH_OUTLIER',
  'LOW_OUTLIER',
  'EXTREME_COEFFICIENT_ONLY',
  'FEE_FOR_SERVICE',
  'INCOMPLETE_STAY',
  'READMISSION',
  'BLANK_GROUP',
  'ZERO_SCORE_AT_COST',
  'BED_DAY',
  'TCM_ADVANTAGE',
  'NEW_TECHNOLOGY_EXCLUSION',
  'LOS_EXCLUSION',
  'UNGROUPED',
] as const;
export type PricingRule = (typeof PRICING_RULES)[number];

export const COEFFICIENT_KINDS = [
  'ADJUSTMENT',
  'INSTITUTION',
  'OUT_OF_REGION',
  'TCM',
  'BILATERAL_SURGERY',
  'AUX_FACTOR',
  'BLANK_GROUP',
  'READMISSION',
  'UNGROUPED',
] as const;
export type CoefficientKind = (typeof COEFFICIENT_KINDS)[number];

export interface AppliedCoefficient {
  readonly kind: CoefficientKind;
  readonly value: Dec;
  /** Where it came from, e.g. `hospital H1`, `level TERTIARY/A group AB1`, `next higher level × 0.9`. */
  readonly source: string;
}

export const PRICING_FLAGS = [
  'SPECIAL_REVIEW_CANDIDATE',
  'OUT_OF_REGION',
  'INCOMPLETE_CAPPED',
  'BED_DAYS_CAPPED',
  'NEW_TECHNOLOGY_ITEMS',
  'READMISSION',
  'NOT_PAID',
] as const;
export type PricingFlag = (typeof PRICING_FLAGS)[number];

/** What a case is paid, and why. */
export interface PricingResult {
  readonly caseClass: CaseClass;
  readonly rule: PricingRule;
  readonly method: PaymentMethod;
  /** Base points (DRG RW × 100, DIP score) or, for DRG_RATE, base standard baseRate × RW × adjustment. */
  readonly baseValue: Dec | null;
  readonly comparator: Comparator | null;
  /** The money the cost was compared with. */
  readonly comparatorAmount: Dec | null;
  /** totalCost / comparatorAmount, exact. */
  readonly ratio: Dec | null;
  readonly highThreshold: Dec | null;
  readonly lowThreshold: Dec | null;
  /** Every coefficient applied (ADJUSTMENT is part of the rate method's base). */
  readonly coefficients: readonly AppliedCoefficient[];
  /** Points of the case (point methods), exact; null when paid in money (fee-for-service, TCM, rate). */
  readonly points: Dec | null;
  /** The budgeted point value used (point methods), by insurance type. */
  readonly pointValue: Dec | null;
  /** Rate method: the case's standard amount (standard = baseRate × RW × coefficients, or outlier formula), exact. */
  readonly standardAmount: Dec | null;
  /** Provisional amount, exact: points × point value, the rate-method standard, or the money rule. */
  readonly amount: Dec;
  /** `amount` rounded half-up to the fen. */
  readonly provisionalAmount: Dec;
  readonly patientShare: Dec;
  /** amount − patient share, rounded half-up to the fen once. */
  readonly fundDue: Dec;
  readonly flags: readonly PricingFlag[];
}

export type PricingErrorCode =
  'METHOD_MISMATCH' | 'MISSING_GROUP_DATA' | 'NO_COEFFICIENT' | 'NO_STANDARD_ROW' | 'INVALID_CASE';

/** A case the standard cannot price (data missing or contradictory), with a code. */
export class PricingError extends Error {
  constructor(
    readonly code: PricingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PricingError';
  }
}

const ONE = new Dec(1);
const ZERO = new Dec(0);

const DAY_MS = 86_400_000;
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const isDrgMethod = (method: PaymentMethod) => method !== 'DIP_SCORE';

/**
 * The hospital's coefficient: the most specific row wins — (hospital, group), hospital,
 * (level+grade, group), level+grade, (level, group), level — then the missing-level fallback
 * (next higher level × 0.9, else next lower × 1.1, each looked up the same way for the group),
 * then the default coefficient.
 */
export function resolveInstitutionCoefficient(
  standard: PaymentStandard,
  hospital: HospitalFacts,
  groupCode: string | null,
): AppliedCoefficient {
  const rows = standard.coefficients;
  const p = standard.parameters;
  const forGroup = (row: { groupCode: string | null }) =>
    row.groupCode !== null && row.groupCode === groupCode;
  const anyGroup = (row: { groupCode: string | null }) => row.groupCode === null;
  const byHospital = (g: typeof forGroup) =>
    rows.find((r) => r.hospitalCode === hospital.code && g(r));
  const byLevel = (level: HospitalLevel, grade: HospitalGrade | null, g: typeof forGroup) =>
    rows.find((r) => r.hospitalCode === null && r.level === level && r.grade === grade && g(r));
  const atLevel = (level: HospitalLevel, grade: HospitalGrade | null) => {
    for (const g of [forGroup, anyGroup]) {
      if (grade !== null) {
        const row = byLevel(level, grade, g);
        if (row) return row;
      }
      // the level's row without grade
      const row = byLevel(level, null, g);
      if (row) return row;
    }
    return undefined;
  };
  const describe = (r: (typeof rows)[number]) =>
    `${r.hospitalCode !== null ? `hospital ${r.hospitalCode}` : `level ${r.level}${r.grade ? `/${r.grade}` : ''}`}${r.groupCode !== null ? ` group ${r.groupCode}` : ''}`;

  const own =
    byHospital(forGroup) ?? byHospital(anyGroup) ?? atLevel(hospital.level, hospital.grade);
  if (own) return { kind: 'INSTITUTION', value: own.coefficient, source: describe(own) };

  if (p.missingLevelFallback === 'NEXT_HIGHER_THEN_LOWER') {
    const index = HOSPITAL_LEVELS.indexOf(hospital.level);
    const higher = index > 0 ? HOSPITAL_LEVELS[index - 1] : undefined;
    const lower = index < HOSPITAL_LEVELS.length - 1 ? HOSPITAL_LEVELS[index + 1] : undefined;
    // 自贡: a level with no data takes 90 % of the next-higher level, else 110 % of the next-lower
    const up = higher ? atLevel(higher, hospital.grade) : undefined;
    if (up)
      return {
        kind: 'INSTITUTION',
        value: up.coefficient.times(p.nextHigherLevelFactor),
        source: `${describe(up)} × ${p.nextHigherLevelFactor.toFixed()} (next higher level)`,
      };
    const down = lower ? atLevel(lower, hospital.grade) : undefined;
    if (down)
      return {
        kind: 'INSTITUTION',
        value: down.coefficient.times(p.nextLowerLevelFactor),
        source: `${describe(down)} × ${p.nextLowerLevelFactor.toFixed()} (next lower level)`,
      };
  }
  if (p.defaultCoefficient !== null)
    return { kind: 'INSTITUTION', value: p.defaultCoefficient, source: 'default coefficient' };
  throw new PricingError(
    'NO_COEFFICIENT',
    `No coefficient for hospital ${hospital.code} (${hospital.level}${hospital.grade ? `/${hospital.grade}` : ''})${groupCode ? ` and group ${groupCode}` : ''}`,
  );
}

/** The high-cost threshold H for the case. */
function highThresholdOf(p: StandardParameters, level: HospitalLevel, tierBase: Dec): Dec | null {
  switch (p.highThresholdBasis) {
    case 'FIXED':
      return p.highRatio;
    case 'HOSPITAL_LEVEL': {
      const byLevel: Record<HospitalLevel, Dec | null> = {
        TERTIARY: p.highRatioTertiary,
        SECONDARY: p.highRatioSecondary,
        PRIMARY: p.highRatioPrimary,
        UNRATED: p.highRatioUnrated,
      };
      return byLevel[level] ?? p.highRatio;
    }
    case 'BASE_POINT_TIER':
      return (
        p.highRatioTiers.find((tier) => tier.maxBase === null || tierBase.lte(tier.maxBase))
          ?.ratio ?? null
      );
  }
}

const atOrAbove = (ratio: Dec, bound: Dec | null, inclusive: boolean) =>
  bound !== null && (inclusive ? ratio.gte(bound) : ratio.gt(bound));
const atOrBelow = (ratio: Dec, bound: Dec | null, inclusive: boolean) =>
  bound !== null && (inclusive ? ratio.lte(bound) : ratio.lt(bound));

interface Money {
  /** Points per unit of money (point value) for point methods; null for the rate method. */
  readonly pointValue: Dec | null;
  readonly baseRate: Dec | null;
}

function unitPrices(standard: PaymentStandard, facts: CaseFacts, outOfRegion: boolean): Money {
  const p = standard.parameters;
  const employee = facts.insuranceType === 'EMPLOYEE';
  const separate = outOfRegion && p.outOfRegionMode === 'SEPARATE_STANDARD';
  if (p.method === 'DRG_RATE') {
    const rate = separate
      ? employee
        ? p.outOfRegionBaseRateEmployee
        : p.outOfRegionBaseRateResident
      : employee
        ? p.baseRateEmployee
        : p.baseRateResident;
    return { pointValue: null, baseRate: rate };
  }
  const value = separate
    ? employee
      ? p.outOfRegionPointValueEmployee
      : p.outOfRegionPointValueResident
    : employee
      ? p.pointValueEmployee
      : p.pointValueResident;
  return { pointValue: value, baseRate: null };
}

function outOfRegionCoefficient(
  standard: PaymentStandard,
  facts: CaseFacts,
): AppliedCoefficient | null {
  const p = standard.parameters;
  if (p.outOfRegionMode === 'SINGLE_COEFFICIENT' && p.outOfRegionCoefficient)
    return {
      kind: 'OUT_OF_REGION',
      value: p.outOfRegionCoefficient,
      source: 'out-of-region coefficient',
    };
  if (p.outOfRegionMode === 'PER_INSURED_REGION') {
    const row = standard.outOfRegionCoefficients.find(
      (r) => r.insuredRegionCode === facts.insuredRegionCode,
    );
    if (row)
      return {
        kind: 'OUT_OF_REGION',
        value: row.coefficient,
        source: `insured region ${row.insuredRegionCode}`,
      };
    if (p.outOfRegionCoefficient)
      return {
        kind: 'OUT_OF_REGION',
        value: p.outOfRegionCoefficient,
        source: 'out-of-region coefficient (no row for the insured region)',
      };
  }
  return null;
}

/**
 * The case's items on the standard's new-technology exclusion list on the discharge day (seed
 * 004: approved drugs, devices and procedures, each for a period [from, to)).
 */
export function excludedItems<
  T extends { readonly itemKind: ExclusionItemKind; readonly code: string },
>(items: readonly T[], standard: PaymentStandard, dischargeDate: string): T[] {
  return items.filter((item) =>
    standard.exclusionItems.some(
      (row) =>
        row.itemKind === item.itemKind &&
        row.code === item.code &&
        row.effectiveFrom <= dischargeDate &&
        (row.effectiveTo === null || dischargeDate < row.effectiveTo),
    ),
  );
}

const product = (coefficients: readonly AppliedCoefficient[]) =>
  coefficients.reduce((acc, c) => acc.times(c.value), ONE);

interface Outcome {
  caseClass: CaseClass;
  rule: PricingRule;
  /** Points (point methods) or money (rate method) under the standard; null: paid `money`. */
  value: Dec | null;
  /** Money paid outside the point/standard value (fee-for-service, TCM standard). */
  money: Dec | null;
}

/**
 * Prices one case under a payment standard (DOMAIN-FORMULAS §3–4): its class, the formula used,
 * every coefficient, its points or standard amount, the provisional amount and what the fund owes.
 *
 * Rounding: points, standards and amounts are kept exact (40 significant digits); the
 * provisional amount and the fund due are rounded half-up to the fen once, here, because the
 * case line is where monthly settlement pays them. Aggregations (a hospital's annual clearing)
 * must sum the exact `amount` / `points`, not the rounded figures (§5: rounding once, on the
 * hospital line).
 */
export function priceCase(
  facts: CaseFacts,
  group: GroupFacts,
  standard: PaymentStandard,
): PricingResult {
  const p = standard.parameters;
  if (facts.totalCost.isNegative() || facts.patientShare.isNegative() || facts.los < 0)
    throw new PricingError('INVALID_CASE', 'Cost, patient share and LOS cannot be negative');
  const outOfRegion = facts.insuredRegionCode !== standard.regionCode;
  const prices = unitPrices(standard, facts, outOfRegion);
  const flags = new Set<PricingFlag>();
  if (outOfRegion) flags.add('OUT_OF_REGION');
  const coefficients: AppliedCoefficient[] = [];
  let baseValue: Dec | null = null;
  let comparatorAmount: Dec | null = null;
  let ratio: Dec | null = null;
  let high: Dec | null = null;
  let low: Dec | null = null;
  let comparator: Comparator | null = null;
  // new technology paid beside the standard (exclusionPayment STANDARD_PLUS_ITEMS)
  let excludedItemsCost: Dec | null = null;
  // the cost the DRG/DIP part is priced on: the total, less items paid beside the standard
  let cost = facts.totalCost;

  const finish = (o: Outcome): PricingResult => {
    // points × point value (point methods), the standard itself (rate method), or money
    let amount: Dec;
    let points: Dec | null = null;
    let standardAmount: Dec | null = null;
    if (o.value !== null) {
      if (p.method === 'DRG_RATE') {
        standardAmount = o.value;
        amount = o.value;
      } else {
        points = o.value;
        amount = o.value.times(prices.pointValue!);
      }
    } else amount = o.money ?? ZERO;
    if (ratio !== null && atOrAbove(ratio, p.specialReviewRatio, true))
      flags.add('SPECIAL_REVIEW_CANDIDATE');
    if (excludedItemsCost !== null) amount = amount.plus(excludedItemsCost);
    return {
      caseClass: o.caseClass,
      rule: o.rule,
      method: p.method,
      baseValue,
      comparator,
      comparatorAmount,
      ratio,
      highThreshold: high,
      lowThreshold: low,
      coefficients,
      points,
      pointValue: prices.pointValue,
      standardAmount,
      amount,
      provisionalAmount: toFen(amount),
      patientShare: facts.patientShare,
      fundDue: toFen(amount.minus(facts.patientShare)),
      flags: [...flags],
    };
  };
  const feeForService = (caseClass: CaseClass, rule: PricingRule): PricingResult =>
    finish({ caseClass, rule, value: null, money: cost });

  // 1. not grouped: the standard says how such a case is paid until corrected
  if (group.kind === 'UNGROUPED') {
    if (p.ungroupedPayment === 'NOT_PAID') {
      flags.add('NOT_PAID');
      return finish({ caseClass: 'UNGROUPED', rule: 'UNGROUPED', value: null, money: ZERO });
    }
    if (p.ungroupedPayment === 'COST_TIMES_FACTOR') {
      coefficients.push({
        kind: 'UNGROUPED',
        value: p.ungroupedFactor!,
        source: 'ungroupedFactor',
      });
      return finish({
        caseClass: 'UNGROUPED',
        rule: 'UNGROUPED',
        value: null,
        money: facts.totalCost.times(p.ungroupedFactor!),
      });
    }
    return feeForService('UNGROUPED', 'FEE_FOR_SERVICE');
  }

  // 2. an approved new drug, device or technology in force on the discharge day (seed 004)
  const excluded = excludedItems(facts.items, standard, facts.dischargeDate);
  if (excluded.length > 0) {
    flags.add('NEW_TECHNOLOGY_ITEMS');
    // the whole case leaves the standard (相关病例暂不纳入DRG支付标准) and is paid per item
    if (p.exclusionPayment === 'FEE_FOR_SERVICE')
      return feeForService('EXCLUDED', 'NEW_TECHNOLOGY_EXCLUSION');
    excludedItemsCost = excluded.reduce((sum, item) => sum.plus(item.amount), ZERO);
    // the items leave the case (seed 004: paid per item) and the rest is priced as usual, so
    // their cost is neither in the ratio nor paid twice when the rest is paid at cost
    if (excludedItemsCost.gt(facts.totalCost))
      throw new PricingError('INVALID_CASE', 'The excluded items cost more than the whole case');
    cost = facts.totalCost.minus(excludedItemsCost);
  }

  // 3. TCM-advantage disease: its fixed standard
  if (group.kind === 'TCM_ADVANTAGE') {
    const row = standard.tcmAdvantageStandards.find((r) => r.diseaseCode === group.code);
    if (!row)
      throw new PricingError('NO_STANDARD_ROW', `No TCM-advantage standard for ${group.code}`);
    return finish({
      caseClass: 'TCM_ADVANTAGE',
      rule: 'TCM_ADVANTAGE',
      value: null,
      money: row.standard,
    });
  }

  // 4. per bed-day: dailyPoints × days in the same point pool (or money per day, rate method)
  if (group.kind === 'BED_DAY') {
    const row = standard.bedDayStandards.find((r) => r.categoryCode === group.code);
    const daily = p.method === 'DRG_RATE' ? row?.dailyAmount : row?.dailyPoints;
    if (!row || !daily)
      throw new PricingError(
        'NO_STANDARD_ROW',
        `No bed-day standard for ${group.code} (${p.method})`,
      );
    let days = facts.los;
    if (row.maxDays !== null && days > row.maxDays) {
      days = row.maxDays;
      flags.add('BED_DAYS_CAPPED');
    }
    baseValue = daily;
    return finish({ caseClass: 'BED_DAY', rule: 'BED_DAY', value: daily.times(days), money: null });
  }

  if ((group.kind === 'DRG') !== isDrgMethod(p.method))
    throw new PricingError(
      'METHOD_MISMATCH',
      `A ${group.kind} group cannot be priced by ${p.method}`,
    );

  // 5. LOS outside the DRG/DIP range (city rule): excluded, paid per item
  if (
    (p.losExcludedAtMost !== null && facts.los <= p.losExcludedAtMost) ||
    (p.losExcludedAtLeast !== null && facts.los >= p.losExcludedAtLeast)
  )
    return feeForService('EXCLUDED', 'LOS_EXCLUSION');

  // the base: RW × 100 points, the DIP score, or baseRate × RW × adjustment in money
  const weight = group.kind === 'DRG' ? group.weight : group.score;
  if (weight === null)
    throw new PricingError('MISSING_GROUP_DATA', `Group ${group.code} has no weight or score`);
  // a group with score 0 is paid at the case's cost
  if (weight.isZero())
    return finish({
      caseClass: 'NORMAL',
      rule: 'ZERO_SCORE_AT_COST',
      value: null,
      money: cost,
    });
  const tierBase = group.kind === 'DRG' ? weight.times(100) : weight;
  if (p.method === 'DRG_RATE') {
    if (!prices.baseRate) throw new PricingError('MISSING_GROUP_DATA', 'No base rate for the case');
    coefficients.push({
      kind: 'ADJUSTMENT',
      value: p.adjustmentCoefficient,
      source: 'adjustment coefficient (in the base)',
    });
    baseValue = prices.baseRate.times(weight).times(p.adjustmentCoefficient);
  } else baseValue = tierBase;
  const base = baseValue;

  // the coefficients of a normal case
  const institution = resolveInstitutionCoefficient(standard, facts.hospital, group.code);
  const caseCoefficients: AppliedCoefficient[] = [institution];
  if (outOfRegion) {
    const c = outOfRegionCoefficient(standard, facts);
    if (c) caseCoefficients.push(c);
  }
  if (facts.tcmTreatment && p.tcmCoefficient)
    caseCoefficients.push({ kind: 'TCM', value: p.tcmCoefficient, source: 'TCM coefficient' });
  if (facts.bilateralSurgery && p.bilateralSurgeryCoefficient)
    caseCoefficients.push({
      kind: 'BILATERAL_SURGERY',
      value: p.bilateralSurgeryCoefficient,
      source: 'bilateral-surgery coefficient',
    });
  if (group.auxFactor && !group.auxFactor.eq(1))
    caseCoefficients.push({
      kind: 'AUX_FACTOR',
      value: group.auxFactor,
      source: 'auxiliary catalog',
    });
  const c = product(caseCoefficients);
  const normalValue = base.times(c);

  // 6. readmission with the same group within N days: the earlier stay's value × factor
  const previous = facts.previousStay;
  if (
    previous &&
    p.readmissionWindowDays !== null &&
    previous.groupCode === group.code &&
    !p.readmissionExemptGroups.includes(group.code ?? '') &&
    daysBetween(previous.dischargeDate, facts.admissionDate) <= p.readmissionWindowDays
  ) {
    flags.add('READMISSION');
    coefficients.push({
      kind: 'READMISSION',
      value: p.readmissionFactor,
      source: `earlier stay discharged ${previous.dischargeDate}`,
    });
    return finish({
      caseClass: 'NORMAL',
      rule: 'READMISSION',
      value: previous.value.times(p.readmissionFactor),
      money: null,
    });
  }

  if (group.averageCost === null || group.averageCost.lte(0))
    throw new PricingError('MISSING_GROUP_DATA', `Group ${group.code} has no average cost`);

  // 7. incomplete stay (未完成治疗): base × coef × cost / group average, capped at base × coef
  if (
    p.incompleteStayMaxDays !== null &&
    facts.los < p.incompleteStayMaxDays &&
    facts.dischargeWay !== null &&
    p.incompleteStayDischargeWays.includes(facts.dischargeWay)
  ) {
    coefficients.push(...caseCoefficients);
    const prorated = normalValue.times(cost).div(group.averageCost);
    const capped = prorated.gt(normalValue);
    if (capped) flags.add('INCOMPLETE_CAPPED');
    return finish({
      caseClass: 'INCOMPLETE',
      rule: 'INCOMPLETE_STAY',
      value: capped ? normalValue : prorated,
      money: null,
    });
  }

  // the ratio: cost against the comparator in money
  comparator = p.comparator;
  const unit = p.method === 'DRG_RATE' ? ONE : prices.pointValue!;
  comparatorAmount =
    comparator === 'GROUP_AVERAGE'
      ? group.averageCost
      : comparator === 'LEVEL_AVERAGE'
        ? (group.levelAverageCost ?? group.averageCost.times(institution.value))
        : normalValue.times(unit);
  ratio = cost.div(comparatorAmount);

  // 8. DIP blank group (空白病种): score × ratio × factor
  if (group.kind === 'DIP_BLANK') {
    coefficients.push({
      kind: 'BLANK_GROUP',
      value: p.blankGroupFactor,
      source: 'blankGroupFactor',
    });
    return finish({
      caseClass: 'NORMAL',
      rule: 'BLANK_GROUP',
      value: base.times(ratio).times(p.blankGroupFactor),
      money: null,
    });
  }

  high = highThresholdOf(p, facts.hospital.level, tierBase);
  low = p.lowRatio;
  const outlierCoefficients = p.coefficientsApplyToOutliers ? caseCoefficients : [];
  const outlierC = product(outlierCoefficients);

  // 9. extreme (above the upper bound), high, low, normal
  if (atOrAbove(ratio, p.upperBoundRatio, p.upperBoundInclusive)) {
    if (p.extremeFormula === 'FEE_FOR_SERVICE') return feeForService('EXTREME', 'FEE_FOR_SERVICE');
    coefficients.push(...caseCoefficients);
    return finish({
      caseClass: 'EXTREME',
      rule: 'EXTREME_COEFFICIENT_ONLY',
      value: normalValue,
      money: null,
    });
  }
  if (high !== null && atOrAbove(ratio, high, p.highInclusive)) {
    const excess = ratio.minus(high);
    switch (p.highFormula) {
      case 'FEE_FOR_SERVICE':
        return feeForService('HIGH', 'FEE_FOR_SERVICE');
      case 'BASE_PLUS_EXCESS':
        // base × c + base × (ratio − H)
        coefficients.push(...outlierCoefficients);
        return finish({
          caseClass: 'HIGH',
          rule: 'HIGH_OUTLIER',
          value: base.times(outlierC).plus(base.times(excess)),
          money: null,
        });
      case 'EXCESS_MULTIPLE':
        // (ratio − H + 1) × base × c
        coefficients.push(...outlierCoefficients);
        return finish({
          caseClass: 'HIGH',
          rule: 'HIGH_OUTLIER',
          value: excess.plus(1).times(base).times(outlierC),
          money: null,
        });
      case 'EXCESS_PLUS_COEFFICIENT':
        // (ratio − H + coef) × base: the coefficient is added, whatever coefficientsApplyToOutliers
        coefficients.push(...caseCoefficients);
        return finish({
          caseClass: 'HIGH',
          rule: 'HIGH_OUTLIER',
          value: excess.plus(c).times(base),
          money: null,
        });
    }
  }
  if (atOrBelow(ratio, low, p.lowInclusive)) {
    if (p.lowFormula === 'FEE_FOR_SERVICE') return feeForService('LOW', 'FEE_FOR_SERVICE');
    // base × ratio (× c when coefficients apply to outliers)
    coefficients.push(...outlierCoefficients);
    return finish({
      caseClass: 'LOW',
      rule: 'LOW_OUTLIER',
      value: base.times(ratio).times(outlierC),
      money: null,
    });
  }
  coefficients.push(...caseCoefficients);
  return finish({ caseClass: 'NORMAL', rule: 'STANDARD', value: normalValue, money: null });
}
