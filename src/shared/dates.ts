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
