import { caseComplications } from './complication.analysis';
import {
  COMPLICATIONS_CC,
  COMPLICATIONS_MCC,
  type CaseContext,
  type CompiledComplications,
  type CompiledCondition,
} from './compiled-rules.types';
import type { RulePackageProblem } from './rule-package.errors';
import { indexPath, keyPath } from './rule-package.path';
import { CASE_FIELDS, type CaseField, type ConditionPredicate } from './rule-package.types';

/** What conditions may refer to, and where their problems are collected. */
export interface ConditionScope {
  readonly lists: ReadonlyMap<string, ReadonlySet<string>>;
  readonly complications: CompiledComplications;
  readonly problems: RulePackageProblem[];
}

type Compile = (arg: unknown, path: string, scope: ConditionScope) => CompiledCondition;

/** Stands in for a condition that failed validation; the package is rejected anyway. */
const INVALID: CompiledCondition = {
  test: () => false,
  text: '<invalid>',
  explain: () => 'invalid condition',
};

/**
 * Validates one JSON condition and compiles it to a closure. Problems go to `scope.problems`
 * (never thrown) so the caller can report every problem of the package at once.
 * No eval: each predicate is a hand-written closure over the package's Sets and Maps.
 */
export function compileCondition(
  json: unknown,
  path: string,
  scope: ConditionScope,
): CompiledCondition {
  if (json === undefined) {
    scope.problems.push({ path, reason: 'missing (a condition is required)' });
    return INVALID;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    scope.problems.push({ path, reason: 'must be a condition: an object with exactly one key' });
    return INVALID;
  }
  const keys = Object.keys(json);
  if (keys.length !== 1) {
    scope.problems.push({
      path,
      reason:
        keys.length === 0
          ? 'empty condition: it must have exactly one key (the predicate)'
          : `must have exactly one key (the predicate), found ${keys.length}: ${keys.join(', ')}`,
    });
    return INVALID;
  }
  const predicate = keys[0];
  const compile = Object.prototype.hasOwnProperty.call(COMPILERS, predicate)
    ? COMPILERS[predicate as ConditionPredicate]
    : undefined;
  if (!compile) {
    scope.problems.push({ path, reason: `unknown predicate "${predicate}"` });
    return INVALID;
  }
  return compile((json as Record<string, unknown>)[predicate], keyPath(path, predicate), scope);
}

/** `{"always": true}` exactly: the shape the format requires for an ADRG's last DRG. */
export function isAlwaysTrue(json: unknown): boolean {
  return (
    json !== null &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    Object.keys(json).length === 1 &&
    (json as Record<string, unknown>).always === true
  );
}

