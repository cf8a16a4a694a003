import { Dec } from '../../src/domain/decimal';
import {
  clearPair,
  computePointValue,
  displayPointValue,
  hospitalClearingLine,
  netPositions,
  PointValueError,
  settleAlliance,
  splitAdjustment,
  type AssessmentBand,
  type HospitalYear,
  type PairFigures,
  type PointValueInput,
} from '../../src/domain/clearing';
import { priceCase } from '../../src/domain/pricing';
import { caseOf, d, drgGroup, hospitalCoefficient, standardOf } from './pricing-fixtures';

const ZERO = new Dec(0);
const fen = (x: Dec) => x.toFixed(2);

function yearOf(code: string, points: Dec, patientShare: Dec, over: Partial<HospitalYear> = {}) {
  return {
    hospitalCode: code,
    points,
    patientShare,
    specialCaseAdjustment: ZERO,
    exclusionAdjustment: ZERO,
    assessmentScore: null,
    depositWithheld: ZERO,
    monthlyPayments: ZERO,
    prepaymentRecovered: ZERO,
    ...over,
  } satisfies HospitalYear;
}

/** DOMAIN-FORMULAS §8, priced case by case with the pure pricer, then cleared. */
describe('§8: annual clearing of the three-hospital DRG point-method example', () => {
  const groups = {
    A: drgGroup('A', '0.5', '5000'),
    B: drgGroup('B', '1', '10000'),
    C: drgGroup('C', '3', '30000'),
  };
  const standard = standardOf(
    {
      method: 'DRG_POINTS',
      pointValueEmployee: '98.8120',
      pointValueResident: '98.8120',
      highThresholdBasis: 'BASE_POINT_TIER',
      highRatioTiers: [
        { maxBase: '100', ratio: '3' },
        { maxBase: null, ratio: '2' },
      ],
      lowRatio: '0.4',
      highFormula: 'BASE_PLUS_EXCESS',
      lowFormula: 'BASE_TIMES_RATIO',
    },
    {
      coefficients: [
        hospitalCoefficient('H1', '1.00'),
        hospitalCoefficient('H2', '0.90'),
        hospitalCoefficient('H3', '0.80'),
      ],
    },
  );
  const table = [
    ['H1', 'A', 200, '5200'],
    ['H1', 'B', 300, '10500'],
    ['H1', 'C', 100, '31000'],
    ['H1', 'C', 1, '75000'],
    ['H1', 'A', 1, '1800'],
    ['H2', 'A', 300, '4800'],
    ['H2', 'B', 150, '9800'],
    ['H2', 'B', 1, '32000'],
    ['H3', 'A', 250, '4500'],
    ['H3', 'A', 1, '16000'],
  ] as const;
  // patient share 30 % of cost
  const years = new Map<string, HospitalYear>();
  for (const [hospital, group, cases, cost] of table) {
    const result = priceCase(
      caseOf(cost, { hospital: { code: hospital, level: 'TERTIARY', grade: null } }),
      groups[group],
      standard,
    );
    const y = years.get(hospital) ?? yearOf(hospital, ZERO, ZERO);
    years.set(hospital, {
      ...y,
      points: y.points.plus(result.points!.times(cases)),
      patientShare: y.patientShare.plus(d(cost).times('0.3').times(cases)),
    });
  }
  const totalPoints = [...years.values()].reduce((s, y) => s.plus(y.points), ZERO);
  const patientShare = [...years.values()].reduce((s, y) => s.plus(y.patientShare), ZERO);
  const pv = computePointValue({
    formula: 'FUND_PLUS_PATIENT_OVER_POINTS',
    fundBudget: d('7200000'),
    reserveShare: ZERO,
    totalPoints,
    patientShare,
    reimbursementRatio: null,
    fixedPointValue: null,
  });
  const monthly: Record<string, string> = { H1: '4000000', H2: '1900000', H3: '750000' };
  const lines = ['H1', 'H2', 'H3'].map((h) =>
    hospitalClearingLine({ ...years.get(h)!, monthlyPayments: d(monthly[h]!) }, pv.pointValue, []),
  );

  it('has 107,628 points and a point value shown as 98.8120', () => {
    expect(totalPoints.toFixed()).toBe('107628');
    // (7,200,000 + 3,434,940) / 107,628
    expect(patientShare.toFixed()).toBe('3434940');
    expect(displayPointValue(pv.pointValue)).toBe('98.8120');
  });

  it('gives the fund due and clearing amounts of §8 to the fen', () => {
    expect(lines.map((l) => fen(l.fundDue))).toEqual(['4753045.37', '1796193.84', '650760.79']);
    expect(lines.map((l) => fen(l.clearingAmount))).toEqual([
      '753045.37',
      '-103806.16',
      '-99239.21',
    ]);
    // gross = fund due + patient share (H1: 4,753,045.37 + 2,210,040)
    expect(fen(lines[0]!.gross)).toBe('6963085.37');
  });

  it('would be wrong with the displayed point value (the rounding order of §5 matters)', () => {
    const shown = d(displayPointValue(pv.pointValue));
    const wrong = ['H1', 'H2', 'H3'].map((h) => hospitalClearingLine(years.get(h)!, shown, []));
    expect(wrong.map((l) => fen(l.fundDue))).toEqual(['4753044.02', '1796193.32', '650760.60']);
  });

  it('keeps §5’s invariant: Σ fund due = fund budget (before rounding, and here after)', () => {
    const exact = [...years.values()].reduce(
      (s, y) => s.plus(y.points.times(pv.pointValue).minus(y.patientShare)),
      ZERO,
    );
    expect(exact.toDecimalPlaces(20).toFixed(2)).toBe('7200000.00');
    expect(fen(lines.reduce((s, l) => s.plus(l.fundDue), ZERO))).toBe('7200000.00');
  });
});

