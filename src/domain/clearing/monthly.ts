import { Dec, toFen } from '../decimal';

/**
 * The terms of a region's monthly settlement (月度结算, DOMAIN-FORMULAS §5): a share of the fund
 * due is paid provisionally (often ≥ 85 %, the rest at the annual clearing), and of it a quality
 * deposit (质量保证金) is withheld until the assessment at year end.
 */
export interface MonthlyTerms {
  /** Share of the fund due paid provisionally, 0 < s ≤ 1. */
  readonly paymentShare: Dec;
  /** Share of the fund due withheld as the quality deposit, 0 ≤ d ≤ paymentShare. */
  readonly depositShare: Dec;
}

export interface MonthlyLine {
  readonly fundDue: Dec;
  /** fund due × payment share, to the fen. */
  readonly provisional: Dec;
  /** fund due × deposit share, to the fen: withheld from the provisional payment. */
  readonly deposit: Dec;
  /** provisional − deposit: what the hospital is paid for the month. */
  readonly paid: Dec;
}

/** The full fund due, nothing withheld: the terms when a region sets none. */
export const FULL_PAYMENT: MonthlyTerms = { paymentShare: new Dec(1), depositShare: new Dec(0) };

/**
 * A hospital's line of a monthly batch: its fund due for the month (new cases plus corrections)
 * paid at the terms, each amount rounded to the fen once, on the line.
 */
export function monthlyLine(fundDue: Dec, terms: MonthlyTerms): MonthlyLine {
  const provisional = toFen(fundDue.times(terms.paymentShare));
  const deposit = toFen(fundDue.times(terms.depositShare));
  return { fundDue, provisional, deposit, paid: provisional.minus(deposit) };
}

/** Why terms are refused: out of their ranges. */
export function refuseTerms(terms: MonthlyTerms): string | null {
  if (!terms.paymentShare.gt(0) || terms.paymentShare.gt(1))
    return 'the payment share must be in (0, 1]';
  if (terms.depositShare.lt(0) || terms.depositShare.gt(terms.paymentShare))
    return 'the deposit share must be in [0, payment share]';
  return null;
}

/** A case as the monthly settlement pays it. */
export interface MonthlyCase {
  /** Its points, when it is paid by points (not a fixed amount, not excluded); else null. */
  readonly points: Dec | null;
  readonly patientShare: Dec;
  /** Its payment's fund due at the payment standard's point value or rate. */
  readonly fundDue: Dec;
  /** An approved special-case decision's fund due (特例单议), if any. */
  readonly decidedFundDue: Dec | null;
}

/**
 * What a monthly batch pays a case (§5: provisional amounts at the budgeted point value): the
 * special-case decision's fund due; else, with a budgeted point value for its fund, points ×
 * that value − patient share, rounded to the fen once; else its payment's fund due.
 */
export function monthlyCaseDue(c: MonthlyCase, budgetedPointValue: Dec | null): Dec {
  if (c.decidedFundDue !== null) return c.decidedFundDue;
  if (budgetedPointValue !== null && c.points !== null)
    return toFen(c.points.times(budgetedPointValue).minus(c.patientShare));
  return c.fundDue;
}
