import { createHash } from 'node:crypto';
import Decimal from 'decimal.js';
import { DECIMAL_TEXT } from '../decimal';
import type { QcFinding } from './qc.types';

/**
 * A settlement list (医疗保障基金结算清单) as the platform keeps it: the grouping- and
 * payment-relevant items of the national 4101 upload (DOMAIN-FORMULAS §6). Money is decimal text
 * (never a float), instants ISO 8601 in UTC, days `YYYY-MM-DD`.
 */
export interface SettlementList {
  /** Settlement id (setl_id): one stay may be settled in several parts. */
  settlementId: string;
  /** Stay id (mdtrt_id). */
  stayId: string;
  hospitalCode: string;
  /** Insured person identifier (个人编号): personal data, stored once, shown pseudonymised. */
  insuredPersonId: string;
  insuranceType: 'EMPLOYEE' | 'RESIDENT';
  insuredRegionCode: string;
  /** GB/T 2261.1: 0 unknown, 1 male, 2 female, 9 unspecified. */
  sex: number;
  /** Age in whole years (≥ 1), else null and `ageDays` set. */
  age: number | null;
  ageDays: number | null;
  /** Newborn birth weights in grams (several for multiple births), 10 g precision. */
  birthWeights: number[];
  admissionWeight: number | null;
  newbornAdmissionType: string | null;
  admittedAt: string;
  dischargedAt: string;
  los: number;
  /** 1 ordered, 2 transfer, 3 community, 4 against advice, 5 death, 9 other. */
  dischargeWay: number;
  settlementFrom: string | null;
  settlementTo: string | null;
  /** Principal diagnosis first (ICD-10 医保版 2.0). */
  diagnoses: { code: string; name: string | null; admissionCondition: number | null }[];
  /** Principal procedure first (ICD-9-CM-3 医保版 2.0). */
  procedures: {
    code: string;
    name: string | null;
    performedAt: string | null;
    anaesthesiaFrom: string | null;
    anaesthesiaTo: string | null;
    /**
     * Performed on both sides (双侧手术): the national 4101 list has no laterality item, so the
     * hospital states it. Present only when true, so lists that never use it keep their content
     * hash (and their stored revisions stay UNCHANGED).
     */
    bilateral?: true;
  }[];
  icuStays: { from: string; to: string }[];
  ventilationMinutes: number | null;
  tcmPrincipalDiagnosis: string | null;
  tcmTreatmentShare: string | null;
  /** Fee totals by category (住院费用分类). */
  fees: { category: string; amount: string }[];
  totalCost: string;
  /** Fund payments, itemised (统筹基金, 大病保险, 医疗救助 …). */
  fundPayments: { fund: string; amount: string }[];
  patientPaid: string;
  /**
   * New drugs, devices and technology used (新药耗新技术 exclusion), with their cost when the
   * hospital gives it (a standard paying such items beside the standard needs it). `amount` is
   * present only when given, so lists without it keep their content hash.
   */
  specialItems: { kind: 'DRUG' | 'DEVICE' | 'PROCEDURE'; code: string; amount?: string }[];
  /** 31-day planned readmission (是否有出院31天内再住院计划). */
  plannedReadmission: boolean;
}

