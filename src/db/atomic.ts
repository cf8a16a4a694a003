import type { EntityManager } from '@mikro-orm/postgresql';
import { translateDriverError } from './driver-errors';

/**
 * Runs a write as one unit inside the request's transaction: MikroORM opens a savepoint, `work`
 * changes entities on its own fork, the fork is flushed at the end, and any failure rolls back to
 * the savepoint — so a failed mutation leaves the request's transaction usable and changes
 * nothing. Driver errors (unique, foreign key, check, RLS) come out as coded domain errors.
 */
export async function atomically<T>(
  em: EntityManager,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    throw translateDriverError(error) ?? error;
  }
}
