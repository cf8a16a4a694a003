import { sqlClientOf, insertFromUnnest, type BulkColumn } from '../../db';
import { Dec } from '../../domain/decimal';
import {
  PricingError,
  excludedItems,
  priceCase,
  type CaseFacts,
  type GroupFacts,
  type HospitalGrade,
  type HospitalLevel,
  type PaymentStandard as PricingStandard,
  type PreviousStay,
  type PricingResult,
} from '../../domain/pricing';
import type { RequestContext } from '../../graphql/context';
import { chinaDay, type StoredRevision } from '../case';
import { findPaymentStandard, pricingStandardOf, StandardError } from '../standard';

/** Why a revision got no payment row (case_unpriced.reason). */
export type UnpricedReason =
  | 'NO_CATALOG'
  | 'NO_STANDARD'
  | 'CATALOG_MISMATCH'
  | 'STANDARD_INCOMPLETE'
  | 'ITEM_COSTS_UNKNOWN'
  | PricingError['code'];

/** A standard in force for a family of methods (DRG: rate or points; DIP: scores). */
interface InForce {
  id: string;
  method: string;
  catalogVersionId: string | null;
}

type Family = 'DRG' | 'DIP';

interface Priced {
  revision: StoredRevision;
  standardId: string;
  catalogVersionId: string | null;
  groupCode: string | null;
  result: PricingResult;
}

interface Unpriced {
  revision: StoredRevision;
  standardId: string | null;
  reason: UnpricedReason;
  message: string;
}

const PAYMENT_COLUMNS: readonly BulkColumn[] = [
  { name: 'province_code', type: 'text' },
  { name: 'revision_id', type: 'uuid' },
  { name: 'case_id', type: 'uuid' },
  { name: 'hospital_code', type: 'text' },
  { name: 'treatment_region_code', type: 'text' },
  { name: 'insured_region_code', type: 'text' },
  { name: 'discharge_date', type: 'date' },
  { name: 'case_class', type: 'text' },
  { name: 'rule', type: 'text' },
  { name: 'method', type: 'text' },
  { name: 'group_code', type: 'text' },
  { name: 'base_value', type: 'numeric' },
  { name: 'comparator', type: 'text' },
  { name: 'comparator_amount', type: 'numeric' },
  { name: 'ratio', type: 'numeric' },
  { name: 'high_threshold', type: 'numeric' },
  { name: 'low_threshold', type: 'numeric' },
  { name: 'coefficients', type: 'jsonb' },
  { name: 'points', type: 'numeric' },
  { name: 'point_value', type: 'numeric' },
  { name: 'standard_amount', type: 'numeric' },
  { name: 'amount', type: 'numeric' },
  { name: 'provisional_amount', type: 'numeric' },
  { name: 'patient_share', type: 'numeric' },
  { name: 'fund_due', type: 'numeric' },
  { name: 'flags', type: 'text[]' },
  { name: 'payment_standard_id', type: 'uuid' },
  { name: 'catalog_version_id', type: 'uuid' },
  { name: 'rule_package_sha256', type: 'text' },
];

const UNPRICED_COLUMNS: readonly BulkColumn[] = [
  { name: 'province_code', type: 'text' },
  { name: 'revision_id', type: 'uuid' },
  { name: 'case_id', type: 'uuid' },
  { name: 'hospital_code', type: 'text' },
  { name: 'treatment_region_code', type: 'text' },
  { name: 'insured_region_code', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'message', type: 'text' },
  { name: 'payment_standard_id', type: 'uuid' },
];

/** Exact decimal text (never exponent notation), or null. */
const exact = (value: Dec | null) => (value === null ? null : value.toFixed());

/** The family of standards that pays a revision, from how it grouped. */
function familyOf(r: StoredRevision): Family | null {
  const g = r.grouping;
  if (g.groupedBy === 'DRG') return 'DRG';
  if (g.groupedBy === 'DIP') return 'DIP';
  // TCM-advantage diseases are priced by the standard of the region's own method
  if (g.groupedBy === 'TCM_ADVANTAGE')
    return g.drgCatalogVersionId ? 'DRG' : g.dipCatalogVersionId ? 'DIP' : null;
  return null;
}

