/**
 * Versioned, effective-dated rule sets (版本管理): the entity base, status and lifecycle steps
 * that catalog versions, payment standards and budgets share, so each kind adds only what is
 * its own (owner, parameters, rows, publish checks).
 */
export { VersionStatus } from './version-status';
export { VersionedEntity } from './versioned-entity';
export {
  LifecycleError,
  changeLockedVersion,
  markPublished,
  markRetired,
  requireDraft,
  type LifecycleReason,
} from './version-lifecycle';
export { requireVersionNotes, requireVersionPeriod, requireVersionText } from './version-fields';
