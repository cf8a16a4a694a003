import { groupDip, type CompiledDipCatalog } from '../../domain/grouping/dip';
import { complicationsOf, groupDrg } from '../../domain/grouping/drg';
import { classifyTcm, type CompiledTcmCatalog } from '../../domain/grouping/tcm';
import type { SettlementList } from '../../domain/qc';
import type { RequestContext } from '../../graphql/context';
import { SharedCache } from '../../shared/shared-cache';
import {
  CatalogKind,
  catalogInForce,
  catalogInForceOf,
  catalogsInForceOn,
  compiledRules,
  compileDipVersion,
  compileTcmVersion,
  type CatalogVersion,
} from '../catalog';

/** The grouping stored with a revision (case_revision's grouping columns). */
export interface StoredGrouping {
  groupedBy: string | null;
  groupStatus: string | null;
  drgStatus: string | null;
  drgCode: string | null;
  drgCatalogVersionId: string | null;
  rulePackageSha256: string | null;
  dipStatus: string | null;
  dipGroupCode: string | null;
  dipCatalogVersionId: string | null;
  /**
   * DIP auxiliary-catalog factor (辅助目录) the grouper took for a grouped case (the largest
   * matching; "1" when none): stored with the revision (case_revision.dip_aux_factor) so bulk
   * pricing multiplies the score by the same factor as pricing at ingest.
   */
  dipAuxFactor?: string | null;
  tcmClassified: boolean | null;
  tcmDiseaseCode: string | null;
  tcmCatalogVersionId: string | null;
}

/**
 * Catalogs in force are published (or retired) versions: immutable, so their compilations are
 * shared by every request and every import (only published versions are ever in force).
 */
const compiledDip = new SharedCache<CompiledDipCatalog>(32 * 1024 * 1024);
const compiledTcm = new SharedCache<CompiledTcmCatalog>(8 * 1024 * 1024);

