import { priceCase, PricingError, type CoefficientRow } from '../../src/domain/pricing';
import {
  caseOf,
  d,
  dipGroup,
  drgGroup,
  hospitalCoefficient,
  s,
  standardOf,
} from './pricing-fixtures';

/**
 * Every class and formula variant of DOMAIN-FORMULAS §3–4, each with a hand-worked figure in the
 * comment above its expectation.
 */
const POINTS = {
  method: 'DRG_POINTS',
  pointValueEmployee: '10',
  pointValueResident: '8',
  defaultCoefficient: '1',
  highThresholdBasis: 'FIXED',
  highRatio: '3',
  lowRatio: '0.4',
};
const DIP = {
  method: 'DIP_SCORE',
  pointValueEmployee: '10',
  pointValueResident: '8',
  defaultCoefficient: '1',
  highThresholdBasis: 'FIXED',
  highRatio: '2',
  lowRatio: '0.5',
  highFormula: 'EXCESS_MULTIPLE',
};
const RATE = {
  method: 'DRG_RATE',
  baseRateEmployee: '6495.34',
  baseRateResident: '6000',
  defaultCoefficient: '1',
};
const B = drgGroup('GB25', '1', '10000'); // 100 base points, average 10,000
const S150 = dipGroup('K80.1', '150', '12000');
const level = (
  lvl: CoefficientRow['level'],
  grade: CoefficientRow['grade'],
  value: string,
  groupCode: string | null = null,
): CoefficientRow => ({ hospitalCode: null, level: lvl, grade, groupCode, coefficient: d(value) });

