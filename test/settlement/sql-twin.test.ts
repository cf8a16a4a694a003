import { randomUUID } from 'node:crypto';
import type { SqlRunner } from '../../src/db';
import { Dec } from '../../src/domain/decimal';
import {
  PricingError,
  excludedItems,
  priceCase,
  type CaseFacts,
  type GroupFacts,
  type HospitalGrade,
  type HospitalLevel,
  type PaymentStandard as PricingStandard,
  type PricingResult,
} from '../../src/domain/pricing';
import { toGlobalId } from '../../src/graphql/relay';
import { priceRegionPeriodInSql } from '../../src/modules/settlement';
import { pricingStandardOf, type PaymentStandard } from '../../src/modules/standard';
import {
  CreatePaymentStandardDocument,
  PublishPaymentStandardDocument,
  SetPaymentStandardParametersDocument,
  SetPaymentStandardRowsDocument,
} from '../generated/graphql';
import { CHENGDU, H1 } from '../case/support';
import { dataWithoutErrors, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * The set-based twin of priceCase must agree with it to the fen: the same ≥ 10,000 generated
 * cases (a deterministic generator: varied groups and hospitals, costs around and far from the
 * group averages, exact threshold ratios, out-of-region, incomplete and long stays, excluded
 * items with and without their cost, bilateral surgery, TCM treatment, ungrouped and unknown
 * groups) priced both ways under a realistic DRG point-method standard, a rate-method standard
 * and a point-method standard paying approved items beside the standard, every row compared.
 */
let t: TestApp;
const CASES = 10_500;
const PROVINCE = '510000';
const region = { scope: 'REGION', code: CHENGDU, province: PROVINCE };
let catalogVersionId: string;
let standardUuid: string;
let standard: PricingStandard;
let rateUuid: string;
let rateStandard: PricingStandard;
let plusUuid: string;
let plusStandard: PricingStandard;
let cases: Generated[];
let dipUuid: string;
let dipStandard: PricingStandard;
let dipCatalogVersionId: string | null = null;
let dipCases: Generated[];
let dipGroups: { code: string; weight: string; average_cost: string }[] = [];
let hospitals: { code: string; level: HospitalLevel; grade: HospitalGrade | null }[];
let groups: { code: string; weight: string; average_cost: string }[];

const asRegion: SqlRunner = <R>(sql: string, params?: readonly unknown[]) =>
  t.asApp<R>(region, sql, params as unknown[]);
const asOwner: SqlRunner = <R>(sql: string, params?: readonly unknown[]) =>
  t.asOwner<R>(sql, params as unknown[]);

/** A small deterministic generator (LCG): the same cases on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  };
}

interface Generated {
  family: 'DRG' | 'DIP';
  /** DIP: GROUPED, BLANK (空白病种) or INVALID_INPUT; null for DRG cases. */
  dipStatus: string | null;
  /** DIP: the auxiliary factor the grouper took (1 when none). */
  auxFactor: string | null;
  revisionId: string;
  caseId: string;
  hospital: (typeof hospitals)[number];
  insuredRegionCode: string;
  insuranceType: 'EMPLOYEE' | 'RESIDENT';
  drgStatus: string;
  drgCode: string | null;
  /** A TCM-advantage disease the case was classified as (paid by its fixed standard), or null. */
  tcmDisease: string | null;
  totalCost: string;
  patientPaid: string;
  los: number;
  dischargeWay: number;
  dischargeDate: string;
  admissionDate: string;
  tcmShare: string | null;
  specialItems: { kind: 'DRUG' | 'DEVICE' | 'PROCEDURE'; code: string; amount?: string }[];
  /** A procedure marked as done on both sides (双侧手术). */
  bilateral: boolean;
}

