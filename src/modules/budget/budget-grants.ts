import { grantedPrepayment, type BudgetParameters } from '../../domain/budget';
import { Dec } from '../../domain/decimal';

/** The prepayment granted for one row's inputs under the budget's conditions (101号), as text. */
export function grantFor(
  insuranceType: string,
  monthlySpending: readonly string[],
  fundBalanceMonths: string,
  parameters: BudgetParameters,
): string {
  return grantedPrepayment(
    {
      insuranceType: insuranceType === 'EMPLOYEE' ? 'EMPLOYEE' : 'RESIDENT',
      monthlySpending: monthlySpending.map((s) => new Dec(s)),
      fundBalanceMonths: new Dec(fundBalanceMonths),
    },
    parameters,
  ).granted.toFixed(2);
}
