/**
 * The lifecycle of versioned, effective-dated rules — catalog versions and payment standards:
 * DRAFT → PUBLISHED → RETIRED. A draft is edited and published; a published version never
 * changes again but may be retired from a day on (today or later: history is not rewritten).
 * The database enforces the same transitions for every role (trigger `version_lifecycle`, rows
 * frozen by `version_rows_frozen`); services check them first to give clear errors.
 */
export type LifecycleStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

export type LifecycleRefusal =
  /** Editing or publishing needs a DRAFT. */
  | { readonly reason: 'NOT_DRAFT'; readonly status: LifecycleStatus }
  /** Retiring needs a PUBLISHED version. */
  | { readonly reason: 'NOT_PUBLISHED'; readonly status: LifecycleStatus }
  /** Retirement takes effect today or later. */
  | { readonly reason: 'RETIRED_IN_PAST'; readonly requested: string };

/** Why a version cannot be edited (or published), or null when it can: only a draft can. */
export function refuseChange(status: LifecycleStatus): LifecycleRefusal | null {
  return status === 'DRAFT' ? null : { reason: 'NOT_DRAFT', status };
}

/**
 * The first day a version is no longer in force when retired on `requested` (default today),
 * or why it cannot be retired: only a published version, and never from a day in the past.
 */
export function retirementDay(
  status: LifecycleStatus,
  requested: string | undefined,
  today: string,
): { readonly day: string } | LifecycleRefusal {
  if (status !== 'PUBLISHED') return { reason: 'NOT_PUBLISHED', status };
  const day = requested ?? today;
  return day < today ? { reason: 'RETIRED_IN_PAST', requested: day } : { day };
}