function generate(family: 'DRG' | 'DIP' = 'DRG'): Generated[] {
  const g = generator(family === 'DRG' ? 20251202 : 20261202);
  const out: Generated[] = [];
  for (let i = 0; i < CASES; i++) {
    const hospital = hospitals[i % hospitals.length];
    const roll = g.next();
    const group = g.pick(family === 'DRG' ? groups : dipGroups);
    const ungrouped = roll < 0.02;
    const unknown = roll >= 0.02 && roll < 0.03;
    // DIP: a blank group (空白病种) has no catalog row, hence no score: priced by neither
    const blank = family === 'DIP' && roll >= 0.05 && roll < 0.08;
    // DIP: a revision stored before its auxiliary factor was kept: priced by neither
    const legacy = family === 'DIP' && roll >= 0.08 && roll < 0.09;
    const drgCode =
      ungrouped || blank
        ? null
        : unknown
          ? family === 'DRG'
            ? 'ZZ19'
            : 'DC-Z99.9-99'
          : group.code;
    // TCM-advantage diseases: one with a standard row, one without (priced by neither)
    const tcmDisease = roll >= 0.03 && roll < 0.05 ? (roll < 0.045 ? 'TCMA01' : 'TCMB02') : null;
    const average = new Dec(group.average_cost);
    // cost ratios: mostly near the average, some far above or below, some on the thresholds
    const r = g.next();
    const factor =
      r < 0.55
        ? new Dec(0.5 + g.next() * 1.4)
        : r < 0.67
          ? new Dec(2 + g.next() * 3)
          : r < 0.72
            ? new Dec(5 + g.next() * 6)
            : r < 0.84
              ? new Dec(0.02 + g.next() * 0.45)
              : r < 0.88
                ? new Dec(g.pick(['0.4', '2', '3', '5', '1']))
                : new Dec(0.8 + g.next() * 0.4);
    const cost = unknown || ungrouped ? new Dec(1000 + g.int(50000)) : average.times(factor);
    const totalCost = cost.toDecimalPlaces(2).toFixed(2);
    const patientPaid =
      g.next() < 0.1
        ? '0.00'
        : new Dec(totalCost).times(g.pick(['0.3', '0.25', '0.45'])).toFixed(2);
    const l = g.next();
    const incomplete = l < 0.05;
    const los = incomplete ? 1 + g.int(2) : l < 0.08 ? 60 + g.int(30) : 3 + g.int(20);
    const dischargeWay = incomplete && g.next() < 0.7 ? 4 : g.pick([1, 1, 1, 2, 5, 9]);
    const day = 1 + g.int(31);
    const dischargeDate = `2025-08-${String(day).padStart(2, '0')}`;
    const admitted = new Date(Date.parse(`${dischargeDate}T00:00:00Z`) - los * 86_400_000);
    const s = g.next();
    // an approved item's cost: mostly a share of the case, sometimes not given, rarely (a list
    // stored without QC 3006) more than the whole case
    const a = g.next();
    const amount =
      a < 0.1
        ? undefined
        : a < 0.12
          ? new Dec(totalCost).times('1.2').toFixed(2)
          : new Dec(totalCost).times(g.pick(['0.1', '0.35', '0.6', '1'])).toFixed(2);
    const bilateral = g.next() < 0.08;
    out.push({
      family,
      dipStatus:
        family === 'DRG' ? null : ungrouped ? 'INVALID_INPUT' : blank ? 'BLANK' : 'GROUPED',
      auxFactor:
        family === 'DIP' && !ungrouped && !blank && !legacy
          ? g.pick(['1', '1', '1', '1.05', '1.06', '1.12', '1.2'])
          : null,
      revisionId: randomUUID(),
      caseId: randomUUID(),
      hospital,
      insuredRegionCode: g.next() < 0.25 ? g.pick(['510300', '510500', '510600']) : CHENGDU,
      insuranceType: g.next() < 0.6 ? 'EMPLOYEE' : 'RESIDENT',
      drgStatus: ungrouped ? 'NOT_GROUPED' : 'SUCCESS',
      drgCode,
      tcmDisease,
      totalCost,
      patientPaid,
      los,
      dischargeWay,
      dischargeDate,
      admissionDate: admitted.toISOString().slice(0, 10),
      tcmShare: g.next() < 0.1 ? '0.3000' : null,
      specialItems:
        s < 0.05
          ? [{ kind: 'DRUG', code: 'XDRUG001', ...(amount !== undefined ? { amount } : {}) }]
          : s < 0.065
            ? [{ kind: 'DEVICE', code: 'NOTLISTED' }]
            : [],
      bilateral,
    });
  }
  return out;
}

