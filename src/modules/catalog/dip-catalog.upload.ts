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

const MAX_ROWS = 50_000;

function parseRows(format: string, text: string, what: string): Record<string, unknown>[] {
  if (format === 'CSV') return parseCsvObjects(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw CatalogError.invalidRows(what, [
      { row: '$', reason: `not JSON: ${(error as Error).message}` },
    ]);
  }
  if (!Array.isArray(parsed))
    throw CatalogError.invalidRows(what, [{ row: '$', reason: 'expected a JSON array of rows' }]);
  return parsed as Record<string, unknown>[];
}

const str = (v: unknown): string | null =>
  v === undefined || v === null || v === '' ? null : String(v);

function toGroupRow(r: Record<string, unknown>): DipGroupRow {
  return {
    kind: str(r.kind) as DipGroupRow['kind'],
    code: str(r.code) ?? '',
    diagnosisKey: str(r.diagnosisKey) ?? '',
    procedureExpression: str(r.procedureExpression),
    procedureClass: str(r.procedureClass) as DipGroupRow['procedureClass'],
    name: str(r.name) ?? '',
    score: str(r.score) ?? '',
    averageCost: str(r.averageCost) ?? '',
  };
}

function toAuxRow(r: Record<string, unknown>, index: number, errors: RowError[]): DipAuxRow {
  let condition = r.condition;
  if (typeof condition === 'string') {
    try {
      condition = JSON.parse(condition);
    } catch {
      errors.push({
        row: `auxFactors[${index + 1}]`,
        field: 'condition',
        reason: 'condition must be a JSON object',
      });
    }
  }
  return {
    kind: str(r.kind),
    code: str(r.code) ?? '',
    name: str(r.name) ?? '',
    factor: str(r.factor) ?? '',
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
  const groups = parseRows(input.format, input.groups, 'DIP catalog');
  const auxRaw = input.auxFactors ? parseRows(input.format, input.auxFactors, 'DIP catalog') : [];
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
  const groupRows = groups.map(toGroupRow);
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
