import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { TransactionNotStarted } from './connection-errors';

/** The values the row-level security policies read (see the migrations' policy comments). */
export interface TenantSettings {
  scope: string;
  code: string;
  province: string;
}

/**
 * Runs `work` in one database transaction whose first statement sets the tenant settings with
 * `set_config(…, true)` — transaction-local, so they vanish at commit or rollback and can never
 * leak to the next borrower of the pooled connection. `work` gets a fresh EntityManager fork
 * bound to the transaction: its identity map lives and dies with this unit of work.
 *
 * Throwing from `work` rolls everything back.
 */
export async function inTenantTransaction<T>(
  orm: MikroORM,
  settings: TenantSettings,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return orm.em.fork().transactional(async (em) => {
    await em
      .execute(
        "select set_config('app.scope', ?, true), set_config('app.code', ?, true), set_config('app.province', ?, true)",
        [settings.scope, settings.code, settings.province],
      )
      .catch((error: unknown) => {
        throw new TransactionNotStarted(error);
      });
    return work(em);
  });
}
