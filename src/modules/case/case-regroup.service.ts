import { sqlClientOf } from '../../db';
import type { SettlementList } from '../../domain/qc';
import type { RequestContext } from '../../graphql/context';
import { BatchGrouper, type StoredGrouping } from './case-grouping';
import type { StoredRevision } from './case-hooks';

/** One discharge day of a treatment region: the unit a period job works on. */
export interface CaseDay {
  readonly provinceCode: string;
  readonly regionCode: string;
  /** Discharge day in China (`YYYY-MM-DD`). */
  readonly day: string;
}

interface RevisionRow {
  province_code: string;
  case_id: string;
  revision_id: string;
  revision: number;
  hospital_code: string;
  treatment_region_code: string;
  insured_region_code: string;
  person_pseudonym: string;
  discharge_date: string;
  settlement_id: string;
  stay_id: string;
  insurance_type: 'EMPLOYEE' | 'RESIDENT';
  sex: number;
  age: number | null;
  age_days: number | null;
  birth_weights: number[];
  admission_weight: number | null;
  newborn_admission_type: string | null;
  admitted_at: string;
  discharged_at: string;
  los: number;
  discharge_way: number;
  settlement_from: string | null;
  settlement_to: string | null;
  diagnoses: SettlementList['diagnoses'];
  procedures: SettlementList['procedures'];
  icu_stays: SettlementList['icuStays'];
  ventilation_minutes: number | null;
  tcm_principal_diagnosis: string | null;
  tcm_treatment_share: string | null;
  fees: SettlementList['fees'];
  total_cost: string;
  fund_payments: SettlementList['fundPayments'];
  patient_paid: string;
  special_items: SettlementList['specialItems'];
  planned_readmission: boolean;
  grouped_by: string | null;
  group_status: string | null;
  drg_status: string | null;
  drg_code: string | null;
  drg_catalog_version_id: string | null;
  rule_package_sha256: string | null;
  dip_status: string | null;
  dip_group_code: string | null;
  dip_catalog_version_id: string | null;
  tcm_classified: boolean | null;
  tcm_disease_code: string | null;
  tcm_catalog_version_id: string | null;
}

const INSTANT = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * The current revisions of a treatment region's cases discharged on one day, as the ingest
 * stored them (the list and its grouping), in case order; only `revisionIds` when given. Read
 * under the caller's row-level security: what it cannot see is not there.
 */
export async function currentRevisionsOf(
  ctx: RequestContext,
  slice: CaseDay,
  revisionIds?: readonly string[],
): Promise<StoredRevision[]> {
  if (revisionIds && revisionIds.length === 0) return [];
  const rows = await ctx.sql<RevisionRow>(
    `select r.province_code, r.case_id, r.id as revision_id, r.revision, r.hospital_code,
       r.treatment_region_code, r.insured_region_code, r.person_pseudonym,
       ${DAY('r.discharge_date')} as discharge_date, r.settlement_id, r.stay_id, r.insurance_type,
       r.sex, r.age, r.age_days, r.birth_weights, r.admission_weight, r.newborn_admission_type,
       ${INSTANT('r.admitted_at')} as admitted_at, ${INSTANT('r.discharged_at')} as discharged_at,
       r.los, r.discharge_way, ${DAY('r.settlement_from')} as settlement_from,
       ${DAY('r.settlement_to')} as settlement_to, r.diagnoses, r.procedures, r.icu_stays,
       r.ventilation_minutes, r.tcm_principal_diagnosis, r.tcm_treatment_share::text as tcm_treatment_share,
       r.fees, r.total_cost::text as total_cost, r.fund_payments, r.patient_paid::text as patient_paid,
       r.special_items, r.planned_readmission, r.grouped_by, r.group_status, r.drg_status,
       r.drg_code, r.drg_catalog_version_id, r.rule_package_sha256, r.dip_status, r.dip_group_code,
       r.dip_catalog_version_id, r.tcm_classified, r.tcm_disease_code, r.tcm_catalog_version_id
     from settlement_case c
     join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
     where c.province_code = $1 and c.treatment_region_code = $2 and c.discharge_date = $3::date
       and ($4::uuid[] is null or r.id = any($4::uuid[]))
     order by c.id`,
    [slice.provinceCode, slice.regionCode, slice.day, revisionIds ? [...revisionIds] : null],
  );
  return rows.map(storedRevisionOf);
}

function storedRevisionOf(r: RevisionRow): StoredRevision {
  const list: SettlementList = {
    settlementId: r.settlement_id,
    stayId: r.stay_id,
    hospitalCode: r.hospital_code,
    // the identifier is not needed to group or price, and most callers may not read it
    insuredPersonId: '',
    insuranceType: r.insurance_type,
    insuredRegionCode: r.insured_region_code,
    sex: r.sex,
    age: r.age,
    ageDays: r.age_days,
    birthWeights: r.birth_weights,
    admissionWeight: r.admission_weight,
    newbornAdmissionType: r.newborn_admission_type,
    admittedAt: r.admitted_at,
    dischargedAt: r.discharged_at,
    los: r.los,
    dischargeWay: r.discharge_way,
    settlementFrom: r.settlement_from,
    settlementTo: r.settlement_to,
    diagnoses: r.diagnoses,
    procedures: r.procedures,
    icuStays: r.icu_stays,
    ventilationMinutes: r.ventilation_minutes,
    tcmPrincipalDiagnosis: r.tcm_principal_diagnosis,
    tcmTreatmentShare: r.tcm_treatment_share,
    fees: r.fees,
    totalCost: r.total_cost,
    fundPayments: r.fund_payments,
    patientPaid: r.patient_paid,
    specialItems: r.special_items,
    plannedReadmission: r.planned_readmission,
  };
  return {
    provinceCode: r.province_code,
    caseId: r.case_id,
    revisionId: r.revision_id,
    revision: r.revision,
    hospitalCode: r.hospital_code,
    treatmentRegionCode: r.treatment_region_code,
    insuredRegionCode: r.insured_region_code,
    personPseudonym: r.person_pseudonym,
    dischargeDate: r.discharge_date,
    list,
    grouping: {
      groupedBy: r.grouped_by,
      groupStatus: r.group_status,
      drgStatus: r.drg_status,
      drgCode: r.drg_code,
      drgCatalogVersionId: r.drg_catalog_version_id,
      rulePackageSha256: r.rule_package_sha256,
      dipStatus: r.dip_status,
      dipGroupCode: r.dip_group_code,
      dipCatalogVersionId: r.dip_catalog_version_id,
      tcmClassified: r.tcm_classified,
      tcmDiseaseCode: r.tcm_disease_code,
      tcmCatalogVersionId: r.tcm_catalog_version_id,
    },
  };
}

