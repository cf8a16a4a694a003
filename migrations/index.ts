import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Registry } from './Migration20261123000000_registry';
import { Migration20261123100000Catalogs } from './Migration20261123100000_catalogs';
import { Migration20261202100000FailClosed } from './Migration20261202100000_fail_closed';
import { Migration20261202110000Jobs } from './Migration20261202110000_jobs';
import { Migration20261202120000PaymentStandards } from './Migration20261202120000_payment_standards';
import { Migration20261202130000SettlementLists } from './Migration20261202130000_settlement_lists';
import { Migration20261202140000CasePayments } from './Migration20261202140000_case_payments';
import { Migration20261202150000PricingFacts } from './Migration20261202150000_pricing_facts';
import { Migration20261202160000SpecialCaseReview } from './Migration20261202160000_special_case_review';
import { Migration20261202180000PeriodJobs } from './Migration20261202180000_period_jobs';
import { Migration20261202190000Budgets } from './Migration20261202190000_budgets';
import { Migration20261202200000MonthlySettlement } from './Migration20261202200000_monthly_settlement';
import { Migration20261202210000InterRegionClearing } from './Migration20261202210000_inter_region_clearing';
import { Migration20261202220000Capitation } from './Migration20261202220000_capitation';
import { Migration20261203100000IngestIndexes } from './Migration20261203100000_ingest_indexes';
import { Migration20261203120000AnnualClearing } from './Migration20261203120000_annual_clearing';
import { Migration20261203130000MonthlyBudgetedPointValue } from './Migration20261203130000_monthly_budgeted_point_value';
import { Migration20261203150000BudgetYear } from './Migration20261203150000_budget_year';

/**
 * Every migration, in order. Listed explicitly (rather than discovered from the folder) so the
 * same list runs from TypeScript under jest and from compiled JavaScript in production.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000_registry', class: Migration20261123000000Registry },
  { name: 'Migration20261123100000_catalogs', class: Migration20261123100000Catalogs },
  { name: 'Migration20261202100000_fail_closed', class: Migration20261202100000FailClosed },
  { name: 'Migration20261202110000_jobs', class: Migration20261202110000Jobs },
  {
    name: 'Migration20261202120000_payment_standards',
    class: Migration20261202120000PaymentStandards,
  },
  {
    name: 'Migration20261202130000_settlement_lists',
    class: Migration20261202130000SettlementLists,
  },
  {
    name: 'Migration20261202140000_case_payments',
    class: Migration20261202140000CasePayments,
  },
  {
    name: 'Migration20261202150000_pricing_facts',
    class: Migration20261202150000PricingFacts,
  },
  {
    name: 'Migration20261202160000_special_case_review',
    class: Migration20261202160000SpecialCaseReview,
  },
  { name: 'Migration20261202180000_period_jobs', class: Migration20261202180000PeriodJobs },
  { name: 'Migration20261202190000_budgets', class: Migration20261202190000Budgets },
  {
    name: 'Migration20261202200000_monthly_settlement',
    class: Migration20261202200000MonthlySettlement,
  },
  {
    name: 'Migration20261202210000_inter_region_clearing',
    class: Migration20261202210000InterRegionClearing,
  },
  {
    name: 'Migration20261202220000_capitation',
    class: Migration20261202220000Capitation,
  },
  {
    name: 'Migration20261203100000_ingest_indexes',
    class: Migration20261203100000IngestIndexes,
  },
  {
    name: 'Migration20261203120000_annual_clearing',
    class: Migration20261203120000AnnualClearing,
  },
  {
    name: 'Migration20261203130000_monthly_budgeted_point_value',
    class: Migration20261203130000MonthlyBudgetedPointValue,
  },
  { name: 'Migration20261203150000_budget_year', class: Migration20261203150000BudgetYear },
];
