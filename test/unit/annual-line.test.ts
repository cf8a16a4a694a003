import { Dec } from '../../src/domain/decimal';
import {
  allianceActual,
  annualClearingLine,
  earnedFromPools,
  hospitalClearingLine,
  type AnnualHospitalYear,
} from '../../src/domain/clearing';

/**
 * A hospital's annual line over several pools (职工 and 居民 are separate funds, each with its
 * own point value): each pool's part rounded to the fen once, then summed; what is paid beside the
 * points (fixed amounts, out-of-region cases, alliance, capitation) added to the clearing.
 */
const d = (v: string | number) => new Dec(v);
const ZERO = d(0);

const year = (over: Partial<AnnualHospitalYear> = {}): AnnualHospitalYear => ({
  hospitalCode: 'H1',
  pools: [],
  fixedFundDue: ZERO,
  outOfRegionFundDue: ZERO,
  specialCaseAdjustment: ZERO,
  exclusionAdjustment: ZERO,
  assessmentScore: null,
  allianceAdjustment: ZERO,
  capitation: ZERO,
  depositWithheld: ZERO,
  monthlyPayments: ZERO,
  prepaymentRecovered: ZERO,
  ...over,
});

describe('annual line over pools', () => {
  it('rounds each pool’s part once and sums them (not the sum of exact amounts)', () => {
    // 1.005 and 1.005 exact: each part rounds half-up to 1.01, the sum to 2.02 (not 2.01)
    const earned = earnedFromPools([
      { points: d('1'), patientShare: ZERO, pointValue: d('1.005') },
      { points: d('1'), patientShare: ZERO, pointValue: d('1.005') },
    ]);
    expect(earned.gross.toFixed(2)).toBe('2.02');
    expect(earned.fundDue.toFixed(2)).toBe('2.02');
    expect(earned.points.toFixed()).toBe('2');
  });

  it('equals the one-pool line when there is one pool and nothing beside the points', () => {
    const pv = d(7_200_000 + 1).div(107_628);
    const one = hospitalClearingLine(
      {
        hospitalCode: 'H1',
        points: d('70468'),
        patientShare: d('1200000'),
        specialCaseAdjustment: ZERO,
        exclusionAdjustment: ZERO,
        assessmentScore: null,
        depositWithheld: d('100'),
        monthlyPayments: d('4000000'),
        prepaymentRecovered: ZERO,
      },
      pv,
      [],
    );
    const many = annualClearingLine(
      year({
        pools: [{ points: d('70468'), patientShare: d('1200000'), pointValue: pv }],
        depositWithheld: d('100'),
        monthlyPayments: d('4000000'),
      }),
      [],
    );
    expect(many.fundDue.eq(one.fundDue)).toBe(true);
    expect(many.clearingAmount.eq(one.clearingAmount)).toBe(true);
  });

  it('adds fixed, out-of-region, alliance and capitation amounts to the clearing', () => {
    const line = annualClearingLine(
      year({
        pools: [
          { points: d('100'), patientShare: d('300'), pointValue: d('10') },
          { points: ZERO, patientShare: ZERO, pointValue: null },
        ],
        fixedFundDue: d('50.5'),
        outOfRegionFundDue: d('20'),
        allianceAdjustment: d('-3.25'),
        capitation: d('7'),
        monthlyPayments: d('600'),
        prepaymentRecovered: d('100'),
      }),
      [],
    );
    // fund due 1000 − 300 = 700; + 50.5 + 20 − 3.25 + 7 − 600 − 100
    expect(line.fundDue.toFixed(2)).toBe('700.00');
    expect(line.clearingAmount.toFixed(2)).toBe('74.25');
  });

  it('counts an alliance member’s local fund due, not its out-of-region cases or capitation', () => {
    const actual = allianceActual(
      year({
        pools: [{ points: d('100'), patientShare: d('300'), pointValue: d('10') }],
        fixedFundDue: d('10'),
        specialCaseAdjustment: d('5'),
        exclusionAdjustment: d('1'),
        outOfRegionFundDue: d('999'),
        capitation: d('999'),
      }),
    );
    expect(actual.toFixed(2)).toBe('716.00');
  });
});