async function store(cases: Generated[]): Promise<void> {
  const rows = cases.map((c, i) => ({
    // DIP cases: the DIP grouping columns, no DRG ones (the region pays by DIP)
    family: c.family,
    dip_status: c.dipStatus,
    dip_aux_factor: c.auxFactor,
    id: c.revisionId,
    case_id: c.caseId,
    hospital_code: c.hospital.code,
    insured_region_code: c.insuredRegionCode,
    settlement_id: `${c.family === 'DRG' ? 'TWIN' : 'TWINDIP'}${String(i).padStart(6, '0')}`,
    insurance_type: c.insuranceType,
    admitted_at: `${c.admissionDate}T02:00:00Z`,
    // discharged at 10:00 China time on the discharge day
    discharged_at: `${c.dischargeDate}T02:00:00Z`,
    discharge_date: c.dischargeDate,
    los: c.los,
    discharge_way: c.dischargeWay,
    total_cost: c.totalCost,
    patient_paid: c.patientPaid,
    tcm_treatment_share: c.tcmShare,
    special_items: c.specialItems,
    drg_status: c.drgStatus,
    drg_code: c.drgCode,
    procedures: c.bilateral ? [{ code: '65.5100', bilateral: true }] : [],
    grouped_by: c.tcmDisease ? 'TCM_ADVANTAGE' : c.family,
    tcm_disease_code: c.tcmDisease,
  }));
  const columns = `id uuid, case_id uuid, hospital_code text, insured_region_code text,
    settlement_id text, insurance_type text, admitted_at timestamptz, discharged_at timestamptz,
    discharge_date date, los int, discharge_way smallint, total_cost numeric,
    patient_paid numeric, tcm_treatment_share numeric, special_items jsonb, drg_status text,
    drg_code text, procedures jsonb, grouped_by text, tcm_disease_code text, family text,
    dip_status text, dip_aux_factor numeric`;
  await t.asOwner(
    `with x as (select * from jsonb_to_recordset($1::jsonb) as x(${columns})),
     cases as (
       insert into settlement_case (id, province_code, hospital_code, treatment_region_code,
         insured_region_code, settlement_id, stay_id, person_pseudonym, current_revision,
         current_revision_id, insurance_type, discharge_date, qc_status, drg_code, dip_group_code)
       select case_id, $2, hospital_code, $3, insured_region_code, settlement_id, settlement_id,
         md5(settlement_id), 1, id, insurance_type, discharge_date, 'PASSED',
         case when family = 'DRG' then drg_code end, case when family = 'DIP' then drg_code end
       from x
     )
     insert into case_revision (id, province_code, case_id, revision, hospital_code,
       treatment_region_code, insured_region_code, content_hash, settlement_id, stay_id,
       person_pseudonym, insurance_type, sex, age, admitted_at, discharged_at, discharge_date, los,
       discharge_way, principal_diagnosis, diagnoses, procedures, icu_stays, tcm_treatment_share,
       fees, total_cost, fund_payments, fund_paid, patient_paid, special_items,
       planned_readmission, qc_status, qc_issues, grouped_by, group_status, drg_status, drg_code,
       drg_catalog_version_id, rule_package_sha256, tcm_classified, tcm_disease_code, dip_status,
       dip_group_code, dip_catalog_version_id, dip_aux_factor)
     select id, $2, case_id, 1, hospital_code, $3, insured_region_code,
       encode(sha256(settlement_id::bytea), 'hex'), settlement_id, settlement_id, md5(settlement_id),
       insurance_type, 1, 50, admitted_at, discharged_at, discharge_date, los, discharge_way,
       'K80.501', '[]', procedures, '[]', tcm_treatment_share, '[]', total_cost, '[]',
       total_cost - patient_paid, patient_paid, special_items, false, 'PASSED', '[]', grouped_by,
       case when family = 'DRG' then drg_status else dip_status end,
       case when family = 'DRG' then drg_status end, case when family = 'DRG' then drg_code end,
       case when family = 'DRG' then $4::uuid end,
       case when family = 'DRG' then repeat('a', 64) end, tcm_disease_code is not null,
       tcm_disease_code, dip_status, case when family = 'DIP' then drg_code end,
       case when family = 'DIP' then $5::uuid end, dip_aux_factor
     from x`,
    [JSON.stringify(rows), PROVINCE, CHENGDU, catalogVersionId, dipCatalogVersionId ?? null],
  );
}

function pure(c: Generated, priced: PricingStandard): PricingResult | null {
  if (c.family === 'DIP') return pureDip(c, priced);
  const row = c.drgCode ? groups.find((g) => g.code === c.drgCode) : undefined;
  const group: GroupFacts = c.tcmDisease
    ? {
        kind: 'TCM_ADVANTAGE',
        code: c.tcmDisease,
        weight: null,
        score: null,
        averageCost: null,
        auxFactor: null,
        levelAverageCost: null,
      }
    : c.drgStatus !== 'SUCCESS' || !c.drgCode
      ? {
          kind: 'UNGROUPED',
          code: null,
          weight: null,
          score: null,
          averageCost: null,
          auxFactor: null,
          levelAverageCost: null,
        }
      : {
          kind: 'DRG',
          code: c.drgCode,
          weight: row ? new Dec(row.weight) : null,
          score: null,
          averageCost: row ? new Dec(row.average_cost) : null,
          auxFactor: null,
          levelAverageCost: null,
        };
  return priceBoth(c, group, priced);
}

