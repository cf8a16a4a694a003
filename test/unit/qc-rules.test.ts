import {
  contentHash,
  evaluateQc,
  parseSettlementList,
  type QcFacts,
  type QcRuleConfig,
  type SettlementList,
} from '../../src/domain/qc';

/** The pure QC functions: parameters come from the rule rows, facts from the caller. */
const raw = {
  settlementId: 'S1',
  stayId: 'M1',
  hospitalCode: 'H51010000001',
  insuredPersonId: 'P1',
  insuranceType: 'RESIDENT',
  insuredRegionCode: '510300',
  sex: 1,
  age: 60,
  admittedAt: '2025-07-20T10:00:00+08:00',
  dischargedAt: '2025-07-28T10:00:00+08:00',
  los: 8,
  dischargeWay: 1,
  diagnoses: [{ code: 'K80.501' }],
  procedures: [],
  fees: [{ category: 'BED', amount: '100' }],
  totalCost: '100.00',
  fundPayments: [{ fund: 'POOLING', amount: '60' }],
  patientPaid: '40',
};

const facts = (over: Partial<QcFacts> = {}): QcFacts => ({
  diagnosisExists: () => true,
  procedureExists: () => true,
  hospitalProvince: '510000',
  provinceRegions: new Set(['510100', '510300']),
  priorStays: [],
  ...over,
});
const rule = (code: string, parameters: Record<string, unknown> = {}): QcRuleConfig => ({
  code,
  name: code,
  severity: 'ERROR',
  parameters,
  affectsDrg: true,
  affectsDip: true,
});
const parsed = (over: Record<string, unknown> = {}): SettlementList => {
  const result = parseSettlementList({ ...raw, ...over });
  expect(result.findings).toEqual([]);
  return result.list!;
};

describe('parseSettlementList', () => {
  it('normalises amounts and instants, so equal content has one hash whatever its spelling', () => {
    const a = parsed();
    const b = parsed({
      totalCost: '100',
      admittedAt: '2025-07-20T02:00:00Z',
      dischargedAt: '2025-07-28T02:00:00.000Z',
    });
    const reordered = parseSettlementList(
      Object.fromEntries(Object.entries({ ...raw }).reverse()),
    ).list!;
    expect(a.totalCost).toBe('100.00');
    expect(a.admittedAt).toBe('2025-07-20T02:00:00.000Z');
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toBe(contentHash(reordered));
    expect(contentHash(a)).not.toBe(
      contentHash(parsed({ totalCost: '100.01', fees: [{ category: 'BED', amount: '100.01' }] })),
    );
  });

  it('reports 2005 for missing fields and 2006 for values outside their domain, with paths', () => {
    const { list, findings } = parseSettlementList({
      ...raw,
      insuredPersonId: undefined,
      sex: 3,
      totalCost: 100,
      fees: [{ category: 'BED', amount: '1.234' }],
      extra: true,
    });
    expect(list).toBeNull();
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['2005', 'insuredPersonId'],
      ['2006', 'sex'],
      ['2006', 'fees[0].amount'],
      ['2006', 'totalCost'],
      ['2006', 'extra'],
    ]);
    expect(parseSettlementList('nope').findings[0].code).toBe('2006');
  });
});

describe('evaluateQc', () => {
  it('takes parameters from the rule row (2132 birth weight range)', () => {
    const newborn = parsed({ age: 0, ageDays: 2, birthWeights: [500] });
    expect(evaluateQc(newborn, [rule('2132', { min: 200, max: 20000 })], facts())).toEqual([]);
    const strict = evaluateQc(newborn, [rule('2132', { min: 1000, max: 9990 })], facts());
    expect(strict.map((i) => [i.code, i.field, i.severity])).toEqual([
      ['2132', 'birthWeights[0]', 'ERROR'],
    ]);
  });

  it('evaluates only the rules it is given (a disabled rule is absent), with their severity', () => {
    const foreign = parsed({ insuredRegionCode: '520100' });
    expect(evaluateQc(foreign, [], facts())).toEqual([]);
    const warned = evaluateQc(foreign, [{ ...rule('3008'), severity: 'WARNING' }], facts());
    expect(warned).toEqual([
      expect.objectContaining({ code: '3008', severity: 'WARNING', field: 'insuredRegionCode' }),
    ]);
  });

  it('flags a readmission inside the window of its parameter only', () => {
    const list = parsed();
    const prior = {
      hospitalCode: 'H51010000002',
      settlementId: 'S0',
      stayId: 'M0',
      dischargedAt: '2025-07-10T02:00:00.000Z',
      principalDiagnosis: 'K80.501',
    };
    const withPrior = facts({ priorStays: [prior] });
    expect(evaluateQc(list, [rule('3009', { days: 15 })], withPrior)).toHaveLength(1);
    expect(evaluateQc(list, [rule('3009', { days: 7 })], withPrior)).toEqual([]);
    expect(
      evaluateQc(
        list,
        [rule('3009', { days: 15 })],
        facts({ priorStays: [{ ...prior, principalDiagnosis: 'J18.000' }] }),
      ),
    ).toEqual([]);
  });

  it('checks code tables through the facts (2133, 3003)', () => {
    const list = parsed({ procedures: [{ code: '51.2200' }], diagnoses: [{ code: 'K80.501' }] });
    const none = facts({ diagnosisExists: () => false, procedureExists: () => false });
    expect(evaluateQc(list, [rule('2133'), rule('3003')], none).map((i) => i.code)).toEqual([
      '2133',
      '3003',
    ]);
    expect(evaluateQc(list, [rule('2133'), rule('3003')], facts())).toEqual([]);
  });
});
