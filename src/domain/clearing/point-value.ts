import { Dec, toFen } from '../decimal';

/**
 * How a region fixes its year-end point value (点值), DOMAIN-FORMULAS §5:
 *
 *  FUND_OVER_POINTS               distributable fund budget / total points
 *  FUND_DIV_RATIO_OVER_POINTS     (distributable fund budget / reimbursement ratio) / total points
 *                                 (the DIP technical specification: the budget grossed up to the
 *                                 whole cost the fund's share stands for)
 *  FUND_PLUS_PATIENT_OVER_POINTS  (distributable fund budget + patients' share) / total points
 *  FIXED                          set in advance (the budgeted point value), whatever the points
 */
export const POINT_VALUE_FORMULAS = [
  'FUND_OVER_POINTS',
  'FUND_DIV_RATIO_OVER_POINTS',
  'FUND_PLUS_PATIENT_OVER_POINTS',
  'FIXED',
] as const;
export type PointValueFormula = (typeof POINT_VALUE_FORMULAS)[number];

export interface PointValueInput {
  readonly formula: PointValueFormula;
  /** The year's fund budget for the pool (统筹基金年度支出预算), CNY. */
  readonly fundBudget: Dec;
  /** Share of the budget withheld first as the reserve / adjustment fund (调剂金), 0 ≤ s < 1. */
  readonly reserveShare: Dec;
  /** Total points (or scores) of every case the point value pays. */
  readonly totalPoints: Dec;
  /** Patients' share of the cases' cost (FUND_PLUS_PATIENT_OVER_POINTS). */
  readonly patientShare: Dec;
  /** The fund's reimbursement ratio, 0 < r ≤ 1 (FUND_DIV_RATIO_OVER_POINTS). */
  readonly reimbursementRatio: Dec | null;
  /** The point value set in advance (FIXED). */
  readonly fixedPointValue: Dec | null;
}

export interface PointValueResult {
  /** Reserve withheld (调剂金), rounded to the fen: it is money set aside. */
  readonly reserve: Dec;
  /** Budget left to distribute: fund budget − reserve. */
  readonly distributable: Dec;
  /**
   * The point value, UNROUNDED (40 significant digits): §5's rounding order uses it as is and
   * rounds each hospital line once; show it with `displayPointValue`.
   */
  readonly pointValue: Dec;
}

/** Why a point value cannot be computed: a precondition of the formula is not met. */
export class PointValueError extends Error {
  constructor(
    readonly reason: 'NO_POINTS' | 'NO_RATIO' | 'NO_FIXED_VALUE' | 'OUT_OF_RANGE',
    message: string,
  ) {
    super(message);
    this.name = 'PointValueError';
  }
}

/** The year-end point value by the region's formula, after the reserve is withheld (§5). */
export function computePointValue(input: PointValueInput): PointValueResult {
  const { formula, fundBudget, reserveShare, totalPoints } = input;
  if (fundBudget.lt(0) || reserveShare.lt(0) || reserveShare.gte(1))
    throw new PointValueError(
      'OUT_OF_RANGE',
      'The fund budget must be ≥ 0 and the reserve share in [0, 1)',
    );
  const reserve = toFen(fundBudget.times(reserveShare));
  const distributable = fundBudget.minus(reserve);
  if (formula === 'FIXED') {
    if (input.fixedPointValue === null || !input.fixedPointValue.gt(0))
      throw new PointValueError(
        'NO_FIXED_VALUE',
        'FIXED needs a positive point value set in advance',
      );
    return { reserve, distributable, pointValue: input.fixedPointValue };
  }
  if (!totalPoints.gt(0))
    throw new PointValueError('NO_POINTS', 'No points were produced: the point value is undefined');
  switch (formula) {
    case 'FUND_OVER_POINTS':
      return { reserve, distributable, pointValue: distributable.div(totalPoints) };
    case 'FUND_DIV_RATIO_OVER_POINTS': {
      const ratio = input.reimbursementRatio;
      if (ratio === null || !ratio.gt(0) || ratio.gt(1))
        throw new PointValueError('NO_RATIO', 'FUND_DIV_RATIO_OVER_POINTS needs a ratio in (0, 1]');
      return { reserve, distributable, pointValue: distributable.div(ratio).div(totalPoints) };
    }
    case 'FUND_PLUS_PATIENT_OVER_POINTS':
      return {
        reserve,
        distributable,
        pointValue: distributable.plus(input.patientShare).div(totalPoints),
      };
  }
}

/** The point value as shown (4 decimals, half-up); never used to compute (§5 rounding order). */
export function displayPointValue(pointValue: Dec): string {
  return new Dec(pointValue).toDecimalPlaces(4).toFixed(4);
}
