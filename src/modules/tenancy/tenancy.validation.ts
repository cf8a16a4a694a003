import { TenancyError } from './tenancy.errors';

/** Pure checks on registry input, run before anything touches the database. */

export const PROVINCE_CODE = /^[1-9][0-9]0000$/;
export const REGION_CODE = /^[1-9][0-9]{5}$/;
export const HOSPITAL_CODE = /^H[1-9][0-9]{10}$/;

export function requireCode(value: string, pattern: RegExp, field: string, what: string): string {
  if (!pattern.test(value))
    throw new TenancyError('INVALID_CODE', `"${value}" is not a valid ${what}`, field);
  return value;
}

/** Names are trimmed; 1–maxLength characters; no control characters. */
export function requireName(value: string, field = 'name', maxLength = 100): string {
  const name = value.trim();
  if (name.length === 0 || name.length > maxLength || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new TenancyError(
      'INVALID_NAME',
      `${field} must be 1–${maxLength} printable characters`,
      field,
    );
  }
  return name;
}

export function optionalFilterText(
  value: string | null | undefined,
  field: string,
): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value.length > 100)
    throw new TenancyError('FILTER_TOO_LONG', `${field} must be at most 100 characters`, field);
  return value;
}

/** A name fragment as an ILIKE pattern matching it literally (escapes %, _ and \). */
export function containsPattern(fragment: string): string {
  return `%${escapeLike(fragment)}%`;
}

/** A code prefix as a LIKE pattern matching it literally. */
export function startsWithPattern(prefix: string): string {
  return `${escapeLike(prefix)}%`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
