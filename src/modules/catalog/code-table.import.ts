import { sqlClientOf, upsert, type BulkColumn, type EntityManager } from '../../db';
import { parseCsvRows } from '../../shared/csv';
import type { CodeKind } from './catalog.enums';
import type { RowError } from './catalog.errors';

export interface ImportedCodes {
  rows: number;
  batches: number;
  errors: RowError[];
}

/** One parsed code-table line. */
interface CodeRow {
  code: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const CODE_COLUMNS: BulkColumn[] = [
  { name: 'kind', type: 'text' },
  { name: 'code', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'valid_from', type: 'date' },
  { name: 'valid_to', type: 'date' },
];

/**
 * Parses one line of a code table: TSV (`code<TAB>name[<TAB>validFrom<TAB>validTo]`) or CSV
 * (`code,name,…`, names may be double-quoted). Returns a row, a RowError, or null for the header.
 */
export function parseCodeLine(line: string, lineNumber: number): CodeRow | RowError | null {
  const fields = line.includes('\t') ? line.split('\t') : (parseCsvRows(line)[0] ?? []);
  const [code = '', name = '', validFrom = '', validTo = ''] = fields.map((f) => f.trim());
  if (lineNumber === 1 && code.toLowerCase() === 'code') return null;
  if (!code || code.length > 40)
    return { row: lineNumber, field: 'code', reason: 'code must be 1–40 characters' };
  if (!name || name.length > 500)
    return { row: lineNumber, field: 'name', reason: 'name must be 1–500 characters' };
  for (const [field, value] of [
    ['validFrom', validFrom],
    ['validTo', validTo],
  ] as const) {
    if (value && !DATE.test(value))
      return { row: lineNumber, field, reason: 'dates are YYYY-MM-DD' };
  }
  return { code, name, validFrom: validFrom || null, validTo: validTo || null };
}

/**
 * Streams a code table into `code_entry` in batches (one `insert … select from unnest(…)` per
 * batch, upserting on (kind, code), through the bulk helpers in src/db), so memory stays flat
 * whatever the file size. Runs in the caller's transaction. Bad lines are collected; when there
 * are any, nothing is written (the caller's transaction rolls back).
 */
export async function importCodeTable(
  em: EntityManager,
  kind: CodeKind,
  lines: AsyncIterable<string>,
  batchSize = 5000,
): Promise<ImportedCodes> {
  const result: ImportedCodes = { rows: 0, batches: 0, errors: [] };
  let batch: CodeRow[] = [];
  let lineNumber = 0;
  const client = await sqlClientOf(em);
  const flush = async () => {
    if (batch.length === 0 || result.errors.length > 0) return;
    await upsert(
      client,
      'code_entry',
      CODE_COLUMNS,
      batch.map((r) => [kind, r.code, r.name, r.validFrom, r.validTo]),
      // one statement per batch; every re-imported code takes the file's name and dates
      { conflict: ['kind', 'code'], batchSize: batch.length, onlyChanged: false },
    );
    result.rows += batch.length;
    result.batches++;
    batch = [];
  };
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const parsed = parseCodeLine(line, lineNumber);
    if (parsed === null) continue;
    if ('reason' in parsed) {
      result.errors.push(parsed);
      continue;
    }
    batch.push(parsed);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return result;
}
