import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { copyFrom, copyTextRows, sqlClientOf } from '../../db';
import {
  contentHash,
  evaluateQc,
  parseIssues,
  parseSettlementList,
  type ParsedSettlementList,
  type PriorStay,
  type QcIssue,
  type QcRuleConfig,
  type SettlementList,
} from '../../domain/qc';
import type { RequestContext } from '../../graphql/context';
import { Scope } from '../identity';
import { IngestStatus, QcSeverityEnum, QcStatus } from './case.enums';
import { CaseError } from './case.errors';
import type { SettlementListResult } from './case.types';
import { BatchGrouper, chinaDay, type StoredGrouping } from './case-grouping';
import { revisionsStored, type StoredRevision } from './case-hooks';

/** At most this many lists per GraphQL upload (the CLI batches a file in chunks of this size). */
export const MAX_LISTS_PER_UPLOAD = 1000;

/** One list to ingest: its position (index or file line) and the raw JSON object. */
export interface IngestItem {
  index: number;
  raw: unknown;
  /**
   * `parseSettlementList(raw)` and the list's content hash, when the caller parsed ahead (the
   * import parses the next batch while the database writes the current one).
   */
  parsed?: ParsedSettlementList & { hash: string | null };
}

/** Parses an item ahead of ingest (pure: no database). */
export function parseAhead(raw: unknown): ParsedSettlementList & { hash: string | null } {
  const parsed = parseSettlementList(raw);
  return { ...parsed, hash: parsed.list ? contentHash(parsed.list) : null };
}

export interface IngestOutcome {
  results: SettlementListResult[];
  accepted: number;
  unchanged: number;
  rejected: number;
}

const notQc = (code: string, field: string, message: string): QcIssue => ({
  code,
  field,
  message,
  severity: 'ERROR',
  affectsDrg: false,
  affectsDip: false,
});

/**
 * The staging table: one row per list to write, with everything the three tables need. The app
 * role copies into it (COPY is refused on tables under row-level security) and the merge moves
 * rows on with `insert … select` / `update … from`, which the policies check.
 */
const STAGE_COLUMNS: readonly (readonly [string, string])[] = [
  ['case_id', 'uuid'],
  ['revision_id', 'uuid'],
  ['is_new', 'boolean'],
  ['revision', 'integer'],
  ['province_code', 'text'],
  ['hospital_code', 'text'],
  ['treatment_region_code', 'text'],
  ['insured_region_code', 'text'],
  ['settlement_id', 'text'],
  ['stay_id', 'text'],
  ['content_hash', 'text'],
  ['person_pseudonym', 'text'],
  ['insured_person_id', 'text'],
  ['insurance_type', 'text'],
  ['sex', 'smallint'],
  ['age', 'smallint'],
  ['age_days', 'smallint'],
  ['birth_weights', 'integer[]'],
  ['admission_weight', 'integer'],
  ['newborn_admission_type', 'text'],
  ['admitted_at', 'timestamptz'],
  ['discharged_at', 'timestamptz'],
  ['discharge_date', 'date'],
  ['los', 'integer'],
  ['discharge_way', 'smallint'],
  ['settlement_from', 'date'],
  ['settlement_to', 'date'],
  ['principal_diagnosis', 'text'],
  ['diagnoses', 'jsonb'],
  ['procedures', 'jsonb'],
  ['icu_stays', 'jsonb'],
  ['ventilation_minutes', 'integer'],
  ['tcm_principal_diagnosis', 'text'],
  ['tcm_treatment_share', 'numeric'],
  ['fees', 'jsonb'],
  ['total_cost', 'numeric'],
  ['fund_payments', 'jsonb'],
  ['fund_paid', 'numeric'],
  ['patient_paid', 'numeric'],
  ['special_items', 'jsonb'],
  ['planned_readmission', 'boolean'],
  ['qc_status', 'text'],
  ['qc_issues', 'jsonb'],
  ['grouped_by', 'text'],
  ['group_status', 'text'],
  ['drg_status', 'text'],
  ['drg_code', 'text'],
  ['drg_catalog_version_id', 'uuid'],
  ['rule_package_sha256', 'text'],
  ['dip_status', 'text'],
  ['dip_group_code', 'text'],
  ['dip_catalog_version_id', 'uuid'],
  ['tcm_classified', 'boolean'],
  ['tcm_disease_code', 'text'],
  ['tcm_catalog_version_id', 'uuid'],
  // the DIP auxiliary factor the grouper took: what bulk pricing multiplies the score by
  ['dip_aux_factor', 'numeric'],
];
const STAGE_NAMES = STAGE_COLUMNS.map(([name]) => name);

