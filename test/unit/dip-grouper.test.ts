import {
  compileDipCatalog,
  createDefaultProcedureClassifier,
  DipCatalogError,
  diagnosisKeys,
  groupDip,
  icd10Chapter,
  type DipCaseInput,
  type DipCatalogRow,
  type DipGroupRow,
  type ProcedureClass,
} from '../../src/domain/grouping/dip';

const core = (
  code: string,
  diagnosisKey: string,
  procedureExpression: string | null,
  averageCost: string,
  score: string,
): DipGroupRow => ({
  kind: 'CORE',
  code,
  diagnosisKey,
  procedureExpression,
  name: code,
  score,
  averageCost,
});

const comp = (
  code: string,
  diagnosisKey: string,
  procedureClass: ProcedureClass,
  score: string,
): DipGroupRow => ({
  kind: 'COMPREHENSIVE',
  code,
  diagnosisKey,
  procedureExpression: null,
  procedureClass,
  name: code,
  score,
  averageCost: String(Number(score) * 100),
});

/**
 * A hand-made catalog where every rule has a case that proves it:
 * K80.1 has a conservative row and three procedure rows; I21.0 none conservative; K35.8 has a core
 * and a primary-care row; K80 (category) only a surgery comprehensive row; chapter XI all classes;
 * chapter IX only conservative; chapter XII nothing (blank).
 */
const ROWS: DipCatalogRow[] = [
  core('K80.1-CONS', 'K80.1', null, '6000', '60'),
  core('K80.1-LC', 'K80.1', '51.2300', '15000', '150'),
  core('K80.1-OPEN', 'K80.1', '51.2200', '17000', '170'),
  core('K80.1-LC-ERCP', 'K80.1', '51.2300+51.8800', '24000', '240'),
  core('I21.0-PCI', 'I21.0', '00.6600+36.0700/00.6600+36.0600', '40000', '400'),
  core('I21.0-ANGIO', 'I21.0', '88.5500/88.5600/88.5700', '18000', '180'),
  core('K35.8-LA', 'K35.8', '47.0100', '9000', '90'),
  {
    kind: 'PRIMARY_CARE',
    code: 'K35.8-P-OA',
    diagnosisKey: 'K35.8',
    procedureExpression: '47.0900',
    name: '阑尾切除（基层）',
    score: '70',
    averageCost: '7000',
  },
  {
    kind: 'PRIMARY_CARE',
    code: 'J06.9-P',
    diagnosisKey: 'J06.9',
    procedureExpression: null,
    name: '上感（基层）',
    score: '25',
    averageCost: '2500',
  },
  comp('Z-K80-SURG', 'K80', 'RELATED_SURGERY', '160'),
  comp('Z-XI-CONS', 'XI', 'CONSERVATIVE', '50'),
  comp('Z-XI-DIAG', 'XI', 'DIAGNOSTIC', '66'),
  comp('Z-XI-THER', 'XI', 'THERAPEUTIC', '88'),
  comp('Z-XI-SURG', 'XI', 'RELATED_SURGERY', '140'),
  comp('Z-IX-CONS', 'IX', 'CONSERVATIVE', '70'),
  comp('Z-J06-CONS', 'J06', 'CONSERVATIVE', '20'),
  { kind: 'SEVERITY', code: 'A-CC', factor: '1.05', condition: { level: 'CC' } },
  { kind: 'SEVERITY', code: 'A-MCC', factor: '1.12', condition: { level: 'MCC' } },
  { kind: 'DEATH', code: 'A-DEATH', factor: '1.2', condition: { died: true } },
  { kind: 'AGE', code: 'A-AGE-65', factor: '1.03', condition: { minAge: 65, maxAge: 79 } },
  { kind: 'AGE', code: 'A-AGE-80', factor: '1.06', condition: { minAge: 80 } },
  { kind: 'AGE', code: 'A-AGE-80B', factor: '1.06', condition: { minAge: 80 } },
  {
    kind: 'TUMOR_STAGE',
    code: 'A-T4',
    factor: '1.1',
    condition: { stages: ['IV', 'M1'], diagnosisPrefixes: ['C', 'K80'] },
  },
  {
    kind: 'AGE',
    code: 'A-CHILD-CORE',
    factor: '1.3',
    condition: { maxAge: 5, groupKinds: ['CORE'] },
  },
];

const catalog = compileDipCatalog({ version: 'TEST-1', scaleK: '100', rows: ROWS });
const group = (input: Partial<DipCaseInput>, options?: Parameters<typeof groupDip>[2]) =>
  groupDip(catalog, { diagnoses: ['K80.100'], procedures: [], ...input }, options);

