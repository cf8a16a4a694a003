import Decimal from 'decimal.js';
import type { QcFacts, QcIssue, QcRuleConfig } from './qc.types';
import type { SettlementList } from './settlement-list';

type Found = { field: string; message: string };
type Evaluator = (
  list: SettlementList,
  params: Readonly<Record<string, unknown>>,
  facts: QcFacts,
) => Found[];

const num = (params: Readonly<Record<string, unknown>>, key: string, fallback: number): number => {
  const value = params[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
};
const strings = (params: Readonly<Record<string, unknown>>, key: string): string[] => {
  const value = params[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
const startsWithAny = (code: string, prefixes: readonly string[]) =>
  prefixes.some((p) => code.toUpperCase().startsWith(p.toUpperCase()));

/** Whether an instant lies inside the stay (admission to discharge, inclusive). */
const inStay = (list: SettlementList, instant: string | null) =>
  instant === null || (instant >= list.admittedAt && instant <= list.dischargedAt);

const isNewborn = (list: SettlementList, maxAgeDays: number) =>
  list.age === null && list.ageDays !== null && list.ageDays <= maxAgeDays;

const DAY_MS = 86_400_000;

/**
 * The rule evaluators, keyed by rule code. Parameters come from the rule's row (defaults in the
 * migration, a region may override them); a code without an evaluator here is ignored. 2005 and
 * 2006 run while parsing (see parseSettlementList).
 */
export const QC_EVALUATORS: Readonly<Record<string, Evaluator>> = {
  // 2132: each birth weight inside [min, max] grams
  '2132': (list, params) => {
    const min = num(params, 'min', 200);
    const max = num(params, 'max', 20000);
    const found: Found[] = [];
    list.birthWeights.forEach((w, i) => {
      if (w < min || w > max)
        found.push({
          field: `birthWeights[${i}]`,
          message: `birth weight ${w} g is outside ${min}–${max} g`,
        });
    });
    if (list.admissionWeight !== null && isNewborn(list, 28)) {
      const w = list.admissionWeight;
      if (w < min || w > max)
        found.push({
          field: 'admissionWeight',
          message: `admission weight ${w} g is outside ${min}–${max} g`,
        });
    }
    return found;
  },
  // 2133: every procedure code in the ICD-9-CM-3 医保版 code table
  '2133': (list, _params, facts) =>
    list.procedures.flatMap((p, i) =>
      facts.procedureExists(p.code)
        ? []
        : [
            {
              field: `procedures[${i}].code`,
              message: `procedure code ${p.code} is not in ICD-9-CM-3 医保版`,
            },
          ],
    ),
  // 2134: anaesthesia inside the stay, and not ending before it starts
  '2134': (list) =>
    list.procedures.flatMap((p, i) => {
      const found: Found[] = [];
      for (const key of ['anaesthesiaFrom', 'anaesthesiaTo'] as const)
        if (!inStay(list, p[key]))
          found.push({
            field: `procedures[${i}].${key}`,
            message: `anaesthesia time ${p[key]} is outside the stay`,
          });
      if (p.anaesthesiaFrom && p.anaesthesiaTo && p.anaesthesiaTo < p.anaesthesiaFrom)
        found.push({
          field: `procedures[${i}].anaesthesiaTo`,
          message: 'anaesthesia ends before it starts',
        });
      return found;
    }),
  // 2136: ICU stays inside the stay
  '2136': (list) =>
    list.icuStays.flatMap((s, i) => {
      const found: Found[] = [];
      if (!inStay(list, s.from) || !inStay(list, s.to) || s.to < s.from)
        found.push({
          field: `icuStays[${i}]`,
          message: `ICU stay ${s.from} – ${s.to} is outside the stay`,
        });
      return found;
    }),
  // 2137: the settlement period inside the stay (by day)
  '2137': (list) => {
    const first = list.admittedAt.slice(0, 10);
    const last = list.dischargedAt.slice(0, 10);
    const found: Found[] = [];
    if (list.settlementFrom && (list.settlementFrom < first || list.settlementFrom > last))
      found.push({
        field: 'settlementFrom',
        message: `settlement period starts ${list.settlementFrom}, outside the stay ${first} – ${last}`,
      });
    if (list.settlementTo && (list.settlementTo < first || list.settlementTo > last))
      found.push({
        field: 'settlementTo',
        message: `settlement period ends ${list.settlementTo}, outside the stay ${first} – ${last}`,
      });
    if (list.settlementFrom && list.settlementTo && list.settlementTo < list.settlementFrom)
      found.push({ field: 'settlementTo', message: 'settlement period ends before it starts' });
    return found;
  },
  // 2139: a principal diagnosis
  '2139': (list) =>
    list.diagnoses.length === 0 || !list.diagnoses[0].code
      ? [{ field: 'diagnoses', message: 'no principal diagnosis' }]
      : [],
  // 3001: newborns (age ≤ maxAgeDays) need the newborn admission type and a weight
  '3001': (list, params) => {
    if (!isNewborn(list, num(params, 'maxAgeDays', 28))) return [];
    const found: Found[] = [];
    if (list.newbornAdmissionType === null)
      found.push({ field: 'newbornAdmissionType', message: 'a newborn needs the admission type' });
    if (list.admissionWeight === null && list.birthWeights.length === 0)
      found.push({
        field: 'admissionWeight',
        message: 'a newborn needs its admission or birth weight',
      });
    return found;
  },
  // 3002: deliveries (O80–O84, Z37.x) need the newborns' birth weights
  '3002': (list, params) => {
    const prefixes = strings(params, 'prefixes');
    const delivery = list.diagnoses.find((d) => startsWithAny(d.code, prefixes));
    return delivery && list.birthWeights.length === 0
      ? [
          {
            field: 'birthWeights',
            message: `diagnosis ${delivery.code} needs the newborns' birth weights`,
          },
        ]
      : [];
  },
  // 3003: every diagnosis code in the ICD-10 医保版 code table
  '3003': (list, _params, facts) =>
    list.diagnoses.flatMap((d, i) =>
      d.code && !facts.diagnosisExists(d.code)
        ? [
            {
              field: `diagnoses[${i}].code`,
              message: `diagnosis code ${d.code} is not in ICD-10 医保版`,
            },
          ]
        : [],
    ),
  // 3004: sex-specific diagnoses on the other sex
  '3004': (list, params) => {
    const female = strings(params, 'femaleOnly');
    const male = strings(params, 'maleOnly');
    return list.diagnoses.flatMap((d, i) =>
      (list.sex === 1 && startsWithAny(d.code, female)) ||
      (list.sex === 2 && startsWithAny(d.code, male))
        ? [
            {
              field: `diagnoses[${i}].code`,
              message: `diagnosis ${d.code} conflicts with sex ${list.sex}`,
            },
          ]
        : [],
    );
  },
  // 3005: codes that may not be the principal diagnosis (external causes V–Y, listed Z and R)
  '3005': (list, params) => {
    const principal = list.diagnoses[0]?.code;
    return principal && startsWithAny(principal, strings(params, 'prefixes'))
      ? [
          {
            field: 'diagnoses[0].code',
            message: `${principal} may not be the principal diagnosis`,
          },
        ]
      : [];
  },
  // 3006: no negative amounts, fund payments ≤ total cost
  '3006': (list) => {
    const found: Found[] = [];
    const amounts: [string, string][] = [
      ['totalCost', list.totalCost],
      ['patientPaid', list.patientPaid],
      ...list.fees.map((f, i): [string, string] => [`fees[${i}].amount`, f.amount]),
      ...list.fundPayments.map((f, i): [string, string] => [`fundPayments[${i}].amount`, f.amount]),
      ...list.specialItems.flatMap((s, i): [string, string][] =>
        s.amount !== undefined ? [[`specialItems[${i}].amount`, s.amount]] : [],
      ),
    ];
    for (const [field, amount] of amounts)
      if (new Decimal(amount).isNegative() && !new Decimal(amount).isZero())
        found.push({ field, message: `${field} is negative (${amount})` });
    const fund = list.fundPayments.reduce((sum, f) => sum.plus(f.amount), new Decimal(0));
    if (fund.gt(list.totalCost))
      found.push({
        field: 'fundPayments',
        message: `fund payments ${fund.toFixed(2)} exceed the total cost ${list.totalCost}`,
      });
    // new-technology items are part of the bill: paid beside the standard (STANDARD_PLUS_ITEMS),
    // their cost can never be more than the whole case cost
    const items = list.specialItems.reduce((sum, s) => sum.plus(s.amount ?? 0), new Decimal(0));
    if (items.gt(list.totalCost))
      found.push({
        field: 'specialItems',
        message: `special item costs ${items.toFixed(2)} exceed the total cost ${list.totalCost}`,
      });
    return found;
  },
  // 3007: fee lines sum to the total cost (within a tolerance)
  '3007': (list, params) => {
    const tolerance = new Decimal(typeof params.tolerance === 'string' ? params.tolerance : '0.01');
    const sum = list.fees.reduce((s, f) => s.plus(f.amount), new Decimal(0));
    return sum.minus(list.totalCost).abs().gt(tolerance)
      ? [
          {
            field: 'fees',
            message: `fee lines sum to ${sum.toFixed(2)}, the total cost is ${list.totalCost}`,
          },
        ]
      : [];
  },
  // 3008: the insured region is a pooling region of the hospital's province
  '3008': (list, _params, facts) =>
    facts.provinceRegions.has(list.insuredRegionCode)
      ? []
      : [
          {
            field: 'insuredRegionCode',
            message: `insured region ${list.insuredRegionCode} is not a pooling region of province ${facts.hospitalProvince}`,
          },
        ],
  // 3009: readmission within N days with the same principal diagnosis (分解住院), unless planned
  '3009': (list, params, facts) => {
    if (list.plannedReadmission || list.diagnoses.length === 0) return [];
    const windowMs = num(params, 'days', 15) * DAY_MS;
    const admitted = Date.parse(list.admittedAt);
    const principal = list.diagnoses[0].code;
    const prior = facts.priorStays.find((s) => {
      if (s.stayId === list.stayId && s.hospitalCode === list.hospitalCode) return false; // a part-settlement of the same stay
      if (s.principalDiagnosis !== principal) return false;
      const gap = admitted - Date.parse(s.dischargedAt);
      return gap >= 0 && gap <= windowMs;
    });
    return prior
      ? [
          {
            field: 'admittedAt',
            message: `readmitted within ${num(params, 'days', 15)} days of settlement ${prior.settlementId} (${prior.hospitalCode}) with the same principal diagnosis ${principal}`,
          },
        ]
      : [];
  },
};

/**
 * Evaluates the enabled rules (as configured for the treatment region) on one parsed list, in
 * rule-code order. Pure: every fact comes in through `facts`.
 */
export function evaluateQc(
  list: SettlementList,
  rules: readonly QcRuleConfig[],
  facts: QcFacts,
): QcIssue[] {
  const issues: QcIssue[] = [];
  for (const rule of [...rules].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const evaluate = QC_EVALUATORS[rule.code];
    if (!evaluate) continue;
    for (const found of evaluate(list, rule.parameters, facts))
      issues.push({
        code: rule.code,
        severity: rule.severity,
        affectsDrg: rule.affectsDrg,
        affectsDip: rule.affectsDip,
        field: found.field,
        message: found.message,
      });
  }
  return issues;
}

/** Attaches severity to parse findings (2005 and 2006 are always errors: the list cannot be kept). */
export function parseIssues(
  findings: readonly { code: string; field: string; message: string }[],
  rules: readonly QcRuleConfig[],
): QcIssue[] {
  return findings.map((f) => {
    const rule = rules.find((r) => r.code === f.code);
    return {
      ...f,
      severity: 'ERROR',
      affectsDrg: rule?.affectsDrg ?? true,
      affectsDip: rule?.affectsDip ?? true,
    };
  });
}