/** The staging format (column, type), for the benchmark's plain-COPY baseline. */
export const CASE_STAGE_COLUMNS = STAGE_COLUMNS;
const NOT_REVISION = new Set(['case_id', 'revision_id', 'is_new', 'insured_person_id']);
const REVISION_COLUMNS = STAGE_NAMES.filter((c) => !NOT_REVISION.has(c));

const CREATE_STAGE = `create temporary table if not exists case_stage (${STAGE_COLUMNS.map(
  ([name, type]) => `${name} ${type}`,
).join(', ')}) on commit drop`;

/** The writes of one batch, set-based: new cases, moved current revisions, revisions, identities. */
const MERGE = {
  newCases: `insert into settlement_case (id, province_code, hospital_code, treatment_region_code,
  insured_region_code, settlement_id, stay_id, person_pseudonym, current_revision, current_revision_id,
  insurance_type, discharge_date, qc_status, drg_code, dip_group_code)
select case_id, province_code, hospital_code, treatment_region_code, insured_region_code,
  settlement_id, stay_id, person_pseudonym, revision, revision_id, insurance_type, discharge_date,
  qc_status, drg_code, dip_group_code
from case_stage where is_new`,
  // only from the revision this upload read: a concurrent upload that got there first makes the
  // count differ, and the whole batch is refused (CONFLICT) rather than skip a revision
  movedCases: `update settlement_case c set insured_region_code = s.insured_region_code,
  stay_id = s.stay_id, person_pseudonym = s.person_pseudonym, current_revision = s.revision,
  current_revision_id = s.revision_id, insurance_type = s.insurance_type,
  discharge_date = s.discharge_date, qc_status = s.qc_status, drg_code = s.drg_code,
  dip_group_code = s.dip_group_code, updated_at = now()
from case_stage s
where not s.is_new and c.province_code = s.province_code and c.id = s.case_id
  and c.current_revision = s.revision - 1`,
  revisions: `insert into case_revision (id, case_id, ${REVISION_COLUMNS.join(', ')})
select revision_id, case_id, ${REVISION_COLUMNS.join(', ')} from case_stage`,
  identities: `insert into case_identity (province_code, revision_id, hospital_code,
  treatment_region_code, insured_region_code, insured_person_id)
select province_code, revision_id, hospital_code, treatment_region_code, insured_region_code,
  insured_person_id from case_stage`,
};

interface HospitalRow {
  code: string;
  provinceCode: string;
  regionCode: string;
}

interface Existing {
  caseId: string;
  revision: number;
  hash: string;
}

/**
 * Turns a GraphQL input into the JSON the parser reads: Decimal and Date values serialise
 * themselves (decimal text, ISO 8601), exactly as the same list reads from a JSON Lines file.
 */
export function inputToRaw(input: object): unknown {
  return JSON.parse(JSON.stringify(input)) as unknown;
}