describe('diagnosis keys and chapters', () => {
  it.each([
    ['K80.100x001', 'K80', 'K80.1', 'XI'],
    ['K80.100', 'K80', 'K80.1', 'XI'],
    ['k801', 'K80', 'K80.1', 'XI'],
    ['A33.x00', 'A33', 'A33.x', 'I'],
    ['I10', 'I10', 'I10.x', 'IX'],
    ['E11.200x011+N08.3*', 'E11', 'E11.2', 'IV'],
    [' C34.100 ', 'C34', 'C34.1', 'II'],
    ['D50.900', 'D50', 'D50.9', 'III'],
    ['H65.000', 'H65', 'H65.0', 'VIII'],
    ['T14.000', 'T14', 'T14.0', 'XIX'],
    ['U07.100', 'U07', 'U07.1', 'XXII'],
  ])('%s → category %s, subcategory %s, chapter %s', (code, category, subcategory, chapter) => {
    expect(diagnosisKeys(code)).toEqual({ category, subcategory, chapter });
  });

  it('rejects what is not an ICD-10 code', () => {
    expect(diagnosisKeys('51.2300')).toBeNull();
    expect(diagnosisKeys('K8')).toBeNull();
    expect(diagnosisKeys('')).toBeNull();
    expect(icd10Chapter('D49')).toBeNull(); // between chapters II (…D48) and III (D50…)
  });
});

describe('default procedure classifier (a fallback a region replaces)', () => {
  it.each([
    ['51.2300', 'RELATED_SURGERY'], // body-system section 01–86
    ['36.0700', 'RELATED_SURGERY'],
    ['88.5700', 'DIAGNOSTIC'], // 87–91 imaging and examinations
    ['92.0500', 'DIAGNOSTIC'], // nuclear scan
    ['45.1300', 'DIAGNOSTIC'], // endoscopy: diagnostic prefix inside a body-system section
    ['37.2200', 'DIAGNOSTIC'], // cardiac catheterisation
    ['00.6600', 'THERAPEUTIC'], // section 00
    ['99.2500', 'THERAPEUTIC'], // chemotherapy
    ['92.2400', 'THERAPEUTIC'], // radiotherapy
    ['not-a-code', 'CONSERVATIVE'],
  ])('%s → %s', (code, expected) => {
    expect(createDefaultProcedureClassifier().classify(code)).toBe(expected);
  });

  it('uses an operating-room list when one is given', () => {
    const c = createDefaultProcedureClassifier({ operatingRoomProcedures: ['00.6600'] });
    expect(c.classify('00.6600')).toBe('RELATED_SURGERY');
    expect(c.classify('51.2300')).toBe('THERAPEUTIC'); // not on the list
    expect(c.classify('88.5700')).toBe('DIAGNOSTIC');
  });
});

