import {
  classifyTcm,
  classifyWithFallback,
  compileTcmCatalog,
  TcmError,
  type TcmCaseInput,
  type TcmDiseaseRow,
} from '../../src/domain/grouping/tcm';

const ROWS: TcmDiseaseRow[] = [
  {
    tcdCode: 'BWG000',
    name: '痔（混合痔）',
    icd10Codes: ['K64.2', 'K64.3', 'K64.811'],
    standard: '6800',
    minTcmTreatmentShare: '0.15',
    minLos: 3,
    maxLos: 14,
  },
  {
    tcdCode: 'BGS000',
    name: '项痹病（神经根型颈椎病）',
    icd10Codes: ['M47.2'],
    standard: '9800.50',
    minTcmTreatmentShare: '0.5',
  },
  {
    tcdCode: 'BNV050',
    name: '痛风病',
    icd10Codes: [],
    standard: '5600',
    minTcmTreatmentShare: '0',
    minLos: null,
    maxLos: 14,
  },
];
const catalog = compileTcmCatalog(ROWS);

const BASE: TcmCaseInput = {
  tcmPrincipalDiagnosis: 'BWG000',
  diagnoses: ['K64.811', 'I10.x00'],
  tcmTreatmentShare: '0.30',
  los: 7,
};
const classify = (patch: Partial<TcmCaseInput>) => classifyTcm(catalog, { ...BASE, ...patch });
const reasonCodes = (patch: Partial<TcmCaseInput>) => {
  const r = classify(patch);
  return r.classified ? [] : r.reasons.map((x) => x.code);
};

describe('TCM-advantage classification', () => {
  it('classifies a case that meets every condition, with its standard and a trace', () => {
    const r = classify({});
    expect(r).toMatchObject({ classified: true, standard: '6800', disease: { tcdCode: 'BWG000' } });
    expect(r.trace.join('\n')).toMatch(
      /mapped \(K64.811\)[\s\S]*share 0.30 ≥ minimum 0.15[\s\S]*7 d within 3–14/,
    );
    // TCD codes compare case-insensitively; the standard keeps its decimals
    expect(
      classify({
        tcmPrincipalDiagnosis: ' bgs000 ',
        diagnoses: ['M47.201'],
        tcmTreatmentShare: '0.5',
      }),
    ).toMatchObject({
      classified: true,
      standard: '9800.5',
    });
  });

  it('falls back when there is no TCM principal diagnosis', () => {
    expect(reasonCodes({ tcmPrincipalDiagnosis: null })).toEqual(['NO_TCM_DIAGNOSIS']);
    expect(reasonCodes({ tcmPrincipalDiagnosis: '  ' })).toEqual(['NO_TCM_DIAGNOSIS']);
  });

  it('falls back when the TCM diagnosis is not in the catalog', () => {
    expect(reasonCodes({ tcmPrincipalDiagnosis: 'BNG080' })).toEqual(['NOT_IN_CATALOG']);
  });

  it('falls back when the Western principal diagnosis is not mapped (only the principal counts)', () => {
    expect(reasonCodes({ diagnoses: ['K64.000'] })).toEqual(['ICD_NOT_MAPPED']);
    expect(reasonCodes({ diagnoses: ['I10.x00', 'K64.811'] })).toEqual(['ICD_NOT_MAPPED']);
    expect(reasonCodes({ diagnoses: [] })).toEqual(['NO_WESTERN_DIAGNOSIS']);
    // positive controls: subcategory entry K64.2 covers K64.200; a full code covers its
    // extension and dagger forms; an empty mapping accepts any Western diagnosis
    expect(classify({ diagnoses: ['K64.200'] }).classified).toBe(true);
    expect(classify({ diagnoses: ['K64.811x001'] }).classified).toBe(true);
    expect(reasonCodes({ diagnoses: ['K64.8110'] })).toEqual(['ICD_NOT_MAPPED']);
    expect(
      classify({
        tcmPrincipalDiagnosis: 'BGS000',
        diagnoses: ['M47.221+G55.2*'],
        tcmTreatmentShare: '0.6',
      }).classified,
    ).toBe(true);
    expect(classify({ tcmPrincipalDiagnosis: 'BNV050', diagnoses: ['M10.002'] }).classified).toBe(
      true,
    );
  });

  it('falls back when the TCM treatment share is below the minimum (the minimum itself passes)', () => {
    expect(reasonCodes({ tcmTreatmentShare: '0.1499' })).toEqual(['SHARE_TOO_LOW']);
    expect(classify({ tcmTreatmentShare: '0.15' }).classified).toBe(true);
    expect(reasonCodes({ tcmTreatmentShare: null })).toEqual(['SHARE_MISSING']);
    expect(reasonCodes({ tcmTreatmentShare: '1.2' })).toEqual(['SHARE_INVALID']);
    expect(reasonCodes({ tcmTreatmentShare: 'abc' })).toEqual(['SHARE_INVALID']);
  });

  it('falls back when the length of stay is outside the bounds (bounds inclusive)', () => {
    expect(reasonCodes({ los: 2 })).toEqual(['LOS_TOO_SHORT']);
    expect(reasonCodes({ los: 15 })).toEqual(['LOS_TOO_LONG']);
    expect(classify({ los: 3 }).classified).toBe(true);
    expect(classify({ los: 14 }).classified).toBe(true);
    expect(reasonCodes({ los: null })).toEqual(['LOS_MISSING']);
    expect(reasonCodes({ los: 2.5 })).toEqual(['LOS_INVALID']);
    // a row without LOS bounds ignores LOS
    expect(
      classify({
        tcmPrincipalDiagnosis: 'BGS000',
        diagnoses: ['M47.201'],
        tcmTreatmentShare: '0.9',
        los: null,
      }).classified,
    ).toBe(true);
  });

  it('reports every failed condition at once', () => {
    expect(reasonCodes({ diagnoses: ['K80.100'], tcmTreatmentShare: '0.01', los: 30 })).toEqual([
      'ICD_NOT_MAPPED',
      'SHARE_TOO_LOW',
      'LOS_TOO_LONG',
    ]);
  });
});

