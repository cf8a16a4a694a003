import { Dec, toFen } from '../../src/domain/decimal';
import { priceCase } from '../../src/domain/pricing';
import {
  caseOf,
  d,
  dipGroup,
  drgGroup,
  hospitalCoefficient,
  s,
  standardOf,
} from './pricing-fixtures';

/** The public worked vectors of DOMAIN-FORMULAS §3, §4 and §8, computed by hand below. */
describe('pricing: worked vectors', () => {
  it('rate method: RW 0.4527 × base rate 6,495.34 = 2,940.44 CNY', () => {
    const standard = standardOf(
      {
        method: 'DRG_RATE',
        baseRateEmployee: '6495.34',
        baseRateResident: '5000',
        defaultCoefficient: '1',
      },
      {},
    );
    // 0.4527 × 6495.34 = 2940.440418 (exact), × adjustment 1 × institution 1; to the fen 2940.44
    const result = priceCase(
      caseOf('3000', { patientShare: d('900.00') }),
      drgGroup('GB25', '0.4527', '2900'),
      standard,
    );
    expect(result.caseClass).toBe('NORMAL');
    expect(s(result.baseValue)).toBe('2940.440418');
    expect(s(result.standardAmount)).toBe('2940.440418');
    expect(s(result.provisionalAmount)).toBe('2940.44');
    // fund due: 2940.440418 − 900 = 2040.440418 → 2040.44
    expect(s(result.fundDue)).toBe('2040.44');
    expect(result.points).toBeNull();
  });

  describe('single DIP case: group average 12,000, score 150', () => {
    // DIP national rule: high at ratio ≥ 2 → (ratio − 2 + 1) × score; low at ratio ≤ 0.5 →
    // ratio × score; ratio ≥ 5 flagged for special-case review
    const standard = standardOf({
      method: 'DIP_SCORE',
      pointValueEmployee: '10',
      pointValueResident: '9',
      defaultCoefficient: '1',
      highThresholdBasis: 'FIXED',
      highRatio: '2',
      lowRatio: '0.5',
      highFormula: 'EXCESS_MULTIPLE',
      lowFormula: 'BASE_TIMES_RATIO',
    });
    const group = dipGroup('K80.1:51.2201', '150', '12000');
    it.each([
      // cost, class, ratio, points (worked): flagged?
      ['3000', 'LOW', '0.25', '37.5', false], // 0.25 × 150
      ['9000', 'NORMAL', '0.75', '150', false], // 150 × 1
      ['30000', 'HIGH', '2.5', '225', false], // (2.5 − 2 + 1) × 150 = 1.5 × 150
      ['60000', 'HIGH', '5', '600', true], // (5 − 2 + 1) × 150 = 4 × 150
    ])('cost %s → %s (ratio %s), %s points', (cost, caseClass, ratio, points, flagged) => {
      const result = priceCase(caseOf(cost), group, standard);
      expect(result.caseClass).toBe(caseClass);
      expect(s(result.ratio)).toBe(ratio);
      expect(s(result.points)).toBe(points);
      // points × budgeted employee point value 10
      expect(s(result.amount)).toBe(new Dec(points).times(10).toFixed());
      expect(result.flags.includes('SPECIAL_REVIEW_CANDIDATE')).toBe(flagged);
    });
  });

  describe('§8: DRG point method, three hospitals', () => {
    // groups A/B/C average 5,000 / 10,000 / 30,000 against 10,000 → RW 0.5 / 1 / 3 → 50/100/300 points
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
    const lines = [
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
    const price = (hospital: string, group: keyof typeof groups, cost: string) =>
      priceCase(
        caseOf(cost, { hospital: { code: hospital, level: 'TERTIARY', grade: null } }),
        groups[group],
        standard,
      );

    it.each([
      // 75,000 / 30,000 = 2.5 ≥ 2 (base 300 > 100): 300 × 1.00 + 300 × (2.5 − 2) = 450
      ['H1', 'C', '75000', 'HIGH', '450'],
      // 1,800 / 5,000 = 0.36 ≤ 0.4: 50 × 0.36 (× coefficient 1.00) = 18
      ['H1', 'A', '1800', 'LOW', '18'],
      // 32,000 / 10,000 = 3.2 ≥ 3 (base 100 ≤ 100): 100 × 0.90 + 100 × (3.2 − 3) = 90 + 20 = 110
      ['H2', 'B', '32000', 'HIGH', '110'],
      // 16,000 / 5,000 = 3.2 ≥ 3 (base 50): 50 × 0.80 + 50 × 0.2 = 40 + 10 = 50
      ['H3', 'A', '16000', 'HIGH', '50'],
      // normal: 4,500 / 5,000 = 0.9: 50 × 0.80 = 40
      ['H3', 'A', '4500', 'NORMAL', '40'],
    ] as const)('%s %s cost %s → %s, %s points', (hospital, group, cost, caseClass, points) => {
      const result = price(hospital, group, cost);
      expect(result.caseClass).toBe(caseClass);
      expect(s(result.points)).toBe(points);
    });

    it('totals 107,628 points, and the year-end clearing of §8 follows from them', () => {
      const byHospital = new Map<string, { points: Dec; cost: Dec }>();
      for (const [hospital, group, cases, cost] of lines) {
        const result = price(hospital, group, cost);
        const line = byHospital.get(hospital) ?? { points: new Dec(0), cost: new Dec(0) };
        line.points = line.points.plus(result.points!.times(cases));
        line.cost = line.cost.plus(new Dec(cost).times(cases));
        byHospital.set(hospital, line);
      }
      // H1 200×50 + 300×100 + 100×300 + 450 + 18 = 70,468; H2 300×45 + 150×90 + 110 = 27,110;
      // H3 250×40 + 50 = 10,050
      expect(s(byHospital.get('H1')!.points)).toBe('70468');
      expect(s(byHospital.get('H2')!.points)).toBe('27110');
      expect(s(byHospital.get('H3')!.points)).toBe('10050');
      const total = [...byHospital.values()].reduce((sum, h) => sum.plus(h.points), new Dec(0));
      expect(s(total)).toBe('107628');

      // point value = (7,200,000 + 30 % of 11,449,800) / 107,628, unrounded; fund due per
      // hospital rounded once: the figures of §8
      const patient = (cost: Dec) => cost.times('0.3');
      const totalCost = [...byHospital.values()].reduce((sum, h) => sum.plus(h.cost), new Dec(0));
      expect(s(totalCost)).toBe('11449800');
      const pointValue = new Dec(7_200_000).plus(patient(totalCost)).div(total);
      expect(pointValue.toDecimalPlaces(4).toFixed(4)).toBe('98.8120');
      const fundDue = (h: string) => {
        const line = byHospital.get(h)!;
        return toFen(line.points.times(pointValue).minus(patient(line.cost))).toFixed(2);
      };
      expect([fundDue('H1'), fundDue('H2'), fundDue('H3')]).toEqual([
        '4753045.37',
        '1796193.84',
        '650760.79',
      ]);
    });
  });
});
