import type { EntityManager } from '../../db';
import {
  compileDipCatalog,
  DipError,
  type CompiledDipCatalog,
  type DipAuxRow,
  type DipCatalogRow,
  type DipGroupRow,
} from '../../domain/grouping/dip';
import { compileTcmCatalog, TcmError, type CompiledTcmCatalog } from '../../domain/grouping/tcm';
import { CatalogError } from './catalog.errors';
import type { CatalogVersion } from './catalog-version.entity';

/**
 * A version's stored rows, compiled by the grouping engine that uses them. Publishing compiles
 * them once to refuse a catalog the engine could not use; `groupCase` compiles (and caches) them
 * to group. One mapping from columns to engine rows serves both. `sourceBytes` is the size of the
 * rows as JSON, from which a cache estimates what the compiled catalog holds.
 */
export interface CompiledVersion<T> {
  catalog: T;
  sourceBytes: number;
}

async function rows(
  em: EntityManager,
  table: string,
  version: CatalogVersion,
): Promise<Record<string, unknown>[]> {
  return em.execute<Record<string, unknown>[]>(
    `select * from ${table} where version_id = ?::uuid order by code`,
    [version.uuid],
  );
}

function unusable(version: CatalogVersion, error: DipError | TcmError): CatalogError {
  const reason = error.message.split('\n').slice(0, 6).join(' ');
  return new CatalogError(
    'INVALID_ROWS',
    `Catalog ${version.name} ${version.versionLabel} cannot be used: ${reason}`,
  );
}

export async function compileDipVersion(
  em: EntityManager,
  version: CatalogVersion,
): Promise<CompiledVersion<CompiledDipCatalog>> {
  const [groups, aux] = await Promise.all([
    rows(em, 'dip_group', version),
    rows(em, 'dip_aux_factor', version),
  ]);
  const source: DipCatalogRow[] = [
    ...groups.map((g): DipGroupRow => ({
      kind: g.kind as DipGroupRow['kind'],
      code: g.code as string,
      diagnosisKey: g.diagnosis_key as string,
      procedureExpression: (g.procedure_expression as string | null) ?? null,
      procedureClass: (g.procedure_class as DipGroupRow['procedureClass']) ?? null,
      name: g.name as string,
      score: g.score as string,
      averageCost: g.average_cost as string,
    })),
    ...aux.map(
      (a) =>
        ({
          kind: a.kind,
          code: a.code,
          name: a.name,
          factor: a.factor,
          condition: a.condition,
        }) as DipAuxRow,
    ),
  ];
  try {
    const catalog = compileDipCatalog({
      version: version.versionLabel,
      scaleK: version.scaleK ?? '100',
      rows: source,
    });
    return { catalog, sourceBytes: JSON.stringify(source).length };
  } catch (error) {
    if (error instanceof DipError) throw unusable(version, error);
    throw error;
  }
}

export async function compileTcmVersion(
  em: EntityManager,
  version: CatalogVersion,
): Promise<CompiledVersion<CompiledTcmCatalog>> {
  const diseases = await rows(em, 'tcm_disease', version);
  try {
    const catalog = compileTcmCatalog(
      diseases.map((r) => ({
        tcdCode: r.code as string,
        name: r.name as string,
        icd10Codes: r.icd10_codes as string[],
        standard: r.standard as string,
        minTcmTreatmentShare: r.min_tcm_treatment_share as string,
        minLos: (r.min_los as number | null) ?? null,
        maxLos: (r.max_los as number | null) ?? null,
      })),
    );
    return { catalog, sourceBytes: JSON.stringify(diseases).length };
  } catch (error) {
    if (error instanceof TcmError) throw unusable(version, error);
    throw error;
  }
}
