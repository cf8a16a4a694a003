import type { Dec } from '../decimal';

/**
 * A payment standard's parameters (支付标准参数), as the pricing functions take them.
 *
 * Flat and explicit on purpose: every value is a named scalar, list or table row with no nested
 * rule objects, so a set-based SQL twin of `priceCase` can read the same values from columns
 * (the standard's scalar parameters are one JSON object of flat keys; its tables are rows).
 * Every threshold, ratio and formula variant is a parameter (DOMAIN-FORMULAS §3–4): where a
 * variant is an enum, every value named there is implemented.
 */

/** How a case's payment standard is set (支付方式). */
export const PAYMENT_METHODS = ['DRG_RATE', 'DRG_POINTS', 'DIP_SCORE'] as const;
/** DRG_RATE 费率法: baseRate × RW × coefficients; DRG_POINTS 点数法: RW × 100 points; DIP_SCORE 病种分值. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Insurance type (险种): employee (职工) or resident (居民). Base rates and point values differ. */
export const INSURANCE_TYPES = ['EMPLOYEE', 'RESIDENT'] as const;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];

/** Hospital level (医院等级), highest first: the order the missing-level fallback walks. */
export const HOSPITAL_LEVELS = ['TERTIARY', 'SECONDARY', 'PRIMARY', 'UNRATED'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];
export const HOSPITAL_GRADES = ['A', 'B', 'C'] as const;
export type HospitalGrade = (typeof HOSPITAL_GRADES)[number];

/**
 * What a case's cost is compared with to find its ratio:
 *  GROUP_AVERAGE     the group's average cost (catalog);
 *  PAYMENT_STANDARD  the case's normal payment standard in money (rate method: the standard;
 *                    point methods: base × coefficient × budgeted point value);
 *  LEVEL_AVERAGE     the group average at the hospital's level: the level-average table when the
 *                    caller gives one (`GroupFacts.levelAverageCost`), else group average × the
 *                    hospital's coefficient.
 */