const COMPILERS: Record<ConditionPredicate, Compile> = {
  always: (arg, path, scope) =>
    requireTrue(arg, path, scope)
      ? { test: () => true, text: 'always', explain: () => 'always holds' }
      : INVALID,
  allOf: (arg, path, scope) => compileAllOf(compileList(arg, path, scope)),
  anyOf: (arg, path, scope) => compileAnyOf(compileList(arg, path, scope)),
  not: (arg, path, scope) => {
    const inner = compileCondition(arg, path, scope);
    const test = inner.test;
    // the inner reason already states the fact that makes `not` hold or fail
    return { test: (c) => !test(c), text: `not(${inner.text})`, explain: inner.explain };
  },
  principalDiagnosisIn: (arg, path, scope) =>
    withList(arg, path, scope, (set, id) => ({
      test: (c) => c.dx.length > 0 && set.has(c.dx[0]),
      text: `principalDiagnosisIn(${id})`,
      explain: (c) => principalReason('diagnosis', c.dx, set, id),
    })),
  anyDiagnosisIn: (arg, path, scope) =>
    withList(arg, path, scope, (set, id) => ({
      test: (c) => someIn(c.dx, set),
      text: `anyDiagnosisIn(${id})`,
      explain: (c) => anyReason('diagnosis', c.dx, set, id),
    })),
  principalProcedureIn: (arg, path, scope) =>
    withList(arg, path, scope, (set, id) => ({
      test: (c) => c.px.length > 0 && set.has(c.px[0]),
      text: `principalProcedureIn(${id})`,
      explain: (c) => principalReason('procedure', c.px, set, id),
    })),
  anyProcedureIn: (arg, path, scope) =>
    withList(arg, path, scope, (set, id) => ({
      test: (c) => someIn(c.px, set),
      text: `anyProcedureIn(${id})`,
      explain: (c) => anyReason('procedure', c.px, set, id),
    })),
  sexIs: (arg, path, scope) => {
    if (arg !== 1 && arg !== 2) {
      scope.problems.push({ path, reason: 'must be 1 (male) or 2 (female)' });
      return INVALID;
    }
    return {
      test: (c) => c.sex === arg,
      text: `sexIs(${arg})`,
      explain: (c) =>
        c.sex == null
          ? 'sex is missing'
          : c.sex === arg
            ? `sex is ${arg}`
            : `sex is ${JSON.stringify(c.sex)}, not ${arg}`,
    };
  },
  ageYearsEq: (arg, path, scope) => {
    if (!requireCount(arg, path, scope)) return INVALID;
    return {
      test: (c) => c.age === arg,
      text: `ageYearsEq(${arg})`,
      explain: (c) =>
        c.age == null
          ? 'age is missing'
          : c.age === arg
            ? `age is ${arg}`
            : `age is ${JSON.stringify(c.age)}, not ${arg}`,
    };
  },
  ageDaysLte: (arg, path, scope) => {
    if (!requireCount(arg, path, scope)) return INVALID;
    const limit = arg;
    return {
      test: (c) => c.ageDays !== null && c.ageDays <= limit,
      text: `ageDaysLte(${limit})`,
      explain: (c) =>
        c.ageDays === null
          ? 'age in days is missing'
          : `age in days ${c.ageDays} ${c.ageDays <= limit ? '<=' : '>'} ${limit}`,
    };
  },
  birthWeightIn: compileBirthWeightIn,
  missing: (arg, path, scope) => {
    if (typeof arg !== 'string' || !(CASE_FIELDS as readonly string[]).includes(arg)) {
      scope.problems.push({ path, reason: `must be one of ${CASE_FIELDS.join(', ')}` });
      return INVALID;
    }
    const field = arg as CaseField;
    return {
      test: (c) => c[field] === null,
      text: `missing(${field})`,
      explain: (c) =>
        c[field] === null ? `${field} is missing` : `${field} is present (${c[field]})`,
    };
  },
  diagnosisRegionsAtLeast: compileRegions,
  hasMcc: (arg, path, scope) => compileComplication(arg, path, scope, COMPLICATIONS_MCC, 'MCC'),
  hasCc: (arg, path, scope) => compileComplication(arg, path, scope, COMPLICATIONS_CC, 'CC'),
};

function compileList(arg: unknown, path: string, scope: ConditionScope): CompiledCondition[] {
  if (!Array.isArray(arg)) {
    scope.problems.push({ path, reason: 'must be an array of conditions' });
    return [];
  }
  return arg.map((item, i) => compileCondition(item, indexPath(path, i), scope));
}

function compileAllOf(parts: CompiledCondition[]): CompiledCondition {
  const tests = parts.map((p) => p.test);
  const text = `allOf(${parts.map((p) => p.text).join(', ')})`;
  const explain = (c: CaseContext): string => {
    if (parts.length === 0) return 'empty allOf holds';
    const failing = parts.find((p) => !p.test(c));
    return failing ? failing.explain(c) : parts.map((p) => p.explain(c)).join('; ');
  };
  // the shapes the 1.1 package uses most, unrolled so the hot path has no loop
  if (tests.length === 2) {
    const [a, b] = tests;
    return { test: (c) => a(c) && b(c), text, explain };
  }
  if (tests.length === 3) {
    const [a, b, d] = tests;
    return { test: (c) => a(c) && b(c) && d(c), text, explain };
  }
  return {
    test: (c) => {
      for (let i = 0; i < tests.length; i++) if (!tests[i](c)) return false;
      return true;
    },
    text,
    explain,
  };
}

