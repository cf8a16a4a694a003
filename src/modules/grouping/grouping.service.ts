import type { RequestContext } from '../../graphql/context';
import { todayInChina } from '../../shared/dates';
import { SharedCache } from '../../shared/shared-cache';
import {
  CatalogError,
  CatalogKind,
  catalogInForce,
  catalogInForceOf,
  CatalogOwnerScope,
  compiledRules,
  compileDipVersion,
  compileTcmVersion,
  DemoCatalogs,
  DIP_GROUPS,
  DRG_GROUPS,
  requireVersion,
  TCM_DISEASES,
  toReadModel,
  type CatalogTable,
  type CatalogVersion,
  type InForceRegion,
  type DipGroup,
  type DrgGroup,
  type TcmDisease,
} from '../catalog';
import { VersionStatus } from '../versioning';
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

/**
 * Compiled DIP / TCM catalogs of published (or retired) versions: immutable, so shared by every
 * request, one compilation however many requests wait for it, kept by estimated heap size (about
 * four times the rows' JSON; the national demo DIP catalog is well under 1 MB).
 */
const compiledDip = new SharedCache<CompiledDipCatalog>(32 * 1024 * 1024);
const compiledTcm = new SharedCache<CompiledTcmCatalog>(8 * 1024 * 1024);

/**
 * This request's compilations, by version (a per-request memo, made through the loader
 * registry): a draft — never shared, since it changes between requests and only its owner sees
 * it — is compiled once per request however many fields group with it; groupCase is a query
 * field, so no write runs between them. A failed compilation fails every field that needs it.
 */
class RequestCompilations {
  readonly dip = new Map<string, Promise<CompiledDipCatalog>>();
  readonly tcm = new Map<string, Promise<CompiledTcmCatalog>>();
}

function compiledFor<T>(
  mine: Map<string, Promise<T>>,
  shared: SharedCache<T>,
  version: CatalogVersion,
  build: () => Promise<{ value: T; bytes: number }>,
): Promise<T> {
  let pending = mine.get(version.uuid);
  if (!pending) {
    pending =
      version.status === VersionStatus.DRAFT
        ? build().then((built) => built.value)
        : shared.get(version.uuid, build);
    mine.set(version.uuid, pending);
  }
  return pending;
}

const withSize = async <T>(rows: Promise<{ catalog: T; sourceBytes: number }>) => {
  const { catalog, sourceBytes } = await rows;
  return { value: catalog, bytes: 4 * sourceBytes };
};

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
  compiledFor(ctx.loaders.for(RequestCompilations).dip, compiledDip, version, () =>
    withSize(compileDipVersion(ctx.em, version)),
  );
const tcmCatalogOf = (ctx: RequestContext, version: CatalogVersion) =>
  compiledFor(ctx.loaders.for(RequestCompilations).tcm, compiledTcm, version, () =>
    withSize(compileTcmVersion(ctx.em, version)),
  );

/**
 * Previews how a case groups (`groupCase`): with the named catalog version, or with the version
 * of `method` in force for the region on `asOf` (default today). A case with a TCM principal
 * diagnosis is first tried against the TCM-advantage catalog in force; when it qualifies it is
 * paid as that disease, otherwise it falls back to its DRG/DIP group (both are reported). Every
 * catalog looked up in force follows `demo` (by default no demonstration catalog for a region
 * that has official ones).
 */
export async function groupCase(
  ctx: RequestContext,
  input: CaseGroupingInput,
  options: {
    catalogVersion?: string;
    asOf?: string;
    method?: GroupingMethod;
    regionCode?: string;
    demo?: DemoCatalogs;
  },
): Promise<CaseGroupingResult> {
  const demo = options.demo ?? DemoCatalogs.UNLESS_OFFICIAL;
  if (input.diagnoses.length > 50 || input.procedures.length > 50) {
    throw new CatalogError('INVALID_INPUT', 'At most 50 diagnoses and 50 procedures per case');
  }
  const asOf = options.asOf ?? todayInChina();
  let version: CatalogVersion | null;
  // the region whose other catalogs (DRG severity for DIP, TCM-advantage) apply alongside: a
  // named region version's own, even another province's (its catalogs are public, its registry
  // row is not)
  let regionCode: InForceRegion = options.regionCode;
  if (options.catalogVersion) {
    version = await requireVersion(ctx, options.catalogVersion, 'catalogVersion');
    if (!regionCode && version.ownerScope === CatalogOwnerScope.REGION)
      regionCode = { ownerOf: version };
  } else {
    // no method named: the most local DRG or DIP catalog in force decides (a region pays by one)
    const kinds = options.method
      ? [options.method === GroupingMethod.DIP ? CatalogKind.DIP : CatalogKind.DRG]
      : [CatalogKind.DRG, CatalogKind.DIP];
    version = await catalogInForceOf(ctx, kinds, asOf, regionCode, demo);
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
    const drgVersion = await catalogInForce(ctx, CatalogKind.DRG, asOf, regionCode, demo);
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
    const tcmVersion = await catalogInForce(ctx, CatalogKind.TCM_ADVANTAGE, asOf, regionCode, demo);
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