export const COMPARATORS = ['GROUP_AVERAGE', 'PAYMENT_STANDARD', 'LEVEL_AVERAGE'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/**
 * How the high-cost threshold H is chosen: one ratio (FIXED); by hospital level
 * (HOSPITAL_LEVEL: 3 for tertiary, 2 for secondary nationally); or by base-point tier
 * (BASE_POINT_TIER: e.g. base ≤ 100 → 3, > 100 → 2).
 */
export const HIGH_THRESHOLD_BASES = ['FIXED', 'HOSPITAL_LEVEL', 'BASE_POINT_TIER'] as const;
export type HighThresholdBasis = (typeof HIGH_THRESHOLD_BASES)[number];

/**
 * How a high-cost case (费用极高) is paid; `c` is the coefficient product when coefficients
 * apply to outliers, else 1:
 *  FEE_FOR_SERVICE           paid per item: the case's total cost;
 *  BASE_PLUS_EXCESS          base × c + base × (ratio − H)  (DRG point method; §8);
 *  EXCESS_MULTIPLE           (ratio − H + 1) × base × c     (DIP: (ratio − 2 + 1) × score);
 *  EXCESS_PLUS_COEFFICIENT   (ratio − H + coef) × base      (DIP, 济宁: the coefficient added;
 *                            always uses the coefficient, whatever `coefficientsApplyToOutliers`).
 */
export const HIGH_FORMULAS = [
  'FEE_FOR_SERVICE',
  'BASE_PLUS_EXCESS',
  'EXCESS_MULTIPLE',
  'EXCESS_PLUS_COEFFICIENT',
] as const;
export type HighFormula = (typeof HIGH_FORMULAS)[number];

/** How a low-cost case (费用极低) is paid: per item, or base × ratio (× c when coefficients apply). */
export const LOW_FORMULAS = ['FEE_FOR_SERVICE', 'BASE_TIMES_RATIO'] as const;
export type LowFormula = (typeof LOW_FORMULAS)[number];

/**
 * An extreme case (above the upper bound, e.g. ratio > 5): paid the normal standard with its
 * coefficient only, no high-cost increment (COEFFICIENT_ONLY), or per item (FEE_FOR_SERVICE).
 */
export const EXTREME_FORMULAS = ['COEFFICIENT_ONLY', 'FEE_FOR_SERVICE'] as const;
export type ExtremeFormula = (typeof EXTREME_FORMULAS)[number];

/**
 * Out-of-region cases (省内异地, seed 003), priced at the treatment site:
 *  LOCAL_STANDARD      like local cases;
 *  SINGLE_COEFFICIENT  × one out-of-region adjustment coefficient (异地调节系数);
 *  PER_INSURED_REGION  × the coefficient agreed with the insured region (table), else the single
 *                      coefficient when one is set, else 1;
 *  SEPARATE_STANDARD   a separate base rate / point value per insurance type for out-of-region cases.
 */
export const OUT_OF_REGION_MODES = [
  'LOCAL_STANDARD',
  'SINGLE_COEFFICIENT',
  'PER_INSURED_REGION',
  'SEPARATE_STANDARD',
] as const;
export type OutOfRegionMode = (typeof OUT_OF_REGION_MODES)[number];

/**
 * A level with no coefficient (自贡): NONE (no fallback), or take the next-higher level's
 * coefficient × `nextHigherLevelFactor` (0.9), else the next-lower's × `nextLowerLevelFactor` (1.1).
 */
export const MISSING_LEVEL_FALLBACKS = ['NONE', 'NEXT_HIGHER_THEN_LOWER'] as const;
export type MissingLevelFallback = (typeof MISSING_LEVEL_FALLBACKS)[number];

/**
 * A case using an approved new drug, device or technology (新药耗新技术, seed 004):
 *  FEE_FOR_SERVICE      the whole case leaves the DRG/DIP standard and is paid per item (its total cost);
 *  STANDARD_PLUS_ITEMS  the excluded items' cost paid per item beside the standard, and the rest
 *                       of the case (total cost − those items) priced as usual: the items count
 *                       neither in the ratio nor twice when the rest is paid at cost.
 */
export const EXCLUSION_PAYMENTS = ['FEE_FOR_SERVICE', 'STANDARD_PLUS_ITEMS'] as const;
export type ExclusionPayment = (typeof EXCLUSION_PAYMENTS)[number];

/** A case the grouper could not group (0000 / blank): per item, nothing until corrected, or cost × factor. */
export const UNGROUPED_PAYMENTS = ['FEE_FOR_SERVICE', 'NOT_PAID', 'COST_TIMES_FACTOR'] as const;
export type UngroupedPayment = (typeof UNGROUPED_PAYMENTS)[number];

/** Item kinds of the new-technology exclusion list. */
export const EXCLUSION_ITEM_KINDS = ['DRUG', 'DEVICE', 'PROCEDURE'] as const;
export type ExclusionItemKind = (typeof EXCLUSION_ITEM_KINDS)[number];

/** Special-case review cap (特例单议): counted per region or per hospital, per month/quarter/year. */
export const SPECIAL_CASE_CAP_SCOPES = ['REGION', 'HOSPITAL'] as const;
export type SpecialCaseCapScope = (typeof SPECIAL_CASE_CAP_SCOPES)[number];
export const SPECIAL_CASE_CAP_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type SpecialCaseCapPeriod = (typeof SPECIAL_CASE_CAP_PERIODS)[number];

/**
 * One tier of BASE_POINT_TIER: bases up to `maxBase` (inclusive; null = no limit) use `ratio`.
 * The base is in points: RW × 100 for DRG (under the rate method too), the score for DIP.
 */
export interface HighRatioTier {
  readonly maxBase: Dec | null;
  readonly ratio: Dec;
}

/** The scalar parameters of a standard: one flat JSON object (see `parseStandardParameters`). */
export interface StandardParameters {
  readonly method: PaymentMethod;

  // — base rate (rate method) or budgeted point value (point methods), per insurance type —
  readonly baseRateEmployee: Dec | null;
  readonly baseRateResident: Dec | null;
  readonly pointValueEmployee: Dec | null;
  readonly pointValueResident: Dec | null;
  /** DRG_RATE: the region's adjustment coefficient (调整系数) in baseRate × RW × adj × inst. */
  readonly adjustmentCoefficient: Dec;

  // — coefficients —
  /** Coefficient when no row of the coefficient table matches; null: pricing such a case fails. */
  readonly defaultCoefficient: Dec | null;
  readonly missingLevelFallback: MissingLevelFallback;
  readonly nextHigherLevelFactor: Dec;
  readonly nextLowerLevelFactor: Dec;
  /** Multiplies cases treated with TCM (中医治疗); null: none. */
  readonly tcmCoefficient: Dec | null;
  /** Multiplies bilateral-surgery cases (双侧手术); null: none. */
  readonly bilateralSurgeryCoefficient: Dec | null;

  // — out-of-region —
  readonly outOfRegionMode: OutOfRegionMode;
  readonly outOfRegionCoefficient: Dec | null;
  readonly outOfRegionBaseRateEmployee: Dec | null;
  readonly outOfRegionBaseRateResident: Dec | null;
  readonly outOfRegionPointValueEmployee: Dec | null;
  readonly outOfRegionPointValueResident: Dec | null;

  // — outliers —
  readonly comparator: Comparator;
  readonly highThresholdBasis: HighThresholdBasis;
  /** FIXED: the ratio H. */
  readonly highRatio: Dec | null;
  /** HOSPITAL_LEVEL: H per level (levels left out fall back to `highRatio`). */
  readonly highRatioTertiary: Dec | null;
  readonly highRatioSecondary: Dec | null;
  readonly highRatioPrimary: Dec | null;
  readonly highRatioUnrated: Dec | null;
  /** BASE_POINT_TIER: ascending by maxBase, the last open-ended. */
  readonly highRatioTiers: readonly HighRatioTier[];
  /** ratio ≥ H (true) or ratio > H (false). */
  readonly highInclusive: boolean;
  readonly lowRatio: Dec | null;
  /** ratio ≤ L (true) or ratio < L (false). */
  readonly lowInclusive: boolean;
  readonly highFormula: HighFormula;
  readonly lowFormula: LowFormula;
  /** Extreme above this ratio (e.g. 5); null: no upper bound. */
  readonly upperBoundRatio: Dec | null;
  /** ratio ≥ bound (true) or ratio > bound (false). */
  readonly upperBoundInclusive: boolean;
  readonly extremeFormula: ExtremeFormula;
  /** Whether the institution (and other) coefficients multiply outlier payments. */
  readonly coefficientsApplyToOutliers: boolean;
  /** Flag for special-case review at ratio ≥ this (e.g. 5); null: no flag. */
  readonly specialReviewRatio: Dec | null;
  /** LOS ≤ this many days is excluded from DRG/DIP and paid per item (e.g. 2); null: none. */
  readonly losExcludedAtMost: number | null;
  /** LOS ≥ this many days is excluded (e.g. 60); null: none. */
  readonly losExcludedAtLeast: number | null;

  // — city rules —
  /** Incomplete stay (未完成治疗): LOS below this with a listed discharge way; null: rule off. */
  readonly incompleteStayMaxDays: number | null;
  /** Discharge ways (离院方式) that count, e.g. ['4'] (against advice). */
  readonly incompleteStayDischargeWays: readonly string[];
  /** Readmission with the same group within this many days (10, 15); null: rule off. */
  readonly readmissionWindowDays: number | null;
  readonly readmissionFactor: Dec;
  /** Groups the readmission rule never applies to (chemotherapy, radiotherapy …). */
  readonly readmissionExemptGroups: readonly string[];
  /** DIP blank group (空白病种): score × ratio × factor (e.g. 0.7). */
  readonly blankGroupFactor: Dec;
  readonly exclusionPayment: ExclusionPayment;
  readonly ungroupedPayment: UngroupedPayment;
  readonly ungroupedFactor: Dec | null;

  // — special-case review cap (not used per case; settlement counts against it) —
  readonly specialCaseCapScope: SpecialCaseCapScope;
  readonly specialCaseCapShare: Dec;
  readonly specialCaseCapPeriod: SpecialCaseCapPeriod;
}

/**
 * A coefficient row (系数): for one hospital, or a level (and grade), for every group or one
 * group. Exactly one of hospitalCode / level is set.
 */
export interface CoefficientRow {
  readonly hospitalCode: string | null;
  readonly level: HospitalLevel | null;
  readonly grade: HospitalGrade | null;
  readonly groupCode: string | null;
  readonly coefficient: Dec;
}

/** Out-of-region coefficient agreed with one insured region (参保地). */
export interface OutOfRegionCoefficientRow {
  readonly insuredRegionCode: string;
  readonly coefficient: Dec;
}

/** Per bed-day standard (按床日): points per day (point methods) or money per day (rate method). */
export interface BedDayStandardRow {
  readonly categoryCode: string;
  readonly dailyPoints: Dec | null;
  readonly dailyAmount: Dec | null;
  /** Days paid at most; null: every day. */
  readonly maxDays: number | null;
}

/** A TCM-advantage disease's fixed standard (中医优势病种), never below its pre-pilot standard. */
export interface TcmAdvantageStandardRow {
  readonly diseaseCode: string;
  readonly standard: Dec;
  readonly prePilotStandard: Dec;
}

/** An approved new drug, device or technology, excluded for a period [from, to). */
export interface ExclusionItemRow {
  readonly itemKind: ExclusionItemKind;
  readonly code: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
}

/** A payment standard as the pricing functions use it: parameters and tables. */
export interface PaymentStandard {
  /** The treatment-site region owning the standard: a case insured elsewhere is out-of-region. */
  readonly regionCode: string;
  readonly parameters: StandardParameters;
  readonly coefficients: readonly CoefficientRow[];
  readonly outOfRegionCoefficients: readonly OutOfRegionCoefficientRow[];
  readonly bedDayStandards: readonly BedDayStandardRow[];
  readonly tcmAdvantageStandards: readonly TcmAdvantageStandardRow[];
  readonly exclusionItems: readonly ExclusionItemRow[];
}