/** The day of an instant in China (UTC+8, no daylight saving): catalogs are in force by day. */
export function chinaDay(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Groups a batch of accepted lists with the catalogs in force on each discharge day in each
 * treatment region: the catalog lookups are memoised per (region, day, kind) and the engines
 * are pure, so a batch costs one lookup per distinct discharge day, never one per case.
 * The method that pays (DRG or DIP) is the most local DRG or DIP catalog in force; a case with a
 * TCM principal diagnosis that qualifies is paid as a TCM-advantage disease. Both DRG and DIP
 * results are stored when both catalogs are in force (DIP takes its CC/MCC severity from DRG).
 */
export class BatchGrouper {
  private readonly versions = new Map<string, Promise<CatalogVersion | null>>();

  constructor(private readonly ctx: RequestContext) {}

  private version(kinds: CatalogKind[], region: string, day: string) {
    const key = `${kinds.join('+')}|${region}|${day}`;
    let found = this.versions.get(key);
    if (!found) {
      found =
        kinds.length === 1
          ? catalogInForce(this.ctx, kinds[0], day, region)
          : catalogInForceOf(this.ctx, kinds, day, region);
      this.versions.set(key, found);
    }
    return found;
  }

  /**
   * Looks up, in one statement per kind set and region, the catalogs in force on every day the
   * batch needs (the same answers `group` would look up one day at a time). `tcm` lists the
   * (region, day) pairs of lists with a TCM principal diagnosis.
   */
  async prefetch(
    pairs: readonly { region: string; day: string }[],
    tcm: readonly { region: string; day: string }[],
  ): Promise<void> {
    const daysOf = (ps: readonly { region: string; day: string }[]) => {
      const byRegion = new Map<string, Set<string>>();
      for (const p of ps) {
        let days = byRegion.get(p.region);
        if (!days) byRegion.set(p.region, (days = new Set()));
        days.add(p.day);
      }
      return byRegion;
    };
    const work: Promise<void>[] = [];
    const fetch = (kinds: CatalogKind[], region: string, days: Set<string>) => {
      const wanted = [...days].filter(
        (d) => !this.versions.has(`${kinds.join('+')}|${region}|${d}`),
      );
      if (wanted.length === 0) return;
      const all = catalogsInForceOn(this.ctx, kinds, wanted, region);
      for (const day of wanted)
        this.versions.set(
          `${kinds.join('+')}|${region}|${day}`,
          all.then((m) => m.get(day) ?? null),
        );
      work.push(all.then(() => undefined));
    };
    for (const [region, days] of daysOf(pairs)) {
      fetch([CatalogKind.DRG, CatalogKind.DIP], region, days);
      fetch([CatalogKind.DRG], region, days);
      fetch([CatalogKind.DIP], region, days);
    }
    for (const [region, days] of daysOf(tcm)) fetch([CatalogKind.TCM_ADVANTAGE], region, days);
    // one at a time on the transaction's connection; a failure surfaces here
    for (const w of work) await w;
  }

  async group(list: SettlementList, treatmentRegion: string): Promise<StoredGrouping> {
    const day = chinaDay(list.dischargedAt);
    const [paying, drgVersion, dipVersion] = await Promise.all([
      this.version([CatalogKind.DRG, CatalogKind.DIP], treatmentRegion, day),
      this.version([CatalogKind.DRG], treatmentRegion, day),
      this.version([CatalogKind.DIP], treatmentRegion, day),
    ]);
    const diagnoses = list.diagnoses.map((d) => d.code);
    const procedures = list.procedures.map((p) => p.code);
    const result: StoredGrouping = {
      groupedBy: paying?.kind ?? null,
      groupStatus: null,
      drgStatus: null,
      drgCode: null,
      drgCatalogVersionId: null,
      rulePackageSha256: null,
      dipStatus: null,
      dipGroupCode: null,
      dipCatalogVersionId: null,
      tcmClassified: null,
      tcmDiseaseCode: null,
      tcmCatalogVersionId: null,
    };
    let complications: { hasMcc: boolean; hasCc: boolean } | undefined;
    if (drgVersion?.rulePackageId) {
      const { rules, pkg } = await compiledRules(this.ctx, drgVersion.rulePackageId);
      const drg = groupDrg(
        rules,
        {
          sex: list.sex,
          age: list.age ?? 0,
          ageDays: list.ageDays,
          birthWeight: list.birthWeights[0] ?? list.admissionWeight,
          los: list.los,
          dischargeWay: list.dischargeWay,
          diagnoses,
          procedures,
        },
        { trace: false },
      );
      result.drgStatus = drg.status;
      result.drgCode = drg.drg;
      result.drgCatalogVersionId = drgVersion.uuid;
      result.rulePackageSha256 = pkg.sha256;
      // DIP's severity: the trace's complication analysis, without tracing the whole grouping
      if (dipVersion) complications = complicationsOf(rules.complications, diagnoses);
    }
    if (dipVersion) {
      const catalog = await compiledDip.get(dipVersion.uuid, async () => {
        const { catalog, sourceBytes } = await compileDipVersion(this.ctx.em, dipVersion);
        return { value: catalog, bytes: 4 * sourceBytes };
      });
      const dip = groupDip(
        catalog,
        {
          diagnoses,
          procedures,
          totalCost: list.totalCost,
          age: list.age ?? 0,
          died: list.dischargeWay === 5,
          hasMcc: complications?.hasMcc ?? null,
          hasCc: complications?.hasCc ?? null,
        },
        { trace: false },
      );
      result.dipStatus = dip.status;
      result.dipGroupCode = dip.groupCode;
      result.dipCatalogVersionId = dipVersion.uuid;
      // the auxiliary factor (severity by CC/MCC, death, age …) multiplies the score in pricing
      result.dipAuxFactor = dip.status === 'GROUPED' ? dip.auxFactor : null;
    }
    result.groupStatus = paying?.kind === CatalogKind.DIP ? result.dipStatus : result.drgStatus;
    if (list.tcmPrincipalDiagnosis) {
      const tcmVersion = await this.version([CatalogKind.TCM_ADVANTAGE], treatmentRegion, day);
      if (tcmVersion) {
        const catalog = await compiledTcm.get(tcmVersion.uuid, async () => {
          const { catalog, sourceBytes } = await compileTcmVersion(this.ctx.em, tcmVersion);
          return { value: catalog, bytes: 4 * sourceBytes };
        });
        const tcm = classifyTcm(catalog, {
          tcmPrincipalDiagnosis: list.tcmPrincipalDiagnosis,
          diagnoses,
          tcmTreatmentShare: list.tcmTreatmentShare,
          los: list.los,
        });
        result.tcmClassified = tcm.classified;
        result.tcmCatalogVersionId = tcmVersion.uuid;
        if (tcm.classified) {
          result.tcmDiseaseCode = tcm.disease.tcdCode;
          result.groupedBy = 'TCM_ADVANTAGE';
          result.groupStatus = 'CLASSIFIED';
        }
      }
    }
    return result;
  }
}
