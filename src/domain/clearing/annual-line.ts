import { Dec } from '../decimal';
import {
  clearingLineOf,
  poolShare,
  type AssessmentBand,
  type HospitalClearingLine,
  type HospitalYear,
} from './hospital-line';

/** A hospital's points and patients' share in one pool (insurance type) and the pool's point value. */
export interface PoolPart {
  readonly points: Dec;
  readonly patientShare: Dec;
  /** The pool's unrounded point value; null: the pool produced no points. */
  readonly pointValue: Dec | null;
}

/**
 * What a hospital produced and was paid in a region's year, for its annual line: its parts of
 * the pools (职工 and 居民 are separate funds, each with its point value) and what is paid beside
 * the points.
 */
export interface AnnualHospitalYear extends Omit<
  HospitalYear,
  'points' | 'patientShare' | 'exclusionAdjustment'
> {
  readonly pools: readonly PoolPart[];
  /** Fund due of its local cases paid a fixed amount, not points (rate method, bed-day money, itemised). */
  readonly fixedFundDue: Dec;
  /** Fund due of cases insured elsewhere, paid at their priced amount (cleared between the regions). */
  readonly outOfRegionFundDue: Dec;
  /** Fund due of cases excluded for an approved new technology, paid per item (除外支付). */
  readonly exclusionAdjustment: Dec;
  /** Its part of its medical alliance's surplus retained or overspend shared (医联体). */
  readonly allianceAdjustment: Dec;
  /** Per-capita payment net of referral costs (按人头, seed 001 二(五)). */
  readonly capitation: Dec;
}

export interface AnnualClearingLine extends HospitalClearingLine {
  readonly fixedFundDue: Dec;
  readonly outOfRegionFundDue: Dec;
  readonly allianceAdjustment: Dec;
  readonly capitation: Dec;
}

/** A hospital's points-earned fund due: each pool's part rounded to the fen once, then summed. */
export function earnedFromPools(pools: readonly PoolPart[]): {
  readonly points: Dec;
  readonly patientShare: Dec;
  readonly gross: Dec;
  readonly fundDue: Dec;
} {
  let points = new Dec(0);
  let patientShare = new Dec(0);
  let gross = new Dec(0);
  let fundDue = new Dec(0);
  for (const pool of pools) {
    const part = poolShare(pool.points, pool.patientShare, pool.pointValue);
    points = points.plus(pool.points);
    patientShare = patientShare.plus(pool.patientShare);
    gross = gross.plus(part.gross);
    fundDue = fundDue.plus(part.fundDue);
  }
  return { points, patientShare, gross, fundDue };
}

/**
 * What counts as a medical-alliance member's actual spending (医联体实际发生): its local fund due
 * — points earned, fixed amounts, special-case and exclusion payments — before the assessment.
 */
export function allianceActual(year: AnnualHospitalYear): Dec {
  return earnedFromPools(year.pools)
    .fundDue.plus(year.fixedFundDue)
    .plus(year.specialCaseAdjustment)
    .plus(year.exclusionAdjustment);
}

/**
 * A hospital's annual clearing line (年度清算, §5): clearing = fund due (points) + fixed and
 * out-of-region fund due ± special-case, exclusion, assessment and alliance adjustments +
 * capitation − the forfeited deposit − monthly payments − prepayment recovered.
 */
export function annualClearingLine(
  year: AnnualHospitalYear,
  bands: readonly AssessmentBand[],
): AnnualClearingLine {
  const earned = earnedFromPools(year.pools);
  const line = clearingLineOf(
    { ...year, points: earned.points, patientShare: earned.patientShare },
    earned,
    bands,
  );
  return {
    ...line,
    fixedFundDue: year.fixedFundDue,
    outOfRegionFundDue: year.outOfRegionFundDue,
    allianceAdjustment: year.allianceAdjustment,
    capitation: year.capitation,
    clearingAmount: line.clearingAmount
      .plus(year.fixedFundDue)
      .plus(year.outOfRegionFundDue)
      .plus(year.allianceAdjustment)
      .plus(year.capitation),
  };
}
