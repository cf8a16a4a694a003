import { Dec, toFen } from '../decimal';
import type { SpecialCaseCapPeriod, SpecialCaseCapScope } from '../pricing';

/**
 * Special-case review (特例单议): the arithmetic of the cap and of an approved case's final
 * payment. Pure: no database, GraphQL or module import, so settlement and clearing jobs reuse it.
 */

/** A discharge period the cap counts in: `from` inclusive, `to` exclusive (YYYY-MM-DD). */
export interface CapPeriod {
  readonly from: string;
  readonly to: string;
}

const DAY = /^(\d{4})-(\d{2})-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The cap period a discharge day falls in: its calendar month, quarter or year (China time: the
 * day is already a China calendar day). The cap's period is a parameter of the standard
 * (DOMAIN-FORMULAS §1: month, quarter or year; ~80% of regions review quarterly).
 */
export function capPeriodOf(dischargeDate: string, period: SpecialCaseCapPeriod): CapPeriod {
  const match = DAY.exec(dischargeDate);
  if (!match) throw new RangeError(`not a day: ${dischargeDate}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const first = period === 'YEAR' ? 1 : period === 'QUARTER' ? month - ((month - 1) % 3) : month;
  const span = period === 'YEAR' ? 12 : period === 'QUARTER' ? 3 : 1;
  const next = first + span;
  const to = next > 12 ? `${year + 1}-${pad(next - 12)}-01` : `${year}-${pad(next)}-01`;
  return { from: `${year}-${pad(first)}-01`, to };
}

/** What the cap is checked against. */
export interface CapFacts {
  readonly scope: SpecialCaseCapScope;
  /** Share of cases that may be approved, e.g. 0.05 (5%, DRG) or 0.005 (5‰, DIP). */
  readonly share: Dec;
  /** Cases of the scope (the region's, or the hospital's) discharged in the period. */
  readonly caseCount: number;
  /** Approvals already counted in the scope and period. */
  readonly used: number;
}

export interface CapCheck {
  /** Approvals the period allows: ⌊caseCount × share⌋ ("不超过": never rounded up). */
  readonly allowed: number;
  readonly used: number;
  /** Whether one more approval stays within the cap (used + 1 ≤ allowed). */
  readonly fits: boolean;
}

/**
 * Whether one more approval fits under the cap. The cap is "at most share × cases" (national
 * DIP rule ≤ 5‰ of the region's discharges, 按病种付费管理暂行办法 art. 20–22; DRG regions commonly
 * ≤ 5%), so the allowance is rounded down: 19 cases at 5% allow none, 20 allow one.
 */
export function checkCap(facts: CapFacts): CapCheck {
  if (!Number.isInteger(facts.caseCount) || facts.caseCount < 0)
    throw new RangeError('caseCount must be a whole number ≥ 0');
  if (!Number.isInteger(facts.used) || facts.used < 0)
    throw new RangeError('used must be a whole number ≥ 0');
  const allowed = new Dec(facts.caseCount).times(facts.share).floor().toNumber();
  return { allowed, used: facts.used, fits: facts.used + 1 <= allowed };
}

/** How an approved special case is paid. */
export type SpecialCasePayment = 'FEE_FOR_SERVICE' | 'ADJUSTED_AMOUNT';

export interface FinalPaymentInput {
  readonly payment: SpecialCasePayment;
  /** The case's total cost (总费用), in CNY to the fen. */
  readonly totalCost: Dec;
  /** The decided amount, for ADJUSTED_AMOUNT. */
  readonly adjustedAmount?: Dec | null;
  /** The patient's share (个人负担) of the list. */
  readonly patientShare: Dec;
  /** The formula's provisional amount (rounded to the fen), when the revision was priced. */
  readonly formulaAmount?: Dec | null;
}

export interface FinalPayment {
  /** What the case is paid in all: the total cost, or the decided amount. */
  readonly finalAmount: Dec;
  /** Fund due to the hospital: final − patient share, rounded half-up to the fen once. */
  readonly fundDue: Dec;
  /** final − formula amount (the special-case adjustment settlement sums); null if unpriced. */
  readonly adjustment: Dec | null;
}

/**
 * The final payment of an approved special case. FEE_FOR_SERVICE pays the total cost (按项目);
 * ADJUSTED_AMOUNT the amount the region decided. The fund owes the final amount less the patient
 * share (DOMAIN-FORMULAS §3: fundDue = amount − patientShare), rounded half-up to the fen once
 * (§5 rounding order) — never before the subtraction.
 */
export function finalPaymentOf(input: FinalPaymentInput): FinalPayment {
  const finalAmount =
    input.payment === 'FEE_FOR_SERVICE' ? new Dec(input.totalCost) : input.adjustedAmount;
  if (finalAmount == null) throw new RangeError('ADJUSTED_AMOUNT needs the decided amount');
  const fundDue = toFen(new Dec(finalAmount).minus(input.patientShare));
  const adjustment =
    input.formulaAmount == null ? null : new Dec(finalAmount).minus(input.formulaAmount);
  return { finalAmount: new Dec(finalAmount), fundDue, adjustment };
}

/** Why a decided amount is refused, or null when it is acceptable. */
export type AmountProblem = 'NOT_POSITIVE' | 'MORE_THAN_TWO_DECIMALS' | 'ABOVE_TOTAL_COST';

/**
 * A decided (or claimed) amount: money to the fen, above zero; a decided amount at most the
 * case's total cost — special-case review pays what the stay cost at most (按项目 is the ceiling:
 * the review reimburses cost the formula missed, it never pays beyond the bill).
 */
export function amountProblem(amount: Dec, totalCost: Dec | null): AmountProblem | null {
  if (amount.lte(0)) return 'NOT_POSITIVE';
  if (amount.decimalPlaces() > 2) return 'MORE_THAN_TWO_DECIMALS';
  if (totalCost !== null && amount.gt(totalCost)) return 'ABOVE_TOTAL_COST';
  return null;
}