describe('DIP grouping', () => {
  it('core: a procedure row of the principal subcategory matches', () => {
    const r = group({ procedures: ['51.2300'], totalCost: '14000' });
    expect(r).toMatchObject({
      status: 'GROUPED',
      groupCode: 'K80.1-LC',
      groupKind: 'CORE',
      score: '150',
      auxFactor: '1',
      adjustedScore: '150',
      matchedProcedures: ['51.2300'],
      diagnosisKeys: { subcategory: 'K80.1' },
      caseProcedureClass: 'RELATED_SURGERY',
    });
    // negative control: the same procedure under another diagnosis subcategory is not this group
    expect(group({ diagnoses: ['K80.200'], procedures: ['51.2300'] }).groupCode).not.toBe(
      'K80.1-LC',
    );
  });

  it('core: the row with the most matched procedures wins', () => {
    const r = group({ procedures: ['51.2300', '51.8800'], totalCost: '15000' });
    expect(r.groupCode).toBe('K80.1-LC-ERCP'); // 2 codes beat 1, although LC's cost is closer
    expect(r.matchedProcedures).toEqual(['51.2300', '51.8800']);
    const step = r.trace.find((s) => s.stage === 'CORE')!;
    expect(step.message).toMatch(/matched the most procedures \(2/);
    expect(step.candidates!.filter((c) => c.matched).map((c) => c.code)).toEqual([
      'K80.1-LC',
      'K80.1-LC-ERCP',
    ]);
    // control: without 51.8800 the single-code row wins
    expect(group({ procedures: ['51.2300'] }).groupCode).toBe('K80.1-LC');
  });

  it('core: a tie on matched count goes to the average cost closest to the case cost', () => {
    // LC 15,000 vs OPEN 17,000
    const near17 = group({ procedures: ['51.2300', '51.2200'], totalCost: '16500' });
    expect(near17.groupCode).toBe('K80.1-OPEN');
    expect(near17.trace.find((s) => s.stage === 'CORE')!.message).toMatch(
      /closest to the case cost \(distance 500\)/,
    );
    expect(group({ procedures: ['51.2300', '51.2200'], totalCost: '15200' }).groupCode).toBe(
      'K80.1-LC',
    );
    // equal distance, or no cost at all: the lowest code, deterministically
    const equal = group({ procedures: ['51.2300', '51.2200'], totalCost: '16000' });
    expect(equal.groupCode).toBe('K80.1-LC');
    expect(equal.trace.find((s) => s.stage === 'CORE')!.message).toMatch(/lowest code/);
    expect(group({ procedures: ['51.2200', '51.2300'] }).groupCode).toBe('K80.1-LC');
  });

  it('core: the conservative row only when no other core row of the diagnosis matched', () => {
    expect(group({ procedures: [] })).toMatchObject({ groupCode: 'K80.1-CONS', score: '60' });
    // an unrelated procedure matches no row: still conservative (the default has no class limit)
    expect(group({ procedures: ['45.1300'] }).groupCode).toBe('K80.1-CONS');
    // control: a matching procedure row beats the conservative row
    expect(group({ procedures: ['51.2200'] }).groupCode).toBe('K80.1-OPEN');
  });

  it('core: a region may keep unmatched operations out of the conservative row', () => {
    const opts = { conservativeMaxClass: 'THERAPEUTIC' as const };
    const r = group({ procedures: ['54.1100'] }, opts); // exploratory laparotomy, surgery class
    expect(r.groupCode).toBe('Z-K80-SURG');
    expect(r.trace.find((s) => s.stage === 'CORE')!.message).toMatch(/skipped/);
    expect(group({ procedures: ['45.1300'] }, opts).groupCode).toBe('K80.1-CONS'); // diagnostic only
  });

  it('primary care: tried after core rows of the same subcategory', () => {
    expect(group({ diagnoses: ['K35.800'], procedures: ['47.0100'] }).groupCode).toBe('K35.8-LA');
    const r = group({ diagnoses: ['K35.800'], procedures: ['47.0900'] });
    expect(r).toMatchObject({ groupCode: 'K35.8-P-OA', groupKind: 'PRIMARY_CARE', score: '70' });
    expect(r.trace.map((s) => s.stage)).toEqual(['INPUT', 'CORE', 'PRIMARY_CARE', 'AUX']);
    // conservative primary-care row for a diagnosis without core rows
    expect(group({ diagnoses: ['J06.900'] })).toMatchObject({
      groupCode: 'J06.9-P',
      groupKind: 'PRIMARY_CARE',
    });
  });

  it('comprehensive: by category first, at the case procedure class', () => {
    // K80.2 has no core rows; K80 has a surgery row, and so does chapter XI: the category wins
    const r = group({ diagnoses: ['K80.200'], procedures: ['51.2300'] });
    expect(r).toMatchObject({ groupCode: 'Z-K80-SURG', groupKind: 'COMPREHENSIVE', score: '160' });
    expect(r.trace.find((s) => s.stage === 'COMPREHENSIVE')!.message).toMatch(/category K80 has/);
  });

  it.each([
    [[], 'Z-XI-CONS', 'CONSERVATIVE'],
    [['45.1300'], 'Z-XI-DIAG', 'DIAGNOSTIC'],
    [['45.1300', '99.2500'], 'Z-XI-THER', 'THERAPEUTIC'],
    [['45.1300', '99.2500', '51.2300'], 'Z-XI-SURG', 'RELATED_SURGERY'],
  ])('comprehensive: then by chapter — procedures %j → %s (%s)', (procedures, code, cls) => {
    // K81 has no category rows at all, so the chapter decides, at the HIGHEST procedure class
    const r = group({ diagnoses: ['K81.000'], procedures });
    expect(r).toMatchObject({ status: 'GROUPED', groupCode: code, caseProcedureClass: cls });
    expect(r.trace.find((s) => s.stage === 'COMPREHENSIVE')!.message).toMatch(/chapter XI/);
  });

  it('comprehensive: a category without a row for the class falls back to the chapter', () => {
    expect(group({ diagnoses: ['K80.200'], procedures: ['45.1300'] }).groupCode).toBe('Z-XI-DIAG');
  });

  it('comprehensive: a pluggable classifier decides the class', () => {
    const everythingTherapeutic = { classify: () => 'THERAPEUTIC' as const };
    const r = group(
      { diagnoses: ['K80.200'], procedures: ['51.2300'] },
      { classifier: everythingTherapeutic },
    );
    expect(r.groupCode).toBe('Z-XI-THER');
  });

  it('blank group when nothing matches', () => {
    // chapter IX has only a conservative comprehensive row; I21.0 with a diagnostic procedure
    // that is no core row's → blank
    const r = group({ diagnoses: ['I21.000'], procedures: ['37.2200'] });
    expect(r).toMatchObject({
      status: 'BLANK',
      groupCode: null,
      score: '0',
      auxFactor: '1',
      adjustedScore: '0',
    });
    expect(r.trace.at(-1)).toMatchObject({ stage: 'BLANK' });
    // controls: conservative I21.0 reaches the chapter row; L03.1 (chapter XII) has nothing
    expect(group({ diagnoses: ['I21.000'] }).groupCode).toBe('Z-IX-CONS');
    expect(group({ diagnoses: ['L03.100'] }).status).toBe('BLANK');
    expect(group({ diagnoses: ['I21.000'], procedures: ['00.6600', '36.0600'] }).groupCode).toBe(
      'I21.0-PCI',
    );
  });

  it('aux: when several rows match, the LARGEST factor is taken, not the product', () => {
    const r = group({ procedures: ['51.2300'], hasMcc: true, died: true, age: 70 });
    // CC (1.05, MCC counts as CC), MCC 1.12, death 1.2, age 65–79 1.03 all match
    expect(r.auxFactor).toBe('1.2');
    expect(r.adjustedScore).toBe('180');
    const aux = r.trace.find((s) => s.stage === 'AUX')!;
    expect(aux.auxRows!.filter((a) => a.matched).map((a) => a.code)).toEqual([
      'A-AGE-65',
      'A-CC',
      'A-DEATH',
      'A-MCC',
    ]);
    expect(aux.message).toMatch(/largest factor 1.2 \(A-DEATH\) is taken, not the product/);
    // two rows: MCC and CC → MCC's 1.12
    expect(group({ procedures: ['51.2300'], hasMcc: true }).adjustedScore).toBe('168');
    // negative control: no flags → factor 1
    expect(
      group({ procedures: ['51.2300'], hasMcc: false, hasCc: false, died: false }),
    ).toMatchObject({
      auxFactor: '1',
      adjustedScore: '150',
    });
  });

  it('aux: CC, age bands, tumour stage and scopes', () => {
    expect(group({ hasCc: true }).auxFactor).toBe('1.05');
    expect(group({ age: 64 }).auxFactor).toBe('1');
    expect(group({ age: 65 }).auxFactor).toBe('1.03');
    expect(group({ age: 79 }).auxFactor).toBe('1.03');
    expect(group({ age: 80 }).auxFactor).toBe('1.06');
    expect(group({ age: null }).auxFactor).toBe('1');
    // equal factors (A-AGE-80, A-AGE-80B): the lower code is reported
    const tie = group({ age: 90 }).trace.find((s) => s.stage === 'AUX')!;
    expect(tie.message).toMatch(/\(A-AGE-80\)/);
    // stage compares case-insensitively; scoped to principal diagnoses starting C or K80
    expect(group({ tumorStage: ' iv ' }).auxFactor).toBe('1.1');
    expect(group({ tumorStage: 'III' }).auxFactor).toBe('1');
    expect(group({ diagnoses: ['J06.900'], tumorStage: 'IV' }).auxFactor).toBe('1');
    // groupKinds scope: the child factor applies to core groups only
    expect(group({ age: 3 }).auxFactor).toBe('1.3');
    expect(group({ diagnoses: ['J06.900'], age: 3 }).auxFactor).toBe('1');
  });

  it('aux factors do not apply to a blank group', () => {
    expect(group({ diagnoses: ['L03.100'], died: true })).toMatchObject({
      status: 'BLANK',
      auxFactor: '1',
    });
  });

  it.each<[string, Partial<DipCaseInput>, RegExp]>([
    ['no diagnoses', { diagnoses: [] }, /principal diagnosis is required/],
    ['blank principal', { diagnoses: ['  ', 'K80.100'] }, /empty/],
    ['not ICD-10', { diagnoses: ['51.2300'] }, /not an ICD-10 code/],
    ['bad cost', { totalCost: '1e4' }, /total cost/],
    ['negative cost', { totalCost: '-5' }, /total cost/],
    ['bad age', { age: -1 }, /age/],
  ])('INVALID_INPUT: %s', (_label, input, message) => {
    const r = group(input);
    expect(r).toMatchObject({ status: 'INVALID_INPUT', groupCode: null, diagnosisKeys: null });
    expect(r.trace[0].message).toMatch(message);
  });

  it('the trace can be turned off for batch jobs without changing the result', () => {
    const input = { procedures: ['51.2300', '51.2200'], totalCost: '16500', hasMcc: true };
    const withTrace = group(input);
    const without = group(input, { trace: false });
    expect(without.trace).toEqual([]);
    expect({ ...without, trace: null }).toEqual({ ...withTrace, trace: null });
  });

  it('ignores blank and duplicate procedure codes', () => {
    expect(group({ procedures: [' 51.2300 ', '', '51.2300'] }).matchedProcedures).toEqual([
      '51.2300',
    ]);
  });
});

describe('DIP catalog validation', () => {
  const good = ROWS[1];

  it('rejects the whole catalog and lists every bad row with its index and reason', () => {
    const rows: unknown[] = [
      good,
      { ...good, code: 'E1', procedureExpression: '51.2300+' },
      { ...good, code: 'E2', diagnosisKey: 'K80' },
      { ...good, code: 'E3', score: undefined },
      { ...comp('E4', 'K80', 'THERAPEUTIC', '1'), procedureExpression: '51.2300' },
      { ...good }, // duplicate code K80.1-LC
      { kind: 'SEVERITY', code: 'E6', factor: '0', condition: { level: 'CC' } },
      { kind: 'NONSENSE', code: 'E7' },
      { kind: 'AGE', code: 'E8', factor: '1.1', condition: { minAge: 9, maxAge: 3 } },
      { ...comp('E9', 'XXX', 'DIAGNOSTIC', '1') },
      { ...core('E10', 'K80.1', null, '1', '1') }, // fine alone…
      { ...core('E11', 'K80.1', null, '1', '1') }, // …but a second conservative row for K80.1
      { ...core('E12', 'K80.1', '51.2300', '1', '1') }, // same expression as K80.1-LC
      { kind: 'TUMOR_STAGE', code: 'E13', factor: '1.1', condition: { stages: [] } },
      null,
    ];
    let error: DipCatalogError | undefined;
    try {
      compileDipCatalog({ version: 'v', scaleK: '0', rows: rows as DipCatalogRow[] });
    } catch (e) {
      error = e as DipCatalogError;
    }
    expect(error).toBeInstanceOf(DipCatalogError);
    expect(error!.reason).toBe('CATALOG_INVALID');
    const indices = [...new Set(error!.problems.map((p) => p.index))].sort((a, b) => a - b);
    expect(indices).toEqual([-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]);
    const reasonOf = (i: number) =>
      error!.problems
        .filter((p) => p.index === i)
        .map((p) => p.reason)
        .join(' | ');
    expect(reasonOf(-1)).toMatch(/scaleK/);
    expect(reasonOf(1)).toMatch(/procedureExpression: .*position 8/);
    expect(reasonOf(2)).toMatch(/subcategory like K80.1/);
    expect(reasonOf(3)).toMatch(/score/);
    expect(reasonOf(4)).toMatch(/no procedureExpression/);
    expect(reasonOf(5)).toMatch(/duplicate group code K80.1-LC/);
    expect(reasonOf(6)).toMatch(/factor/);
    expect(reasonOf(7)).toMatch(/unknown kind "NONSENSE"/);
    expect(reasonOf(8)).toMatch(/minAge 9 > maxAge 3/);
    expect(reasonOf(9)).toMatch(/category \(K80\) or chapter numeral/);
    expect(reasonOf(11)).toMatch(/second conservative/);
    expect(reasonOf(12)).toMatch(/same procedure expression 51.2300 as K80.1-LC/);
    expect(reasonOf(13)).toMatch(/stages/);
    expect(reasonOf(14)).toMatch(/not an object/);
    expect(error!.message).toMatch(/row 7 \(E7\): unknown kind/);
  });

  it('accepts bare rows with K = 100', () => {
    const c = compileDipCatalog(ROWS);
    expect(c.scaleK).toBe('100');
    expect(c.groupsByCode.size).toBe(16);
    expect(c.aux).toHaveLength(8);
  });
});
