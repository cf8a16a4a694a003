import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Registry } from './Migration20261123000000_registry';
import { Migration20261123100000Catalogs } from './Migration20261123100000_catalogs';
import { Migration20261202100000FailClosed } from './Migration20261202100000_fail_closed';
import { Migration20261202110000Jobs } from './Migration20261202110000_jobs';
import { Migration20261202120000PaymentStandards } from './Migration20261202120000_payment_standards';
import { Migration20261202130000SettlementLists } from './Migration20261202130000_settlement_lists';
import { Migration20261202140000CasePayments } from './Migration20261202140000_case_payments';
import { Migration20261202180000PeriodJobs } from './Migration20261202180000_period_jobs';

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
  { name: 'Migration20261202180000_period_jobs', class: Migration20261202180000PeriodJobs },
];