/** The grouping's catalog version for the family (what the standard must price). */
function catalogOf(r: StoredRevision, family: Family): string | null {
  return family === 'DRG' ? r.grouping.drgCatalogVersionId : r.grouping.dipCatalogVersionId;
}

/**
 * Prices the revisions an ingest batch has just stored (the case module's "revisions stored"
 * hook): each with the payment standard in force on its discharge day in its treatment region
 * (the most recent effective date among the region's own published standards of the family:
 * DRG rate or points, DIP scores), over the standard's catalog version — which must be the one
 * the case grouped with. A priced revision gets a `case_payment` row; one that cannot be priced
 * (no catalog or standard in force, a catalog mismatch, a row the standard lacks) gets a
 * `case_unpriced` row saying why — never an error, the case is stored either way.
 *
 * Set-based reads (one statement each for the standards in force, the group rows, the
 * hospitals, the earlier stays of readmissions), the pure `priceCase` per revision in discharge
 * order (a readmission's earlier stay may be in the same batch), then one insert per table.
 * A payment is made once per revision: a later stay priced as a readmission keeps the earlier
 * stay's value it was priced with when the earlier stay is revised afterwards (README).
 */
export async function priceStoredRevisions(
  ctx: RequestContext,
  revisions: readonly StoredRevision[],
): Promise<void> {
  if (revisions.length === 0) return;
  const province = revisions[0].provinceCode;

  // 1. the standards in force, one statement for every (region, day, family) of the batch
  const wanted = new Map<string, { region: string; day: string; family: Family }>();
  for (const r of revisions) {
    const family = familyOf(r);
    if (family)
      wanted.set(`${r.treatmentRegionCode}|${r.dischargeDate}|${family}`, {
        region: r.treatmentRegionCode,
        day: r.dischargeDate,
        family,
      });
  }
  const keys = [...wanted.values()];
  const inForceRows =
    keys.length === 0
      ? []
      : await ctx.sql<{
          region: string;
          day: string;
          family: Family;
          id: string;
          method: string;
          catalog_version_id: string | null;
        }>(
          `select k.region, k.day, k.family, s.id, s.method, s.catalog_version_id
           from unnest($1::text[], $2::text[], $3::text[]) as k(region, day, family)
           cross join lateral (
             select id, method, catalog_version_id from payment_standard
             where owner_scope = 'REGION' and owner_code = k.region and province_code = $4
               and method = any(case k.family when 'DRG' then array['DRG_RATE', 'DRG_POINTS']
                                                 else array['DIP_SCORE'] end)
               and status in ('PUBLISHED', 'RETIRED')
               and effective_from <= k.day::date
               and (effective_to is null or effective_to > k.day::date)
               and (retired_on is null or k.day::date < retired_on)
             order by effective_from desc, published_at desc
             limit 1
           ) s`,
          [keys.map((k) => k.region), keys.map((k) => k.day), keys.map((k) => k.family), province],
        );
  const inForce = new Map<string, InForce>(
    inForceRows.map((row) => [
      `${row.region}|${row.day}|${row.family}`,
      { id: row.id, method: row.method, catalogVersionId: row.catalog_version_id },
    ]),
  );

  // 2. the standards themselves, in the pure functions' shape
  const standards = new Map<string, PricingStandard | StandardError>();
  for (const { id } of new Set(inForce.values())) {
    if (standards.has(id)) continue;
    const entity = await findPaymentStandard(ctx, id);
    if (!entity) continue;
    try {
      standards.set(id, await pricingStandardOf(ctx.sql, entity));
    } catch (error) {
      if (!(error instanceof StandardError)) throw error;
      standards.set(id, error);
    }
  }

  // 3. what the catalogs say of the groups, and the hospitals' levels
  const drgKeys: [string, string][] = [];
  const dipKeys: [string, string][] = [];
  for (const r of revisions) {
    const family = familyOf(r);
    const standard = family && inForce.get(`${r.treatmentRegionCode}|${r.dischargeDate}|${family}`);
    if (!standard?.catalogVersionId) continue;
    if (family === 'DRG' && r.grouping.drgCode)
      drgKeys.push([standard.catalogVersionId, r.grouping.drgCode]);
    if (family === 'DIP' && r.grouping.dipGroupCode)
      dipKeys.push([standard.catalogVersionId, r.grouping.dipGroupCode]);
  }
  const [drgRows, dipRows, hospitalRows] = await Promise.all([
    drgKeys.length === 0
      ? []
      : ctx.sql<{ version_id: string; code: string; weight: string; average_cost: string | null }>(
          `select version_id, code, weight, average_cost from drg_group
           where (version_id, code) in (select * from unnest($1::uuid[], $2::text[]))`,
          [drgKeys.map((k) => k[0]), drgKeys.map((k) => k[1])],
        ),
    dipKeys.length === 0
      ? []
      : ctx.sql<{ version_id: string; code: string; score: string; average_cost: string }>(
          `select version_id, code, score, average_cost from dip_group
           where (version_id, code) in (select * from unnest($1::uuid[], $2::text[]))`,
          [dipKeys.map((k) => k[0]), dipKeys.map((k) => k[1])],
        ),
    ctx.sql<{ code: string; level: HospitalLevel; grade: HospitalGrade | null }>(
      'select code, level, grade from hospital where code = any($1::text[])',
      [[...new Set(revisions.map((r) => r.hospitalCode))]],
    ),
  ]);
  const drgGroups = new Map(drgRows.map((g) => [`${g.version_id}|${g.code}`, g]));
  const dipGroups = new Map(dipRows.map((g) => [`${g.version_id}|${g.code}`, g]));
  const hospitals = new Map(hospitalRows.map((h) => [h.code, h]));

  // 4. the earlier stays readmission pricing needs (one statement for the batch)
  const earlier = await earlierStays(ctx, revisions, (r) => {
    const family = familyOf(r);
    const chosen = family && inForce.get(`${r.treatmentRegionCode}|${r.dischargeDate}|${family}`);
    const standard = chosen && standards.get(chosen.id);
    if (!family || !chosen || !standard || standard instanceof StandardError) return null;
    if (standard.parameters.readmissionWindowDays === null) return null;
    const code = family === 'DRG' ? r.grouping.drgCode : r.grouping.dipGroupCode;
    return code === null ? null : { groupCode: code, method: standard.parameters.method };
  });

  // 5. price each revision with the pure function, earliest discharge first, so a readmission
  // whose earlier stay is in the same batch finds that stay's payment (just computed)
  const priced: Priced[] = [];
  const unpriced: Unpriced[] = [];
  const batchStays = new Map<string, BatchStay[]>();
  const ordered = [...revisions].sort(
    (a, b) =>
      Date.parse(a.list.dischargedAt) - Date.parse(b.list.dischargedAt) ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
  );
  for (const r of ordered) {
    const family = familyOf(r);
    if (!family) {
      unpriced.push({
        revision: r,
        standardId: null,
        reason: 'NO_CATALOG',
        message: `No DRG, DIP or TCM-advantage catalog in force in ${r.treatmentRegionCode} on ${r.dischargeDate}`,
      });
      continue;
    }
    const chosen = inForce.get(`${r.treatmentRegionCode}|${r.dischargeDate}|${family}`);
    const standard = chosen && standards.get(chosen.id);
    if (!chosen || !standard) {
      unpriced.push({
        revision: r,
        standardId: null,
        reason: 'NO_STANDARD',
        message: `No ${family} payment standard in force in ${r.treatmentRegionCode} on ${r.dischargeDate}`,
      });
      continue;
    }
    if (standard instanceof StandardError) {
      unpriced.push({
        revision: r,
        standardId: chosen.id,
        reason: 'STANDARD_INCOMPLETE',
        message: standard.message,
      });
      continue;
    }
    const caseCatalog = catalogOf(r, family);
    if (caseCatalog !== chosen.catalogVersionId) {
      unpriced.push({
        revision: r,
        standardId: chosen.id,
        reason: 'CATALOG_MISMATCH',
        message: `The standard in force prices catalog version ${chosen.catalogVersionId ?? 'none'}, the case grouped with ${caseCatalog ?? 'none'}`,
      });
      continue;
    }
    const hospital = hospitals.get(r.hospitalCode)!;
    const group = groupFacts(r, family, chosen.catalogVersionId, drgGroups, dipGroups);
    // a standard that pays approved items beside the standard (STANDARD_PLUS_ITEMS) needs each
    // such item's cost: without it the case cannot be priced (seed 004)
    if (
      standard.parameters.exclusionPayment === 'STANDARD_PLUS_ITEMS' &&
      excludedItems(
        r.list.specialItems.map((i) => ({ itemKind: i.kind, code: i.code, amount: i.amount })),
        standard,
        r.dischargeDate,
      ).some((i) => i.amount === undefined)
    ) {
      unpriced.push({
        revision: r,
        standardId: chosen.id,
        reason: 'ITEM_COSTS_UNKNOWN',
        message:
          'The standard pays new-technology items beside the standard, and the settlement list does not give the cost of every such item (specialItems[].amount)',
      });
      continue;
    }
    const key = readmissionKey(r, group.code, standard.parameters.method);
    const facts = caseFacts(
      r,
      hospital,
      laterStay(earlier.get(r.revisionId) ?? null, batchStays.get(key) ?? [], r),
    );
    try {
      const result = priceCase(facts, group, standard);
      // this stay may be the earlier stay of a later one in the batch: its points or standard
      const value = result.points ?? result.standardAmount;
      if (value !== null && group.code !== null)
        batchStays.set(key, [
          ...(batchStays.get(key) ?? []),
          {
            caseId: r.caseId,
            hospitalCode: r.hospitalCode,
            stayId: r.list.stayId,
            dischargedAt: r.list.dischargedAt,
            stay: { groupCode: group.code, dischargeDate: r.dischargeDate, value },
            planned: r.list.plannedReadmission,
          },
        ]);
      priced.push({
        revision: r,
        standardId: chosen.id,
        catalogVersionId: chosen.catalogVersionId,
        groupCode: group.code,
        result,
      });
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      unpriced.push({
        revision: r,
        standardId: chosen.id,
        reason: error.code,
        message: error.message.slice(0, 500),
      });
    }
  }

  // 6. one insert per table, under the policies (the writer is a party to every row)
  const client = await sqlClientOf(ctx.em);
  if (priced.length > 0)
    await insertFromUnnest(
      client,
      'case_payment',
      PAYMENT_COLUMNS,
      priced.map(({ revision: r, result: p, standardId, catalogVersionId, groupCode }) => [
        r.provinceCode,
        r.revisionId,
        r.caseId,
        r.hospitalCode,
        r.treatmentRegionCode,
        r.insuredRegionCode,
        r.dischargeDate,
        p.caseClass,
        p.rule,
        p.method,
        groupCode,
        exact(p.baseValue),
        p.comparator,
        exact(p.comparatorAmount),
        exact(p.ratio),
        exact(p.highThreshold),
        exact(p.lowThreshold),
        JSON.stringify(
          p.coefficients.map((c) => ({ kind: c.kind, value: c.value.toFixed(), source: c.source })),
        ),
        exact(p.points),
        exact(p.pointValue),
        exact(p.standardAmount),
        exact(p.amount),
        p.provisionalAmount.toFixed(2),
        p.patientShare.toFixed(2),
        p.fundDue.toFixed(2),
        p.flags,
        standardId,
        catalogVersionId,
        r.grouping.groupedBy === 'DRG' ? r.grouping.rulePackageSha256 : null,
      ]),
    );
  if (unpriced.length > 0)
    await insertFromUnnest(
      client,
      'case_unpriced',
      UNPRICED_COLUMNS,
      unpriced.map(({ revision: r, reason, message, standardId }) => [
        r.provinceCode,
        r.revisionId,
        r.caseId,
        r.hospitalCode,
        r.treatmentRegionCode,
        r.insuredRegionCode,
        reason,
        message,
        standardId,
      ]),
    );
}

