import type { DrgCaseInput } from './drg-grouper.types';

/** A JSON Lines case read for grouping, or why the line was refused. */
export type ParsedCaseLine =
  { ok: true; id: string | number | null; input: DrgCaseInput } | { ok: false; error: string };

const NUMERIC_FIELDS = ['sex', 'age', 'ageDays', 'birthWeight', 'los', 'dischargeWay'] as const;

/**
 * Parses one line of a case file (the `cases-dev.jsonl` layout; extra keys such as `expected`
 * are ignored). Absent fields are null and absent code lists empty. Wrongly typed fields are
 * refused rather than coerced: a string sex `"1"` would silently fail validation, and a bureau
 * is better told its export is wrong.
 */
export function parseCaseLine(line: string): ParsedCaseLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'a case must be a JSON object' };
  }
  const raw = value as Record<string, unknown>;
  const id = raw.id ?? null;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { ok: false, error: 'id must be a string or a number' };
  }
  for (const field of NUMERIC_FIELDS) {
    const v = raw[field];
    if (v != null && (typeof v !== 'number' || !Number.isFinite(v))) {
      return { ok: false, error: `${field} must be a number or null` };
    }
  }
  const diagnoses = codes(raw.diagnoses);
  if (!diagnoses) return { ok: false, error: 'diagnoses must be an array of code strings' };
  const procedures = codes(raw.procedures);
  if (!procedures) return { ok: false, error: 'procedures must be an array of code strings' };
  return {
    ok: true,
    id,
    input: {
      sex: (raw.sex as number | undefined) ?? null,
      age: (raw.age as number | undefined) ?? null,
      ageDays: (raw.ageDays as number | undefined) ?? null,
      birthWeight: (raw.birthWeight as number | undefined) ?? null,
      los: (raw.los as number | undefined) ?? null,
      dischargeWay: (raw.dischargeWay as number | undefined) ?? null,
      diagnoses,
      procedures,
    },
  };
}

function codes(value: unknown): string[] | null {
  if (value == null) return [];
  if (!Array.isArray(value)) return null;
  for (const code of value) if (typeof code !== 'string') return null;
  return value as string[];
}