/** As pricing at ingest sees a DIP-grouped case (groupFacts for the DIP family). */
function pureDip(c: Generated, priced: PricingStandard): PricingResult | null {
  const row = c.drgCode ? dipGroups.find((g) => g.code === c.drgCode) : undefined;
  // pricing at ingest always has the grouper's factor; a stored revision without one cannot be
  // priced faithfully in bulk
  if (!c.tcmDisease && c.dipStatus === 'GROUPED' && c.auxFactor === null) return null;
  const none = {
    weight: null,
    score: null,
    averageCost: null,
    auxFactor: null,
    levelAverageCost: null,
  };
  const group: GroupFacts = c.tcmDisease
    ? { kind: 'TCM_ADVANTAGE', code: c.tcmDisease, ...none }
    : c.dipStatus === 'BLANK'
      ? { kind: 'DIP_BLANK', code: null, ...none }
      : c.dipStatus !== 'GROUPED' || !c.drgCode
        ? { kind: 'UNGROUPED', code: null, ...none }
        : {
            kind: 'DIP',
            code: c.drgCode,
            ...none,
            score: row ? new Dec(row.weight) : null,
            averageCost: row ? new Dec(row.average_cost) : null,
            auxFactor: c.auxFactor !== null ? new Dec(c.auxFactor) : null,
          };
  return priceBoth(c, group, priced);
}

function priceBoth(c: Generated, group: GroupFacts, priced: PricingStandard): PricingResult | null {
  const facts: CaseFacts = {
    totalCost: new Dec(c.totalCost),
    patientShare: new Dec(c.patientPaid),
    los: c.los,
    dischargeWay: String(c.dischargeWay),
    admissionDate: c.admissionDate,
    dischargeDate: c.dischargeDate,
    insuranceType: c.insuranceType,
    insuredRegionCode: c.insuredRegionCode,
    hospital: c.hospital,
    tcmTreatment: c.tcmShare !== null,
    bilateralSurgery: c.bilateral,
    items: c.specialItems.map((s) => ({
      itemKind: s.kind,
      code: s.code,
      amount: new Dec(s.amount ?? 0),
    })),
    previousStay: null,
  };
  // as at ingest: an approved item without its cost cannot be paid beside the standard
  if (
    priced.parameters.exclusionPayment === 'STANDARD_PLUS_ITEMS' &&
    excludedItems(
      c.specialItems.map((s) => ({ itemKind: s.kind, code: s.code, amount: s.amount })),
      priced,
      c.dischargeDate,
    ).some((s) => s.amount === undefined)
  )
    return null;
  try {
    return priceCase(facts, group, priced);
  } catch (error) {
    if (error instanceof PricingError) return null;
    throw error;
  }
}

const POINTS_PARAMETERS = {
  method: 'DRG_POINTS',
  pointValueEmployee: '98.8120',
  pointValueResident: '84.9783',
  highThresholdBasis: 'BASE_POINT_TIER',
  highRatioTiers: [
    { maxBase: '100', ratio: '3' },
    { maxBase: null, ratio: '2' },
  ],
  lowRatio: '0.4',
  highFormula: 'BASE_PLUS_EXCESS',
  lowFormula: 'BASE_TIMES_RATIO',
  upperBoundRatio: '5',
  extremeFormula: 'COEFFICIENT_ONLY',
  missingLevelFallback: 'NEXT_HIGHER_THEN_LOWER',
  tcmCoefficient: '1.05',
  outOfRegionMode: 'PER_INSURED_REGION',
  outOfRegionCoefficient: '1.02',
  losExcludedAtLeast: 60,
  incompleteStayMaxDays: 3,
  ungroupedPayment: 'COST_TIMES_FACTOR',
  ungroupedFactor: '0.8',
  specialCaseCapScope: 'REGION',
  specialCaseCapShare: '0.05',
  specialCaseCapPeriod: 'QUARTER',
};

