import { escapeIdentifier } from 'pg';
import type { TestApp } from './test-app';

/** The tenant settings a principal's requests carry (see src/db/tenant-transaction.ts). */
export interface PrincipalSettings {
  scope: string;
  code: string;
  province: string;
}

export interface VisibilitySpec {
  /** Table under test; every row of the matrix must exist in it. */
  table: string;
  /** Column that names a row in the matrix (compared as text). */
  keyColumn: string;
  /** Who asks: a label and the settings their requests carry. */
  principals: Record<string, PrincipalSettings>;
  /** Each row of the matrix and exactly who may see it; every other principal must not. */
  rows: readonly { key: string; visibleTo: readonly string[] }[];
}

export interface VisibilityCell {
  principal: string;
  key: string;
  expected: boolean;
  actual: boolean;
}

/** Thrown when the database disagrees with the matrix; `cells` lists every wrong cell. */
export class VisibilityMatrixError extends Error {
  constructor(
    message: string,
    readonly cells: VisibilityCell[],
  ) {
    super(message);
  }
}

/** A request that set no settings at all: must see nothing, on every table. */
export const NO_SETTINGS = '(no settings)';

/**
 * Checks a table's row-level security as the real application role against a can-see /
 * cannot-see matrix: for every principal, the rows of the matrix it reads must be exactly the
 * rows that list it in `visibleTo` — no more, no fewer. A request without settings is added as a
 * principal that must see nothing.
 *
 * Positive controls, so that "cannot see" never passes vacuously:
 *  - every row exists (read as the owner role, which bypasses RLS);
 *  - every row is visible to at least one principal of the matrix (a row nobody may see proves
 *    nothing about who may not), and each such principal really sees it;
 *  - every principal is expected to see at least one row (else its empty result could be a
 *    misconfigured principal rather than the policy).
 *
 * Rejects with a VisibilityMatrixError naming each wrong cell (and drawing the matrix) when the
 * database disagrees; with a plain Error when the spec itself is unusable.
 */
export async function visibilityMatrix(
  t: Pick<TestApp, 'asApp' | 'asOwner'>,
  spec: VisibilitySpec,
): Promise<void> {
  const labels = Object.keys(spec.principals);
  const keys = spec.rows.map((r) => r.key);
  if (new Set(keys).size !== keys.length) throw new Error('matrix rows must have distinct keys');
  if (labels.includes(NO_SETTINGS)) throw new Error(`${NO_SETTINGS} is added by the helper`);
  for (const row of spec.rows) {
    const unknown = row.visibleTo.filter((p) => !labels.includes(p));
    if (unknown.length) throw new Error(`row ${row.key}: unknown principals ${unknown.join(', ')}`);
    if (row.visibleTo.length === 0)
      throw new Error(`row ${row.key} is visible to nobody: its cannot-see cells prove nothing`);
  }
  for (const label of labels) {
    if (!spec.rows.some((r) => r.visibleTo.includes(label)))
      throw new Error(`principal ${label} is expected to see no row: give it a positive control`);
  }

  const select = `select ${escapeIdentifier(spec.keyColumn)}::text as key from ${escapeIdentifier(
    spec.table,
  )} where ${escapeIdentifier(spec.keyColumn)}::text = any($1::text[])`;

  const existing = new Set((await t.asOwner<{ key: string }>(select, [keys])).map((r) => r.key));
  const missing = keys.filter((k) => !existing.has(k));
  if (missing.length)
    throw new Error(`positive control failed: rows ${missing.join(', ')} do not exist (owner)`);

  const seen = new Map<string, Set<string>>();
  for (const label of [...labels, NO_SETTINGS]) {
    const settings = label === NO_SETTINGS ? null : spec.principals[label];
    const rows = await t.asApp<{ key: string }>(settings, select, [keys]);
    seen.set(label, new Set(rows.map((r) => r.key)));
  }

  const cells: VisibilityCell[] = [];
  for (const row of spec.rows) {
    for (const label of [...labels, NO_SETTINGS]) {
      const expected = row.visibleTo.includes(label);
      const actual = seen.get(label)!.has(row.key);
      if (expected !== actual) cells.push({ principal: label, key: row.key, expected, actual });
    }
  }
  if (cells.length === 0) return;

  const wrong = cells
    .map((c) =>
      c.actual
        ? `${c.principal} sees ${c.key} but must not`
        : `${c.principal} cannot see ${c.key} but must`,
    )
    .join('\n  ');
  throw new VisibilityMatrixError(
    `${spec.table}: ${cells.length} wrong cell(s)\n  ${wrong}\n\n${drawMatrix(spec, seen, cells)}`,
    cells,
  );
}

/** Rows down, principals across: ✓ sees, · does not, ✗ where that is wrong. */
function drawMatrix(
  spec: VisibilitySpec,
  seen: Map<string, Set<string>>,
  wrong: VisibilityCell[],
): string {
  const labels = [...Object.keys(spec.principals), NO_SETTINGS];
  const keyWidth = Math.max(3, ...spec.rows.map((r) => r.key.length));
  const header = ['row'.padEnd(keyWidth), ...labels].join(' | ');
  const lines = spec.rows.map((row) =>
    [
      row.key.padEnd(keyWidth),
      ...labels.map((label) => {
        const bad = wrong.some((c) => c.key === row.key && c.principal === label);
        const mark = seen.get(label)!.has(row.key) ? '✓' : '·';
        return `${bad ? `✗${mark}` : mark}`.padEnd(label.length);
      }),
    ].join(' | '),
  );
  return [header, ...lines].join('\n');
}
