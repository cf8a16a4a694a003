import { Dec } from '../../src/domain/decimal';
import { amountProblem, capPeriodOf, checkCap, finalPaymentOf } from '../../src/domain/review';

/** The pure arithmetic of special-case review: cap periods, the cap, the final payment. */
describe('capPeriodOf', () => {
  it('places a discharge day in its month, quarter or year (end exclusive)', () => {
    expect(capPeriodOf('2025-08-15', 'MONTH')).toEqual({ from: '2025-08-01', to: '2025-09-01' });
    expect(capPeriodOf('2025-08-15', 'QUARTER')).toEqual({ from: '2025-07-01', to: '2025-10-01' });
    expect(capPeriodOf('2025-12-31', 'QUARTER')).toEqual({ from: '2025-10-01', to: '2026-01-01' });
    expect(capPeriodOf('2025-12-31', 'MONTH')).toEqual({ from: '2025-12-01', to: '2026-01-01' });
    expect(capPeriodOf('2025-01-01', 'YEAR')).toEqual({ from: '2025-01-01', to: '2026-01-01' });
    expect(capPeriodOf('2025-03-31', 'QUARTER')).toEqual({ from: '2025-01-01', to: '2025-04-01' });
  });
});

describe('checkCap', () => {
  const share = new Dec('0.05');
  it('allows ⌊cases × share⌋: 40 cases at 5% allow 2, the second fits, a third does not', () => {
    expect(checkCap({ scope: 'REGION', share, caseCount: 40, used: 1 })).toEqual({
      allowed: 2,
      used: 1,
      fits: true,
    });
    expect(checkCap({ scope: 'REGION', share, caseCount: 40, used: 2 }).fits).toBe(false);
  });
  it('never rounds the allowance up: 19 cases at 5% allow none, 20 allow one', () => {
    expect(checkCap({ scope: 'HOSPITAL', share, caseCount: 19, used: 0 })).toEqual({
      allowed: 0,
      used: 0,
      fits: false,
    });
    expect(checkCap({ scope: 'HOSPITAL', share, caseCount: 20, used: 0 }).fits).toBe(true);
  });
  it('DIP 5‰: 1,000 discharges allow 5', () => {
    expect(
      checkCap({ scope: 'REGION', share: new Dec('0.005'), caseCount: 1000, used: 4 }),
    ).toEqual({ allowed: 5, used: 4, fits: true });
    expect(() => checkCap({ scope: 'REGION', share, caseCount: -1, used: 0 })).toThrow(RangeError);
  });
});

describe('finalPaymentOf', () => {
  it('FEE_FOR_SERVICE pays the total cost: 48,765.43 − 14,629.63 = 34,135.80 due', () => {
    const final = finalPaymentOf({
      payment: 'FEE_FOR_SERVICE',
      totalCost: new Dec('48765.43'),
      patientShare: new Dec('14629.63'),
      formulaAmount: new Dec('21000.00'),
    });
    expect(final.finalAmount.toFixed(2)).toBe('48765.43');
    expect(final.fundDue.toFixed(2)).toBe('34135.80');
    expect(final.adjustment!.toFixed(2)).toBe('27765.43');
  });
  it('ADJUSTED_AMOUNT pays the decided amount: 40,000.00 − 14,629.63 = 25,370.37 due', () => {
    const final = finalPaymentOf({
      payment: 'ADJUSTED_AMOUNT',
      totalCost: new Dec('48765.43'),
      adjustedAmount: new Dec('40000.00'),
      patientShare: new Dec('14629.63'),
      formulaAmount: null,
    });
    expect(final.fundDue.toFixed(2)).toBe('25370.37');
    expect(final.adjustment).toBeNull();
  });
  it('rounds the fund due half-up to the fen once, after the subtraction', () => {
    // 100.004 − 0.009 = 99.995 → 100.00, rounded once; rounding each figure to the fen first
    // would give 100.00 − 0.01 = 99.99 (DOMAIN-FORMULAS §5 rounding order)
    const final = finalPaymentOf({
      payment: 'ADJUSTED_AMOUNT',
      totalCost: new Dec('200'),
      adjustedAmount: new Dec('100.004'),
      patientShare: new Dec('0.009'),
    });
    expect(final.fundDue.toFixed(2)).toBe('100.00');
  });
});

describe('amountProblem', () => {
  const total = new Dec('10000.00');
  it('refuses zero, negative, sub-fen and above-total amounts', () => {
    expect(amountProblem(new Dec('0'), total)).toBe('NOT_POSITIVE');
    expect(amountProblem(new Dec('-1'), total)).toBe('NOT_POSITIVE');
    expect(amountProblem(new Dec('1.001'), total)).toBe('MORE_THAN_TWO_DECIMALS');
    expect(amountProblem(new Dec('10000.01'), total)).toBe('ABOVE_TOTAL_COST');
    expect(amountProblem(new Dec('10000.00'), total)).toBeNull();
  });
});