describe('point value formulas (§5)', () => {
  const base: PointValueInput = {
    formula: 'FUND_OVER_POINTS',
    fundBudget: d('1000000'),
    reserveShare: d('0.05'),
    totalPoints: d('9500'),
    patientShare: d('50000'),
    reimbursementRatio: d('0.95'),
    fixedPointValue: d('98.5'),
  };

  it('withholds the reserve first, to the fen', () => {
    const r = computePointValue(base);
    expect(fen(r.reserve)).toBe('50000.00');
    expect(r.distributable.toFixed()).toBe('950000');
    // odd budget: 5 % of 333,333.33 = 16,666.6665 → 16,666.67
    expect(fen(computePointValue({ ...base, fundBudget: d('333333.33') }).reserve)).toBe(
      '16666.67',
    );
  });

  it.each([
    // 950,000 / 9,500
    ['FUND_OVER_POINTS', '100'],
    // (950,000 / 0.95) / 9,500 = 1,000,000 / 9,500
    ['FUND_DIV_RATIO_OVER_POINTS', '105.2631578947368421052631578947368421053'],
    // (950,000 + 50,000) / 9,500
    ['FUND_PLUS_PATIENT_OVER_POINTS', '105.2631578947368421052631578947368421053'],
    // set in advance, whatever the points
    ['FIXED', '98.5'],
  ] as const)('%s → %s (unrounded)', (formula, expected) => {
    expect(computePointValue({ ...base, formula }).pointValue.toFixed()).toBe(expected);
  });

  it('refuses what has no point value', () => {
    const reason = (input: PointValueInput) => {
      try {
        computePointValue(input);
        return 'computed';
      } catch (e) {
        return e instanceof PointValueError ? e.reason : 'other';
      }
    };
    expect(reason({ ...base, totalPoints: ZERO })).toBe('NO_POINTS');
    expect(
      reason({ ...base, formula: 'FUND_DIV_RATIO_OVER_POINTS', reimbursementRatio: null }),
    ).toBe('NO_RATIO');
    expect(
      reason({ ...base, formula: 'FUND_DIV_RATIO_OVER_POINTS', reimbursementRatio: d('1.2') }),
    ).toBe('NO_RATIO');
    expect(reason({ ...base, formula: 'FIXED', fixedPointValue: null })).toBe('NO_FIXED_VALUE');
    expect(reason({ ...base, reserveShare: d('1') })).toBe('OUT_OF_RANGE');
    // positive control: the same input with points is computed
    expect(reason(base)).toBe('computed');
  });
});