describe('classifyWithFallback', () => {
  it('returns the TCM result and never runs the fallback for a TCM-advantage case', () => {
    const fallback = jest.fn(() => ({ drg: 'GD25' }));
    const r = classifyWithFallback(catalog, BASE, fallback);
    expect(r.method).toBe('TCM_ADVANTAGE');
    if (r.method === 'TCM_ADVANTAGE') expect(r.tcm.standard).toBe('6800');
    expect(fallback).not.toHaveBeenCalled();
  });

  it.each<[string, Partial<TcmCaseInput>, string]>([
    ['not in catalog', { tcmPrincipalDiagnosis: 'BNG080' }, 'NOT_IN_CATALOG'],
    ['ICD not mapped', { diagnoses: ['K80.100'] }, 'ICD_NOT_MAPPED'],
    ['share too low', { tcmTreatmentShare: '0.05' }, 'SHARE_TOO_LOW'],
    ['LOS outside', { los: 40 }, 'LOS_TOO_LONG'],
  ])('falls back to DRG/DIP when %s, tagged with the reasons', (_label, patch, code) => {
    const fallback = jest.fn(() => ({ dip: 'DC-K64.8-01' }));
    const r = classifyWithFallback(catalog, { ...BASE, ...patch }, fallback);
    expect(r).toMatchObject({ method: 'FALLBACK', fallback: { dip: 'DC-K64.8-01' } });
    if (r.method === 'FALLBACK') expect(r.tcmReasons.map((x) => x.code)).toEqual([code]);
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});

describe('TCM catalog validation', () => {
  it('rejects the whole catalog and lists every bad row with its index', () => {
    const bad = [
      ROWS[0],
      { ...ROWS[1], tcdCode: 'bwg000' }, // duplicate after normalising case
      { ...ROWS[1], tcdCode: 'BAD CODE', standard: '0' },
      { ...ROWS[1], tcdCode: 'BX1', minTcmTreatmentShare: '1.5' },
      { ...ROWS[1], tcdCode: 'BX2', minLos: 10, maxLos: 5 },
      { ...ROWS[1], tcdCode: 'BX3', icd10Codes: ['51.2300'] },
      { ...ROWS[1], tcdCode: 'BX4', name: '' },
    ] as TcmDiseaseRow[];
    let error: TcmError | undefined;
    try {
      compileTcmCatalog(bad);
    } catch (e) {
      error = e as TcmError;
    }
    expect(error).toBeInstanceOf(TcmError);
    expect(error!.reason).toBe('CATALOG_INVALID');
    const byIndex = (i: number) =>
      error!.problems
        .filter((p) => p.index === i)
        .map((p) => p.reason)
        .join(' | ');
    expect([...new Set(error!.problems.map((p) => p.index))]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(byIndex(1)).toMatch(/duplicate tcdCode BWG000 \(also row 0\)/);
    expect(byIndex(2)).toMatch(/not a TCD code[\s\S]*standard/);
    expect(byIndex(3)).toMatch(/minTcmTreatmentShare/);
    expect(byIndex(4)).toMatch(/minLos 10 > maxLos 5/);
    expect(byIndex(5)).toMatch(/icd10Codes/);
    expect(byIndex(6)).toMatch(/name/);
  });
});
