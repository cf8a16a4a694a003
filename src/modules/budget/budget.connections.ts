import { connectionTypes } from '../../graphql/relay';
import { Budget } from './budget.entity';
import {
  BudgetAlliance,
  BudgetAllianceMember,
  BudgetOutOfRegion,
  BudgetPrepayment,
} from './budget-rows.entity';

export const { Connection: BudgetConnection } = connectionTypes(Budget, 'Budget', '总额预算');
export const { Connection: BudgetOutOfRegionConnection } = connectionTypes(
  BudgetOutOfRegion,
  'BudgetOutOfRegion',
  '异地就医预算',
);
export const { Connection: BudgetPrepaymentConnection } = connectionTypes(
  BudgetPrepayment,
  'BudgetPrepayment',
  '预付金',
);
export const { Connection: BudgetAllianceConnection } = connectionTypes(
  BudgetAlliance,
  'BudgetAlliance',
  '医联体',
);
export const { Connection: BudgetAllianceMemberConnection } = connectionTypes(
  BudgetAllianceMember,
  'BudgetAllianceMember',
  '医联体成员',
);
