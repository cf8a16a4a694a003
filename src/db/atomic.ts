import type { EntityManager } from '@mikro-orm/postgresql';
import { translateDriverError } from './driver-errors';

/**
 * Runs a write as one unit inside the request's transaction: MikroORM opens a savepoint, `work`
 * changes entities on its own fork, the fork is flushed at the end, and any failure rolls back to
 * the savepoint — so a failed mutation leaves the request's transaction usable and changes
 * nothing. Driver errors (unique, foreign key, check, RLS) come out as coded domain errors.
 *
 * The fork starts with an empty identity map: `em.create` of a key an earlier write of the same
 * request already stored must reach the database (and fail as a duplicate there), not merge into
 * the remembered entity and be acknowledged without an INSERT.
 */
export async function atomically<T>(
  em: EntityManager,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await em.transactional(work, { clear: true });
  } catch (error) {
    throw translateDriverError(error) ?? error;
  }
}