/** A stay of the batch already priced, as a later stay of the same person may need it. */
interface BatchStay {
  caseId: string;
  hospitalCode: string;
  stayId: string;
  dischargedAt: string;
  stay: PreviousStay;
  planned: boolean;
}

/** An earlier stay found in the database, with when it ended and whether it planned a return. */
interface StoredStay {
  caseId: string;
  dischargedAt: string;
  stay: PreviousStay;
  planned: boolean;
}

/** Stays that can be each other's readmission: same person, treatment region, group and method. */
const readmissionKey = (r: StoredRevision, groupCode: string | null, method: string) =>
  `${r.personPseudonym}|${r.treatmentRegionCode}|${groupCode ?? ''}|${method}`;

/**
 * The earlier stay each revision's readmission pricing compares with (DOMAIN-FORMULAS §3:
 * readmission with the same group within N days pays the earlier stay's points × a factor), for
 * the revisions whose standard has the rule on (`want` gives their group and method, else null):
 * ONE statement for the batch, through the security-definer `case_earlier_stays`, because the
 * earlier stay may be at another hospital of the region, which the uploading hospital cannot
 * read, and the payment must not depend on who uploads. It answers the latest stay of the same
 * person (pseudonym), treatment region, group and method, discharged no later than this
 * admission, whose current revision is priced in points or a standard amount; the window itself
 * is `priceCase`'s to apply.
 */
