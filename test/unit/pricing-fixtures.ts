import { Dec } from '../../src/domain/decimal';
import {
  parseStandardParameters,
  type CaseFacts,
  type CoefficientRow,
  type GroupFacts,
  type PaymentStandard,
} from '../../src/domain/pricing';

/** Parameters through the real parser (so every test also proves the parser accepts them). */
export function standardOf(
  parameters: Record<string, unknown>,
  tables: Partial<Omit<PaymentStandard, 'parameters' | 'regionCode'>> = {},
): PaymentStandard {
  const parsed = parseStandardParameters(parameters);
  if (!parsed.ok) throw new Error(`test parameters refused: ${JSON.stringify(parsed.errors)}`);
  return {
    regionCode: '510100',
    parameters: parsed.value,
    coefficients: [],
    outOfRegionCoefficients: [],
    bedDayStandards: [],
    tcmAdvantageStandards: [],
    exclusionItems: [],
    ...tables,
  };
}

export const d = (text: string) => new Dec(text);

export function hospitalCoefficient(hospitalCode: string, value: string): CoefficientRow {
  return { hospitalCode, level: null, grade: null, groupCode: null, coefficient: d(value) };
}

export function caseOf(cost: string, overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    totalCost: d(cost),
    patientShare: d('0'),
    los: 8,
    dischargeWay: '1',
    admissionDate: '2025-03-01',
    dischargeDate: '2025-03-09',
    insuranceType: 'EMPLOYEE',
    insuredRegionCode: '510100',
    hospital: { code: 'H1', level: 'TERTIARY', grade: 'A' },
    tcmTreatment: false,
    bilateralSurgery: false,
    items: [],
    previousStay: null,
    ...overrides,
  };
}

export function drgGroup(code: string, weight: string, averageCost: string): GroupFacts {
  return {
    kind: 'DRG',
    code,
    weight: d(weight),
    score: null,
    averageCost: d(averageCost),
    auxFactor: null,
    levelAverageCost: null,
  };
}

export function dipGroup(code: string, score: string, averageCost: string): GroupFacts {
  return {
    kind: 'DIP',
    code,
    weight: null,
    score: d(score),
    averageCost: d(averageCost),
    auxFactor: null,
    levelAverageCost: null,
  };
}

/** Decimal results as strings, so expectations read as the hand-worked figures. */
export const s = (value: Dec | null | undefined) => (value == null ? null : value.toFixed());