/** The largest upload a list may hold per array, so one bad line cannot blow up memory. */
const MAX_ITEMS = 100;
const MAX_TEXT = 200;
const CODE = /^[A-Za-z0-9][A-Za-z0-9.+x/-]{0,39}$/;
const REGION = /^[1-9][0-9]{5}$/;
const HOSPITAL = /^H[1-9][0-9]{10}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const MONEY = /^-?(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/** Reads a raw object (a JSON line, or a GraphQL input turned into JSON) into a SettlementList. */
class Reader {
  readonly findings: QcFinding[] = [];
  constructor(private readonly raw: Record<string, unknown>) {}

  private missing(field: string) {
    this.findings.push({ code: '2005', field, message: `${field} is required` });
  }
  domain(field: string, message: string) {
    this.findings.push({ code: '2006', field, message: `${field}: ${message}` });
  }
  private present(value: unknown): boolean {
    return value !== undefined && value !== null && value !== '';
  }

  text(
    value: unknown,
    field: string,
    required: boolean,
    pattern?: RegExp,
    what = 'malformed',
  ): string | null {
    if (!this.present(value)) {
      if (required) this.missing(field);
      return null;
    }
    if (typeof value !== 'string' || value.length > MAX_TEXT || value.includes('\u0000')) {
      this.domain(field, 'must be a string of at most 200 characters');
      return null;
    }
    const trimmed = value.trim();
    if (pattern && !pattern.test(trimmed)) {
      this.domain(field, what);
      return null;
    }
    return trimmed;
  }

  int(value: unknown, field: string, required: boolean, min: number, max: number): number | null {
    if (!this.present(value)) {
      if (required) this.missing(field);
      return null;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.domain(field, `must be a whole number from ${min} to ${max}`);
      return null;
    }
    return value;
  }

  oneOf<T extends string | number>(value: unknown, field: string, allowed: readonly T[]): T | null {
    if (!this.present(value)) {
      this.missing(field);
      return null;
    }
    if (!allowed.includes(value as T)) {
      this.domain(field, `must be one of ${allowed.join(', ')}`);
      return null;
    }
    return value as T;
  }

  money(value: unknown, field: string, required = true): string | null {
    if (!this.present(value)) {
      if (required) this.missing(field);
      return null;
    }
    if (typeof value !== 'string' || !MONEY.test(value)) {
      this.domain(
        field,
        'must be an amount as decimal text with at most 2 decimals, e.g. "1234.50"',
      );
      return null;
    }
    return new Decimal(value).toFixed(2);
  }

  instant(value: unknown, field: string, required: boolean): string | null {
    const text = this.text(value, field, required, INSTANT, 'must be an ISO 8601 date-time');
    if (text === null) return null;
    const date = new Date(text);
    if (Number.isNaN(date.getTime())) {
      this.domain(field, 'is not a real date-time');
      return null;
    }
    return date.toISOString();
  }

  day(value: unknown, field: string): string | null {
    const text = this.text(value, field, false, DAY, 'must be a day YYYY-MM-DD');
    if (text === null) return null;
    const probe = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== text) {
      this.domain(field, 'is not a real day');
      return null;
    }
    return text;
  }

  list(value: unknown, field: string, required: boolean): Record<string, unknown>[] {
    if (!this.present(value)) {
      if (required) this.missing(field);
      return [];
    }
    if (!Array.isArray(value) || value.length > MAX_ITEMS) {
      this.domain(field, `must be a list of at most ${MAX_ITEMS} items`);
      return [];
    }
    const items: Record<string, unknown>[] = [];
    value.forEach((item, i) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item))
        this.domain(`${field}[${i}]`, 'must be an object');
      else items.push(item as Record<string, unknown>);
    });
    return items;
  }

  /** An optional true/false: null when absent, a 2006 finding when not a boolean. */
  flag(value: unknown, field: string): boolean | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') {
      this.domain(field, 'must be true or false');
      return null;
    }
    return value;
  }

  get(key: string): unknown {
    return this.raw[key];
  }
}

export interface ParsedSettlementList {
  /** Null when a field storage needs is missing or malformed (the findings say which). */
  list: SettlementList | null;
  /** 2005 (required) and 2006 (value domain) findings. */
  findings: QcFinding[];
}

/**
 * Parses one raw settlement list (the GraphQL input's field names; money and decimals as
 * strings). Required-field (2005) and value-domain (2006) checks happen here, since a value of
 * the wrong kind cannot be checked further; they are reported whatever a region configures,
 * because a list missing them cannot be stored or grouped.
 */