/** The QC rules of each treatment region: defaults with the region's overrides, enabled only. */
async function rulesByRegion(
  ctx: RequestContext,
  regions: string[],
): Promise<Map<string, QcRuleConfig[]>> {
  const [defaults, overrides] = await Promise.all([
    ctx.sql<{
      code: string;
      name: string;
      severity: 'ERROR' | 'WARNING';
      parameters: Record<string, unknown>;
      affects_drg: boolean;
      affects_dip: boolean;
      enabled: boolean;
    }>(
      'select code, name, severity, parameters, affects_drg, affects_dip, enabled from qc_rule order by code',
    ),
    ctx.sql<{
      region_code: string;
      rule_code: string;
      enabled: boolean;
      severity: 'ERROR' | 'WARNING' | null;
      parameters: Record<string, unknown> | null;
    }>(
      'select region_code, rule_code, enabled, severity, parameters from qc_rule_region where region_code = any($1::text[])',
      [regions],
    ),
  ]);
  const byRegion = new Map<string, QcRuleConfig[]>();
  for (const region of regions) {
    const mine = new Map(
      overrides.filter((o) => o.region_code === region).map((o) => [o.rule_code, o]),
    );
    const rules: QcRuleConfig[] = [];
    for (const rule of defaults) {
      const override = mine.get(rule.code);
      if (!(override?.enabled ?? rule.enabled)) continue;
      rules.push({
        code: rule.code,
        name: rule.name,
        severity: override?.severity ?? rule.severity,
        parameters: { ...rule.parameters, ...(override?.parameters ?? {}) },
        affectsDrg: rule.affects_drg,
        affectsDip: rule.affects_dip,
      });
    }
    byRegion.set(region, rules);
  }
  return byRegion;
}

const echo = (value: unknown): string | null =>
  typeof value === 'string' ? value.slice(0, 64) : null;

interface Candidate {
  index: number;
  list: SettlementList;
  hospital: HospitalRow;
  hash: string;
  existing: Existing | undefined;
  result: SettlementListResult;
  pseudonym?: string;
  issues?: QcIssue[];
}

/**
 * Ingests a batch of settlement lists for the request's principal — the one path of both the
 * GraphQL upload and the JSON Lines import: parse (2005/2006), permission (a hospital its own
 * cases, a region its hospitals' cases), idempotency on (hospital, settlement id) by content
 * hash, QC rules as configured for the treatment region, grouping with the catalogs in force at
 * discharge, then one COPY into a staging table and four set-based statements. Lists with an
 * ERROR are stored nowhere; nothing is written per row. Runs inside the caller's transaction
 * (row-level security applies to every statement).
 */