describe('hospital line: adjustments, assessment and the quality deposit', () => {
  const bands: AssessmentBand[] = [
    { minScore: d('90'), depositReleaseShare: d('1'), fundDueAdjustmentShare: d('0') },
    { minScore: d('80'), depositReleaseShare: d('0.5'), fundDueAdjustmentShare: d('-0.01') },
    { minScore: d('0'), depositReleaseShare: d('0'), fundDueAdjustmentShare: d('-0.03') },
  ];
  const year = yearOf('H1', d('1000'), d('30000'), {
    specialCaseAdjustment: d('1234.56'),
    exclusionAdjustment: d('100'),
    depositWithheld: d('3500'),
    monthlyPayments: d('60000'),
    prepaymentRecovered: d('5000'),
  });

  it('scores 85: half the deposit released, 1 % of fund due deducted', () => {
    const line = hospitalClearingLine({ ...year, assessmentScore: d('85') }, d('100'), bands);
    // fund due 1,000 × 100 − 30,000 = 70,000; assessment −700; deposit 3,500: 1,750 released,
    // 1,750 forfeited; 70,000 + 1,234.56 + 100 − 700 − 1,750 − 60,000 − 5,000 = 3,884.56
    expect(fen(line.fundDue)).toBe('70000.00');
    expect(fen(line.assessmentAdjustment)).toBe('-700.00');
    expect(fen(line.depositReleased)).toBe('1750.00');
    expect(fen(line.clearingAmount)).toBe('3884.56');
  });

  it('scores 95: the whole deposit back, nothing deducted; unscored likewise', () => {
    for (const score of [d('95'), null]) {
      const line = hospitalClearingLine({ ...year, assessmentScore: score }, d('100'), bands);
      // 70,000 + 1,234.56 + 100 − 60,000 − 5,000
      expect(fen(line.clearingAmount)).toBe('6334.56');
      expect(fen(line.depositReleased)).toBe('3500.00');
    }
  });

  it('scores 50: the deposit forfeited and 3 % deducted', () => {
    const line = hospitalClearingLine({ ...year, assessmentScore: d('50') }, d('100'), bands);
    // 70,000 + 1,334.56 − 2,100 − 3,500 − 65,000 = 734.56
    expect(fen(line.clearingAmount)).toBe('734.56');
  });
});

describe('medical alliance: surplus retention and overspend sharing', () => {
  const rules = {
    surplus: [
      { upToShare: null, share: d('0.5') },
      { upToShare: d('0.05'), share: d('1') },
    ],
    overspend: [
      { upToShare: d('0.1'), share: d('0.5') },
      { upToShare: null, share: d('0') },
    ],
  };

  it('keeps all of the first 5 % of surplus and half of the rest', () => {
    // budget 10,000,000, actual 9,200,000: surplus 800,000 = 500,000 × 1 + 300,000 × 0.5
    const s = settleAlliance(d('10000000'), d('9200000'), rules);
    expect(fen(s.shared)).toBe('650000.00');
    expect(fen(s.settlement)).toBe('9850000.00');
    expect(fen(s.adjustment)).toBe('650000.00');
  });

  it('shares half of an overspend up to 10 % of budget, none beyond', () => {
    // overspend 1,500,000: 1,000,000 × 0.5 + 500,000 × 0 → paid 10,500,000, members bear 1,000,000
    const s = settleAlliance(d('10000000'), d('11500000'), rules);
    expect(fen(s.shared)).toBe('500000.00');
    expect(fen(s.settlement)).toBe('10500000.00');
    expect(fen(s.adjustment)).toBe('-1000000.00');
  });

  it('pays exactly the actual when on budget', () => {
    expect(fen(settleAlliance(d('100'), d('100'), rules).adjustment)).toBe('0.00');
  });

  it('splits an adjustment by fund due × tilt, to the fen, summing exactly', () => {
    const parts = splitAdjustment(d('-1000000'), [
      { code: 'A', fundDue: d('6000000'), tilt: d('1') },
      { code: 'B', fundDue: d('3000000'), tilt: d('1.2') },
      { code: 'C', fundDue: d('2500000'), tilt: d('1') },
    ]);
    // weights 6,000,000 : 3,600,000 : 2,500,000 of 12,100,000 → −495,867.7686 / −297,520.6612 /
    // −206,611.5702; floors (in fen) leave 2 fen, given to the largest remainders (C, then B)
    expect([...parts.values()].map(fen)).toEqual(['-495867.77', '-297520.66', '-206611.57']);
    expect(fen([...parts.values()].reduce((s, x) => s.plus(x), ZERO))).toBe('-1000000.00');
  });
});

