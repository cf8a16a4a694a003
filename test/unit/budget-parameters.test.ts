import { Dec } from '../../src/domain/decimal';
import {
  budgetParametersToJson,
  grantedPrepayment,
  parseBudgetParameters,
  parseSharingBands,
  sharingBandsToJson,
  type BudgetParameters,
} from '../../src/domain/budget';

/** A budget's parameters, the prepayment conditions (医保办函〔2024〕101号) and sharing bands. */
const MINIMAL = {
  fundBudgetEmployee: '5120000000',
  fundBudgetResident: '3880000000.50',
  pointValueFormula: 'FUND_OVER_POINTS',
};

function parsed(input: unknown): BudgetParameters {
  const result = parseBudgetParameters(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
function errors(input: unknown) {
  const result = parseBudgetParameters(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`);
}

describe('parseBudgetParameters', () => {
  it('takes the national defaults for everything but the budgets and the formula', () => {
    const p = parsed(MINIMAL);
    expect(p.fundBudgetResident.toFixed()).toBe('3880000000.5');
    expect(p.reserveShare.toFixed()).toBe('0');
    expect(p.monthlyPaymentShare.toFixed()).toBe('1');
    expect(p.qualityDepositShare.toFixed()).toBe('0');
    expect(p.prepaymentMonths.toFixed()).toBe('1');
    expect(p.prepaymentHistoryYears).toBe(3);
    expect(p.prepaymentMinBalanceMonthsEmployee.toFixed()).toBe('12');
    expect(p.prepaymentMinBalanceMonthsResident.toFixed()).toBe('6');
    expect(p.assessmentBands).toEqual([]);
    expect(p.budgetedPointValueEmployee).toBeNull();
  });

  it('round-trips through its JSON form unchanged', () => {
    const full = {
      ...MINIMAL,
      pointValueFormula: 'FUND_DIV_RATIO_OVER_POINTS',
      reimbursementRatioEmployee: '0.78',
      reimbursementRatioResident: '0.65',
      reserveShare: '0.05',
      budgetedPointValueEmployee: '98.5',
      monthlyPaymentShare: '0.85',
      qualityDepositShare: '0.05',
      assessmentBands: [
        { minScore: '60', depositReleaseShare: '0.5', fundDueAdjustmentShare: '-0.01' },
        { minScore: '90', depositReleaseShare: '1', fundDueAdjustmentShare: '0' },
      ],
      prepaymentHistoryYears: 2,
    };
    const json = budgetParametersToJson(parsed(full));
    expect(budgetParametersToJson(parsed(json))).toEqual(json);
    expect(json.assessmentBands).toEqual(full.assessmentBands);
    expect(json.reserveShare).toBe('0.05');
  });

  it('refuses a non-object, a NUL and deep nesting', () => {
    expect(errors([])).toEqual(['$ NOT_AN_OBJECT']);
    expect(errors('x')).toEqual(['$ NOT_AN_OBJECT']);
    expect(errors({ ...MINIMAL, pointValueFormula: 'A\u0000' })).toEqual([
      '$.pointValueFormula MALFORMED',
    ]);
    expect(errors({ ...MINIMAL, assessmentBands: [{ minScore: [[['1']]] }] })[0]).toMatch(
      /MALFORMED$/,
    );
  });

  it('reports every problem at once, each with its path', () => {
    expect(
      errors({
        fundBudgetEmployee: 5120000000,
        fundBudgetResident: '1e9',
        reserveShare: '1',
        monthlyPaymentShare: '0',
        qualityDepositShare: '-0.1',
        pointValueFormula: 'BY_HAND',
        budgetedPointValueResident: '0',
        prepaymentHistoryYears: 4,
        prepaymentMonths: '13',
        prepaymentMinBalanceMonthsEmployee: null,
        reserveShar: '0.05',
        assessmentBands: [
          { minScore: '90', depositReleaseShare: '1', fundDueAdjustmentShare: '0' },
          { minScore: '60', depositReleaseShare: '2', fundDueAdjustmentShare: '-2', extra: 1 },
          'x',
          { minScore: '95' },
        ],
      }).sort(),
    ).toEqual(
      [
        '$.reserveShar UNKNOWN_FIELD',
        '$.fundBudgetEmployee WRONG_TYPE',
        '$.fundBudgetResident NOT_A_DECIMAL',
        '$.reserveShare OUT_OF_RANGE',
        '$.monthlyPaymentShare OUT_OF_RANGE',
        '$.qualityDepositShare OUT_OF_RANGE',
        '$.pointValueFormula NOT_ALLOWED',
        '$.budgetedPointValueResident OUT_OF_RANGE',
        '$.prepaymentHistoryYears OUT_OF_RANGE',
        '$.prepaymentMonths OUT_OF_RANGE',
        '$.prepaymentMinBalanceMonthsEmployee REQUIRED',
        '$.assessmentBands[1].extra UNKNOWN_FIELD',
        '$.assessmentBands[1].minScore INCONSISTENT',
        '$.assessmentBands[1].depositReleaseShare OUT_OF_RANGE',
        '$.assessmentBands[1].fundDueAdjustmentShare OUT_OF_RANGE',
        '$.assessmentBands[2] WRONG_TYPE',
        '$.assessmentBands[3].depositReleaseShare REQUIRED',
        '$.assessmentBands[3].fundDueAdjustmentShare REQUIRED',
      ].sort(),
    );
  });

  it('requires the budgets and the formula, and what the formula needs', () => {
    expect(errors({}).sort()).toEqual(
      [
        '$.fundBudgetEmployee REQUIRED',
        '$.fundBudgetResident REQUIRED',
        '$.pointValueFormula REQUIRED',
      ].sort(),
    );
    expect(
      errors({ ...MINIMAL, pointValueFormula: 'FIXED', fixedPointValueEmployee: '98' }),
    ).toEqual(['$.fixedPointValueResident REQUIRED']);
    expect(errors({ ...MINIMAL, pointValueFormula: 'FUND_DIV_RATIO_OVER_POINTS' }).sort()).toEqual(
      ['$.reimbursementRatioEmployee REQUIRED', '$.reimbursementRatioResident REQUIRED'].sort(),
    );
    expect(errors({ ...MINIMAL, reimbursementRatioEmployee: '1.2' })).toEqual([
      '$.reimbursementRatioEmployee OUT_OF_RANGE',
    ]);
    expect(parsed({ ...MINIMAL, pointValueFormula: 'FUND_PLUS_PATIENT_OVER_POINTS' })).toBeTruthy();
  });

  it('keeps the quality deposit within what the month pays', () => {
    expect(errors({ ...MINIMAL, monthlyPaymentShare: '0.85', qualityDepositShare: '0.9' })).toEqual(
      ['$.qualityDepositShare INCONSISTENT'],
    );
  });

  it('takes the reserve share on [0, 1)', () => {
    expect(parsed({ ...MINIMAL, reserveShare: '0' }).reserveShare.toFixed()).toBe('0');
    expect(parsed({ ...MINIMAL, reserveShare: '0.9999' }).reserveShare.toFixed()).toBe('0.9999');
    expect(errors({ ...MINIMAL, reserveShare: '-0.01' })).toEqual(['$.reserveShare OUT_OF_RANGE']);
  });
});

describe('parseSharingBands', () => {
  it('parses tiers, the last open', () => {
    const result = parseSharingBands([
      { upToShare: '0.1', share: '0.6' },
      { upToShare: null, share: '0.3' },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(sharingBandsToJson(result.value)).toEqual([
        { upToShare: '0.1', share: '0.6' },
        { upToShare: null, share: '0.3' },
      ]);
  });

  it('refuses an empty list, an open band before the last, a descent and bad shares', () => {
    const paths = (input: unknown) => {
      const r = parseSharingBands(input);
      return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
    };
    expect(paths([])).toEqual(['$ WRONG_TYPE']);
    expect(paths({})).toEqual(['$ WRONG_TYPE']);
    expect(
      paths([
        { upToShare: '0.2', share: '0.5' },
        { upToShare: null, share: '0.5' },
        { upToShare: '0.1', share: '1.5' },
        { share: '0.1', x: 1 },
      ]),
    ).toEqual([
      '$[1].upToShare INCONSISTENT',
      '$[2].upToShare INCONSISTENT',
      '$[2].share OUT_OF_RANGE',
      '$[3].x UNKNOWN_FIELD',
      '$[3].upToShare REQUIRED',
    ]);
  });
});

describe('grantedPrepayment (预付金, 医保办函〔2024〕101号)', () => {
  const conditions = parsed(MINIMAL);
  const spending = [new Dec('1200000.00'), new Dec('1100000.00'), new Dec('1000000.01')];

  it('grants one month of the average of the last three years at the employee minimum', () => {
    const grant = grantedPrepayment(
      { insuranceType: 'EMPLOYEE', monthlySpending: spending, fundBalanceMonths: new Dec('12') },
      conditions,
    );
    // (1,200,000 + 1,100,000 + 1,000,000.01) / 3 = 1,100,000.00333… → 1,100,000.00
    expect(grant).toEqual({ granted: new Dec('1100000.00'), reason: 'GRANTED' });
  });

  it('grants nothing just below the minimum balance (employee 12 months, resident 6)', () => {
    expect(
      grantedPrepayment(
        {
          insuranceType: 'EMPLOYEE',
          monthlySpending: spending,
          fundBalanceMonths: new Dec('11.99'),
        },
        conditions,
      ),
    ).toEqual({ granted: new Dec(0), reason: 'BALANCE_BELOW_MINIMUM' });
    expect(
      grantedPrepayment(
        {
          insuranceType: 'RESIDENT',
          monthlySpending: spending,
          fundBalanceMonths: new Dec('5.99'),
        },
        conditions,
      ).reason,
    ).toBe('BALANCE_BELOW_MINIMUM');
    // a resident fund covering 6 months qualifies, though an employee fund would not
    expect(
      grantedPrepayment(
        { insuranceType: 'RESIDENT', monthlySpending: spending, fundBalanceMonths: new Dec('6') },
        conditions,
      ).granted.toFixed(2),
    ).toBe('1100000.00');
  });

  it('averages only the history years the budget names, and scales by the months granted', () => {
    const twoYears = parsed({ ...MINIMAL, prepaymentHistoryYears: 1, prepaymentMonths: '1.5' });
    expect(
      grantedPrepayment(
        { insuranceType: 'EMPLOYEE', monthlySpending: spending, fundBalanceMonths: new Dec('20') },
        twoYears,
      ).granted.toFixed(2),
    ).toBe('1800000.00');
    expect(
      grantedPrepayment(
        { insuranceType: 'EMPLOYEE', monthlySpending: [], fundBalanceMonths: new Dec('20') },
        conditions,
      ),
    ).toEqual({ granted: new Dec(0), reason: 'NO_HISTORY' });
  });
});