/**
 * New technology paid beside the standard (STANDARD_PLUS_ITEMS) and the bilateral-surgery
 * coefficient, on the point-method branches; the level-average comparator (group average ×
 * the hospital's coefficient, no level table) and the added-coefficient high formula.
 */
const PLUS_PARAMETERS = {
  ...POINTS_PARAMETERS,
  exclusionPayment: 'STANDARD_PLUS_ITEMS',
  bilateralSurgeryCoefficient: '1.3',
  comparator: 'LEVEL_AVERAGE',
  highFormula: 'EXCESS_PLUS_COEFFICIENT',
};

/**
 * DIP scores (DOMAIN-FORMULAS §4): high at ratio ≥ 2 paid (ratio − 2 + 1) × score × c, low at
 * ≤ 0.5, extreme above 5 per item; the auxiliary factor, bilateral and TCM coefficients; items
 * paid beside the standard; the missing-level fallback and a default coefficient.
 */
const DIP_PARAMETERS = {
  method: 'DIP_SCORE',
  pointValueEmployee: '10.5',
  pointValueResident: '9.8734',
  highThresholdBasis: 'FIXED',
  highRatio: '2',
  lowRatio: '0.5',
  highFormula: 'EXCESS_MULTIPLE',
  lowFormula: 'BASE_TIMES_RATIO',
  upperBoundRatio: '5',
  upperBoundInclusive: false,
  extremeFormula: 'FEE_FOR_SERVICE',
  comparator: 'GROUP_AVERAGE',
  missingLevelFallback: 'NEXT_HIGHER_THEN_LOWER',
  defaultCoefficient: '0.9',
  outOfRegionMode: 'SINGLE_COEFFICIENT',
  outOfRegionCoefficient: '0.98',
  tcmCoefficient: '1.05',
  bilateralSurgeryCoefficient: '1.2',
  exclusionPayment: 'STANDARD_PLUS_ITEMS',
  losExcludedAtLeast: 60,
  incompleteStayMaxDays: 3,
  ungroupedPayment: 'FEE_FOR_SERVICE',
  specialCaseCapScope: 'REGION',
  specialCaseCapShare: '0.005',
  specialCaseCapPeriod: 'QUARTER',
};

/** The other branches: rate method, thresholds by level, exclusive bounds, money outliers. */
const RATE_PARAMETERS = {
  method: 'DRG_RATE',
  baseRateEmployee: '6495.34',
  baseRateResident: '5980.10',
  adjustmentCoefficient: '0.97',
  highThresholdBasis: 'HOSPITAL_LEVEL',
  highRatio: '2.5',
  highRatioTertiary: '3',
  highRatioSecondary: '2',
  highInclusive: false,
  lowRatio: '0.3',
  lowInclusive: false,
  highFormula: 'EXCESS_MULTIPLE',
  lowFormula: 'FEE_FOR_SERVICE',
  upperBoundRatio: '8',
  upperBoundInclusive: false,
  extremeFormula: 'FEE_FOR_SERVICE',
  coefficientsApplyToOutliers: false,
  comparator: 'PAYMENT_STANDARD',
  missingLevelFallback: 'NEXT_HIGHER_THEN_LOWER',
  defaultCoefficient: '0.9',
  outOfRegionMode: 'SINGLE_COEFFICIENT',
  outOfRegionCoefficient: '0.95',
  losExcludedAtMost: 1,
  incompleteStayMaxDays: 3,
  incompleteStayDischargeWays: ['4', '5'],
  ungroupedPayment: 'NOT_PAID',
  specialCaseCapScope: 'HOSPITAL',
  specialCaseCapShare: '0.05',
  specialCaseCapPeriod: 'YEAR',
};