describe('inter-region clearing (§5): variants and netting', () => {
  const pair = (t: string, i: string, over: Partial<PairFigures> = {}): PairFigures => ({
    treatmentRegionCode: t,
    insuredRegionCode: i,
    insuranceType: 'EMPLOYEE',
    caseCount: 10,
    totalCost: d('140000'),
    patientShare: d('40000'),
    itemisedFundPaid: d('100000'),
    drgDipFundDue: d('110000'),
    points: d('1000'),
    specialCases: 0,
    disputedCases: 0,
    prepayment: d('20000'),
    ...over,
  });

  it('ITEMISED: the insured site owes what it paid; only the prepayment comes back', () => {
    const c = clearPair(pair('X', 'Y'), 'ITEMISED', null);
    expect([fen(c.due), fen(c.delta), fen(c.balance)]).toEqual(['100000.00', '0.00', '-20000.00']);
  });

  it('DRG_DIP_BASED: delta = fund due − itemised paid', () => {
    const c = clearPair(pair('X', 'Y'), 'DRG_DIP_BASED', null);
    expect([fen(c.due), fen(c.delta), fen(c.balance)]).toEqual([
      '110000.00',
      '10000.00',
      '-10000.00',
    ]);
  });

  it('POOLED: points at the treatment site’s unrounded point value, rounded once', () => {
    // 1,000 × 150.123456789 − 40,000 = 110,123.456789 → 110,123.46
    const c = clearPair(pair('X', 'Y'), 'POOLED', d('150.123456789'));
    expect([fen(c.due), fen(c.delta), fen(c.balance)]).toEqual([
      '110123.46',
      '10123.46',
      '-9876.54',
    ]);
    expect(() => clearPair(pair('X', 'Y'), 'POOLED', null)).toThrow(/point value/);
  });

  it('nets every region’s position to zero across the province', () => {
    const pairs = [
      clearPair(pair('X', 'Y'), 'DRG_DIP_BASED', null),
      clearPair(pair('Y', 'X', { drgDipFundDue: d('95000.55') }), 'DRG_DIP_BASED', null),
      clearPair(
        pair('X', 'Z', { drgDipFundDue: d('130000.01'), prepayment: ZERO }),
        'DRG_DIP_BASED',
        null,
      ),
      clearPair(pair('Z', 'Y', { drgDipFundDue: d('80000') }), 'DRG_DIP_BASED', null),
    ];
    const net = netPositions(pairs);
    // X: −10,000 (from Y) + 30,000.01 (from Z) − (−24,999.45) (owes Y) = 44,999.46
    expect(fen(net.get('X')!.net)).toBe('44999.46');
    expect(fen([...net.values()].reduce((s, x) => s.plus(x.net), ZERO))).toBe('0.00');
    // positive control: a single pair does not net to zero for either side
    expect(fen(net.get('Z')!.net)).not.toBe('0.00');
  });
});