function compileAnyOf(parts: CompiledCondition[]): CompiledCondition {
  const tests = parts.map((p) => p.test);
  const text = `anyOf(${parts.map((p) => p.text).join(', ')})`;
  const explain = (c: CaseContext): string => {
    if (parts.length === 0) return 'empty anyOf fails';
    const holding = parts.find((p) => p.test(c));
    return holding ? holding.explain(c) : parts.map((p) => p.explain(c)).join('; ');
  };
  if (tests.length === 2) {
    const [a, b] = tests;
    return { test: (c) => a(c) || b(c), text, explain };
  }
  return {
    test: (c) => {
      for (let i = 0; i < tests.length; i++) if (tests[i](c)) return true;
      return false;
    },
    text,
    explain,
  };
}

function withList(
  arg: unknown,
  path: string,
  scope: ConditionScope,
  build: (set: ReadonlySet<string>, id: string) => CompiledCondition,
): CompiledCondition {
  if (typeof arg !== 'string') {
    scope.problems.push({ path, reason: 'must be a code-list id (a string)' });
    return INVALID;
  }
  const set = scope.lists.get(arg);
  if (!set) {
    scope.problems.push({ path, reason: `unknown code list "${arg}"` });
    return INVALID;
  }
  return build(set, arg);
}

function someIn(codes: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < codes.length; i++) if (set.has(codes[i])) return true;
  return false;
}

function principalReason(
  kind: string,
  codes: readonly string[],
  set: ReadonlySet<string>,
  id: string,
): string {
  if (codes.length === 0) return `no principal ${kind}`;
  return `principal ${kind} ${codes[0]} is ${set.has(codes[0]) ? '' : 'not '}in ${id}`;
}

function anyReason(
  kind: string,
  codes: readonly string[],
  set: ReadonlySet<string>,
  id: string,
): string {
  const i = codes.findIndex((code) => set.has(code));
  if (i >= 0) return `${kind} ${codes[i]} (${i === 0 ? 'principal' : `#${i + 1}`}) is in ${id}`;
  return codes.length === 0 ? `no ${kind}s` : `no ${kind} is in ${id}`;
}