export function parseSettlementList(raw: unknown): ParsedSettlementList {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      list: null,
      findings: [{ code: '2006', field: '', message: 'a settlement list must be a JSON object' }],
    };
  }
  const r = new Reader(raw as Record<string, unknown>);
  const settlementId = r.text(r.get('settlementId'), 'settlementId', true, /^[\x21-\x7e]{1,64}$/);
  const stayId = r.text(r.get('stayId'), 'stayId', true, /^[\x21-\x7e]{1,64}$/);
  const hospitalCode = r.text(r.get('hospitalCode'), 'hospitalCode', true, HOSPITAL);
  const insuredPersonId = r.text(
    r.get('insuredPersonId'),
    'insuredPersonId',
    true,
    /^[\x21-\x7e]{1,64}$/,
  );
  const insuranceType = r.oneOf(r.get('insuranceType'), 'insuranceType', [
    'EMPLOYEE',
    'RESIDENT',
  ] as const);
  const insuredRegionCode = r.text(
    r.get('insuredRegionCode'),
    'insuredRegionCode',
    true,
    REGION,
    'must be a 6-digit region code',
  );
  const sex = r.oneOf(r.get('sex'), 'sex', [0, 1, 2, 9]);
  const age = r.int(r.get('age'), 'age', false, 0, 150);
  const ageDays = r.int(r.get('ageDays'), 'ageDays', false, 0, 365);
  if (age === null && ageDays === null && r.findings.every((f) => f.field !== 'age'))
    r.findings.push({ code: '2005', field: 'age', message: 'age (years) or ageDays is required' });
  if (age === 0 && ageDays === null && r.findings.every((f) => f.field !== 'ageDays'))
    r.findings.push({
      code: '2005',
      field: 'ageDays',
      message: 'ageDays is required under one year',
    });
  const birthWeights: number[] = [];
  const rawWeights = r.get('birthWeights');
  if (rawWeights !== undefined && rawWeights !== null) {
    if (!Array.isArray(rawWeights) || rawWeights.length > 10)
      r.domain('birthWeights', 'must be a list of at most 10 weights in grams');
    else
      rawWeights.forEach((w, i) => {
        const weight = r.int(w, `birthWeights[${i}]`, true, 0, 99999);
        if (weight !== null && weight % 10 !== 0)
          r.domain(`birthWeights[${i}]`, 'is recorded to 10 g');
        else if (weight !== null) birthWeights.push(weight);
      });
  }
  const admissionWeight = r.int(r.get('admissionWeight'), 'admissionWeight', false, 0, 99999);
  const newbornAdmissionType = r.text(
    r.get('newbornAdmissionType'),
    'newbornAdmissionType',
    false,
    /^[1-9]$/,
    'must be one digit (新生儿入院类型)',
  );
  const admittedAt = r.instant(r.get('admittedAt'), 'admittedAt', true);
  const dischargedAt = r.instant(r.get('dischargedAt'), 'dischargedAt', true);
  if (admittedAt && dischargedAt && dischargedAt < admittedAt)
    r.domain('dischargedAt', 'is before admittedAt');
  const los = r.int(r.get('los'), 'los', true, 0, 36500);
  const dischargeWay = r.oneOf(r.get('dischargeWay'), 'dischargeWay', [1, 2, 3, 4, 5, 9]);
  const settlementFrom = r.day(r.get('settlementFrom'), 'settlementFrom');
  const settlementTo = r.day(r.get('settlementTo'), 'settlementTo');

  const diagnoses = r.list(r.get('diagnoses'), 'diagnoses', false).map((d, i) => ({
    code: r.text(d.code, `diagnoses[${i}].code`, true, CODE) ?? '',
    name: r.text(d.name, `diagnoses[${i}].name`, false),
    admissionCondition: r.int(
      d.admissionCondition,
      `diagnoses[${i}].admissionCondition`,
      false,
      1,
      4,
    ),
  }));
  const procedures = r.list(r.get('procedures'), 'procedures', false).map((p, i) => {
    const bilateral = r.flag(p.bilateral, `procedures[${i}].bilateral`);
    return {
      code: r.text(p.code, `procedures[${i}].code`, true, CODE) ?? '',
      name: r.text(p.name, `procedures[${i}].name`, false),
      performedAt: r.instant(p.performedAt, `procedures[${i}].performedAt`, false),
      anaesthesiaFrom: r.instant(p.anaesthesiaFrom, `procedures[${i}].anaesthesiaFrom`, false),
      anaesthesiaTo: r.instant(p.anaesthesiaTo, `procedures[${i}].anaesthesiaTo`, false),
      // only a true flag is kept: false and absent hash alike (see SettlementList)
      ...(bilateral === true ? { bilateral: true as const } : {}),
    };
  });
  const icuStays = r.list(r.get('icuStays'), 'icuStays', false).map((s, i) => ({
    from: r.instant(s.from, `icuStays[${i}].from`, true) ?? '',
    to: r.instant(s.to, `icuStays[${i}].to`, true) ?? '',
  }));
  const ventilationMinutes = r.int(
    r.get('ventilationMinutes'),
    'ventilationMinutes',
    false,
    0,
    52_560_000,
  );
  const tcmPrincipalDiagnosis = r.text(
    r.get('tcmPrincipalDiagnosis'),
    'tcmPrincipalDiagnosis',
    false,
    CODE,
  );
  let tcmTreatmentShare: string | null = null;
  const share = r.get('tcmTreatmentShare');
  if (share !== undefined && share !== null) {
    if (
      typeof share !== 'string' ||
      !DECIMAL_TEXT.test(share) ||
      new Decimal(share).lt(0) ||
      new Decimal(share).gt(1) ||
      new Decimal(share).decimalPlaces() > 4
    )
      r.domain('tcmTreatmentShare', 'must be a decimal from 0 to 1 with at most 4 decimals');
    else tcmTreatmentShare = new Decimal(share).toFixed();
  }
  const fees = r.list(r.get('fees'), 'fees', true).map((f, i) => ({
    category: r.text(f.category, `fees[${i}].category`, true, /^[A-Za-z0-9_]{1,40}$/) ?? '',
    amount: r.money(f.amount, `fees[${i}].amount`) ?? '0.00',
  }));
  const totalCost = r.money(r.get('totalCost'), 'totalCost');
  const fundPayments = r.list(r.get('fundPayments'), 'fundPayments', false).map((f, i) => ({
    fund: r.text(f.fund, `fundPayments[${i}].fund`, true, /^[A-Za-z0-9_]{1,40}$/) ?? '',
    amount: r.money(f.amount, `fundPayments[${i}].amount`) ?? '0.00',
  }));
  const patientPaid = r.money(r.get('patientPaid'), 'patientPaid');
  const specialItems = r.list(r.get('specialItems'), 'specialItems', false).map((s, i) => {
    const amount = r.money(s.amount, `specialItems[${i}].amount`, false);
    return {
      kind:
        r.oneOf(s.kind, `specialItems[${i}].kind`, ['DRUG', 'DEVICE', 'PROCEDURE'] as const) ??
        'DRUG',
      code: r.text(s.code, `specialItems[${i}].code`, true, /^[\x21-\x7e]{1,64}$/) ?? '',
      // the key exists only when an amount was given (see SettlementList)
      ...(amount !== null ? { amount } : {}),
    };
  });
  const planned = r.flag(r.get('plannedReadmission'), 'plannedReadmission');
  const known = new Set([
    'settlementId',
    'stayId',
    'hospitalCode',
    'insuredPersonId',
    'insuranceType',
    'insuredRegionCode',
    'sex',
    'age',
    'ageDays',
    'birthWeights',
    'admissionWeight',
    'newbornAdmissionType',
    'admittedAt',
    'dischargedAt',
    'los',
    'dischargeWay',
    'settlementFrom',
    'settlementTo',
    'diagnoses',
    'procedures',
    'icuStays',
    'ventilationMinutes',
    'tcmPrincipalDiagnosis',
    'tcmTreatmentShare',
    'fees',
    'totalCost',
    'fundPayments',
    'patientPaid',
    'specialItems',
    'plannedReadmission',
  ]);
  for (const key of Object.keys(raw)) if (!known.has(key)) r.domain(key, 'is not a known field');

  if (r.findings.length > 0) return { list: null, findings: r.findings };
  return {
    list: {
      settlementId: settlementId!,
      stayId: stayId!,
      hospitalCode: hospitalCode!,
      insuredPersonId: insuredPersonId!,
      insuranceType: insuranceType!,
      insuredRegionCode: insuredRegionCode!,
      sex: sex!,
      age: age === 0 ? null : age,
      ageDays: age === null || age === 0 ? ageDays : null,
      birthWeights,
      admissionWeight,
      newbornAdmissionType,
      admittedAt: admittedAt!,
      dischargedAt: dischargedAt!,
      los: los!,
      dischargeWay: dischargeWay!,
      settlementFrom,
      settlementTo,
      diagnoses,
      procedures,
      icuStays,
      ventilationMinutes,
      tcmPrincipalDiagnosis,
      tcmTreatmentShare,
      fees,
      totalCost: totalCost!,
      fundPayments,
      patientPaid: patientPaid!,
      specialItems,
      plannedReadmission: planned === true,
    },
    findings: [],
  };
}

/**
 * The content hash of a parsed list (sha256 of its JSON): equal hashes, identical content. The
 * parser builds every list with the same keys in the same order and normalised values (amounts
 * to 2 decimals, instants in UTC), so its JSON is canonical: the same content whatever the key
 * order, number formatting or time zone of the upload.
 */
export function contentHash(list: SettlementList): string {
  return createHash('sha256').update(JSON.stringify(list)).digest('hex');
}
