import { readFileSync } from 'node:fs';
import {
  compileRulePackage,
  groupDrg,
  loadRulePackageFile,
  type CompiledDrgRules,
  type Condition,
  type DrgCaseInput,
  type DrgStatus,
  type RulePackage,
} from '../../src/domain/grouping/drg';
import { tinyRulePackage } from '../../src/domain/grouping/drg/rule-package.example';
import { CASES_DEV_JSONL, RULES_JSON } from '../support/reference';

interface Vector extends DrgCaseInput {
  id: string;
  expected: { status: DrgStatus; mdc: string | null; adrg: string | null; drg: string | null };
}

const vectors: Vector[] = readFileSync(CASES_DEV_JSONL, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Vector);
const byId = new Map(vectors.map((v) => [v.id, v]));

let chs: CompiledDrgRules;
beforeAll(async () => {
  chs = await loadRulePackageFile(RULES_JSON);
});

/** An adult man with nothing recorded; tests add what they look at. */
function kase(fields: Partial<DrgCaseInput> = {}): DrgCaseInput {
  return {
    sex: 1,
    age: 40,
    ageDays: null,
    birthWeight: null,
    diagnoses: [],
    procedures: [],
    ...fields,
  };
}

const outcome = (r: {
  status: string;
  mdc: string | null;
  adrg: string | null;
  drg: string | null;
}) => `${r.status} ${r.mdc ?? '-'} ${r.adrg ?? '-'} ${r.drg ?? '-'}`;

