import { LifecycleError } from './version-lifecycle';

/**
 * The checks every versioned rule set's own fields need (name, label, period, notes), refused
 * alike for each kind: BAD_USER_INPUT, reason INVALID_INPUT, the field named.
 */

/** Text of 1–`max` characters once trimmed; returns it trimmed. */
export function requireVersionText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (!text || text.length > max)
    throw new LifecycleError('INVALID_INPUT', `${field} must be 1–${max} characters`, { field });
  return text;
}

/** An effective period whose end (exclusive), when given, comes after its start. */
export function requireVersionPeriod(from: string, to: string | null | undefined): void {
  if (to != null && to <= from)
    throw new LifecycleError('INVALID_INPUT', 'effectiveTo must be after effectiveFrom', {
      field: 'effectiveTo',
    });
}

/** Notes of at most 2,000 characters (null when absent). */
export function requireVersionNotes(notes: string | null | undefined): string | null {
  if (notes != null && notes.length > 2000)
    throw new LifecycleError('INVALID_INPUT', 'notes must be at most 2000 characters', {
      field: 'notes',
    });
  return notes ?? null;
}