export async function ingestSettlementLists(
  ctx: RequestContext,
  items: readonly IngestItem[],
): Promise<IngestOutcome> {
  const principal = ctx.principal;
  if (principal.scope !== Scope.HOSPITAL && principal.scope !== Scope.REGION)
    throw new CaseError(
      'WRONG_SCOPE',
      'Settlement lists are uploaded by their hospital or its pooling region',
    );
  const province = principal.provinceCode!;
  const results: SettlementListResult[] = [];
  const parsed: {
    index: number;
    list: SettlementList;
    hash: string;
    result: SettlementListResult;
  }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const { list, findings, hash } = item.parsed ?? parseAhead(item.raw);
    const raw = (item.raw ?? {}) as Record<string, unknown>;
    const result: SettlementListResult = {
      index: item.index,
      // what a rejected list called itself, cut short: echoed back, never trusted
      settlementId: list?.settlementId ?? echo(raw.settlementId),
      hospitalCode: list?.hospitalCode ?? echo(raw.hospitalCode),
      status: IngestStatus.REJECTED,
      revision: null,
      created: false,
      issues: [],
      caseUuid: null,
    };
    results.push(result);
    if (!list) {
      result.issues = parseIssues(findings, []) as SettlementListResult['issues'];
      continue;
    }
    const key = `${list.hospitalCode}/${list.settlementId}`;
    if (seen.has(key)) {
      result.issues = [
        notQc('DUPLICATE', 'settlementId', `settlement ${key} appears earlier in this upload`),
      ] as SettlementListResult['issues'];
      continue;
    }
    seen.add(key);
    parsed.push({ index: item.index, list, hash: hash!, result });
  }

  // the hospitals named, as the principal sees them (its province's registry)
  const hospitalCodes = [...new Set(parsed.map((p) => p.list.hospitalCode))];
  const hospitals = new Map(
    (
      await ctx.sql<HospitalRow>(
        'select code, province_code as "provinceCode", region_code as "regionCode" from hospital where code = any($1::text[])',
        [hospitalCodes],
      )
    ).map((h) => [h.code, h]),
  );
  const candidates: Candidate[] = [];
  for (const p of parsed) {
    const hospital = hospitals.get(p.list.hospitalCode);
    const permitted =
      hospital &&
      hospital.provinceCode === province &&
      (principal.scope === Scope.HOSPITAL
        ? hospital.code === principal.code
        : hospital.regionCode === principal.code);
    if (!hospital) {
      p.result.issues = [
        notQc(
          'HOSPITAL_UNKNOWN',
          'hospitalCode',
          `no hospital ${p.list.hospitalCode} in ${province}`,
        ),
      ] as SettlementListResult['issues'];
    } else if (!permitted) {
      p.result.issues = [
        notQc(
          'NOT_PERMITTED',
          'hospitalCode',
          `${principal.scope} ${principal.code} may not upload the cases of hospital ${hospital.code}`,
        ),
      ] as SettlementListResult['issues'];
    } else {
      candidates.push({
        index: p.index,
        list: p.list,
        hospital,
        hash: p.hash,
        existing: undefined,
        result: p.result,
      });
    }
  }
  if (candidates.length === 0) return summarise(results);

  // idempotency: the current revision's hash of every case named
  const existingRows = await ctx.sql<{
    hospital_code: string;
    settlement_id: string;
    id: string;
    current_revision: number;
    content_hash: string;
  }>(
    `select c.hospital_code, c.settlement_id, c.id, c.current_revision, r.content_hash
     from settlement_case c
     join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
     where c.province_code = $1
       and (c.hospital_code, c.settlement_id) in (select * from unnest($2::text[], $3::text[]))`,
    [
      province,
      candidates.map((c) => c.list.hospitalCode),
      candidates.map((c) => c.list.settlementId),
    ],
  );
  const existing = new Map(
    existingRows.map((r) => [
      `${r.hospital_code}/${r.settlement_id}`,
      { caseId: r.id, revision: r.current_revision, hash: r.content_hash },
    ]),
  );
  const toCheck: Candidate[] = [];
  for (const c of candidates) {
    c.existing = existing.get(`${c.list.hospitalCode}/${c.list.settlementId}`);
    if (c.existing?.hash === c.hash) {
      c.result.status = IngestStatus.UNCHANGED;
      c.result.revision = c.existing.revision;
      c.result.caseUuid = c.existing.caseId;
    } else {
      toCheck.push(c);
    }
  }
  if (toCheck.length === 0) return summarise(results);

  // facts for QC, each one statement for the batch
  const regions = [...new Set(toCheck.map((c) => c.hospital.regionCode))];
  const diagnosisCodes = [...new Set(toCheck.flatMap((c) => c.list.diagnoses.map((d) => d.code)))];
  const procedureCodes = [...new Set(toCheck.flatMap((c) => c.list.procedures.map((p) => p.code)))];
  const [rules, codes, provinceRegions, pseudonyms] = await Promise.all([
    rulesByRegion(ctx, regions),
    ctx.sql<{ kind: string; code: string }>(
      `select kind, code from code_entry
       where (kind = 'ICD10' and code = any($1::text[])) or (kind = 'ICD9CM3' and code = any($2::text[]))`,
      [diagnosisCodes, procedureCodes],
    ),
    ctx.sql<{ code: string }>('select code from pooling_region where province_code = $1', [
      province,
    ]),
    ctx.sql<{ p: string }>(
      'select case_pseudonym(x.id) as p from unnest($1::text[]) with ordinality as x(id, n) order by x.n',
      [toCheck.map((c) => c.list.insuredPersonId)],
    ),
  ]);
  const knownDiagnoses = new Set(codes.filter((c) => c.kind === 'ICD10').map((c) => c.code));
  const knownProcedures = new Set(codes.filter((c) => c.kind === 'ICD9CM3').map((c) => c.code));
  const regionSet = new Set(provinceRegions.map((r) => r.code));
  toCheck.forEach((c, i) => (c.pseudonym = pseudonyms[i].p));

  // the same persons' other stays: stored ones the principal can see, and this batch's
  const stored = await ctx.sql<{
    person_pseudonym: string;
    hospital_code: string;
    settlement_id: string;
    stay_id: string;
    discharged_at: Date;
    principal_diagnosis: string;
  }>(
    `select c.person_pseudonym, c.hospital_code, c.settlement_id, c.stay_id, r.discharged_at, r.principal_diagnosis
     from settlement_case c
     join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
     where c.province_code = $1 and c.person_pseudonym = any($2::text[])`,
    [province, [...new Set(toCheck.map((c) => c.pseudonym!))]],
  );
  const stays = new Map<string, (PriorStay & { key: string })[]>();
  const addStay = (pseudonym: string, stay: PriorStay) => {
    const key = `${stay.hospitalCode}/${stay.settlementId}`;
    const list = stays.get(pseudonym) ?? [];
    if (!list.some((s) => s.key === key)) list.push({ ...stay, key });
    stays.set(pseudonym, list);
  };
  for (const c of toCheck)
    addStay(c.pseudonym!, {
      hospitalCode: c.list.hospitalCode,
      settlementId: c.list.settlementId,
      stayId: c.list.stayId,
      dischargedAt: c.list.dischargedAt,
      principalDiagnosis: c.list.diagnoses[0]?.code ?? '',
    });
  for (const s of stored)
    addStay(s.person_pseudonym, {
      hospitalCode: s.hospital_code,
      settlementId: s.settlement_id,
      stayId: s.stay_id,
      dischargedAt: new Date(s.discharged_at).toISOString(),
      principalDiagnosis: s.principal_diagnosis,
    });

  const accepted: Candidate[] = [];
  for (const c of toCheck) {
    const self = `${c.list.hospitalCode}/${c.list.settlementId}`;
    c.issues = evaluateQc(c.list, rules.get(c.hospital.regionCode) ?? [], {
      diagnosisExists: (code) => knownDiagnoses.has(code),
      procedureExists: (code) => knownProcedures.has(code),
      hospitalProvince: province,
      provinceRegions: regionSet,
      priorStays: (stays.get(c.pseudonym!) ?? []).filter((s) => s.key !== self),
    });
    // storage itself needs an insured region of the province (a case has one province), so a
    // region that disables or softens 3008 still cannot store one from elsewhere
    if (
      !regionSet.has(c.list.insuredRegionCode) &&
      !c.issues.some((i) => i.code === '3008' && i.severity === 'ERROR')
    )
      c.issues = [
        ...c.issues.filter((i) => i.code !== '3008'),
        {
          ...notQc(
            '3008',
            'insuredRegionCode',
            `insured region ${c.list.insuredRegionCode} is not a pooling region of province ${province}`,
          ),
        },
      ];
    c.result.issues = c.issues as SettlementListResult['issues'];
    if (c.issues.some((issue) => issue.severity === 'ERROR')) continue;
    accepted.push(c);
  }
  if (accepted.length === 0) return summarise(results);

  const grouper = new BatchGrouper(ctx);
  const at = (c: Candidate) => ({
    region: c.hospital.regionCode,
    day: chinaDay(c.list.dischargedAt),
  });
  await grouper.prefetch(
    accepted.map(at),
    accepted.filter((c) => c.list.tcmPrincipalDiagnosis).map(at),
  );
  const groupings: StoredGrouping[] = [];
  for (const c of accepted) groupings.push(await grouper.group(c.list, c.hospital.regionCode));

  const rows = accepted.map((c, i) => {
    const isNew = c.existing === undefined;
    const caseId = c.existing?.caseId ?? randomUUID();
    const revision = (c.existing?.revision ?? 0) + 1;
    c.result.status = IngestStatus.ACCEPTED;
    c.result.revision = revision;
    c.result.created = isNew;
    c.result.caseUuid = caseId;
    return stageRow(c, groupings[i], caseId, isNew, revision, province);
  });
  await writeBatch(ctx, rows, rows.filter((r) => r[2] === false).length);
  // what builds on a stored revision (pricing) runs in the same transaction: all or nothing
  await revisionsStored(
    ctx,
    accepted.map((c, i): StoredRevision => ({
      provinceCode: province,
      caseId: rows[i][0] as string,
      revisionId: rows[i][1] as string,
      revision: rows[i][3] as number,
      hospitalCode: c.list.hospitalCode,
      treatmentRegionCode: c.hospital.regionCode,
      insuredRegionCode: c.list.insuredRegionCode,
      personPseudonym: c.pseudonym!,
      dischargeDate: chinaDay(c.list.dischargedAt),
      list: c.list,
      grouping: groupings[i],
    })),
  );
  return summarise(results);
}

