import type { Dec } from '../decimal';
import type { AssessmentBand, PointValueFormula, SharingBand } from '../clearing';

/** The insurance types a budget is split by (险种): employee 职工, resident 居民. */
export const BUDGET_INSURANCE_TYPES = ['EMPLOYEE', 'RESIDENT'] as const;
export type BudgetInsuranceType = (typeof BUDGET_INSURANCE_TYPES)[number];

/**
 * A region's global budget for a year (总额预算), DOMAIN-FORMULAS §5: one flat object.
 *
 * One point-value formula for both insurance types: a region fixes its year-end point value one
 * way (§5 names one formula per region); the figures it needs (fund budget, reimbursement ratio,
 * fixed point value) are per insurance type, because the two funds are separate pools.
 */
export interface BudgetParameters {
  /** Fund budget of the employee fund for the year (职工统筹基金支出预算), CNY. */
  readonly fundBudgetEmployee: Dec;
  /** Fund budget of the resident fund for the year (居民统筹基金支出预算), CNY. */
  readonly fundBudgetResident: Dec;
  /** Share withheld first as the reserve / adjustment fund (调剂金), 0 ≤ s < 1 (§5). */
  readonly reserveShare: Dec;
  /** How the year-end point value is fixed (§5), for both insurance types. */
  readonly pointValueFormula: PointValueFormula;
  /** The fund's reimbursement ratio, 0 < r ≤ 1 (FUND_DIV_RATIO_OVER_POINTS only). */
  readonly reimbursementRatioEmployee: Dec | null;
  readonly reimbursementRatioResident: Dec | null;
  /** The point value set in advance (FIXED only). */
  readonly fixedPointValueEmployee: Dec | null;
  readonly fixedPointValueResident: Dec | null;
  /**
   * Budgeted point value for the monthly settlement (月度结算预算点值); null: the point value
   * of the payment standard in force is used (the standard's pointValueEmployee/Resident).
   */
  readonly budgetedPointValueEmployee: Dec | null;
  readonly budgetedPointValueResident: Dec | null;
  /** Share of the monthly provisional amount actually paid (月度拨付比例), 0 < s ≤ 1; default 1. */
  readonly monthlyPaymentShare: Dec;
  /** Share withheld as the quality deposit (质量保证金), 0 ≤ s < 1; default 0. */
  readonly qualityDepositShare: Dec;
  /** Assessment bands (考核) turning a hospital's score into money at clearing; ascending minScore. */
  readonly assessmentBands: readonly AssessmentBand[];
  /** Prepayment (预付金, 医保办函〔2024〕101号): months of average monthly fund spending granted; default 1. */
  readonly prepaymentMonths: Dec;
  /** How many previous years' average monthly spending are averaged, 1–3; default 3. */
  readonly prepaymentHistoryYears: number;
  /** Minimum fund-balance months below which no prepayment is granted: employee 12, resident 6. */
  readonly prepaymentMinBalanceMonthsEmployee: Dec;
  readonly prepaymentMinBalanceMonthsResident: Dec;
}

export type { AssessmentBand, SharingBand };