async function earlierStays(
  ctx: RequestContext,
  revisions: readonly StoredRevision[],
  want: (r: StoredRevision) => { groupCode: string; method: string } | null,
): Promise<Map<string, StoredStay>> {
  const asked = revisions.flatMap((r) => {
    const w = want(r);
    return w ? [{ r, ...w }] : [];
  });
  const found = new Map<string, StoredStay>();
  if (asked.length === 0) return found;
  const rows = await ctx.sql<{
    ord: string;
    case_id: string;
    discharged_at: Date;
    discharge_date: string;
    value: string;
    planned_readmission: boolean;
  }>(
    `select ord, case_id::text as case_id, discharged_at, to_char(discharge_date, 'YYYY-MM-DD') as discharge_date,
            value::text as value, planned_readmission
     from case_earlier_stays($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[],
                             $6::uuid[], $7::text[], $8::text[])`,
    [
      asked.map((a) => a.r.personPseudonym),
      asked.map((a) => a.r.treatmentRegionCode),
      asked.map((a) => a.r.list.admittedAt),
      asked.map((a) => a.groupCode),
      asked.map((a) => a.method),
      asked.map((a) => a.r.caseId),
      asked.map((a) => a.r.hospitalCode),
      asked.map((a) => a.r.list.stayId),
    ],
  );
  for (const row of rows) {
    const a = asked[Number(row.ord) - 1];
    found.set(a.r.revisionId, {
      caseId: row.case_id,
      dischargedAt: new Date(row.discharged_at).toISOString(),
      stay: {
        groupCode: a.groupCode,
        dischargeDate: row.discharge_date,
        value: new Dec(row.value),
      },
      planned: row.planned_readmission,
    });
  }
  return found;
}