async function createStandard(
  token: string,
  versionLabel: string,
  parameters: Record<string, unknown>,
  rows: Record<string, unknown>,
  catalog = catalogVersionId,
): Promise<{ uuid: string; standard: PricingStandard }> {
  const id = dataWithoutErrors(
    await send(
      t.url,
      CreatePaymentStandardDocument,
      {
        input: {
          method: parameters.method as 'DRG_POINTS',
          name: '成都市2025年DRG点数法支付标准（批量测试）',
          versionLabel,
          year: 2025,
          effectiveFrom: '2025-08-01',
          catalogVersionId: toGlobalId('CatalogVersion', catalog),
        },
      },
      token,
    ),
  ).createPaymentStandard.paymentStandard.id;
  dataWithoutErrors(
    await send(
      t.url,
      SetPaymentStandardParametersDocument,
      {
        id,
        parameters,
      },
      token,
    ),
  );
  dataWithoutErrors(
    await send(
      t.url,
      SetPaymentStandardRowsDocument,
      {
        input: { id, ...rows },
      },
      token,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishPaymentStandardDocument, { id }, token));
  const [row] = await t.asOwner<Record<string, unknown>>(
    `select id as uuid, owner_code as "ownerCode", name, version_label as "versionLabel", parameters
     from payment_standard where owner_code = $1 and version_label = $2`,
    [CHENGDU, versionLabel],
  );
  return {
    uuid: String(row.uuid),
    standard: await pricingStandardOf(asOwner, row as unknown as PaymentStandard),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  const token = await t.token(Scope.REGION, CHENGDU);
  const [demo] = await t.asOwner<{ catalog_version_id: string }>(
    `select catalog_version_id from payment_standard
     where owner_code = $1 and status = 'PUBLISHED' and method = 'DRG_POINTS'`,
    [CHENGDU],
  );
  catalogVersionId = demo.catalog_version_id;
  hospitals = await t.asOwner(
    'select code, level, grade from hospital where region_code = $1 order by code',
    [CHENGDU],
  );
  groups = await t.asOwner(
    `select code, weight::text, average_cost::text from drg_group
     where version_id = $1 and average_cost > 0 order by code`,
    [catalogVersionId],
  );
  const someGroup = groups[Math.floor(groups.length / 2)].code;

  ({ uuid: standardUuid, standard } = await createStandard(token, '2025.8', POINTS_PARAMETERS, {
    coefficients: [
      { hospitalCode: H1, groupCode: someGroup, coefficient: '1.1' },
      { hospitalCode: H1, coefficient: '0.95' },
      { level: 'TERTIARY', grade: 'A', coefficient: '1.0200' },
      { level: 'TERTIARY', coefficient: '1' },
      { level: 'SECONDARY', groupCode: someGroup, coefficient: '0.88' },
      { level: 'SECONDARY', coefficient: '0.85' },
    ],
    outOfRegionCoefficients: [{ insuredRegionCode: '510300', coefficient: '0.98' }],
    exclusionItems: [
      { itemKind: 'DRUG', code: 'XDRUG001', name: '某新药', effectiveFrom: '2025-08-10' },
    ],
    tcmAdvantage: [{ diseaseCode: 'TCMA01', standard: '8500.00', prePilotStandard: '8000.00' }],
  }));
  ({ uuid: rateUuid, standard: rateStandard } = await createStandard(
    token,
    '2025.8-rate',
    RATE_PARAMETERS,
    {
      coefficients: [
        { level: 'TERTIARY', coefficient: '1.05' },
        { level: 'PRIMARY', coefficient: '0.8' },
        { hospitalCode: H1, groupCode: someGroup, coefficient: '1.2' },
      ],
      exclusionItems: [
        { itemKind: 'DRUG', code: 'XDRUG001', name: '某新药', effectiveFrom: '2025-01-01' },
      ],
    },
  ));
  ({ uuid: plusUuid, standard: plusStandard } = await createStandard(
    token,
    '2025.8-plus',
    PLUS_PARAMETERS,
    {
      coefficients: [
        { hospitalCode: H1, coefficient: '0.95' },
        { level: 'TERTIARY', coefficient: '1' },
        { level: 'SECONDARY', coefficient: '0.85' },
      ],
      outOfRegionCoefficients: [{ insuredRegionCode: '510300', coefficient: '0.98' }],
      exclusionItems: [
        { itemKind: 'DRUG', code: 'XDRUG001', name: '某新药', effectiveFrom: '2025-08-05' },
      ],
      tcmAdvantage: [{ diseaseCode: 'TCMA01', standard: '8500.00', prePilotStandard: '8000.00' }],
    },
  ));
  cases = generate();
  await store(cases);

  // a DIP standard of Chengdu over the national demo DIP catalog, and DIP-grouped cases
  const [dipDemo] = await t.asOwner<{ catalog_version_id: string }>(
    `select catalog_version_id from payment_standard
     where status = 'PUBLISHED' and method = 'DIP_SCORE' and owner_scope = 'REGION' limit 1`,
  );
  dipCatalogVersionId = dipDemo.catalog_version_id;
  dipGroups = await t.asOwner(
    `select code, score::text as weight, average_cost::text from dip_group
     where version_id = $1 and average_cost > 0 order by code`,
    [dipCatalogVersionId],
  );
  const someDip = dipGroups[Math.floor(dipGroups.length / 3)].code;
  ({ uuid: dipUuid, standard: dipStandard } = await createStandard(
    token,
    '2025.8-dip',
    DIP_PARAMETERS,
    {
      coefficients: [
        { hospitalCode: H1, groupCode: someDip, coefficient: '1.08' },
        { hospitalCode: H1, coefficient: '0.97' },
        { level: 'TERTIARY', coefficient: '1' },
        { level: 'SECONDARY', groupCode: someDip, coefficient: '0.9' },
      ],
      exclusionItems: [
        { itemKind: 'DRUG', code: 'XDRUG001', name: '某新药', effectiveFrom: '2025-08-15' },
      ],
      tcmAdvantage: [{ diseaseCode: 'TCMA01', standard: '8500.00', prePilotStandard: '8000.00' }],
    },
    dipCatalogVersionId,
  ));
  dipCases = generate('DIP');
  await store(dipCases);
}, 120_000);
afterAll(() => t.stop());