const GROUPING_KEYS: readonly (keyof StoredGrouping)[] = [
  'groupedBy',
  'groupStatus',
  'drgStatus',
  'drgCode',
  'drgCatalogVersionId',
  'rulePackageSha256',
  'dipStatus',
  'dipGroupCode',
  'dipCatalogVersionId',
  'tcmClassified',
  'tcmDiseaseCode',
  'tcmCatalogVersionId',
];

const sameGrouping = (a: StoredGrouping, b: StoredGrouping) =>
  GROUPING_KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));

/** What a regrouping did: every revision with its grouping now, and how many changed. */
export interface RegroupOutcome {
  readonly revisions: StoredRevision[];
  readonly changed: number;
}

/**
 * Groups revisions again with the catalogs in force on their discharge days in their treatment
 * region — the ingest's own `BatchGrouper`, so the result is what an upload today would store —
 * and rewrites the grouping IN PLACE on each revision whose result changed, set-based: first
 * the old and new grouping into the audit `case_regrouping` (keyed by the job that did it), then
 * the revision's grouping columns, then the case's denormalised group codes. A revision whose
 * grouping is unchanged is not written. Runs on the caller's transaction, under its row-level
 * security (the treatment-site region or the province write; nobody else may).
 */
export async function regroupRevisions(
  ctx: RequestContext,
  revisions: readonly StoredRevision[],
  jobRunId: string,
): Promise<RegroupOutcome> {
  const grouper = new BatchGrouper(ctx);
  const now: StoredRevision[] = [];
  const changes: { before: StoredRevision; after: StoredGrouping }[] = [];
  for (const r of revisions) {
    const grouping = await grouper.group(r.list, r.treatmentRegionCode);
    if (!sameGrouping(r.grouping, grouping)) changes.push({ before: r, after: grouping });
    now.push({ ...r, grouping });
  }
  if (changes.length === 0) return { revisions: now, changed: 0 };

  const client = await sqlClientOf(ctx.em);
  const payload = JSON.stringify(
    changes.map(({ before, after }) => ({
      province: before.provinceCode,
      revision: before.revisionId,
      caseId: before.caseId,
      hospital: before.hospitalCode,
      treatment: before.treatmentRegionCode,
      insured: before.insuredRegionCode,
      before: before.grouping,
      after,
    })),
  );
  const changed = `jsonb_to_recordset($1::jsonb) as s(province text, revision uuid, "caseId" uuid,
    hospital text, treatment text, insured text, before jsonb, after jsonb)`;
  // the audit first: before and after, by the job that regrouped
  await client.query(
    `insert into case_regrouping (province_code, revision_id, job_run_id, case_id, hospital_code,
       treatment_region_code, insured_region_code, before, after)
     select s.province, s.revision, $2::uuid, s."caseId", s.hospital, s.treatment, s.insured,
       s.before, s.after
     from ${changed}`,
    [payload, jobRunId],
  );
  const { rowCount } = await client.query(
    `update case_revision r set grouped_by = s.after ->> 'groupedBy',
       group_status = s.after ->> 'groupStatus', drg_status = s.after ->> 'drgStatus',
       drg_code = s.after ->> 'drgCode',
       drg_catalog_version_id = (s.after ->> 'drgCatalogVersionId')::uuid,
       rule_package_sha256 = s.after ->> 'rulePackageSha256',
       dip_status = s.after ->> 'dipStatus', dip_group_code = s.after ->> 'dipGroupCode',
       dip_catalog_version_id = (s.after ->> 'dipCatalogVersionId')::uuid,
       tcm_classified = (s.after ->> 'tcmClassified')::boolean,
       tcm_disease_code = s.after ->> 'tcmDiseaseCode',
       tcm_catalog_version_id = (s.after ->> 'tcmCatalogVersionId')::uuid
     from ${changed}
     where r.province_code = s.province and r.id = s.revision`,
    [payload],
  );
  if (rowCount !== changes.length)
    throw new Error(`regrouping updated ${rowCount} of ${changes.length} revisions`);
  await client.query(
    `update settlement_case c set drg_code = s.after ->> 'drgCode',
       dip_group_code = s.after ->> 'dipGroupCode', updated_at = now()
     from ${changed}
     where c.province_code = s.province and c.id = s."caseId" and c.current_revision_id = s.revision`,
    [payload],
  );
  return { revisions: now, changed: changes.length };
}