/**
 * The earlier stay a revision is a readmission of, if any: the later-discharged of the stored one
 * and one of this batch (priced before it, as the batch is priced in discharge order), neither
 * the case itself nor another part-settlement of its stay, discharged no later than this
 * admission; of stays discharged at the same instant, the smallest case id (as
 * `case_earlier_stays` orders them), so a period repriced later finds the same earlier stay as the
 * ingest did. None when either stay says the readmission was planned (the 4101 list's 31-day
 * planned-readmission flag is written on the earlier stay; QC 3009 also honours it on the later
 * list): a planned return is not a split stay.
 */
function laterStay(
  stored: StoredStay | null,
  batch: readonly BatchStay[],
  r: StoredRevision,
): PreviousStay | null {
  const admitted = Date.parse(r.list.admittedAt);
  let best: { caseId: string; dischargedAt: string; stay: PreviousStay; planned: boolean } | null =
    stored;
  for (const b of batch) {
    if (b.caseId === r.caseId || (b.hospitalCode === r.hospitalCode && b.stayId === r.list.stayId))
      continue;
    if (Date.parse(b.dischargedAt) > admitted) continue;
    if (!best) {
      best = b;
      continue;
    }
    const later = Date.parse(b.dischargedAt) - Date.parse(best.dischargedAt);
    if (later > 0 || (later === 0 && b.caseId < best.caseId)) best = b;
  }
  if (!best || best.planned || r.list.plannedReadmission) return null;
  return best.stay;
}