async function agree(
  uuid: string,
  priced: PricingStandard,
  expectedClasses: readonly string[],
  generated: Generated[] = cases,
  catalog = catalogVersionId,
): Promise<void> {
  const cases = generated;
  // a revision already priced is left alone: start from none (as the owner; the app never deletes)
  await t.asOwner('delete from case_payment where case_id = any($1::uuid[])', [
    cases.map((c) => c.caseId),
  ]);
  const written = await priceRegionPeriodInSql(asRegion, {
    provinceCode: PROVINCE,
    regionCode: CHENGDU,
    from: '2025-08-01',
    to: '2025-08-31',
    standardId: uuid,
    catalogVersionId: catalog,
    standard: priced,
  });
  const rows = await t.asOwner<{
    revision_id: string;
    case_class: string;
    rule: string;
    base_value: string | null;
    points: string | null;
    amount: string;
    provisional_amount: string;
    fund_due: string;
    flags: string[];
    coefficients: { kind: string; value: string }[];
  }>(
    `select revision_id, case_class, rule, base_value::text, points::text, amount::text,
       provisional_amount::text, fund_due::text, flags, coefficients
     from case_payment where payment_standard_id = $1`,
    [uuid],
  );
  const byRevision = new Map(rows.map((r) => [r.revision_id, r]));
  expect(written).toBe(rows.length);

  const mismatches: unknown[] = [];
  const classes = new Map<string, number>();
  let unpriced = 0;
  for (const c of cases) {
    const expected = pure(c, priced);
    const actual = byRevision.get(c.revisionId);
    if (!expected) {
      unpriced++;
      if (actual) mismatches.push({ case: c, expected: null, actual });
      continue;
    }
    classes.set(expected.caseClass, (classes.get(expected.caseClass) ?? 0) + 1);
    const same =
      actual &&
      actual.case_class === expected.caseClass &&
      actual.rule === expected.rule &&
      actual.provisional_amount === expected.provisionalAmount.toFixed(2) &&
      actual.fund_due === expected.fundDue.toFixed(2) &&
      (expected.points === null
        ? actual.points === null
        : new Dec(actual.points!).minus(expected.points).abs().lt('1e-20')) &&
      (expected.baseValue === null
        ? actual.base_value === null
        : new Dec(actual.base_value!).eq(expected.baseValue)) &&
      [...actual.flags].sort().join() === [...expected.flags].sort().join() &&
      // the same text as the pure path writes (no column scale such as 0.9000)
      actual.coefficients.map((k) => `${k.kind}=${k.value}`).join() ===
        expected.coefficients.map((k) => `${k.kind}=${k.value.toFixed()}`).join();
    if (!same)
      mismatches.push({
        case: c,
        expected: {
          caseClass: expected.caseClass,
          rule: expected.rule,
          points: expected.points?.toFixed(),
          amount: expected.provisionalAmount.toFixed(2),
          fundDue: expected.fundDue.toFixed(2),
          flags: expected.flags,
          coefficients: expected.coefficients.map((k) => `${k.kind}=${k.value.toFixed()}`),
        },
        actual,
      });
  }
  expect(mismatches.slice(0, 3)).toEqual([]);
  expect(mismatches).toHaveLength(0);
  // positive controls: every class the generator aims at really occurs, and most are priced
  for (const name of expectedClasses)
    expect([name, (classes.get(name) ?? 0) > 10]).toEqual([name, true]);
  expect(rows.length).toBeGreaterThan(CASES * 0.9);
  expect(unpriced).toBeGreaterThan(0);
}