function compileBirthWeightIn(arg: unknown, path: string, scope: ConditionScope) {
  if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) {
    scope.problems.push({ path, reason: 'must be an object {gte?, lt?} in grams' });
    return INVALID;
  }
  const bounds = arg as Record<string, unknown>;
  let ok = true;
  for (const key of Object.keys(bounds)) {
    if (key !== 'gte' && key !== 'lt') {
      scope.problems.push({ path: keyPath(path, key), reason: 'unknown bound (use gte or lt)' });
      ok = false;
    } else if (typeof bounds[key] !== 'number' || !Number.isFinite(bounds[key])) {
      scope.problems.push({ path: keyPath(path, key), reason: 'must be a number of grams' });
      ok = false;
    }
  }
  if (!ok) return INVALID;
  const gte = (bounds.gte as number | undefined) ?? -Infinity;
  const lt = (bounds.lt as number | undefined) ?? Infinity;
  if (gte >= lt) {
    scope.problems.push({ path, reason: `empty range: gte ${gte} is not below lt ${lt}` });
    return INVALID;
  }
  const range = [
    bounds.gte === undefined ? '' : `>=${gte}`,
    bounds.lt === undefined ? '' : `<${lt}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    // OpenDRG treats a birth weight of 0 as unknown here, although 0 passes validation
    test: (c: CaseContext) =>
      c.birthWeight !== null && c.birthWeight !== 0 && c.birthWeight >= gte && c.birthWeight < lt,
    text: `birthWeightIn(${range})`,
    explain: (c: CaseContext) =>
      c.birthWeight === null
        ? 'birth weight is missing'
        : c.birthWeight === 0
          ? 'birth weight is 0, which counts as unknown'
          : `birth weight ${c.birthWeight} g is ${
              c.birthWeight >= gte && c.birthWeight < lt ? 'within' : 'outside'
            } ${range || 'any'}`,
  };
}

function compileRegions(arg: unknown, path: string, scope: ConditionScope): CompiledCondition {
  if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) {
    scope.problems.push({ path, reason: 'must be an object {min, regions: [{name, list}]}' });
    return INVALID;
  }
  const { min, regions } = arg as Record<string, unknown>;
  const problems = scope.problems.length;
  if (typeof min !== 'number' || !Number.isSafeInteger(min) || min < 1) {
    scope.problems.push({ path: keyPath(path, 'min'), reason: 'must be a positive integer' });
  }
  const compiled: { name: string; id: string; set: ReadonlySet<string> }[] = [];
  if (!Array.isArray(regions) || regions.length === 0) {
    scope.problems.push({
      path: keyPath(path, 'regions'),
      reason: 'must be a non-empty array of {name, list}',
    });
  } else {
    regions.forEach((region: unknown, i) => {
      const at = indexPath(keyPath(path, 'regions'), i);
      const r = (region ?? {}) as Record<string, unknown>;
      if (typeof r.name !== 'string' || r.name === '') {
        scope.problems.push({ path: keyPath(at, 'name'), reason: 'must be a non-empty string' });
      }
      if (typeof r.list !== 'string') {
        scope.problems.push({
          path: keyPath(at, 'list'),
          reason: 'must be a code-list id (a string)',
        });
      } else if (!scope.lists.has(r.list)) {
        scope.problems.push({ path: keyPath(at, 'list'), reason: `unknown code list "${r.list}"` });
      } else {
        compiled.push({ name: String(r.name), id: r.list, set: scope.lists.get(r.list)! });
      }
    });
    if (typeof min === 'number' && min > regions.length) {
      scope.problems.push({
        path: keyPath(path, 'min'),
        reason: `min ${min} exceeds the ${regions.length} regions, so it can never hold`,
      });
    }
  }
  if (scope.problems.length > problems) return INVALID;
  const need = min as number;
  const sets = compiled.map((r) => r.set);
  const regionsHit = (dx: readonly string[]): number[] => {
    const hit: number[] = [];
    sets.forEach((set, i) => {
      if (someIn(dx, set)) hit.push(i);
    });
    return hit;
  };
  return {
    test: (c) => {
      // count distinct regions with some diagnosis, stopping as soon as `need` are reached
      let n = 0;
      for (let i = 0; i < sets.length; i++) {
        if (someIn(c.dx, sets[i]) && ++n >= need) return true;
      }
      return false;
    },
    text: `diagnosisRegionsAtLeast(${need}, ${compiled.map((r) => r.id).join('|')})`,
    explain: (c) => {
      const hit = regionsHit(c.dx);
      const names = hit.map((i) => compiled[i].name).join(', ');
      return `${hit.length} trauma region${hit.length === 1 ? '' : 's'}${names ? ` (${names})` : ''}, need at least ${need}`;
    },
  };
}

function compileComplication(
  arg: unknown,
  path: string,
  scope: ConditionScope,
  bit: number,
  kind: 'MCC' | 'CC',
): CompiledCondition {
  if (!requireTrue(arg, path, scope)) return INVALID;
  const rules = scope.complications;
  const table = kind === 'MCC' ? rules.mcc : rules.cc;
  return {
    test: (c) => (caseComplications(rules, c) & bit) !== 0,
    text: kind === 'MCC' ? 'hasMcc' : 'hasCc',
    explain: (c) => {
      const excluded = c.dx.length > 0 ? rules.exclusion.get(c.dx[0]) : undefined;
      const excludedCodes: string[] = [];
      for (let i = 1; i < c.dx.length; i++) {
        const t = table.get(c.dx[i]);
        if (t === undefined) continue;
        if (t !== excluded) return `${kind} ${c.dx[i]} (table ${t}) counts`;
        excludedCodes.push(c.dx[i]);
      }
      if (excludedCodes.length === 0) {
        return `no secondary diagnosis is ${kind === 'MCC' ? 'an' : 'a'} ${kind}`;
      }
      return (
        `no ${kind} counts: ${excludedCodes.join(', ')} (table ${excluded}) ` +
        `${excludedCodes.length === 1 ? 'is' : 'are'} excluded by the principal diagnosis ${c.dx[0]}`
      );
    },
  };
}

function requireTrue(arg: unknown, path: string, scope: ConditionScope): boolean {
  if (arg === true) return true;
  scope.problems.push({ path, reason: 'must be true' });
  return false;
}

function requireCount(arg: unknown, path: string, scope: ConditionScope): arg is number {
  if (typeof arg === 'number' && Number.isSafeInteger(arg) && arg >= 0) return true;
  scope.problems.push({ path, reason: 'must be a non-negative integer' });
  return false;
}