function groupFacts(
  r: StoredRevision,
  family: Family,
  catalogVersionId: string | null,
  drgGroups: Map<string, { weight: string; average_cost: string | null }>,
  dipGroups: Map<string, { score: string; average_cost: string }>,
): GroupFacts {
  const g = r.grouping;
  const none = {
    weight: null,
    score: null,
    averageCost: null,
    auxFactor: null,
    levelAverageCost: null,
  };
  if (g.groupedBy === 'TCM_ADVANTAGE')
    return { kind: 'TCM_ADVANTAGE', code: g.tcmDiseaseCode, ...none };
  if (family === 'DRG') {
    if (g.drgStatus !== 'SUCCESS' || !g.drgCode) return { kind: 'UNGROUPED', code: null, ...none };
    const row = drgGroups.get(`${catalogVersionId}|${g.drgCode}`);
    return {
      kind: 'DRG',
      code: g.drgCode,
      ...none,
      weight: row ? new Dec(row.weight) : null,
      averageCost: row?.average_cost != null ? new Dec(row.average_cost) : null,
    };
  }
  // a blank DIP group (空白病种) has no score in the catalog: priceCase reports it missing
  if (g.dipStatus === 'BLANK') return { kind: 'DIP_BLANK', code: null, ...none };
  if (g.dipStatus !== 'GROUPED' || !g.dipGroupCode)
    return { kind: 'UNGROUPED', code: null, ...none };
  const row = dipGroups.get(`${catalogVersionId}|${g.dipGroupCode}`);
  return {
    kind: 'DIP',
    code: g.dipGroupCode,
    ...none,
    score: row ? new Dec(row.score) : null,
    averageCost: row ? new Dec(row.average_cost) : null,
    // the auxiliary catalog's factor the grouper took (辅助目录, §2/§4: the largest that matched)
    auxFactor: g.dipAuxFactor ? new Dec(g.dipAuxFactor) : null,
  };
}

function caseFacts(
  r: StoredRevision,
  hospital: { code: string; level: HospitalLevel; grade: HospitalGrade | null },
  previousStay: PreviousStay | null,
): CaseFacts {
  const l = r.list;
  return {
    totalCost: new Dec(l.totalCost),
    // the patient's own share: what the list says the patient paid (个人负担)
    patientShare: new Dec(l.patientPaid),
    los: l.los,
    dischargeWay: String(l.dischargeWay),
    admissionDate: chinaDay(l.admittedAt),
    dischargeDate: r.dischargeDate,
    insuranceType: l.insuranceType,
    insuredRegionCode: l.insuredRegionCode,
    hospital: { code: hospital.code, level: hospital.level, grade: hospital.grade },
    // TCM treatment: any TCM share of the treatment (the list's tcmTreatmentShare)
    tcmTreatment: l.tcmTreatmentShare !== null && new Dec(l.tcmTreatmentShare).gt(0),
    // bilateral surgery (双侧手术): any procedure the hospital marks as done on both sides
    bilateralSurgery: l.procedures.some((p) => p.bilateral === true),
    // an item's cost counts only under STANDARD_PLUS_ITEMS, which is refused above when missing
    items: l.specialItems.map((s) => ({
      itemKind: s.kind,
      code: s.code,
      amount: new Dec(s.amount ?? 0),
    })),
    previousStay,
  };
}