describe('bulk pricing in SQL agrees with priceCase', () => {
  it(`prices ${CASES} generated cases the same under a DRG point-method standard`, async () => {
    await agree(standardUuid, standard, [
      'TCM_ADVANTAGE',
      'NORMAL',
      'HIGH',
      'LOW',
      'EXTREME',
      'INCOMPLETE',
      'EXCLUDED',
      'UNGROUPED',
    ]);
  }, 300_000);

  it(`prices ${CASES} generated cases the same under a DRG rate-method standard`, async () => {
    await agree(rateUuid, rateStandard, [
      'NORMAL',
      'HIGH',
      'LOW',
      'EXTREME',
      'INCOMPLETE',
      'EXCLUDED',
      'UNGROUPED',
    ]);
  }, 300_000);

  it(`prices ${CASES} generated cases the same with new-technology items paid beside the standard and bilateral surgery`, async () => {
    await agree(plusUuid, plusStandard, [
      'TCM_ADVANTAGE',
      'NORMAL',
      'HIGH',
      'LOW',
      'EXTREME',
      'INCOMPLETE',
      'EXCLUDED',
      'UNGROUPED',
    ]);
    // positive controls: items paid beside the standard, and the bilateral coefficient, occur
    const [seen] = await t.asOwner<{ items: number; bilateral: number }>(
      `select count(*) filter (where 'NEW_TECHNOLOGY_ITEMS' = any(flags) and case_class <> 'EXCLUDED')::int as items,
              count(*) filter (where coefficients @> '[{"kind": "BILATERAL_SURGERY"}]')::int as bilateral
       from case_payment where payment_standard_id = $1`,
      [plusUuid],
    );
    expect(seen.items).toBeGreaterThan(100);
    expect(seen.bilateral).toBeGreaterThan(100);
  }, 300_000);

  it(`prices ${CASES} generated DIP-grouped cases the same under a DIP score standard`, async () => {
    await agree(
      dipUuid,
      dipStandard,
      ['TCM_ADVANTAGE', 'NORMAL', 'HIGH', 'LOW', 'EXTREME', 'INCOMPLETE', 'EXCLUDED', 'UNGROUPED'],
      dipCases,
      dipCatalogVersionId!,
    );
    // positive controls: auxiliary factors and items beside the standard occur; blank groups
    // (no score in the catalog) get no payment either way
    const [seen] = await t.asOwner<{ aux: number; items: number; blank: number }>(
      `select count(*) filter (where coefficients @> '[{"kind": "AUX_FACTOR"}]')::int as aux,
              count(*) filter (where 'NEW_TECHNOLOGY_ITEMS' = any(flags) and case_class <> 'EXCLUDED')::int as items,
              count(*) filter (where r.dip_status = 'BLANK' and p.case_class <> 'EXCLUDED')::int as blank
       from case_payment p join case_revision r on r.id = p.revision_id
       where p.payment_standard_id = $1`,
      [dipUuid],
    );
    expect(seen.aux).toBeGreaterThan(1000);
    expect(seen.items).toBeGreaterThan(100);
    expect(seen.blank).toBe(0);
  }, 300_000);

  it('refuses a standard with variants it does not compute, coded, and writes nothing', async () => {
    const before = await t.asOwner<{ n: number }>('select count(*)::int as n from case_payment');
    // readmission needs the earlier stay's payment, possibly priced by the same statement
    await expect(
      priceRegionPeriodInSql(asRegion, {
        provinceCode: PROVINCE,
        regionCode: CHENGDU,
        from: '2025-08-01',
        to: '2025-08-31',
        standardId: standardUuid,
        catalogVersionId,
        standard: {
          ...standard,
          parameters: { ...standard.parameters, readmissionWindowDays: 15 },
        },
      }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'UNSUPPORTED_VARIANTS',
      details: { variants: ['readmissionWindowDays'] },
    });
    await expect(
      priceRegionPeriodInSql(asRegion, {
        provinceCode: PROVINCE,
        regionCode: CHENGDU,
        from: '2025-08-31',
        to: '2025-08-01',
        standardId: standardUuid,
        catalogVersionId,
        standard,
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await t.asOwner('select count(*)::int as n from case_payment')).toEqual(before);
  });
});
