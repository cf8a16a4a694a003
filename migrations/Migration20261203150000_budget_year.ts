import { Migration } from '@mikro-orm/migrations';
import { appRole } from './support/policies';

/**
 * The year of a published (or retired) budget, for readers of its rows who may not read the
 * budget itself (an insured region reading the out-of-region budgets set for its insured, a
 * hospital its prepayment and its alliance): security definer, fixed search path, reveals one
 * year of a budget that is no longer a draft — the twin of budget_status.
 */
export class Migration20261203150000BudgetYear extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    this.addSql(`
create function budget_year(version uuid) returns integer
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select year from public.budget where id = version and status in ('PUBLISHED', 'RETIRED') $$;
revoke all on function budget_year(uuid) from public;
grant execute on function budget_year(uuid) to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists budget_year(uuid);');
  }
}
