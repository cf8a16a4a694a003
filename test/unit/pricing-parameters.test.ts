import {
  parametersToJson,
  parseStandardParameters,
  PARAMETER_NAMES,
  tcmStandardsBelowPrePilot,
} from '../../src/domain/pricing';
import { d, s } from './pricing-fixtures';

const errorsOf = (input: unknown) => {
  const result = parseStandardParameters(input);
  if (result.ok) throw new Error('expected the parameters to be refused');
  return result.errors.map((e) => [e.code, e.path]);
};

describe('payment standard parameters from untrusted JSON', () => {
  it('takes the defaults of DOMAIN-FORMULAS for everything a standard leaves out', () => {
    const result = parseStandardParameters({
      method: 'DRG_POINTS',
      pointValueEmployee: '98.812',
      pointValueResident: '90',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const p = result.value;
    expect([
      p.comparator,
      p.highThresholdBasis,
      s(p.highRatioTertiary),
      s(p.highRatioSecondary),
    ]).toEqual(['GROUP_AVERAGE', 'HOSPITAL_LEVEL', '3', '2']);
    expect([
      s(p.lowRatio),
      p.highInclusive,
      s(p.specialReviewRatio),
      s(p.readmissionFactor),
    ]).toEqual(['0.4', true, '5', '0.5']);
    expect([s(p.nextHigherLevelFactor), s(p.nextLowerLevelFactor), s(p.blankGroupFactor)]).toEqual([
      '0.9',
      '1.1',
      '0.7',
    ]);
    expect([p.specialCaseCapScope, s(p.specialCaseCapShare), p.specialCaseCapPeriod]).toEqual([
      'REGION',
      '0.05',
      'QUARTER',
    ]);
  });

  it('round-trips through its JSON form with every key present', () => {
    const first = parseStandardParameters({
      method: 'DIP_SCORE',
      pointValueEmployee: '10.123456789012',
      pointValueResident: '9',
      highThresholdBasis: 'BASE_POINT_TIER',
      highRatioTiers: [
        { maxBase: '100', ratio: '3' },
        { maxBase: null, ratio: '2' },
      ],
    });
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const json = parametersToJson(first.value);
    expect(Object.keys(json)).toEqual([...PARAMETER_NAMES]);
    expect(json.pointValueEmployee).toBe('10.123456789012');
    expect(json.highRatioTiers).toEqual([
      { maxBase: '100', ratio: '3' },
      { maxBase: null, ratio: '2' },
    ]);
    const second = parseStandardParameters(json);
    expect(second.ok && parametersToJson(second.value)).toEqual(json);
  });

  it('refuses a non-object', () => {
    expect(errorsOf([1])).toEqual([['NOT_AN_OBJECT', '$']]);
    expect(errorsOf(null)).toEqual([['NOT_AN_OBJECT', '$']]);
  });

  it('lists every problem at once, each with its code and path', () => {
    expect(
      errorsOf({
        pointValueEmployee: 98.812, // a JSON number may have lost precision
        pointValueResident: '9e1',
        lowRatio: '-1',
        comparator: 'MEDIAN',
        highInclusive: 'yes',
        losExcludedAtLeast: 60.5,
        readmissionExemptGroups: ['RE19', 7],
        hihgRatio: '3',
        highRatioTiers: [{ maxBase: '100' }, { maxBase: null, ratio: 2, extra: 1 }],
      }),
    ).toEqual([
      ['UNKNOWN_FIELD', '$.hihgRatio'],
      ['REQUIRED', '$.method'],
      ['WRONG_TYPE', '$.pointValueEmployee'],
      ['NOT_A_DECIMAL', '$.pointValueResident'],
      ['NOT_ALLOWED', '$.comparator'],
      ['REQUIRED', '$.highRatioTiers[0].ratio'],
      ['UNKNOWN_FIELD', '$.highRatioTiers[1].extra'],
      ['WRONG_TYPE', '$.highRatioTiers[1].ratio'],
      ['WRONG_TYPE', '$.highInclusive'],
      ['OUT_OF_RANGE', '$.lowRatio'],
      ['WRONG_TYPE', '$.losExcludedAtLeast'],
      ['MALFORMED', '$.readmissionExemptGroups[1]'],
    ]);
  });

  it('checks what a method, a threshold basis or a mode needs', () => {
    expect(errorsOf({ method: 'DRG_RATE' })).toEqual([
      ['REQUIRED', '$.baseRateEmployee'],
      ['REQUIRED', '$.baseRateResident'],
    ]);
    const points = { method: 'DRG_POINTS', pointValueEmployee: '1', pointValueResident: '1' };
    expect(errorsOf({ ...points, highThresholdBasis: 'FIXED' })).toEqual([
      ['REQUIRED', '$.highRatio'],
    ]);
    expect(
      errorsOf({
        ...points,
        highThresholdBasis: 'BASE_POINT_TIER',
        highRatioTiers: [
          { maxBase: null, ratio: '2' },
          { maxBase: '100', ratio: '3' },
        ],
      }),
    ).toEqual([
      ['INCONSISTENT', '$.highRatioTiers[0].maxBase'],
      ['INCONSISTENT', '$.highRatioTiers[1].maxBase'],
    ]);
    expect(
      errorsOf({ ...points, highThresholdBasis: 'FIXED', highRatio: '2', lowRatio: '2' }),
    ).toEqual([['INCONSISTENT', '$.lowRatio']]);
    expect(errorsOf({ ...points, outOfRegionMode: 'SINGLE_COEFFICIENT' })).toEqual([
      ['REQUIRED', '$.outOfRegionCoefficient'],
    ]);
    expect(errorsOf({ ...points, outOfRegionMode: 'SEPARATE_STANDARD' })).toEqual([
      ['REQUIRED', '$.outOfRegionPointValueEmployee'],
      ['REQUIRED', '$.outOfRegionPointValueResident'],
    ]);
    expect(errorsOf({ ...points, ungroupedPayment: 'COST_TIMES_FACTOR' })).toEqual([
      ['REQUIRED', '$.ungroupedFactor'],
    ]);
    expect(errorsOf({ ...points, losExcludedAtMost: 60, losExcludedAtLeast: 2 })).toEqual([
      ['INCONSISTENT', '$.losExcludedAtLeast'],
    ]);
  });

  it('refuses NUL characters and deep nesting before reading anything', () => {
    expect(errorsOf({ method: 'DRG\u0000' })).toEqual([['MALFORMED', '$.method']]);
    expect(errorsOf({ highRatioTiers: [{ ratio: [[['2']]] }] })[0]).toEqual([
      'MALFORMED',
      '$.highRatioTiers[0].ratio[0]',
    ]);
  });
});

describe('TCM-advantage standards against their pre-pilot standard', () => {
  it('lists the rows below the pre-pilot standard (equal is allowed)', () => {
    const rows = [
      { diseaseCode: 'A', standard: d('5000'), prePilotStandard: d('5000') },
      { diseaseCode: 'B', standard: d('4999.99'), prePilotStandard: d('5000') },
      { diseaseCode: 'C', standard: d('6000'), prePilotStandard: d('5000') },
    ];
    expect(tcmStandardsBelowPrePilot(rows).map((r) => r.diseaseCode)).toEqual(['B']);
  });
});
