import DataLoader from 'dataloader';
import { readOnlyMapper } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { entitySource, PageLoaders, type ConnectionSource } from '../../graphql/page-loaders';
import { Budget } from './budget.entity';
import {
  BudgetAlliance,
  BudgetAllianceMember,
  BudgetOutOfRegion,
  BudgetPrepayment,
} from './budget-rows.entity';

/** A row table of a budget: its entity, table and sort key (unique within a budget). */
export interface BudgetRowTable<T extends object> {
  readonly entity: new () => T;
  readonly table: string;
  readonly sortColumn: string;
  readonly sortField: keyof T & string;
}

export const OUT_OF_REGION: BudgetRowTable<BudgetOutOfRegion> = {
  entity: BudgetOutOfRegion,
  table: 'budget_out_of_region',
  sortColumn: 'row_key',
  sortField: 'rowKey',
};
export const PREPAYMENTS: BudgetRowTable<BudgetPrepayment> = {
  entity: BudgetPrepayment,
  table: 'budget_prepayment',
  sortColumn: 'row_key',
  sortField: 'rowKey',
};
export const ALLIANCES: BudgetRowTable<BudgetAlliance> = {
  entity: BudgetAlliance,
  table: 'budget_alliance',
  sortColumn: 'code',
  sortField: 'code',
};
export const ALLIANCE_MEMBERS: BudgetRowTable<BudgetAllianceMember> = {
  entity: BudgetAllianceMember,
  table: 'budget_alliance_member',
  sortColumn: 'row_key',
  sortField: 'rowKey',
};

/**
 * The budget module's loaders for one request: budgets by id (one `= any(…)` statement per batch,
 * read-only instances), budgets as a root connection, and each row table as a connection nested
 * under its budget (every budget of a level paged in one statement).
 */
export class BudgetLoaders {
  readonly budget: DataLoader<string, Budget | null>;
  private readonly sources = new Map<string, unknown>();

  constructor(private readonly ctx: RequestContext) {
    const toEntity = readOnlyMapper(ctx.metadata, Budget);
    this.budget = new DataLoader(async (ids) => {
      const rows = await ctx.sql('select * from budget where id = any($1::uuid[])', [ids]);
      const byId = new Map(rows.map((row) => [String(row.id), toEntity(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  budgets(): ConnectionSource<Budget> {
    return this.source('budgets', () =>
      entitySource(this.ctx, Budget, {
        table: 'budget',
        sortKey: 'id',
        keyFields: ['uuid'],
        computed: { id: ['uuid'], parent: ['parentId'] },
        cursorOf: (s) => s.uuid,
      }),
    );
  }

  rows<T extends object>(table: BudgetRowTable<T>): ConnectionSource<T> {
    return this.source(table.table, () =>
      entitySource(this.ctx, table.entity, {
        table: table.table,
        sortKey: table.sortColumn,
        partitionBy: 'version_id',
        partitionType: 'uuid',
        keyFields: [table.sortField],
        cursorOf: (row) => String(row[table.sortField]),
      }),
    );
  }

  private source<T>(key: string, make: () => ConnectionSource<T>): ConnectionSource<T> {
    let source = this.sources.get(key);
    if (!source) {
      source = make();
      this.sources.set(key, source);
    }
    return source as ConnectionSource<T>;
  }

  /** After a write: the stored budget answers later lookups; cached pages are dropped. */
  written(budget: Budget): void {
    this.budget.clear(budget.uuid).prime(budget.uuid, budget);
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

export const budgetLoaders = (ctx: RequestContext): BudgetLoaders => ctx.loaders.for(BudgetLoaders);
