import { Dec, toFen } from '../decimal';
import type { BudgetInsuranceType, BudgetParameters } from './parameters';

/** The national prepayment conditions (预付金, 医保办函〔2024〕101号), from a budget's parameters. */
export type PrepaymentConditions = Pick<
  BudgetParameters,
  | 'prepaymentMonths'
  | 'prepaymentHistoryYears'
  | 'prepaymentMinBalanceMonthsEmployee'
  | 'prepaymentMinBalanceMonthsResident'
>;

export interface PrepaymentInput {
  readonly insuranceType: BudgetInsuranceType;
  /** The hospital's average monthly fund spending of each previous year, latest first. */
  readonly monthlySpending: readonly Dec[];
  /** How many months of spending the fund's balance covers (基金累计结存可支付月数). */
  readonly fundBalanceMonths: Dec;
}

export type PrepaymentGrant =
  | { readonly granted: Dec; readonly reason: 'GRANTED' }
  | { readonly granted: Dec; readonly reason: 'BALANCE_BELOW_MINIMUM' | 'NO_HISTORY' };

/**
 * The prepayment granted to a hospital for one insurance type (预付金): `prepaymentMonths` × the
 * average of its average monthly fund spending over the last `prepaymentHistoryYears` years
 * (fewer when it has fewer), to the fen — and 0 while the fund's balance covers fewer months than
 * the minimum (employee 12, resident 6): a fund that short pays no prepayment (101号).
 */
export function grantedPrepayment(
  input: PrepaymentInput,
  conditions: PrepaymentConditions,
): PrepaymentGrant {
  const minimum =
    input.insuranceType === 'EMPLOYEE'
      ? conditions.prepaymentMinBalanceMonthsEmployee
      : conditions.prepaymentMinBalanceMonthsResident;
  if (input.fundBalanceMonths.lt(minimum))
    return { granted: new Dec(0), reason: 'BALANCE_BELOW_MINIMUM' };
  const years = input.monthlySpending.slice(0, conditions.prepaymentHistoryYears);
  if (years.length === 0) return { granted: new Dec(0), reason: 'NO_HISTORY' };
  const average = years.reduce((s, y) => s.plus(y), new Dec(0)).div(years.length);
  return { granted: toFen(average.times(conditions.prepaymentMonths)), reason: 'GRANTED' };
}