describe('pricing: methods, base rates and point values', () => {
  it('rate method: baseRate × RW × adjustment × institution, to the fen', () => {
    const standard = standardOf(
      { ...RATE, adjustmentCoefficient: '0.95' },
      { coefficients: [hospitalCoefficient('H1', '1.1')] },
    );
    // 6495.34 × 0.4527 = 2940.440418; × 0.95 = 2793.4183971; × 1.1 = 3072.76023681 → 3072.76
    const r = priceCase(caseOf('3000'), drgGroup('GB25', '0.4527', '3000'), standard);
    expect(s(r.baseValue)).toBe('2793.4183971');
    expect(s(r.standardAmount)).toBe('3072.76023681');
    expect(s(r.provisionalAmount)).toBe('3072.76');
    expect(r.coefficients.map((c) => [c.kind, s(c.value)])).toEqual([
      ['ADJUSTMENT', '0.95'],
      ['INSTITUTION', '1.1'],
    ]);
  });

  it('rate method: the resident base rate for a resident', () => {
    // 6000 × 0.5 = 3000
    const r = priceCase(
      caseOf('3000', { insuranceType: 'RESIDENT' }),
      drgGroup('X', '0.5', '3000'),
      standardOf(RATE),
    );
    expect(s(r.amount)).toBe('3000');
  });

  it('point method: RW × 100 × coefficient, × the budgeted point value of the insurance type', () => {
    const standard = standardOf(POINTS, { coefficients: [hospitalCoefficient('H1', '0.9')] });
    // RW 1.2 → 120 points × 0.9 = 108; employee 108 × 10 = 1080, resident 108 × 8 = 864
    const group = drgGroup('X', '1.2', '12000');
    expect(s(priceCase(caseOf('12000'), group, standard).points)).toBe('108');
    expect(s(priceCase(caseOf('12000'), group, standard).amount)).toBe('1080');
    const resident = priceCase(caseOf('12000', { insuranceType: 'RESIDENT' }), group, standard);
    expect(s(resident.amount)).toBe('864');
    expect(s(resident.pointValue)).toBe('8');
  });

  it('DIP: score × coefficient × auxiliary factor', () => {
    const standard = standardOf(DIP, { coefficients: [hospitalCoefficient('H1', '0.95')] });
    // 150 × 0.95 × 1.1 = 156.75
    const r = priceCase(caseOf('12000'), { ...S150, auxFactor: d('1.1') }, standard);
    expect(s(r.points)).toBe('156.75');
    expect(r.coefficients.map((c) => c.kind)).toEqual(['INSTITUTION', 'AUX_FACTOR']);
  });

  it('fund due = amount − patient share, rounded half-up to the fen once', () => {
    // 1000.01 × 0.5 = 500.005 → 500.01 (half-up); fund due 500.005 − 100.00 = 400.005 → 400.01
    const standard = standardOf({ ...RATE, baseRateEmployee: '1000.01' });
    const r = priceCase(
      caseOf('500', { patientShare: d('100.00') }),
      drgGroup('X', '0.5', '500'),
      standard,
    );
    expect(s(r.amount)).toBe('500.005');
    expect(s(r.provisionalAmount)).toBe('500.01');
    expect(s(r.fundDue)).toBe('400.01');
  });

  it('rate method outliers are the same formulas in money', () => {
    // base standard 6,000 × 1 = 6,000; cost 30,000 / average 6,000 = 5 ≥ 3 (tertiary):
    // 6,000 × 1.1 + 6,000 × (5 − 3) = 6,600 + 12,000 = 18,600
    const standard = standardOf(
      { ...RATE, highRatioTertiary: '3' },
      { coefficients: [hospitalCoefficient('H1', '1.1')] },
    );
    const r = priceCase(
      caseOf('30000', { insuranceType: 'RESIDENT' }),
      drgGroup('X', '1', '6000'),
      standard,
    );
    expect([r.caseClass, s(r.standardAmount), s(r.provisionalAmount)]).toEqual([
      'HIGH',
      '18600',
      '18600',
    ]);
    // low: 1,800 / 6,000 = 0.3 ≤ 0.4: 6,000 × 0.3 × 1.1 = 1,980
    const low = priceCase(
      caseOf('1800', { insuranceType: 'RESIDENT' }),
      drgGroup('X', '1', '6000'),
      standard,
    );
    expect([low.caseClass, s(low.amount)]).toEqual(['LOW', '1980']);
  });

  it('a level left out of HOSPITAL_LEVEL takes highRatio', () => {
    const standard = standardOf({
      ...POINTS,
      highThresholdBasis: 'HOSPITAL_LEVEL',
      highRatio: '2.5',
      highRatioPrimary: null,
    });
    // primary: H = 2.5; cost 25,000 / 10,000 = 2.5 ≥ 2.5 → 100 + 100 × 0 = 100
    const r = priceCase(
      caseOf('25000', { hospital: { code: 'H1', level: 'PRIMARY', grade: null } }),
      B,
      standard,
    );
    expect([r.caseClass, s(r.highThreshold), s(r.points)]).toEqual(['HIGH', '2.5', '100']);
  });

  it('a DIP group cannot be priced by a DRG standard', () => {
    expect(() => priceCase(caseOf('1000'), S150, standardOf(POINTS))).toThrow(PricingError);
  });
});

