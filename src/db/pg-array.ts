/**
 * A Postgres array literal of text values (NULL for null), for set-based writes such as
 * `insert … select * from unnest(?::text[], …)`: one statement for a whole batch of rows.
 */
export function pgArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, (ch) => `\\${ch}`)}"`)).join(',')}}`;
}

/** Transposes rows into one array literal per column. */
export function pgColumns(rows: readonly (readonly (string | null)[])[], width: number): string[] {
  return Array.from({ length: width }, (_, c) => pgArray(rows.map((row) => row[c])));
}
