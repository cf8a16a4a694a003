/**
 * Global budgets (总额预算): a pooling region's budget for a year — fund budget per insurance
 * type, reserve, point-value formula, monthly and deposit shares, assessment bands, prepayment
 * conditions — with out-of-region budgets, hospital prepayments and medical alliances, versioned
 * with the catalogs' and standards' lifecycle.
 */
import type { RequestContext } from '../../graphql/context';
import { Budget } from './budget.entity';
import { BudgetResolver } from './budget.resolver';
import { BudgetSharesResolver } from './budget-shares.resolver';
import { findBudget } from './budget.service';
import { BUDGET_ROW_ENTITIES } from './budget-rows.entity';

export { Budget };
export { BudgetError } from './budget.errors';
export { findBudget, budgetInForce } from './budget.service';
export { seedDemoBudgets } from './budget.demo';

export const budgetEntities = [Budget, ...BUDGET_ROW_ENTITIES];
export const budgetResolvers = [BudgetResolver, BudgetSharesResolver] as const;

/** Fetchers for `node(id:)`, by GraphQL type name. */
export const budgetNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = {
  [Budget.typename]: findBudget,
};
