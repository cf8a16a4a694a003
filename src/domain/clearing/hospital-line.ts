import { Dec, toFen } from '../decimal';

/**
 * One band of the assessment (考核) that turns a hospital's score into money: at or above
 * `minScore`, `depositReleaseShare` of the withheld quality deposit (质量保证金) is released and
 * `fundDueAdjustmentShare` × fund due is added (negative: deducted).
 */
export interface AssessmentBand {
  readonly minScore: Dec;
  readonly depositReleaseShare: Dec;
  readonly fundDueAdjustmentShare: Dec;
}

/** What a hospital produced and was paid in the year, the inputs of its clearing line. */
export interface HospitalYear {
  readonly hospitalCode: string;
  /** Points (or DIP scores) of its cases paid by points. */
  readonly points: Dec;
  /** Patients' own share of those cases (个人负担). */
  readonly patientShare: Dec;
  /** Approved special cases: decided fund due − formula fund due, summed (特例单议). */
  readonly specialCaseAdjustment: Dec;
  /** Fund paid per item outside the points: excluded cases and new-technology items (除外支付). */
  readonly exclusionAdjustment: Dec;
  /** Assessment score (考核得分), null: not assessed (the deposit is released whole). */
  readonly assessmentScore: Dec | null;
  /** Quality deposit withheld from the monthly payments (质量保证金). */
  readonly depositWithheld: Dec;
  /** What the monthly settlements paid it (月度拨付). */
  readonly monthlyPayments: Dec;
  /** Prepayment (预付金) recovered at clearing. */
  readonly prepaymentRecovered: Dec;
}

/** A hospital's annual clearing line (年度清算), every amount to the fen. */
export interface HospitalClearingLine {
  readonly hospitalCode: string;
  readonly points: Dec;
  /** points × point value, rounded once. */
  readonly gross: Dec;
  readonly patientShare: Dec;
  /** points × point value − patient share, rounded once (§5: never from the rounded gross). */
  readonly fundDue: Dec;
  readonly specialCaseAdjustment: Dec;
  readonly exclusionAdjustment: Dec;
  readonly assessmentScore: Dec | null;
  readonly assessmentAdjustment: Dec;
  readonly depositWithheld: Dec;
  readonly depositReleased: Dec;
  readonly monthlyPayments: Dec;
  readonly prepaymentRecovered: Dec;
  /**
   * What is still paid to (+) or recovered from (−) the hospital: fund due + special-case,
   * exclusion and assessment adjustments − the forfeited deposit − monthly payments −
   * prepayment recovered (§5; the withheld deposit was never paid, so only its forfeited part
   * is taken off).
   */
  readonly clearingAmount: Dec;
}

/** The band a score falls in: the highest `minScore` at or below it; null: below every band. */
export function assessmentBand(
  score: Dec | null,
  bands: readonly AssessmentBand[],
): AssessmentBand | null {
  if (score === null) return null;
  let best: AssessmentBand | null = null;
  for (const band of bands)
    if (score.gte(band.minScore) && (best === null || band.minScore.gt(best.minScore))) best = band;
  return best;
}

/** A pool's part of a hospital's line: points × point value, and less the patients' share, each rounded once. */
export function poolShare(
  points: Dec,
  patientShare: Dec,
  pointValue: Dec | null,
): { readonly gross: Dec; readonly fundDue: Dec } {
  const exact = pointValue === null ? new Dec(0) : points.times(pointValue);
  return { gross: toFen(exact), fundDue: toFen(exact.minus(patientShare)) };
}

/**
 * A hospital's clearing line at the region's (unrounded) point value. No score: the deposit is
 * released whole and nothing adjusted; a score below every band: nothing released, nothing added.
 */
export function hospitalClearingLine(
  year: HospitalYear,
  pointValue: Dec,
  bands: readonly AssessmentBand[],
): HospitalClearingLine {
  return clearingLineOf(year, poolShare(year.points, year.patientShare, pointValue), bands);
}

/**
 * The line from the hospital's gross and fund due however they were reached (one pool or the sum
 * of its pools' parts, each rounded once): assessment, deposit, monthly payments, prepayment.
 */
export function clearingLineOf(
  year: HospitalYear,
  earned: { readonly gross: Dec; readonly fundDue: Dec },
  bands: readonly AssessmentBand[],
): HospitalClearingLine {
  const { gross, fundDue } = earned;
  const band = assessmentBand(year.assessmentScore, bands);
  const scored = year.assessmentScore !== null;
  const releaseShare = !scored ? new Dec(1) : (band?.depositReleaseShare ?? new Dec(0));
  const adjustmentShare = band?.fundDueAdjustmentShare ?? new Dec(0);
  const assessmentAdjustment = toFen(fundDue.times(adjustmentShare));
  const depositReleased = toFen(year.depositWithheld.times(releaseShare));
  const forfeited = year.depositWithheld.minus(depositReleased);
  const clearingAmount = fundDue
    .plus(year.specialCaseAdjustment)
    .plus(year.exclusionAdjustment)
    .plus(assessmentAdjustment)
    .minus(forfeited)
    .minus(year.monthlyPayments)
    .minus(year.prepaymentRecovered);
  return {
    hospitalCode: year.hospitalCode,
    points: year.points,
    gross,
    patientShare: year.patientShare,
    fundDue,
    specialCaseAdjustment: year.specialCaseAdjustment,
    exclusionAdjustment: year.exclusionAdjustment,
    assessmentScore: year.assessmentScore,
    assessmentAdjustment,
    depositWithheld: year.depositWithheld,
    depositReleased,
    monthlyPayments: year.monthlyPayments,
    prepaymentRecovered: year.prepaymentRecovered,
    clearingAmount,
  };
}
