import type { RequestContext } from '../../graphql/context';
import { todayInChina } from '../../shared/dates';
import {
  CatalogError,
  CatalogKind,
  CatalogStatus,
  catalogInForce,
  catalogInForceOf,
  CatalogOwnerScope,
  compiledRules,
  compileDipVersion,
  compileTcmVersion,
  DIP_GROUPS,
  DRG_GROUPS,
  requireVersion,
  TCM_DISEASES,
  toReadModel,
  type CatalogTable,
  type CatalogVersion,
  type DipGroup,
  type DrgGroup,
  type TcmDisease,
} from '../catalog';
import { groupDip, type CompiledDipCatalog } from '../../domain/grouping/dip';
import {
  explainDrg,
  groupDrg,
  type DrgCaseInput,
  type DrgGroupingResult,
} from '../../domain/grouping/drg';
import { classifyTcm, type CompiledTcmCatalog } from '../../domain/grouping/tcm';
import type { CaseGroupingInput } from './grouping.inputs';
import { GroupingMethod } from './grouping.inputs';
import { CaseGroupingResult, GroupedBy } from './grouping.types';

/** Compiled DIP / TCM catalogs of published versions (immutable, so shareable across requests). */
const compiledDip = new Map<string, CompiledDipCatalog>();
const compiledTcm = new Map<string, CompiledTcmCatalog>();
const MAX_CACHED = 16;

/** Compiles a version's catalog once per process when it is published (drafts change: never cached). */
async function compiledFor<T>(
  cache: Map<string, T>,
  version: CatalogVersion,
  build: () => Promise<T>,
): Promise<T> {
  const cacheable = version.status !== CatalogStatus.DRAFT;
  const hit = cacheable ? cache.get(version.uuid) : undefined;
  if (hit) return hit;
  const built = await build();
  if (cacheable) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(version.uuid, built);
  }
  return built;
}

