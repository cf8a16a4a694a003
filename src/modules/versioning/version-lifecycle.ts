import { LockMode, type EntityClass } from '@mikro-orm/core';
import { atomically, type EntityManager } from '../../db';
import { refuseChange, retirementDay } from '../../domain/lifecycle';
import { CodedError } from '../../shared/errors';
import type { VersionedEntity } from './versioned-entity';
import { VersionStatus } from './version-status';

/** Why a lifecycle step was refused (`extensions.reason`), the same for every versioned kind. */
export type LifecycleReason = 'NOT_DRAFT' | 'NOT_PUBLISHED' | 'INVALID_INPUT';

/** A refused lifecycle step: editing or publishing a non-draft, retiring a non-published one. */
export class LifecycleError extends CodedError {
  constructor(reason: LifecycleReason, message: string, details?: Record<string, unknown>) {
    super(
      reason === 'INVALID_INPUT' ? 'BAD_USER_INPUT' : 'PRECONDITION_FAILED',
      message,
      reason,
      details,
    );
  }
}

/**
 * Runs `change` on a version inside one savepoint with its row locked (FOR UPDATE): concurrent
 * row writers (their trigger takes FOR SHARE on the version) and publishers serialise, so a row
 * can never slip into a version while it is being published. Callers check ownership first.
 */
export function changeLockedVersion<T extends VersionedEntity>(
  em: EntityManager,
  entity: EntityClass<T>,
  uuid: string,
  change: (version: T, em: EntityManager) => void | Promise<void>,
): Promise<T> {
  return atomically(em, async (fork) => {
    const managed = await fork.findOneOrFail(entity, { uuid } as never, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    await change(managed, fork);
    return managed;
  });
}

/** Refuses to edit (or publish) anything but a draft: published versions are immutable. */
export function requireDraft(version: VersionedEntity, noun: string): void {
  if (refuseChange(version.status))
    throw new LifecycleError(
      'NOT_DRAFT',
      `The ${noun} is ${version.status.toLowerCase()}: only a draft can change (published versions are immutable; make a new version)`,
    );
}

/** DRAFT → PUBLISHED, once the kind's own publish checks have passed. */
export function markPublished(version: VersionedEntity, noun: string): void {
  requireDraft(version, noun);
  version.status = VersionStatus.PUBLISHED;
  version.publishedAt = new Date();
}

/**
 * PUBLISHED → RETIRED from `retiredOn` (default `today`, never earlier): the version stays in
 * force for the days before it, so results already computed under it stay reproducible.
 */
export function markRetired(
  version: VersionedEntity,
  retiredOn: string | undefined,
  today: string,
  noun: string,
): void {
  const retirement = retirementDay(version.status, retiredOn, today);
  if (!('day' in retirement)) {
    if (retirement.reason === 'RETIRED_IN_PAST')
      throw new LifecycleError(
        'INVALID_INPUT',
        `retiredOn ${retirement.requested} is in the past; retirement takes effect today or later`,
        { field: 'retiredOn' },
      );
    throw new LifecycleError(
      'NOT_PUBLISHED',
      `The ${noun} is ${version.status.toLowerCase()}; only a published ${noun} can be retired`,
    );
  }
  version.retiredOn = retirement.day;
  version.status = VersionStatus.RETIRED;
  version.retiredAt = new Date();
}