function stageRow(
  c: Candidate,
  g: StoredGrouping,
  caseId: string,
  isNew: boolean,
  revision: number,
  province: string,
): unknown[] {
  const l = c.list;
  const fund = l.fundPayments.reduce((sum, f) => sum.plus(f.amount), new Decimal(0));
  const warnings = c.issues ?? [];
  return [
    caseId,
    randomUUID(),
    isNew,
    revision,
    province,
    l.hospitalCode,
    c.hospital.regionCode,
    l.insuredRegionCode,
    l.settlementId,
    l.stayId,
    c.hash,
    c.pseudonym,
    l.insuredPersonId,
    l.insuranceType,
    l.sex,
    l.age,
    l.ageDays,
    l.birthWeights,
    l.admissionWeight,
    l.newbornAdmissionType,
    l.admittedAt,
    l.dischargedAt,
    chinaDay(l.dischargedAt),
    l.los,
    l.dischargeWay,
    l.settlementFrom,
    l.settlementTo,
    l.diagnoses[0]?.code ?? '',
    JSON.stringify(l.diagnoses),
    JSON.stringify(l.procedures),
    JSON.stringify(l.icuStays),
    l.ventilationMinutes,
    l.tcmPrincipalDiagnosis,
    l.tcmTreatmentShare,
    JSON.stringify(l.fees),
    l.totalCost,
    JSON.stringify(l.fundPayments),
    fund.toFixed(2),
    l.patientPaid,
    JSON.stringify(l.specialItems),
    l.plannedReadmission,
    warnings.length > 0 ? QcStatus.WARNING : QcStatus.PASSED,
    JSON.stringify(warnings),
    g.groupedBy,
    g.groupStatus,
    g.drgStatus,
    g.drgCode,
    g.drgCatalogVersionId,
    g.rulePackageSha256,
    g.dipStatus,
    g.dipGroupCode,
    g.dipCatalogVersionId,
    g.tcmClassified,
    g.tcmDiseaseCode,
    g.tcmCatalogVersionId,
    g.dipAuxFactor ?? null,
  ];
}