describe('pricing: coefficients', () => {
  const rows = [
    level('TERTIARY', 'A', '1.2'),
    level('TERTIARY', null, '1.15'),
    level('TERTIARY', 'A', '1.3', 'GB25'),
    hospitalCoefficient('H9', '0.7'),
    level('PRIMARY', null, '0.8'),
  ];
  const at = (
    code: string,
    lvl: CoefficientRow['level'] & string,
    grade: 'A' | 'B' | null,
    group = B,
    extra = {},
  ) =>
    priceCase(
      caseOf('10000', { hospital: { code, level: lvl as never, grade } }),
      group,
      standardOf({ ...POINTS, defaultCoefficient: null, ...extra }, { coefficients: rows }),
    ).coefficients.find((c) => c.kind === 'INSTITUTION');

  it('the most specific row wins: hospital, (level+grade, group), level+grade, level', () => {
    expect(s(at('H9', 'TERTIARY', 'A')!.value)).toBe('0.7'); // the hospital's own row
    expect(s(at('H1', 'TERTIARY', 'A')!.value)).toBe('1.3'); // TERTIARY/A for GB25
    expect(s(at('H1', 'TERTIARY', 'A', drgGroup('GB29', '1', '10000'))!.value)).toBe('1.2');
    expect(s(at('H1', 'TERTIARY', 'B')!.value)).toBe('1.15'); // no B row: the level's
  });

  it('a level with no coefficient takes 90 % of the next higher, else 110 % of the next lower', () => {
    const extra = { missingLevelFallback: 'NEXT_HIGHER_THEN_LOWER' };
    // SECONDARY/B: no row; next higher TERTIARY (no B row: 1.15) × 0.9 = 1.035
    expect(s(at('H2', 'SECONDARY', 'B', B, extra)!.value)).toBe('1.035');
    // UNRATED: next higher PRIMARY 0.8 × 0.9 = 0.72
    expect(s(at('H4', 'UNRATED', null, B, extra)!.value)).toBe('0.72');
    const onlyLower = standardOf(
      { ...POINTS, defaultCoefficient: null, ...extra },
      { coefficients: [level('PRIMARY', null, '0.8')] },
    );
    // SECONDARY: nothing above; next lower PRIMARY 0.8 × 1.1 = 0.88
    const r = priceCase(
      caseOf('10000', { hospital: { code: 'H2', level: 'SECONDARY', grade: null } }),
      B,
      onlyLower,
    );
    expect(s(r.points)).toBe('88');
  });

  it('no row, no fallback and no default: the case cannot be priced', () => {
    expect(() => at('H2', 'SECONDARY', 'B')).toThrow(/No coefficient/);
  });

  it('TCM and bilateral-surgery coefficients multiply the standard', () => {
    const standard = standardOf({
      ...POINTS,
      tcmCoefficient: '1.1',
      bilateralSurgeryCoefficient: '1.5',
    });
    // 100 × 1 × 1.1 × 1.5 = 165
    const r = priceCase(
      caseOf('10000', { tcmTreatment: true, bilateralSurgery: true }),
      B,
      standard,
    );
    expect(s(r.points)).toBe('165');
    expect(r.coefficients.map((c) => c.kind)).toEqual(['INSTITUTION', 'TCM', 'BILATERAL_SURGERY']);
  });
});

describe('pricing: out-of-region cases', () => {
  const away = caseOf('10000', { insuredRegionCode: '510300' });
  it('one coefficient for every out-of-region case', () => {
    const standard = standardOf({
      ...POINTS,
      outOfRegionMode: 'SINGLE_COEFFICIENT',
      outOfRegionCoefficient: '1.05',
    });
    // 100 × 1.05 = 105; a local case stays 100
    const r = priceCase(away, B, standard);
    expect(s(r.points)).toBe('105');
    expect(r.flags).toContain('OUT_OF_REGION');
    expect(s(priceCase(caseOf('10000'), B, standard).points)).toBe('100');
  });

  it('one coefficient per insured region, else the single one', () => {
    const standard = standardOf(
      { ...POINTS, outOfRegionMode: 'PER_INSURED_REGION', outOfRegionCoefficient: '1.02' },
      { outOfRegionCoefficients: [{ insuredRegionCode: '510300', coefficient: d('1.1') }] },
    );
    expect(s(priceCase(away, B, standard).points)).toBe('110'); // 100 × 1.1
    const other = caseOf('10000', { insuredRegionCode: '510400' });
    expect(s(priceCase(other, B, standard).points)).toBe('102'); // 100 × 1.02
  });

  it('a separate out-of-region standard (its own point value)', () => {
    const standard = standardOf({
      ...POINTS,
      outOfRegionMode: 'SEPARATE_STANDARD',
      outOfRegionPointValueEmployee: '11',
      outOfRegionPointValueResident: '9',
    });
    // 100 points × 11 = 1100 (local: × 10 = 1000)
    expect(s(priceCase(away, B, standard).amount)).toBe('1100');
    expect(s(priceCase(caseOf('10000'), B, standard).amount)).toBe('1000');
  });
});

