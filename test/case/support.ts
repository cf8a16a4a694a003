import type { SettlementListInput } from '../generated/graphql';

/** Chengdu (510100) hospitals of the demo registry, and other Sichuan regions. */
export const CHENGDU = '510100';
export const ZIGONG = '510300';
export const PANZHIHUA = '510500';
export const H1 = 'H51010000001';
export const H2 = 'H51010000002';
export const ZIGONG_HOSPITAL = 'H51030000001';

let sequence = 0;

/**
 * A settlement list that passes every QC rule: a cholecystectomy in Chengdu, insured in Zigong,
 * with codes from the demo code tables. Override any field.
 */
export function validList(overrides: Partial<SettlementListInput> = {}): SettlementListInput {
  sequence++;
  return {
    settlementId: `S${Date.now().toString(36)}${sequence}`,
    stayId: `M${Date.now().toString(36)}${sequence}`,
    hospitalCode: H1,
    insuredPersonId: `510304199001011234`,
    insuranceType: 'EMPLOYEE',
    insuredRegionCode: ZIGONG,
    sex: 2,
    age: 45,
    admittedAt: '2025-07-20T02:00:00.000Z',
    dischargedAt: '2025-07-28T03:00:00.000Z',
    los: 8,
    dischargeWay: 1,
    settlementFrom: '2025-07-20',
    settlementTo: '2025-07-28',
    diagnoses: [
      { code: 'K80.501', name: '胆总管结石', admissionCondition: 1 },
      { code: 'I10.x05', name: '高血压3级', admissionCondition: 1 },
    ],
    procedures: [
      {
        code: '51.2200',
        name: '胆囊切除术',
        performedAt: '2025-07-22T01:00:00.000Z',
        anaesthesiaFrom: '2025-07-22T00:30:00.000Z',
        anaesthesiaTo: '2025-07-22T03:00:00.000Z',
      },
    ],
    icuStays: [],
    fees: [
      { category: 'BED', amount: '800.00' },
      { category: 'SURGERY', amount: '6000.50' },
      { category: 'DRUG_WESTERN', amount: '3199.50' },
    ],
    totalCost: '10000.00',
    fundPayments: [
      { fund: 'POOLING', amount: '6500.00' },
      { fund: 'SERIOUS_ILLNESS', amount: '500.00' },
    ],
    patientPaid: '3000.00',
    specialItems: [],
    plannedReadmission: false,
    ...overrides,
  };
}