async function groupRow<T extends object>(
  ctx: RequestContext,
  table: CatalogTable<T>,
  versionUuid: string,
  code: string | null,
): Promise<T | null> {
  if (!code) return null;
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select * from ${table.table} where version_id = ?::uuid and code = ?`,
    [versionUuid, code],
  );
  return rows[0] ? toReadModel(table, rows[0]) : null;
}

function drgInput(input: CaseGroupingInput): DrgCaseInput {
  return {
    id: input.id ?? undefined,
    sex: input.sex ?? null,
    age: input.age ?? null,
    ageDays: input.ageDays ?? null,
    birthWeight: input.birthWeight ?? null,
    los: input.los ?? null,
    dischargeWay: input.dischargeWay ?? null,
    diagnoses: input.diagnoses,
    procedures: input.procedures,
  };
}

async function runDrg(ctx: RequestContext, version: CatalogVersion, input: CaseGroupingInput) {
  if (!version.rulePackageId)
    throw new CatalogError('NO_RULE_PACKAGE', `DRG catalog ${version.name} has no rule package`);
  const { rules, pkg } = await compiledRules(ctx, version.rulePackageId);
  const result: DrgGroupingResult = groupDrg(rules, drgInput(input), { trace: true });
  const group: DrgGroup | null = await groupRow(ctx, DRG_GROUPS, version.uuid, result.drg);
  return { result, pkg, group };
}

const dipCatalogOf = (ctx: RequestContext, version: CatalogVersion) =>
  compiledFor(compiledDip, version, () => compileDipVersion(ctx.em, version));
const tcmCatalogOf = (ctx: RequestContext, version: CatalogVersion) =>
  compiledFor(compiledTcm, version, () => compileTcmVersion(ctx.em, version));

/**
 * Previews how a case groups (`groupCase`): with the named catalog version, or with the version
 * of `method` in force for the region on `asOf` (default today). A case with a TCM principal
 * diagnosis is first tried against the TCM-advantage catalog in force; when it qualifies it is
 * paid as that disease, otherwise it falls back to its DRG/DIP group (both are reported).
 */
export async function groupCase(
  ctx: RequestContext,
  input: CaseGroupingInput,
  options: { catalogVersion?: string; asOf?: string; method?: GroupingMethod; regionCode?: string },
): Promise<CaseGroupingResult> {
  if (input.diagnoses.length > 50 || input.procedures.length > 50) {
    throw new CatalogError('INVALID_INPUT', 'At most 50 diagnoses and 50 procedures per case');
  }
  const asOf = options.asOf ?? todayInChina();
  let version: CatalogVersion | null;
  // the region whose other catalogs (DRG severity for DIP, TCM-advantage) apply alongside
  let regionCode = options.regionCode;
  if (options.catalogVersion) {
    version = await requireVersion(ctx, options.catalogVersion, 'catalogVersion');
    if (!regionCode && version.ownerScope === CatalogOwnerScope.REGION)
      regionCode = version.ownerCode;
  } else {
    // no method named: the most local DRG or DIP catalog in force decides (a region pays by one)
    const kinds = options.method
      ? [options.method === GroupingMethod.DIP ? CatalogKind.DIP : CatalogKind.DRG]
      : [CatalogKind.DRG, CatalogKind.DIP];
    version = await catalogInForceOf(ctx, kinds, asOf, regionCode);
    if (!version) {
      throw new CatalogError(
        'NO_CATALOG_IN_FORCE',
        `No ${kinds.join(' or ')} catalog is in force on ${asOf} for this region`,
      );
    }
  }
  if (version.kind !== CatalogKind.DRG && version.kind !== CatalogKind.DIP) {
    throw new CatalogError(
      'KIND_MISMATCH',
      `A ${version.kind} catalog does not group cases; name a DRG or DIP version`,
      { field: 'catalogVersion' },
    );
  }

  const result: CaseGroupingResult = {
    caseId: input.id ?? null,
    groupedBy: version.kind === CatalogKind.DRG ? GroupedBy.DRG : GroupedBy.DIP,
    status: '',
    catalogVersion: version,
    drg: null,
    dip: null,
    tcm: null,
    explanation: [],
    trace: '',
  };
  const trace: Record<string, unknown> = {
    catalogVersion: { id: version.id, name: version.name, versionLabel: version.versionLabel },
  };

  if (version.kind === CatalogKind.DRG) {
    const { result: drg, pkg, group } = await runDrg(ctx, version, input);
    result.drg = {
      status: drg.status,
      mdc: drg.mdc,
      adrg: drg.adrg,
      drg: drg.drg,
      drgName: drg.drgName,
      group,
      rulePackage: pkg,
    };
    result.status = drg.status;
    result.explanation.push(...explainDrg(drg, group));
    trace.drg = {
      ...drg.trace,
      rulePackage: { id: pkg.id, name: pkg.name, version: pkg.version, sha256: pkg.sha256 },
    };
  } else {
    const catalog = await dipCatalogOf(ctx, version);
    // Severity (CC/MCC) for the auxiliary catalog comes from the DRG rules in force, when any.
    const drgVersion = await catalogInForce(ctx, CatalogKind.DRG, asOf, regionCode);
    const complications = drgVersion?.rulePackageId
      ? (await runDrg(ctx, drgVersion, input)).result.trace?.complications
      : undefined;
    const dip = groupDip(catalog, {
      diagnoses: input.diagnoses,
      procedures: input.procedures,
      totalCost: input.totalCost?.toFixed() ?? null,
      age: input.age ?? null,
      died: input.dischargeWay === 5,
      hasMcc: complications?.hasMcc ?? null,
      hasCc: complications?.hasCc ?? null,
      tumorStage: input.tumorStage ?? null,
    });
    const group: DipGroup | null = await groupRow(ctx, DIP_GROUPS, version.uuid, dip.groupCode);
    result.dip = {
      status: dip.status,
      groupCode: dip.groupCode,
      groupKind: dip.groupKind,
      baseScore: dip.status === 'GROUPED' ? dip.score : null,
      auxFactor: dip.status === 'GROUPED' ? dip.auxFactor : null,
      adjustedScore: dip.status === 'GROUPED' ? dip.adjustedScore : null,
      group,
    };
    result.status = dip.status;
    result.explanation.push(...dip.trace.map((step) => `DIP ${step.stage}: ${step.message}`));
    trace.dip = dip;
    if (complications)
      trace.severityFrom = {
        catalogVersion: drgVersion?.id,
        hasMcc: complications.hasMcc,
        hasCc: complications.hasCc,
      };
  }

  if (input.tcmPrincipalDiagnosis) {
    const tcmVersion = await catalogInForce(ctx, CatalogKind.TCM_ADVANTAGE, asOf, regionCode);
    if (tcmVersion) {
      const classification = classifyTcm(await tcmCatalogOf(ctx, tcmVersion), {
        tcmPrincipalDiagnosis: input.tcmPrincipalDiagnosis,
        diagnoses: input.diagnoses,
        tcmTreatmentShare: input.tcmTreatmentShare?.toFixed() ?? null,
        los: input.los ?? null,
      });
      const disease: TcmDisease | null = classification.classified
        ? await groupRow(ctx, TCM_DISEASES, tcmVersion.uuid, classification.disease.tcdCode)
        : null;
      result.tcm = {
        classified: classification.classified,
        disease,
        reasons: classification.classified
          ? [...classification.trace]
          : classification.reasons.map((r) => `${r.code}: ${r.message}`),
        catalogVersion: tcmVersion,
      };
      trace.tcm = classification;
      if (classification.classified) {
        result.groupedBy = GroupedBy.TCM_ADVANTAGE;
        result.status = 'CLASSIFIED';
        result.explanation.unshift(
          `TCM-advantage disease ${disease?.name ?? classification.disease.name}: paid at ${classification.standard} CNY; the ${version.kind} result below is for reference`,
        );
      } else {
        result.explanation.unshift(
          `Not a TCM-advantage case (${classification.reasons.map((r) => r.code).join(', ')}): paid by ${version.kind}`,
        );
      }
    }
  }
  result.trace = JSON.stringify(trace);
  return result;
}