describe('pricing: outliers', () => {
  const coef = (v: string) => ({ coefficients: [hospitalCoefficient('H1', v)] });

  it('comparators: group average, payment standard, level average', () => {
    // base 100 × coefficient 0.8 = 80 points × point value 100 = 8,000 in money; cost 24,000, H = 3
    const cost = caseOf('24000');
    const with_ = (comparator: string, group = B) =>
      priceCase(
        cost,
        group,
        standardOf({ ...POINTS, pointValueEmployee: '100', comparator }, coef('0.8')),
      );
    // 24,000 / 10,000 = 2.4 < 3
    expect(with_('GROUP_AVERAGE').caseClass).toBe('NORMAL');
    // 24,000 / 8,000 = 3 ≥ 3: 100 × 0.8 + 100 × (3 − 3) = 80
    expect([with_('PAYMENT_STANDARD').caseClass, s(with_('PAYMENT_STANDARD').ratio)]).toEqual([
      'HIGH',
      '3',
    ]);
    // level average 10,000 × 0.8 = 8,000 → 3
    expect(s(with_('LEVEL_AVERAGE').comparatorAmount)).toBe('8000');
    expect(with_('LEVEL_AVERAGE').caseClass).toBe('HIGH');
    // a level-average table entry wins: 24,000 / 9,000 = 2.67 < 3
    expect(with_('LEVEL_AVERAGE', { ...B, levelAverageCost: d('9000') }).caseClass).toBe('NORMAL');
  });

  it('high threshold by hospital level: 3 tertiary, 2 secondary', () => {
    const standard = standardOf({
      ...POINTS,
      highThresholdBasis: 'HOSPITAL_LEVEL',
      highRatio: null,
    });
    const at = (lvl: 'TERTIARY' | 'SECONDARY') =>
      priceCase(
        caseOf('25000', { hospital: { code: 'H1', level: lvl, grade: null } }),
        B,
        standard,
      );
    // ratio 2.5: below 3, at least 2
    expect(at('TERTIARY').caseClass).toBe('NORMAL');
    expect(at('SECONDARY').caseClass).toBe('HIGH');
    // 100 + 100 × (2.5 − 2) = 150
    expect(s(at('SECONDARY').points)).toBe('150');
  });

  it('inclusive or exclusive thresholds', () => {
    const exclusive = standardOf({ ...POINTS, highInclusive: false, lowInclusive: false });
    const inclusive = standardOf(POINTS);
    // ratio exactly 3 and exactly 0.4
    expect(priceCase(caseOf('30000'), B, inclusive).caseClass).toBe('HIGH');
    expect(priceCase(caseOf('30000'), B, exclusive).caseClass).toBe('NORMAL');
    expect(priceCase(caseOf('4000'), B, inclusive).caseClass).toBe('LOW');
    expect(priceCase(caseOf('4000'), B, exclusive).caseClass).toBe('NORMAL');
  });

  it('high formulas on one DIP case: ratio 2.5, H 2, coefficient 0.9, score 150', () => {
    const cost = caseOf('30000');
    const high = (highFormula: string, applies = true) =>
      priceCase(
        cost,
        S150,
        standardOf({ ...DIP, highFormula, coefficientsApplyToOutliers: applies }, coef('0.9')),
      );
    // (2.5 − 2 + 1) × 150 × 0.9 = 202.5
    expect(s(high('EXCESS_MULTIPLE').points)).toBe('202.5');
    // (2.5 − 2 + 1) × 150 = 225 when coefficients do not apply to outliers
    expect(s(high('EXCESS_MULTIPLE', false).points)).toBe('225');
    // 济宁: (2.5 − 2 + 0.9) × 150 = 210, coefficient added whatever the switch
    expect(s(high('EXCESS_PLUS_COEFFICIENT').points)).toBe('210');
    expect(s(high('EXCESS_PLUS_COEFFICIENT', false).points)).toBe('210');
    // 150 × 0.9 + 150 × 0.5 = 135 + 75 = 210 (the same arithmetic as the additive variant)
    expect(s(high('BASE_PLUS_EXCESS').points)).toBe('210');
    // 150 + 75 = 225 without the coefficient
    expect(s(high('BASE_PLUS_EXCESS', false).points)).toBe('225');
    // per item: the case's cost
    const ffs = high('FEE_FOR_SERVICE');
    expect([ffs.caseClass, ffs.rule, s(ffs.amount), ffs.points]).toEqual([
      'HIGH',
      'FEE_FOR_SERVICE',
      '30000',
      null,
    ]);
  });

  it('low formulas: ratio × base (× coefficient when it applies), or per item', () => {
    // 3,000 / 12,000 = 0.25: 0.25 × 150 × 0.9 = 33.75; without the coefficient 37.5
    const low = (extra: object) =>
      priceCase(caseOf('3000'), S150, standardOf({ ...DIP, ...extra }, coef('0.9')));
    expect(s(low({}).points)).toBe('33.75');
    expect(s(low({ coefficientsApplyToOutliers: false }).points)).toBe('37.5');
    expect(s(low({ lowFormula: 'FEE_FOR_SERVICE' }).amount)).toBe('3000');
  });

  it('upper bound: extreme cases paid the coefficient only, or per item', () => {
    // 72,000 / 12,000 = 6 > 5
    const extreme = (extremeFormula: string, cost = '72000', inclusive = false) =>
      priceCase(
        caseOf(cost),
        S150,
        standardOf(
          { ...DIP, upperBoundRatio: '5', upperBoundInclusive: inclusive, extremeFormula },
          coef('0.9'),
        ),
      );
    // score × coefficient only: 150 × 0.9 = 135, flagged (ratio ≥ 5)
    const only = extreme('COEFFICIENT_ONLY');
    expect([only.caseClass, s(only.points)]).toEqual(['EXTREME', '135']);
    expect(only.flags).toContain('SPECIAL_REVIEW_CANDIDATE');
    expect(s(extreme('FEE_FOR_SERVICE').amount)).toBe('72000');
    // exactly 5: exclusive bound → high ((5 − 2 + 1) × 150 × 0.9 = 540); inclusive → extreme
    expect([
      extreme('FEE_FOR_SERVICE', '60000').caseClass,
      s(extreme('FEE_FOR_SERVICE', '60000').points),
    ]).toEqual(['HIGH', '540']);
    expect(extreme('FEE_FOR_SERVICE', '60000', true).caseClass).toBe('EXTREME');
  });

  it('LOS exclusions: ≤ 2 days and ≥ 60 days leave DRG, paid per item', () => {
    const standard = standardOf({ ...POINTS, losExcludedAtMost: 2, losExcludedAtLeast: 60 });
    const at = (los: number) => priceCase(caseOf('9000', { los }), B, standard);
    expect([at(2).caseClass, at(2).rule, s(at(2).amount)]).toEqual([
      'EXCLUDED',
      'LOS_EXCLUSION',
      '9000',
    ]);
    expect(at(60).caseClass).toBe('EXCLUDED');
    expect([at(3).caseClass, s(at(3).points)]).toEqual(['NORMAL', '100']);
  });
});