/** COPY the batch into the staging table, then four set-based statements under RLS. */
async function writeBatch(ctx: RequestContext, rows: unknown[][], moved: number): Promise<void> {
  const client = await sqlClientOf(ctx.em);
  await client.query(CREATE_STAGE);
  await client.query('truncate case_stage');
  await copyFrom(client, 'case_stage', STAGE_NAMES, copyTextRows(rows));
  // a temporary table has no statistics until analysed: without them the update's join is
  // planned blind (a scan of every case per batch); the inserts only read it once, in order
  if (moved > 0) await client.query('analyze case_stage');
  try {
    if (moved < rows.length) await client.query(MERGE.newCases);
    const update = moved > 0 ? await client.query(MERGE.movedCases) : { rowCount: 0 };
    if ((update.rowCount ?? 0) !== moved)
      throw new CaseError(
        'CONCURRENT_UPLOAD',
        'Another upload changed some of these cases at the same time: upload them again',
      );
    await client.query(MERGE.revisions);
    await client.query(MERGE.identities);
  } catch (error) {
    // two uploads of the same new case at once: the second meets the unique key
    if ((error as { code?: string }).code === '23505')
      throw new CaseError(
        'CONCURRENT_UPLOAD',
        'Another upload stored some of these cases at the same time: upload them again',
      );
    throw error;
  }
}

function summarise(results: SettlementListResult[]): IngestOutcome {
  for (const r of results)
    r.issues = r.issues.map((i) => ({ ...i, severity: i.severity as QcSeverityEnum }));
  return {
    results,
    accepted: results.filter((r) => r.status === IngestStatus.ACCEPTED).length,
    unchanged: results.filter((r) => r.status === IngestStatus.UNCHANGED).length,
    rejected: results.filter((r) => r.status === IngestStatus.REJECTED).length,
  };
}
