import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compileRulePackage,
  loadRulePackageFile,
  RulePackageError,
  type RulePackage,
  type RulePackageProblem,
} from '../../src/domain/grouping/drg';
import { tinyRulePackage } from '../../src/domain/grouping/drg/rule-package.example';
import { RULES_JSON } from '../support/reference';

type Json = Record<string, unknown>;

/** The tiny example as loose JSON, with top-level keys replaced (undefined = removed). */
function tinyWith(changes: Json): Json {
  return { ...(tinyRulePackage() as unknown as Json), ...changes };
}

/** The tiny example's GZ1 with its `when` / `drgs` replaced. */
function gz1(changes: Json): Json {
  return { adrgs: { GZ1: { ...tinyRulePackage().adrgs.GZ1, ...changes } } };
}

function problemsOf(json: unknown): RulePackageProblem[] {
  try {
    compileRulePackage(json);
  } catch (error) {
    if (error instanceof RulePackageError) return [...error.errors];
    throw error;
  }
  throw new Error('the package was accepted');
}

describe('compileRulePackage on CHS-DRG 1.1', () => {
  it('compiles the reference package, with the counts its meta declares', () => {
    const json = JSON.parse(readFileSync(RULES_JSON, 'utf8')) as RulePackage;
    const rules = compileRulePackage(json);
    expect(rules.counts).toEqual(json.meta.counts);
    expect(rules.mdcs.map((m) => m.code)).toEqual(json.mdcOrder);
    expect(rules.mdcs[0].adrgs.map((a) => a.code)).toEqual(json.mdcs.MDCA.adrgs);
    expect(rules.validation.map((v) => v.id)).toEqual([
      'SEX_MISSING',
      'SEX_INVALID',
      'AGE_MISSING',
      'AGE_DAYS_MISSING',
      'NEWBORN_WEIGHT_MISSING',
    ]);
    expect(rules.statusText.get('NOT_GROUPED')).toBe('无法入组');
    expect(rules.adrgs.get('GZ1')!.drgs.map((d) => [d.code, d.when.text])).toEqual([
      ['GZ13', 'anyOf(hasMcc, hasCc)'],
      ['GZ15', 'always'],
    ]);
  });

  it('loads a file, and reports invalid JSON as a package problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drg-rules-'));
    try {
      const good = join(dir, 'good.json');
      writeFileSync(good, '\ufeff' + JSON.stringify(tinyRulePackage()));
      expect((await loadRulePackageFile(good)).meta.name).toBe('CHS-DRG 1.1');
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"format": ');
      await expect(loadRulePackageFile(bad)).rejects.toMatchObject({
        name: 'RulePackageError',
        errors: [{ path: '(root)', reason: expect.stringMatching(/^invalid JSON: /) }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compileRulePackage rejects bad packages with every problem at once', () => {
  it('lists several problems of different kinds in one error', () => {
    const bad = tinyWith({
      format: undefined,
      formatVersion: 2,
      mdcOrder: ['MDCG', 'MDCX'],
      validation: [
        { id: 'SEX_MISSING', when: { missing: 'gender' }, status: 'CHECK_FAILED', message: '空' },
      ],
      mdcs: { MDCG: { when: { principalDiagnosisIn: 'MDCG' }, adrgs: ['GZ1', 'GZ9'] } },
      ...gz1({
        when: { principalDiagnosisIn: 'GZ1.dxx' },
        drgs: [
          { code: 'GZ13', when: { hasMCC: true } },
          { code: 'GZ15', when: { hasCc: true } },
        ],
      }),
    });
    expect(problemsOf(bad)).toEqual([
      { path: 'format', reason: 'missing (expected "drg-rule-package")' },
      { path: 'formatVersion', reason: 'unsupported version 2 (this grouper reads 1)' },
      { path: 'adrgs.GZ1.when.principalDiagnosisIn', reason: 'unknown code list "GZ1.dxx"' },
      { path: 'adrgs.GZ1.drgs[0].when', reason: 'unknown predicate "hasMCC"' },
      {
        path: 'adrgs.GZ1.drgs[1].when',
        reason: 'the last DRG of an ADRG must be {"always": true}',
      },
      { path: 'mdcs.MDCG.adrgs[1]', reason: 'unknown ADRG "GZ9"' },
      { path: 'mdcOrder[1]', reason: 'unknown MDC "MDCX"' },
      {
        path: 'validation[0].when.missing',
        reason: 'must be one of sex, age, ageDays, birthWeight, los, dischargeWay',
      },
    ]);
    expect(() => compileRulePackage(bad)).toThrow(
      /^Invalid DRG rule package \(8 problems\): format: missing/,
    );
  });

  it('a document that is not an object', () => {
    expect(problemsOf([])).toEqual([{ path: '(root)', reason: 'must be a JSON object' }]);
    expect(problemsOf('rules')).toEqual([{ path: '(root)', reason: 'must be a JSON object' }]);
  });

  it('missing sections and a wrong format name', () => {
    const bad = tinyWith({
      format: 'drg-rules',
      formatVersion: undefined,
      meta: undefined,
      statuses: undefined,
      validation: undefined,
      mdcOrder: undefined,
      drgNames: undefined,
      complications: undefined,
      codeLists: undefined,
      mdcs: undefined,
      adrgs: undefined,
    });
    expect(problemsOf(bad)).toEqual([
      { path: 'format', reason: 'must be "drg-rule-package", found "drg-rules"' },
      { path: 'formatVersion', reason: 'missing (expected 1)' },
      { path: 'meta', reason: 'missing' },
      { path: 'statuses', reason: 'missing' },
      { path: 'codeLists', reason: 'missing' },
      { path: 'complications', reason: 'missing' },
      { path: 'drgNames', reason: 'missing' },
      { path: 'mdcs', reason: 'missing' },
      { path: 'adrgs', reason: 'missing' },
      { path: 'mdcOrder', reason: 'missing' },
      { path: 'validation', reason: 'missing' },
    ]);
  });

  it('meta and statuses', () => {
    const bad = tinyWith({
      meta: { name: 'x', version: 11 },
      statuses: [{ name: 'SUCCESS' }, { name: 'OK' }, { name: 'SUCCESS' }, 'FAIL'],
    });
    expect(problemsOf(bad)).toEqual([
      { path: 'meta.version', reason: 'must be a non-empty string' },
      { path: 'statuses[1].name', reason: 'unknown status "OK"' },
      { path: 'statuses[2].name', reason: 'duplicate status "SUCCESS"' },
      { path: 'statuses[3]', reason: 'must be an object {name, opendrgText, …}' },
    ]);
  });

  it('malformed conditions', () => {
    const bad = tinyWith(
      gz1({
        when: {
          allOf: [
            { sexIs: '1' },
            { ageYearsEq: 1.5 },
            { ageDaysLte: -1 },
            { birthWeightIn: { gte: 'a', max: 3 } },
            { birthWeightIn: { gte: 2500, lt: 1500 } },
            { principalDiagnosisIn: 7 },
            { always: false },
            { hasMcc: 1 },
            { anyOf: { sexIs: 1 } },
            { sexIs: 1, ageYearsEq: 0 },
            {},
            [],
            null,
            { not: { nope: true } },
            {
              diagnosisRegionsAtLeast: {
                min: 3,
                regions: [{ name: '头', list: 'X' }, { list: 'MDCG' }],
              },
            },
          ],
        },
      }),
    );
    const at = (i: number, rest = '') => `adrgs.GZ1.when.allOf[${i}]${rest}`;
    expect(problemsOf(bad)).toEqual([
      { path: at(0, '.sexIs'), reason: 'must be 1 (male) or 2 (female)' },
      { path: at(1, '.ageYearsEq'), reason: 'must be a non-negative integer' },
      { path: at(2, '.ageDaysLte'), reason: 'must be a non-negative integer' },
      { path: at(3, '.birthWeightIn.gte'), reason: 'must be a number of grams' },
      { path: at(3, '.birthWeightIn.max'), reason: 'unknown bound (use gte or lt)' },
      { path: at(4, '.birthWeightIn'), reason: 'empty range: gte 2500 is not below lt 1500' },
      { path: at(5, '.principalDiagnosisIn'), reason: 'must be a code-list id (a string)' },
      { path: at(6, '.always'), reason: 'must be true' },
      { path: at(7, '.hasMcc'), reason: 'must be true' },
      { path: at(8, '.anyOf'), reason: 'must be an array of conditions' },
      {
        path: at(9),
        reason: 'must have exactly one key (the predicate), found 2: sexIs, ageYearsEq',
      },
      { path: at(10), reason: 'empty condition: it must have exactly one key (the predicate)' },
      { path: at(11), reason: 'must be a condition: an object with exactly one key' },
      { path: at(12), reason: 'must be a condition: an object with exactly one key' },
      { path: at(13, '.not'), reason: 'unknown predicate "nope"' },
      {
        path: at(14, '.diagnosisRegionsAtLeast.regions[0].list'),
        reason: 'unknown code list "X"',
      },
      {
        path: at(14, '.diagnosisRegionsAtLeast.regions[1].name'),
        reason: 'must be a non-empty string',
      },
      {
        path: at(14, '.diagnosisRegionsAtLeast.min'),
        reason: 'min 3 exceeds the 2 regions, so it can never hold',
      },
    ]);
  });

  it('DRG splits: empty, missing code or condition, duplicate codes, unnamed extras', () => {
    const pkg = tinyRulePackage() as unknown as Json;
    const bad = {
      ...pkg,
      mdcs: { MDCG: { when: { principalDiagnosisIn: 'MDCG' }, adrgs: ['GZ1', 'GZ2', 'GZ3'] } },
      adrgs: {
        GZ1: {
          mdc: 'MDCG',
          when: { always: true },
          drgs: [{ when: { hasMcc: true } }, { code: 'GZ15' }],
        },
        GZ2: { mdc: 'MDCG', when: { always: true }, drgs: [] },
        GZ3: {
          mdc: 'MDCG',
          when: { always: true },
          drgs: [{ code: 'GZ15', when: { always: true } }],
        },
      },
      drgNames: { GZ13: '其他消化系统诊断，伴并发症或合并症', GZ15: 15 },
    };
    expect(problemsOf(bad)).toEqual([
      { path: 'drgNames.GZ15', reason: 'must be a string' },
      { path: 'adrgs.GZ1.drgs[0].code', reason: 'must be a non-empty string' },
      { path: 'adrgs.GZ1.drgs[1].when', reason: 'missing (a condition is required)' },
      { path: 'adrgs.GZ2.drgs', reason: 'must be a non-empty array of {code, when}' },
      { path: 'adrgs.GZ3.drgs[0].code', reason: 'duplicate DRG "GZ15" (also in adrgs.GZ1)' },
      { path: 'drgNames.GZ13', reason: 'not a DRG of any ADRG' },
    ]);
  });

  it('MDC ↔ ADRG references and mdcOrder', () => {
    const pkg = tinyRulePackage() as unknown as Json;
    const adrg = (mdc: string) => ({
      mdc,
      when: { always: true },
      drgs: [{ code: `${mdc}9`, when: { always: true } }],
    });
    const bad = {
      ...pkg,
      mdcOrder: ['MDCG', 'MDCG', 3],
      mdcs: {
        MDCG: { when: { principalDiagnosisIn: 'MDCG' }, adrgs: ['GZ1', 'GZ1', 'KZ1'] },
        MDCK: { when: { always: true }, adrgs: 'KZ1' },
      },
      adrgs: {
        GZ1: tinyRulePackage().adrgs.GZ1,
        KZ1: adrg('MDCK'),
        YZ1: adrg('MDCY'),
        GZ2: adrg('MDCG'),
      },
      drgNames: {},
    };
    expect(problemsOf(bad)).toEqual([
      { path: 'adrgs.YZ1.mdc', reason: 'unknown MDC "MDCY"' },
      { path: 'mdcs.MDCG.adrgs[1]', reason: 'ADRG "GZ1" is already listed at mdcs.MDCG.adrgs[0]' },
      { path: 'mdcs.MDCG.adrgs[2]', reason: 'ADRG "KZ1" belongs to MDCK, not MDCG' },
      { path: 'mdcs.MDCK.adrgs', reason: 'must be an array of ADRG codes' },
      { path: 'adrgs.GZ2', reason: 'not listed in mdcs.MDCG.adrgs, so it can never match' },
      { path: 'mdcOrder[1]', reason: 'duplicate MDC "MDCG"' },
      { path: 'mdcOrder[2]', reason: 'must be an MDC code (a string)' },
      { path: 'mdcs.MDCK', reason: 'not listed in mdcOrder, so it is never tried' },
    ]);
  });

  it('code lists and complication tables', () => {
    const bad = tinyWith({
      codeLists: { MDCG: ['K22.301', 5], 'GZ1.dx': 'K22.301' },
      complications: {
        mcc: { '1': ['A'], x2: ['B'] },
        cc: { '110': ['K11.901'], '111': ['K11.901', 'C'] },
        principalExclusion: [],
      },
    });
    expect(problemsOf(bad)).toEqual([
      { path: 'codeLists.MDCG[1]', reason: 'must be a code (a string)' },
      { path: 'codeLists["GZ1.dx"]', reason: 'must be an array of code strings' },
      { path: 'complications.mcc.x2', reason: 'table id must be a decimal integer' },
      { path: 'complications.cc.111[0]', reason: 'code "K11.901" is already in table 110' },
      {
        path: 'complications.principalExclusion',
        reason: 'must be an object of id → array of codes',
      },
    ]);
  });

  it('validation rules', () => {
    const bad = tinyWith({
      validation: [
        { id: 'A', when: { missing: 'sex' }, status: 'CHECK_FAILED', message: 'm' },
        { id: 'A', when: { missing: 'age' }, status: 'SUCCESS', message: 'm' },
        { id: '', when: { missing: 'age' }, status: 'BROKEN', message: 1 },
        'B',
      ],
    });
    expect(problemsOf(bad)).toEqual([
      { path: 'validation[1].id', reason: 'duplicate validation id "A"' },
      { path: 'validation[1].status', reason: 'a validation rule cannot return SUCCESS' },
      { path: 'validation[2].id', reason: 'must be a non-empty string' },
      { path: 'validation[2].status', reason: 'unknown status "BROKEN"' },
      { path: 'validation[2].message', reason: 'must be a string' },
      { path: 'validation[3]', reason: 'must be an object {id, when, status, message}' },
    ]);
  });

  it('accepts statuses unreachable in 1.1 for a bureau’s own validation rules', () => {
    const ok = tinyWith({
      validation: [
        { id: 'SEX', when: { missing: 'sex' }, status: 'DIAGNOSIS_SEX_CONFLICT', message: '性别' },
      ],
    });
    expect(() => compileRulePackage(ok)).not.toThrow();
  });
});

describe('compileRulePackage bounds nesting before it recurses', () => {
  const nested = (depth: number): Json => {
    let when: Json = { always: true };
    for (let i = 0; i < depth; i++) when = { not: when };
    return when;
  };
  const withGz1When = (when: Json) => {
    const pkg = tinyRulePackage() as unknown as { adrgs: { GZ1: { when: Json } } };
    pkg.adrgs.GZ1.when = when;
    return pkg;
  };

  it.each([
    ['100,000 levels of not', 100_000],
    ['one level over the bound', 65],
  ])('%s: one problem with its path, no stack overflow', (_label, depth) => {
    const problems = problemsOf(withGz1When(nested(depth)));
    expect(problems).toHaveLength(1);
    expect(problems[0].reason).toBe('nested deeper than 64 levels');
    expect(problems[0].path).toMatch(/^adrgs\.GZ1\.when(\.not)+$/);
  });

  it('anyOf and allOf lists nested deep, and plain data nested deep, are refused alike', () => {
    let when: unknown = { always: true };
    for (let i = 0; i < 10_000; i++) when = { anyOf: [{ allOf: [when] }] };
    expect(problemsOf(withGz1When(when as Json))[0].reason).toMatch(/nested deeper/);
    let meta: unknown = 'x';
    for (let i = 0; i < 10_000; i++) meta = [meta];
    expect(problemsOf(tinyWith({ meta }))[0].path).toMatch(/^meta(\[0\])+$/);
  });

  it('a condition nested well within the bound compiles', () => {
    // 50 `not`s around `always`: an even number, so the ADRG still matches
    expect(() => compileRulePackage(withGz1When(nested(50)))).not.toThrow();
  });
});
