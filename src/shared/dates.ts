import { badInput } from './errors';

/**
 * Today's date in China (Asia/Shanghai, UTC+8), as YYYY-MM-DD. Catalogs take effect and retire on
 * Chinese calendar days: between 00:00 and 08:00 Beijing time the UTC date is still yesterday.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A budget, settlement or clearing year from a client: an integer in 2000–2100, else
 * BAD_USER_INPUT (reason INVALID_INPUT, field `year`).
 */
export function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year must be in 2000–2100', 'year');
}