describe('pricing: city rules', () => {
  it('incomplete stay: base × coef × cost / average, capped at base × coef', () => {
    const standard = standardOf(
      { ...POINTS, incompleteStayMaxDays: 5 },
      { coefficients: [hospitalCoefficient('H1', '0.9')] },
    );
    const against = (cost: string, los = 3, way = '4') =>
      priceCase(caseOf(cost, { los, dischargeWay: way }), B, standard);
    // 100 × 0.9 × 4,000 / 10,000 = 36
    expect([against('4000').caseClass, s(against('4000').points)]).toEqual(['INCOMPLETE', '36']);
    // 100 × 0.9 × 15,000 / 10,000 = 135, capped at 90
    expect(s(against('15000').points)).toBe('90');
    expect(against('15000').flags).toContain('INCOMPLETE_CAPPED');
    // 5 days is not < 5; discharge way 1 is not against advice: ordinary pricing (100 × 0.9 = 90 … low: 0.4 ≥ ratio)
    expect(against('9000', 5).caseClass).toBe('NORMAL');
    expect(against('9000', 3, '1').caseClass).toBe('NORMAL');
  });

  it('readmission with the same group within N days: earlier points × factor, exempt groups excepted', () => {
    const standard = standardOf({
      ...POINTS,
      readmissionWindowDays: 15,
      readmissionExemptGroups: ['RE19'],
    });
    const previousStay = { groupCode: 'GB25', dischargeDate: '2025-02-19', value: d('120') };
    const again = (group = B, stay = previousStay) =>
      priceCase(
        caseOf('10000', { admissionDate: '2025-03-01', previousStay: stay }),
        group,
        standard,
      );
    // 10 days after discharge: 120 × 0.5 = 60
    expect([again().rule, s(again().points)]).toEqual(['READMISSION', '60']);
    expect(again().flags).toContain('READMISSION');
    // 16 days: outside the window
    expect(again(B, { ...previousStay, dischargeDate: '2025-02-13' }).rule).toBe('STANDARD');
    // an exempt group (e.g. chemotherapy)
    const chemo = drgGroup('RE19', '1', '10000');
    expect(again(chemo, { ...previousStay, groupCode: 'RE19' }).rule).toBe('STANDARD');
    // another group
    expect(again(B, { ...previousStay, groupCode: 'GB29' }).rule).toBe('STANDARD');
  });

  it('DIP blank group: score × ratio × factor', () => {
    // 6,000 / 8,000 = 0.75 × 80 × 0.7 = 42
    const r = priceCase(
      caseOf('6000'),
      { ...dipGroup('BLANK', '80', '8000'), kind: 'DIP_BLANK' },
      standardOf(DIP),
    );
    expect([r.caseClass, r.rule, s(r.points)]).toEqual(['NORMAL', 'BLANK_GROUP', '42']);
  });

  it('a group with score 0 is paid at the case cost', () => {
    const r = priceCase(caseOf('6543.21'), dipGroup('Z', '0', '0'), standardOf(DIP));
    expect([r.rule, s(r.amount), r.points]).toEqual(['ZERO_SCORE_AT_COST', '6543.21', null]);
  });

  it('bed-day cases: daily points × days in the same pool, capped at the maximum days', () => {
    const bedDay = {
      kind: 'BED_DAY' as const,
      code: 'PSY',
      weight: null,
      score: null,
      averageCost: null,
      auxFactor: null,
      levelAverageCost: null,
    };
    const tables = {
      bedDayStandards: [
        { categoryCode: 'PSY', dailyPoints: d('3.5'), dailyAmount: d('300'), maxDays: 90 },
      ],
    };
    // 3.5 × 20 = 70 points × 10 = 700
    const r = priceCase(caseOf('9000', { los: 20 }), bedDay, standardOf(POINTS, tables));
    expect([r.caseClass, s(r.points), s(r.amount)]).toEqual(['BED_DAY', '70', '700']);
    // 120 days, 90 paid: 3.5 × 90 = 315
    const long = priceCase(caseOf('9000', { los: 120 }), bedDay, standardOf(POINTS, tables));
    expect([s(long.points), long.flags.includes('BED_DAYS_CAPPED')]).toEqual(['315', true]);
    // rate method: 300 × 20 = 6,000
    expect(s(priceCase(caseOf('9000', { los: 20 }), bedDay, standardOf(RATE, tables)).amount)).toBe(
      '6000',
    );
  });

  it('TCM-advantage disease: its fixed standard, whatever the cost', () => {
    const tcm = {
      kind: 'TCM_ADVANTAGE' as const,
      code: 'A17.01',
      weight: null,
      score: null,
      averageCost: null,
      auxFactor: null,
      levelAverageCost: null,
    };
    const tables = {
      tcmAdvantageStandards: [
        { diseaseCode: 'A17.01', standard: d('5200'), prePilotStandard: d('5000') },
      ],
    };
    const r = priceCase(
      caseOf('9000', { patientShare: d('1000') }),
      tcm,
      standardOf(POINTS, tables),
    );
    expect([r.caseClass, s(r.amount), s(r.fundDue)]).toEqual(['TCM_ADVANTAGE', '5200', '4200']);
  });

  it('new technology: the whole case per item, or the standard plus the items', () => {
    const item = { itemKind: 'DEVICE' as const, code: 'C0101', amount: d('3000') };
    const tables = {
      exclusionItems: [
        {
          itemKind: 'DEVICE' as const,
          code: 'C0101',
          effectiveFrom: '2025-01-01',
          effectiveTo: '2026-01-01',
        },
      ],
    };
    const run = (extra: object, dischargeDate = '2025-03-09') =>
      priceCase(
        caseOf('12000', { items: [item], dischargeDate }),
        B,
        standardOf({ ...POINTS, ...extra }, tables),
      );
    expect([run({}).caseClass, run({}).rule, s(run({}).amount)]).toEqual([
      'EXCLUDED',
      'NEW_TECHNOLOGY_EXCLUSION',
      '12000',
    ]);
    // outside the approved period: priced as usual, 100 points × 10 = 1,000
    expect([run({}, '2026-01-01').caseClass, s(run({}, '2026-01-01').amount)]).toEqual([
      'NORMAL',
      '1000',
    ]);
    // standard plus items: 1,000 + 3,000 = 4,000
    const plus = run({ exclusionPayment: 'STANDARD_PLUS_ITEMS' });
    expect([plus.caseClass, s(plus.amount)]).toEqual(['NORMAL', '4000']);
    expect(plus.flags).toContain('NEW_TECHNOLOGY_ITEMS');
    // the items leave the ratio: 12,000 − 3,000 = 9,000 / 10,000 = 0.9 (not 1.2)
    expect(s(plus.ratio)).toBe('0.9');
    // a case of 33,000 with the 3,000 device: the rest 30,000 is ratio 3, high (≥ 3):
    // 100 + 100 × (3 − 3) = 100 points × 10 = 1,000, + 3,000 = 4,000
    const high = priceCase(
      caseOf('33000', { items: [item], dischargeDate: '2025-03-09' }),
      B,
      standardOf({ ...POINTS, exclusionPayment: 'STANDARD_PLUS_ITEMS' }, tables),
    );
    expect([high.caseClass, s(high.ratio), s(high.amount)]).toEqual(['HIGH', '3', '4000']);
    // paid at cost (LOS exclusion, ≥ 60 days): the rest 9,000 + the items 3,000 = 12,000, never
    // the items twice
    const atCost = priceCase(
      caseOf('12000', { items: [item], dischargeDate: '2025-03-09', los: 70 }),
      B,
      standardOf(
        { ...POINTS, exclusionPayment: 'STANDARD_PLUS_ITEMS', losExcludedAtLeast: 60 },
        tables,
      ),
    );
    expect([atCost.rule, s(atCost.amount)]).toEqual(['LOS_EXCLUSION', '12000']);
    // items costing more than the case: contradictory data, not priced
    expect(() =>
      priceCase(
        caseOf('2000', { items: [item], dischargeDate: '2025-03-09' }),
        B,
        standardOf({ ...POINTS, exclusionPayment: 'STANDARD_PLUS_ITEMS' }, tables),
      ),
    ).toThrow(PricingError);
  });

  it('ungrouped cases: per item, not paid, or cost × factor', () => {
    const none = {
      kind: 'UNGROUPED' as const,
      code: null,
      weight: null,
      score: null,
      averageCost: null,
      auxFactor: null,
      levelAverageCost: null,
    };
    const run = (extra: object) =>
      priceCase(caseOf('8000'), none, standardOf({ ...POINTS, ...extra }));
    expect([run({}).caseClass, s(run({}).amount)]).toEqual(['UNGROUPED', '8000']);
    expect([
      s(run({ ungroupedPayment: 'NOT_PAID' }).amount),
      run({ ungroupedPayment: 'NOT_PAID' }).flags,
    ]).toEqual(['0', ['NOT_PAID']]);
    // 8,000 × 0.8 = 6,400
    expect(s(run({ ungroupedPayment: 'COST_TIMES_FACTOR', ungroupedFactor: '0.8' }).amount)).toBe(
      '6400',
    );
  });
});
