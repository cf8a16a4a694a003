import { Migration } from '@mikro-orm/migrations';

/**
 * Monthly settlement at the budgeted point value (月度结算预算点值, DOMAIN-FORMULAS §5): a batch
 * records the budget's budgeted point value per fund it was computed with; when set, a case paid
 * by points is due points × that value − patient share (rounded to the fen once) instead of the
 * payment standard's provisional fund due. Null: the standard's point value, as before.
 */
export class Migration20261203130000MonthlyBudgetedPointValue extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table monthly_batch
  add column point_value_employee numeric check (point_value_employee > 0),
  add column point_value_resident numeric check (point_value_resident > 0);
comment on column monthly_batch.point_value_employee is
  'Budgeted point value the batch paid EMPLOYEE points at; null: the payment standard''s.';
comment on column monthly_batch.point_value_resident is
  'Budgeted point value the batch paid RESIDENT points at; null: the payment standard''s.';
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
alter table monthly_batch drop column point_value_employee, drop column point_value_resident;
`);
  }
}