describe('CHS-DRG 1.1 reference vectors (cases-dev.jsonl)', () => {
  it('has the 3,000 vectors', () => {
    expect(vectors).toHaveLength(3000);
  });

  it('groups every case exactly as OpenDRG did', () => {
    const mismatches: string[] = [];
    for (const v of vectors) {
      const got = groupDrg(chs, v);
      if (outcome(got) !== outcome(v.expected)) {
        mismatches.push(`${v.id}: expected ${outcome(v.expected)}, got ${outcome(got)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the same result with trace on, and the trace is plain JSON', () => {
    const mismatches: string[] = [];
    for (const v of vectors) {
      const fast = groupDrg(chs, v);
      const traced = groupDrg(chs, v, { trace: true });
      const { trace, ...result } = traced;
      if (JSON.stringify(result) !== JSON.stringify(fast) || trace?.status !== fast.status) {
        mismatches.push(v.id);
      }
      expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
    }
    expect(mismatches).toEqual([]);
    expect(groupDrg(chs, vectors[0]).trace).toBeUndefined();
  });

  it('names the DRG in Chinese', () => {
    expect(groupDrg(chs, byId.get('opendrg-readme-22058878')!)).toEqual({
      status: 'SUCCESS',
      mdc: 'MDCG',
      adrg: 'GZ1',
      drg: 'GZ13',
      drgName: '其他消化系统诊断，伴并发症或合并症',
    });
  });
});

describe('traces of real cases', () => {
  it('README case: K11.901 is a CC of table 110 and counts, the principal excludes table 111', () => {
    const { trace } = groupDrg(chs, byId.get('opendrg-readme-22058878')!, { trace: true });
    expect(trace!.complications).toEqual({
      principal: 'K22.301',
      exclusionTable: 111,
      hasMcc: false,
      hasCc: true,
      secondaries: [
        {
          index: 1,
          code: 'K11.901',
          mcc: null,
          cc: { table: 110, excluded: false },
          counts: 'CC',
          reason: 'CC of table 110; the principal diagnosis excludes table 111, so it counts',
        },
        expect.objectContaining({ index: 2, code: 'E11.900', counts: null }),
        expect.objectContaining({ index: 3, code: 'I10.x05', counts: null }),
      ],
    });
    expect(trace!.validation.map((s) => [s.id, s.fired])).toEqual([
      ['SEX_MISSING', false],
      ['SEX_INVALID', false],
      ['AGE_MISSING', false],
      ['AGE_DAYS_MISSING', false],
      ['NEWBORN_WEIGHT_MISSING', false],
    ]);
    // MDCs tried in the package order up to MDCG; only MDCG entered
    const mdcs = trace!.mdcs;
    expect(mdcs.map((m) => m.mdc)).toEqual(chs.mdcs.slice(0, 12).map((m) => m.code));
    expect(mdcs.filter((m) => m.entered).map((m) => m.mdc)).toEqual(['MDCG']);
    expect(mdcs[0]).toEqual({
      mdc: 'MDCA',
      entered: false,
      condition: 'principalProcedureIn(SS_VALID)',
      reason: 'principal procedure 96.0800x005 is not in SS_VALID',
    });
    const gz1 = mdcs[11].adrgs!.find((a) => a.matched)!;
    expect(gz1).toEqual({
      adrg: 'GZ1',
      matched: true,
      condition: 'principalDiagnosisIn(GZ1.dx)',
      reason: 'principal diagnosis K22.301 is in GZ1.dx',
    });
    expect(mdcs[11].adrgs!.at(-1)).toBe(gz1);
    expect(trace!.split).toEqual({
      adrg: 'GZ1',
      drg: 'GZ13',
      drgName: '其他消化系统诊断，伴并发症或合并症',
      tried: [
        {
          drg: 'GZ13',
          matched: true,
          condition: 'anyOf(hasMcc, hasCc)',
          reason: 'CC K11.901 (table 110) counts',
        },
      ],
    });
    expect(trace!.status).toBe('SUCCESS');
    expect(trace!.statusText).toBe('分组成功');
    expect(trace!.rules).toEqual({ name: 'CHS-DRG 1.1', version: '1.1' });
    expect(trace!.reason).toMatch(/^grouped into MDCG \/ GZ1 \/ GZ13 \(其他消化系统诊断/);
  });

  it('dev-00002: both CCs are excluded by the principal J94.200 (table 108), so EW15', () => {
    const { drg, trace } = groupDrg(chs, byId.get('dev-00002')!, { trace: true });
    expect(drg).toBe('EW15');
    const c = trace!.complications;
    expect([c.principal, c.exclusionTable, c.hasMcc, c.hasCc]).toEqual([
      'J94.200',
      108,
      false,
      false,
    ]);
    const ccs = c.secondaries.filter((s) => s.cc !== null);
    expect(ccs.map((s) => [s.code, s.cc, s.counts])).toEqual([
      ['J94.901', { table: 108, excluded: true }, null],
      ['J90.x00x004', { table: 108, excluded: true }, null],
    ]);
    expect(ccs[0].reason).toBe(
      'CC of table 108, excluded: the principal diagnosis excludes table 108',
    );
    expect(trace!.split!.tried.map((t) => [t.drg, t.matched, t.reason])).toEqual([
      ['EW11', false, 'no secondary diagnosis is an MCC'],
      [
        'EW13',
        false,
        'no secondary diagnosis is an MCC; no CC counts: J94.901, J90.x00x004 (table 108) ' +
          'are excluded by the principal diagnosis J94.200',
      ],
      ['EW15', true, 'always holds'],
    ]);
  });

  it('dev-00008: the MCC T28.200x001 (table 210) counts while the CC T81.016 is excluded', () => {
    const { drg, trace } = groupDrg(chs, byId.get('dev-00008')!, { trace: true });
    expect(drg).toBe('SS11');
    const c = trace!.complications;
    expect(c.exclusionTable).toBe(217);
    expect(c.secondaries.map((s) => [s.code, s.counts])).toEqual([
      ['C76.302', 'CC'],
      ['T81.016', null],
      ['I24.000x005', 'CC'],
      ['T28.200x001', 'MCC'],
    ]);
    expect(c.secondaries[1].cc).toEqual({ table: 217, excluded: true });
    expect(trace!.split!.tried[0]).toEqual({
      drg: 'SS11',
      matched: true,
      condition: 'hasMcc',
      reason: 'MCC T28.200x001 (table 210) counts',
    });
  });

  it('dev-00009: an MCC of the principal’s own table does not count (FT45)', () => {
    const { drg, trace } = groupDrg(chs, byId.get('dev-00009')!, { trace: true });
    expect(drg).toBe('FT45');
    const mcc = trace!.complications.secondaries.find((s) => s.code === 'I50.900')!;
    expect(mcc.mcc).toEqual({ table: 95, excluded: true });
    expect(mcc.counts).toBeNull();
  });

  it('a failed validation names the rule, its condition and its Chinese message', () => {
    const v = byId.get('dev-00120')!; // newborn of 8 days, no birth weight
    const result = groupDrg(chs, v, { trace: true });
    expect(outcome(result)).toBe('CHECK_FAILED - - -');
    const fired = result.trace!.validation.at(-1)!;
    expect(fired).toEqual({
      id: 'NEWBORN_WEIGHT_MISSING',
      fired: true,
      condition: 'allOf(ageYearsEq(0), ageDaysLte(28), missing(birthWeight))',
      reason: 'age is 0; age in days 8 <= 28; birthWeight is missing',
      status: 'CHECK_FAILED',
      message: '新生儿的出生体重必须有值',
    });
    expect(result.trace!.mdcs).toEqual([]);
    expect(result.trace!.statusText).toBe('信息校验不通过');
    expect(result.trace!.reason).toContain('新生儿的出生体重必须有值');
  });

  it('NOT_GROUPED after fall-through says which MDC was entered and why its ADRGs failed', () => {
    // O00.900 is in MDCO's principal list, but a man (and no procedure) fits none of its ADRGs
    const result = groupDrg(chs, kase({ diagnoses: ['O00.900'] }), { trace: true });
    expect(outcome(result)).toBe('NOT_GROUPED - - -');
    const t = result.trace!;
    expect(t.mdcs).toHaveLength(chs.mdcs.length);
    const entered = t.mdcs.filter((m) => m.entered);
    expect(entered.map((m) => m.mdc)).toEqual(['MDCO']);
    expect(entered[0].adrgs!.every((a) => !a.matched)).toBe(true);
    expect(t.split).toBeNull();
    expect(t.reason).toBe('entered MDCO but no ADRG matched, and no later MDC took the case');
    expect(t.statusText).toBe('无法入组');
  });

  it('MDCZ trace counts the trauma regions', () => {
    const result = groupDrg(chs, byId.get('dev-00733')!, { trace: true });
    expect(result.drg).toBe('ZJ15');
    const z = result.trace!.mdcs.find((m) => m.mdc === 'MDCZ')!;
    expect(z.entered).toBe(true);
    expect(z.reason).toMatch(
      /^principal diagnosis S36.601 is in MDCZ; 2 trauma regions \(.+\), need at least 2$/,
    );
  });
});

describe('OpenDRG behaviour reproduced on purpose (FORMAT.md)', () => {
  it('empty diagnosis list is not rejected: it only groups through MDCA', () => {
    expect(outcome(groupDrg(chs, byId.get('dev-00292')!))).toBe('NOT_GROUPED - - -');
    const heart = groupDrg(chs, kase({ procedures: [chsFirst('AA1.px')] }));
    expect([heart.status, heart.mdc, heart.adrg]).toEqual(['SUCCESS', 'MDCA', 'AA1']);
  });

  it('only the first procedure opens MDCA', () => {
    const transplant = chsFirst('AA1.px');
    const second = groupDrg(chs, kase({ diagnoses: ['K22.301'], procedures: ['x', transplant] }));
    expect(second.mdc).toBe('MDCG');
  });

  it('a birth weight of 0 passes validation but counts as unknown in the weight bands', () => {
    const v = byId.get('dev-00761')!; // 11 days, weight 0, P07.300x011: PV1, not a PS band
    expect(v.birthWeight).toBe(0);
    expect(outcome(groupDrg(chs, v))).toBe('SUCCESS MDCP PV1 PV13');
  });

  it('codes are compared verbatim (a trailing space matches nothing)', () => {
    expect(outcome(groupDrg(chs, byId.get('dev-01175')!))).toBe('NOT_GROUPED - - -');
  });

  it('sex must be the integer 1 or 2', () => {
    const asString = kase({ sex: '1' as unknown as number, diagnoses: ['K22.301'] });
    expect(groupDrg(chs, asString).status).toBe('CHECK_FAILED');
  });

  it('missing fields behave as null', () => {
    const partial = {
      sex: 2,
      age: 88,
      diagnoses: ['K22.301', 'K11.901'],
    } as unknown as DrgCaseInput;
    expect(outcome(groupDrg(chs, partial))).toBe('SUCCESS MDCG GZ1 GZ13');
    const noLists = { sex: 2, age: 88 } as unknown as DrgCaseInput;
    expect(outcome(groupDrg(chs, noLists))).toBe('NOT_GROUPED - - -');
  });
});

describe('validation rules of CHS-DRG 1.1, in order', () => {
  const fired = (c: DrgCaseInput) => {
    const r = groupDrg(chs, c, { trace: true });
    return r.trace!.validation.find((s) => s.fired)?.id ?? r.status;
  };
  it('fires each rule, and passes a complete newborn (positive control)', () => {
    expect(fired(kase({ sex: null }))).toBe('SEX_MISSING');
    expect(fired(kase({ sex: 3 }))).toBe('SEX_INVALID');
    expect(fired(kase({ sex: 0 }))).toBe('SEX_INVALID');
    expect(fired(kase({ age: null }))).toBe('AGE_MISSING');
    expect(fired(kase({ age: 0, ageDays: null }))).toBe('AGE_DAYS_MISSING');
    expect(fired(kase({ age: 0, ageDays: 28 }))).toBe('NEWBORN_WEIGHT_MISSING');
    expect(fired(kase({ age: 0, ageDays: 29 }))).toBe('NOT_GROUPED');
    expect(fired(kase({ age: 0, ageDays: 28, birthWeight: 0 }))).toBe('NOT_GROUPED');
    expect(fired(kase({ sex: null, age: null }))).toBe('SEX_MISSING');
  });
});

describe('the FORMAT.md tiny example', () => {
  const readme = byIdOrThrow('opendrg-readme-22058878');

  it('groups the README case to MDCG / GZ1 / GZ13', () => {
    const rules = compileRulePackage(tinyRulePackage());
    expect(groupDrg(rules, readme)).toEqual({
      status: 'SUCCESS',
      mdc: 'MDCG',
      adrg: 'GZ1',
      drg: 'GZ13',
      drgName: '其他消化系统诊断，伴并发症或合并症',
    });
  });

  it('a CC excluded by the principal’s table does not count (GZ15); positive control counts', () => {
    const excluding = tinyRulePackage();
    excluding.complications.principalExclusion = { '110': ['K22.301'] };
    expect(groupDrg(compileRulePackage(excluding), readme).drg).toBe('GZ15');
    // no exclusion table at all for the principal: the CC counts
    const none = tinyRulePackage();
    none.complications.principalExclusion = {};
    expect(groupDrg(compileRulePackage(none), readme).drg).toBe('GZ13');
  });

  it('missing sex fails validation; no list holds the principal gives NOT_GROUPED', () => {
    const rules = compileRulePackage(tinyRulePackage());
    expect(outcome(groupDrg(rules, { ...readme, sex: null }))).toBe('CHECK_FAILED - - -');
    expect(outcome(groupDrg(rules, { ...readme, diagnoses: ['K22.302'] }))).toBe(
      'NOT_GROUPED - - -',
    );
  });
});

describe('MDC fall-through', () => {
  // MDCG takes K22.301 but its only ADRG wants a procedure; MDCK also takes K22.301 medically.
  function fallThroughPackage(): RulePackage {
    const pkg = tinyRulePackage();
    pkg.mdcOrder = ['MDCG', 'MDCK'];
    pkg.mdcs.MDCK = { when: { principalDiagnosisIn: 'MDCG' }, adrgs: ['KZ1'] };
    pkg.adrgs.GZ1.when = { principalProcedureIn: 'GZ1.px' };
    pkg.adrgs.KZ1 = {
      mdc: 'MDCK',
      when: { always: true },
      drgs: [{ code: 'KZ19', when: { always: true } }],
    };
    pkg.codeLists['GZ1.px'] = ['45.1300'];
    return pkg;
  }

  it('continues with the next MDC when no ADRG of an entered MDC matches', () => {
    const rules = compileRulePackage(fallThroughPackage());
    const c = kase({ diagnoses: ['K22.301'] });
    expect(outcome(groupDrg(rules, c))).toBe('SUCCESS MDCK KZ1 KZ19');
    const t = groupDrg(rules, c, { trace: true }).trace!;
    expect(t.mdcs.map((m) => [m.mdc, m.entered, m.adrgs?.map((a) => a.matched)])).toEqual([
      ['MDCG', true, [false]],
      ['MDCK', true, [true]],
    ]);
    // positive control: with the procedure, MDCG keeps the case
    expect(outcome(groupDrg(rules, { ...c, procedures: ['45.1300'] }))).toBe(
      'SUCCESS MDCG GZ1 GZ15',
    );
  });

  it('ends NOT_GROUPED with no MDC when nothing matches', () => {
    const pkg = fallThroughPackage();
    pkg.adrgs.KZ1.when = { sexIs: 2 };
    expect(groupDrg(compileRulePackage(pkg), kase({ diagnoses: ['K22.301'] }))).toEqual({
      status: 'NOT_GROUPED',
      mdc: null,
      adrg: null,
      drg: null,
      drgName: null,
    });
  });
});

describe('predicates', () => {
  const PROBE_LISTS = { L: ['A01', 'A02'], R1: ['S01'], R2: ['S02'], R3: ['S03'] };

  /** Whether `when` holds for the case: it is the only validation rule of a tiny package. */
  function holds(when: Condition, fields: Partial<DrgCaseInput>): boolean {
    const pkg = tinyRulePackage();
    pkg.validation = [{ id: 'PROBE', when, status: 'CHECK_FAILED', message: 'probe' }];
    Object.assign(pkg.codeLists, PROBE_LISTS);
    pkg.complications = {
      mcc: { '5': ['M5'], '6': ['M6'] },
      cc: { '5': ['C5'], '7': ['C7'] },
      principalExclusion: { '5': ['P5'], '7': ['P7'] },
    };
    return groupDrg(compileRulePackage(pkg), kase(fields)).status === 'CHECK_FAILED';
  }

  it('always, allOf, anyOf, not', () => {
    const yes: Condition = { always: true };
    const no: Condition = { not: { always: true } };
    expect(holds(yes, {})).toBe(true);
    expect(holds(no, {})).toBe(false);
    expect(holds({ allOf: [] }, {})).toBe(true);
    expect(holds({ allOf: [yes, yes] }, {})).toBe(true);
    expect(holds({ allOf: [yes, yes, no] }, {})).toBe(false);
    expect(holds({ allOf: [yes, yes, yes, yes] }, {})).toBe(true);
    expect(holds({ anyOf: [] }, {})).toBe(false);
    expect(holds({ anyOf: [no, yes] }, {})).toBe(true);
    expect(holds({ anyOf: [no, no, no] }, {})).toBe(false);
    expect(holds({ not: { not: yes } }, {})).toBe(true);
  });

  it('principalDiagnosisIn / anyDiagnosisIn (verbatim codes)', () => {
    const p: Condition = { principalDiagnosisIn: 'L' };
    expect(holds(p, { diagnoses: ['A01'] })).toBe(true);
    expect(holds(p, { diagnoses: ['X', 'A01'] })).toBe(false);
    expect(holds(p, { diagnoses: [] })).toBe(false);
    expect(holds(p, { diagnoses: ['a01'] })).toBe(false);
    expect(holds(p, { diagnoses: [' A01'] })).toBe(false);
    const a: Condition = { anyDiagnosisIn: 'L' };
    expect(holds(a, { diagnoses: ['X', 'A02'] })).toBe(true);
    expect(holds(a, { diagnoses: ['A02'] })).toBe(true);
    expect(holds(a, { diagnoses: ['X', 'Y'] })).toBe(false);
    expect(holds(a, { diagnoses: [] })).toBe(false);
  });

  it('principalProcedureIn / anyProcedureIn', () => {
    const p: Condition = { principalProcedureIn: 'L' };
    expect(holds(p, { procedures: ['A01', 'X'] })).toBe(true);
    expect(holds(p, { procedures: ['X', 'A01'] })).toBe(false);
    expect(holds(p, { procedures: [] })).toBe(false);
    const a: Condition = { anyProcedureIn: 'L' };
    expect(holds(a, { procedures: ['X', 'A01'] })).toBe(true);
    expect(holds(a, { procedures: ['X'] })).toBe(false);
    // procedures and diagnoses are separate
    expect(holds(a, { diagnoses: ['A01'], procedures: [] })).toBe(false);
  });

  it('sexIs, ageYearsEq, ageDaysLte', () => {
    expect(holds({ sexIs: 2 }, { sex: 2 })).toBe(true);
    expect(holds({ sexIs: 2 }, { sex: 1 })).toBe(false);
    expect(holds({ sexIs: 1 }, { sex: null })).toBe(false);
    expect(holds({ ageYearsEq: 0 }, { age: 0 })).toBe(true);
    expect(holds({ ageYearsEq: 0 }, { age: 1 })).toBe(false);
    expect(holds({ ageYearsEq: 0 }, { age: null })).toBe(false);
    expect(holds({ ageDaysLte: 28 }, { ageDays: 28 })).toBe(true);
    expect(holds({ ageDaysLte: 28 }, { ageDays: 0 })).toBe(true);
    expect(holds({ ageDaysLte: 28 }, { ageDays: 29 })).toBe(false);
    expect(holds({ ageDaysLte: 28 }, { ageDays: null })).toBe(false);
  });

  it('birthWeightIn: bounds [gte, lt), and 0 or null is unknown', () => {
    const band: Condition = { birthWeightIn: { gte: 1500, lt: 2000 } };
    expect(holds(band, { birthWeight: 1500 })).toBe(true);
    expect(holds(band, { birthWeight: 1999 })).toBe(true);
    expect(holds(band, { birthWeight: 2000 })).toBe(false);
    expect(holds(band, { birthWeight: 1499 })).toBe(false);
    expect(holds({ birthWeightIn: { lt: 1500 } }, { birthWeight: 1 })).toBe(true);
    expect(holds({ birthWeightIn: { lt: 1500 } }, { birthWeight: 0 })).toBe(false);
    expect(holds({ birthWeightIn: { lt: 1500 } }, { birthWeight: null })).toBe(false);
    expect(holds({ birthWeightIn: { gte: 2500 } }, { birthWeight: 4000 })).toBe(true);
  });

  it('missing: null or absent, not 0', () => {
    expect(holds({ missing: 'birthWeight' }, { birthWeight: null })).toBe(true);
    expect(holds({ missing: 'birthWeight' }, { birthWeight: undefined })).toBe(true);
    expect(holds({ missing: 'birthWeight' }, { birthWeight: 0 })).toBe(false);
    expect(holds({ missing: 'los' }, {})).toBe(true);
    expect(holds({ missing: 'los' }, { los: 3 })).toBe(false);
    expect(holds({ missing: 'dischargeWay' }, { dischargeWay: 1 })).toBe(false);
  });

  it('diagnosisRegionsAtLeast counts distinct regions over all diagnoses', () => {
    const two: Condition = {
      diagnosisRegionsAtLeast: {
        min: 2,
        regions: [
          { name: '头颈部创伤', list: 'R1' },
          { name: '胸部创伤', list: 'R2' },
          { name: '腹部创伤', list: 'R3' },
        ],
      },
    };
    expect(holds(two, { diagnoses: ['S01', 'S03'] })).toBe(true);
    expect(holds(two, { diagnoses: ['X', 'S02', 'S03'] })).toBe(true);
    expect(holds(two, { diagnoses: ['S01', 'S01'] })).toBe(false);
    expect(holds(two, { diagnoses: ['S01', 'X'] })).toBe(false);
    expect(holds(two, { diagnoses: [] })).toBe(false);
  });

  it('hasMcc / hasCc look at secondaries only and honour the principal’s exclusion table', () => {
    const mcc: Condition = { hasMcc: true };
    const cc: Condition = { hasCc: true };
    expect(holds(mcc, { diagnoses: ['X', 'M5'] })).toBe(true);
    expect(holds(mcc, { diagnoses: ['P5', 'M5'] })).toBe(false); // excluded by table 5
    expect(holds(mcc, { diagnoses: ['P5', 'M5', 'M6'] })).toBe(true); // table 6 still counts
    expect(holds(mcc, { diagnoses: ['P7', 'M5'] })).toBe(true); // principal excludes another table
    expect(holds(mcc, { diagnoses: ['M5'] })).toBe(false); // the principal itself is not a complication
    expect(holds(mcc, { diagnoses: ['M5', 'M5'] })).toBe(true); // a repeated principal counts as secondary
    expect(holds(mcc, { diagnoses: ['X', 'C5'] })).toBe(false); // a CC is not an MCC
    expect(holds(cc, { diagnoses: ['X', 'C7'] })).toBe(true);
    expect(holds(cc, { diagnoses: ['P7', 'C7'] })).toBe(false);
    expect(holds(cc, { diagnoses: ['P5', 'C7'] })).toBe(true);
    expect(holds(cc, { diagnoses: ['P5', 'C5', 'X'] })).toBe(false);
    expect(holds(cc, { diagnoses: ['X', 'M6'] })).toBe(false); // an MCC is not a CC
  });
});

function byIdOrThrow(id: string): Vector {
  const v = byId.get(id);
  if (!v) throw new Error(`no vector ${id}`);
  return v;
}

/** A code of one of the CHS-DRG 1.1 lists (read from rules.json). */
function chsFirst(list: string): string {
  chsSource ??= JSON.parse(readFileSync(RULES_JSON, 'utf8')) as RulePackage;
  return chsSource.codeLists[list][0];
}
let chsSource: RulePackage | undefined;
