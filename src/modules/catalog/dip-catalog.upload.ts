import { atomically } from '../../db';
import { parseCsvObjects } from '../../shared/csv';
import type { RequestContext } from '../../graphql/context';
import {
  compileDipCatalog,
  DipCatalogError,
  type DipAuxRow,
  type DipCatalogRow,
  type DipGroupRow,
} from '../../domain/grouping/dip';
import { CatalogError, type RowError } from './catalog.errors';
import { requireOwnDraft, writeRows } from './catalog-rows.service';
import { catalogLoaders } from './catalog.loaders';
import { DIP_AUX_FACTORS, DIP_GROUPS, dipAuxValues, dipGroupValues } from './catalog-tables';
import type { CatalogVersion } from './catalog-version.entity';
import type { UploadDipCatalogInput } from './catalog.inputs';
import { findJsonProblem, jsonPathText } from '../../domain/untrusted-json';

const MAX_ROWS = 50_000;

/** Deepest nesting an uploaded row may have (an auxiliary condition is an object of lists). */
const MAX_ROW_NESTING = 8;

/**
 * The rows of one upload text (`what`: `groups` or `auxFactors`, for error rows). JSON is
 * inspected before anything else reads it: a NUL character anywhere, or nesting deeper than a
 * row needs, is refused with its row and field.
 */
function parseRows(format: string, text: string, what: string): Record<string, unknown>[] {
  if (format === 'CSV') return parseCsvObjects(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw CatalogError.invalidRows('DIP catalog', [
      { row: what, reason: `not JSON: ${(error as Error).message}` },
    ]);
  }
  if (!Array.isArray(parsed))
    throw CatalogError.invalidRows('DIP catalog', [
      { row: what, reason: 'expected a JSON array of rows' },
    ]);
  const problem = findJsonProblem(parsed, { maxDepth: MAX_ROW_NESTING + 1 });
  if (problem) {
    const [index, field, ...rest] = problem.at;
    throw CatalogError.invalidRows('DIP catalog', [
      {
        row: typeof index === 'number' ? `${what}[${index + 1}]` : what,
        ...(typeof field === 'string' ? { field: jsonPathText(field, rest) } : {}),
        reason: problem.reason,
      },
    ]);
  }
  return parsed as Record<string, unknown>[];
}

/**
 * Reads one scalar field of an uploaded row: text (or a JSON number, taken as its text); absent,
 * null and '' are null. An object, array or boolean where a scalar belongs is a row error, never
 * coerced ("[object Object]" would otherwise be stored as a code or name).
 */
function cell(
  row: Record<string, unknown>,
  field: string,
  at: string,
  errors: RowError[],
): string | null {
  const value = row[field];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  errors.push({
    row: at,
    field,
    reason: `must be text or a number, not ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : JSON.stringify(value)}`,
  });
  return null;
}

function toGroupRow(r: Record<string, unknown>, index: number, errors: RowError[]): DipGroupRow {
  const at = `groups[${index + 1}]`;
  const text = (field: string) => cell(r, field, at, errors);
  return {
    kind: text('kind') as DipGroupRow['kind'],
    code: text('code') ?? '',
    diagnosisKey: text('diagnosisKey') ?? '',
    procedureExpression: text('procedureExpression'),
    procedureClass: text('procedureClass') as DipGroupRow['procedureClass'],
    name: text('name') ?? '',
    score: text('score') ?? '',
    averageCost: text('averageCost') ?? '',
  };
}

function toAuxRow(r: Record<string, unknown>, index: number, errors: RowError[]): DipAuxRow {
  const at = `auxFactors[${index + 1}]`;
  let condition = r.condition;
  if (typeof condition === 'string') {
    try {
      condition = JSON.parse(condition);
    } catch {
      errors.push({ row: at, field: 'condition', reason: 'condition must be a JSON object' });
    }
    // JSON inside a CSV cell is inspected like a JSON upload
    const problem = findJsonProblem(condition, { maxDepth: MAX_ROW_NESTING });
    if (problem) {
      errors.push({
        row: at,
        field: jsonPathText('condition', problem.at),
        reason: problem.reason,
      });
      condition = null;
    }
  }
  return {
    kind: cell(r, 'kind', at, errors),
    code: cell(r, 'code', at, errors) ?? '',
    name: cell(r, 'name', at, errors) ?? '',
    factor: cell(r, 'factor', at, errors) ?? '',
    condition,
  } as DipAuxRow;
}

/**
 * Loads a whole DIP catalog (groups and auxiliary rows, JSON or CSV) into the caller's DRAFT,
 * replacing what it had. The rows are validated by the DIP engine's own compiler (expressions
 * parsed, keys and decimals checked, duplicates refused): any bad row refuses the upload, every
 * problem listed with its row, and nothing is stored.
 */
export async function uploadDipCatalog(
  ctx: RequestContext,
  input: UploadDipCatalogInput,
): Promise<{ version: CatalogVersion; count: number }> {
  const version = await requireOwnDraft(ctx, input.versionId, DIP_GROUPS);
  if (input.format !== 'JSON' && input.format !== 'CSV') {
    throw new CatalogError('INVALID_INPUT', 'format is JSON or CSV', { field: 'format' });
  }
  const groups = parseRows(input.format, input.groups, 'groups');
  const auxRaw = input.auxFactors ? parseRows(input.format, input.auxFactors, 'auxFactors') : [];
  if (groups.length + auxRaw.length > MAX_ROWS)
    throw new CatalogError('INVALID_INPUT', `At most ${MAX_ROWS} rows per upload`);
  const errors: RowError[] = [];
  const isObject = (r: unknown): r is Record<string, unknown> =>
    typeof r === 'object' && r !== null && !Array.isArray(r);
  groups.forEach(
    (r, i) =>
      isObject(r) || errors.push({ row: `groups[${i + 1}]`, reason: 'each row must be an object' }),
  );
  auxRaw.forEach(
    (r, i) =>
      isObject(r) ||
      errors.push({ row: `auxFactors[${i + 1}]`, reason: 'each row must be an object' }),
  );
  if (errors.length > 0) throw CatalogError.invalidRows('DIP catalog', errors);
  const groupRows = groups.map((r, i) => toGroupRow(r, i, errors));
  const auxRows = auxRaw.map((r, i) => toAuxRow(r, i, errors));
  const all: DipCatalogRow[] = [...groupRows, ...auxRows];
  try {
    compileDipCatalog({
      version: version.versionLabel,
      scaleK: version.scaleK ?? '100',
      rows: all,
    });
  } catch (error) {
    if (!(error instanceof DipCatalogError)) throw error;
    for (const p of error.problems) {
      const row =
        p.index < 0
          ? '$'
          : p.index < groupRows.length
            ? `groups[${p.index + 1}]`
            : `auxFactors[${p.index - groupRows.length + 1}]`;
      errors.push({ row, field: p.code ?? undefined, reason: p.reason });
    }
  }
  if (errors.length > 0) throw CatalogError.invalidRows('DIP catalog', errors);

  await atomically(ctx.em, async (em) => {
    await em.execute('delete from dip_aux_factor where version_id = ?::uuid', [version.uuid]);
    await em.execute('delete from dip_group where version_id = ?::uuid', [version.uuid]);
  });
  const count =
    (await writeRows(ctx, version, DIP_GROUPS, groupRows.map(dipGroupValues), [], 'DIP groups')) +
    (await writeRows(
      ctx,
      version,
      DIP_AUX_FACTORS,
      auxRows.map(dipAuxValues),
      [],
      'DIP auxiliary rows',
    ));
  catalogLoaders(ctx).written(version);
  return { version, count };
}
