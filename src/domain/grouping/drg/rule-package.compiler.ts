import { findJsonProblem } from '../../untrusted-json';
import type {
  CompiledAdrg,
  CompiledComplications,
  CompiledCondition,
  CompiledDrg,
  CompiledDrgRules,
  CompiledMdc,
  CompiledValidationRule,
} from './compiled-rules.types';
import { compileCondition, isAlwaysTrue, type ConditionScope } from './condition.compiler';
import { RulePackageError, type RulePackageProblem } from './rule-package.errors';
import { indexPath, keyPath, ROOT_PATH } from './rule-package.path';
import {
  DRG_STATUSES,
  RULE_PACKAGE_FORMAT,
  RULE_PACKAGE_FORMAT_VERSION,
  type DrgStatus,
  type RulePackageMeta,
} from './rule-package.types';

export { RulePackageError } from './rule-package.errors';
export type { RulePackageProblem } from './rule-package.errors';

type JsonObject = Record<string, unknown>;

const TABLE_ID = /^(0|[1-9][0-9]*)$/;
/**
 * Deepest nesting a package may have: conditions compile recursively, so a hostile package could
 * otherwise overflow the stack. CHS-DRG 1.1 nests 10 levels.
 */
export const MAX_PACKAGE_NESTING = 64;
const STATUS_NAMES: ReadonlySet<string> = new Set(DRG_STATUSES);

/**
 * Validates a parsed `rules.json` (format `drg-rule-package` v1, see FORMAT.md) and compiles it
 * for `groupDrg`: code lists become Sets, MCC/CC tables and the exclusion table become Maps from
 * code to table id, and every condition becomes a closure over them. No eval, no new Function.
 *
 * @throws RulePackageError listing every problem found (path + reason), not just the first.
 */
export function compileRulePackage(json: unknown): CompiledDrgRules {
  if (!isObject(json)) {
    throw new RulePackageError([{ path: ROOT_PATH, reason: 'must be a JSON object' }]);
  }
  // measured iteratively before anything recurses into the package
  const deep = findJsonProblem(json, { maxDepth: MAX_PACKAGE_NESTING, allowNul: true });
  if (deep) {
    const path = deep.at.reduce<string>(
      (at, key) => (typeof key === 'number' ? indexPath(at, key) : keyPath(at, key)),
      '',
    );
    throw new RulePackageError([{ path: path || ROOT_PATH, reason: deep.reason }]);
  }
  const problems: RulePackageProblem[] = [];
  const problem = (path: string, reason: string) => problems.push({ path, reason });

  checkFormat(json, problem);
  const meta = compileMeta(json.meta, problem);
  const statusText = compileStatuses(json.statuses, problem);
  const lists = compileCodeLists(json.codeLists, problem);
  const complications = compileComplications(json.complications, problem);
  const scope: ConditionScope = { lists, complications, problems };
  const drgNames = compileDrgNames(json.drgNames, problem);

  const mdcSources = objectAt(json, 'mdcs', problem) ?? {};
  const adrgSources = objectAt(json, 'adrgs', problem) ?? {};

  // ADRGs first: MDCs then pick theirs up by code in their own evaluation order.
  const adrgs = new Map<string, CompiledAdrg>();
  const drgOwner = new Map<string, string>();
  for (const [code, source] of Object.entries(adrgSources)) {
    const path = keyPath('adrgs', code);
    if (!isObject(source)) {
      problem(path, 'must be an object {mdc, when, drgs}');
      continue;
    }
    if (typeof source.mdc !== 'string') {
      problem(keyPath(path, 'mdc'), 'must be an MDC code (a string)');
    } else if (!Object.prototype.hasOwnProperty.call(mdcSources, source.mdc)) {
      problem(keyPath(path, 'mdc'), `unknown MDC "${source.mdc}"`);
    }
    const when = compileCondition(source.when, keyPath(path, 'when'), scope);
    const drgs = compileDrgs(source.drgs, keyPath(path, 'drgs'), code, scope, drgNames, drgOwner);
    adrgs.set(code, { code, mdc: String(source.mdc), when, drgs });
  }

  const mdcs = new Map<string, CompiledMdc>();
  const listedAt = new Map<string, string>();
  for (const [code, source] of Object.entries(mdcSources)) {
    const path = keyPath('mdcs', code);
    if (!isObject(source)) {
      problem(path, 'must be an object {when, adrgs}');
      continue;
    }
    const when = compileCondition(source.when, keyPath(path, 'when'), scope);
    const members: CompiledAdrg[] = [];
    if (!Array.isArray(source.adrgs)) {
      problem(keyPath(path, 'adrgs'), 'must be an array of ADRG codes');
    } else {
      source.adrgs.forEach((adrgCode: unknown, i) => {
        const at = indexPath(keyPath(path, 'adrgs'), i);
        const adrg = typeof adrgCode === 'string' ? adrgs.get(adrgCode) : undefined;
        if (typeof adrgCode !== 'string') problem(at, 'must be an ADRG code (a string)');
        else if (!Object.prototype.hasOwnProperty.call(adrgSources, adrgCode))
          problem(at, `unknown ADRG "${adrgCode}"`);
        else if (listedAt.has(adrgCode))
          problem(at, `ADRG "${adrgCode}" is already listed at ${listedAt.get(adrgCode)}`);
        else if (adrg && adrg.mdc !== code)
          problem(at, `ADRG "${adrgCode}" belongs to ${adrg.mdc}, not ${code}`);
        if (typeof adrgCode === 'string' && !listedAt.has(adrgCode)) listedAt.set(adrgCode, at);
        if (adrg) members.push(adrg);
      });
    }
    mdcs.set(code, { code, when, adrgs: members });
  }
  for (const [code, adrg] of adrgs) {
    if (!listedAt.has(code) && mdcs.has(adrg.mdc)) {
      problem(
        keyPath('adrgs', code),
        `not listed in mdcs.${adrg.mdc}.adrgs, so it can never match`,
      );
    }
  }

  const order = compileMdcOrder(json.mdcOrder, mdcs, problem);
  const validation = compileValidation(json.validation, scope);
  for (const code of Object.keys(drgNames)) {
    if (!drgOwner.has(code)) problem(keyPath('drgNames', code), 'not a DRG of any ADRG');
  }

  if (problems.length > 0) throw new RulePackageError(problems);
  return {
    meta,
    validation,
    mdcs: order,
    adrgs,
    complications,
    statusText,
    counts: {
      mdcs: mdcs.size,
      adrgs: adrgs.size,
      drgs: drgOwner.size,
      codeLists: lists.size,
      mcc: complications.mcc.size,
      cc: complications.cc.size,
      ccExclusionPrincipals: complications.exclusion.size,
    },
  };
}

type Report = (path: string, reason: string) => void;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function objectAt(json: JsonObject, key: string, problem: Report): JsonObject | undefined {
  const value = json[key];
  if (value === undefined) problem(key, 'missing');
  else if (!isObject(value)) problem(key, 'must be an object');
  else return value;
  return undefined;
}

function checkFormat(json: JsonObject, problem: Report): void {
  if (json.format === undefined) problem('format', `missing (expected "${RULE_PACKAGE_FORMAT}")`);
  else if (json.format !== RULE_PACKAGE_FORMAT)
    problem('format', `must be "${RULE_PACKAGE_FORMAT}", found ${JSON.stringify(json.format)}`);
  if (json.formatVersion === undefined)
    problem('formatVersion', `missing (expected ${RULE_PACKAGE_FORMAT_VERSION})`);
  else if (json.formatVersion !== RULE_PACKAGE_FORMAT_VERSION)
    problem(
      'formatVersion',
      `unsupported version ${JSON.stringify(json.formatVersion)} (this grouper reads ${RULE_PACKAGE_FORMAT_VERSION})`,
    );
}

function compileMeta(value: unknown, problem: Report): RulePackageMeta {
  if (value === undefined) {
    problem('meta', 'missing');
    return { name: '', version: '' };
  }
  if (!isObject(value)) {
    problem('meta', 'must be an object');
    return { name: '', version: '' };
  }
  for (const key of ['name', 'version'] as const) {
    if (typeof value[key] !== 'string' || value[key] === '')
      problem(keyPath('meta', key), 'must be a non-empty string');
  }
  return { ...value, name: String(value.name), version: String(value.version) };
}

function compileStatuses(value: unknown, problem: Report): Map<DrgStatus, string> {
  const texts = new Map<DrgStatus, string>();
  if (!Array.isArray(value)) {
    problem('statuses', value === undefined ? 'missing' : 'must be an array');
    return texts;
  }
  const seen = new Set<string>();
  value.forEach((entry: unknown, i) => {
    const path = indexPath('statuses', i);
    if (!isObject(entry)) return problem(path, 'must be an object {name, opendrgText, …}');
    if (typeof entry.name !== 'string' || !STATUS_NAMES.has(entry.name))
      return problem(keyPath(path, 'name'), `unknown status ${JSON.stringify(entry.name)}`);
    if (seen.has(entry.name))
      return problem(keyPath(path, 'name'), `duplicate status "${entry.name}"`);
    seen.add(entry.name);
    if (entry.opendrgText !== undefined && typeof entry.opendrgText !== 'string')
      return problem(keyPath(path, 'opendrgText'), 'must be a string');
    if (typeof entry.opendrgText === 'string')
      texts.set(entry.name as DrgStatus, entry.opendrgText);
  });
  return texts;
}

/** Reads an id → string[] object (code lists, complication tables) with per-element checks. */
function readCodeArrays(
  value: unknown,
  path: string,
  problem: Report,
  visit: (id: string, codes: string[], path: string) => void,
): void {
  if (value === undefined) return problem(path, 'missing');
  if (!isObject(value)) return problem(path, 'must be an object of id → array of codes');
  for (const [id, codes] of Object.entries(value)) {
    const at = keyPath(path, id);
    if (!Array.isArray(codes)) {
      problem(at, 'must be an array of code strings');
      visit(id, [], at);
      continue;
    }
    const valid: string[] = [];
    codes.forEach((code: unknown, i) => {
      if (typeof code === 'string') valid.push(code);
      else problem(indexPath(at, i), 'must be a code (a string)');
    });
    visit(id, valid, at);
  }
}

function compileCodeLists(value: unknown, problem: Report): Map<string, ReadonlySet<string>> {
  const lists = new Map<string, ReadonlySet<string>>();
  // a broken list is still registered so references to it are not reported a second time
  readCodeArrays(value, 'codeLists', problem, (id, codes) => lists.set(id, new Set(codes)));
  return lists;
}

function compileComplications(value: unknown, problem: Report): CompiledComplications {
  const result = {
    mcc: new Map<string, number>(),
    cc: new Map<string, number>(),
    exclusion: new Map<string, number>(),
  };
  if (value === undefined) {
    problem('complications', 'missing');
    return result;
  }
  if (!isObject(value)) {
    problem('complications', 'must be an object {mcc, cc, principalExclusion}');
    return result;
  }
  const kinds = [
    ['mcc', result.mcc],
    ['cc', result.cc],
    ['principalExclusion', result.exclusion],
  ] as const;
  for (const [kind, map] of kinds) {
    const base = keyPath('complications', kind);
    readCodeArrays(value[kind], base, problem, (id, codes, at) => {
      if (!TABLE_ID.test(id)) return problem(at, 'table id must be a decimal integer');
      const table = Number(id);
      codes.forEach((code, i) => {
        const other = map.get(code);
        // one table per code: the exclusion rule compares a single table id per code
        if (other !== undefined && other !== table)
          problem(indexPath(at, i), `code "${code}" is already in table ${other}`);
        else map.set(code, table);
      });
    });
  }
  return result;
}

function compileDrgNames(value: unknown, problem: Report): Record<string, string> {
  if (value === undefined) {
    problem('drgNames', 'missing');
    return {};
  }
  if (!isObject(value)) {
    problem('drgNames', 'must be an object of DRG code → name');
    return {};
  }
  const names: Record<string, string> = {};
  for (const [code, name] of Object.entries(value)) {
    if (typeof name === 'string') names[code] = name;
    else problem(keyPath('drgNames', code), 'must be a string');
  }
  return names;
}

function compileDrgs(
  value: unknown,
  path: string,
  adrg: string,
  scope: ConditionScope,
  names: Record<string, string>,
  owner: Map<string, string>,
): CompiledDrg[] {
  const problem = (at: string, reason: string) => scope.problems.push({ path: at, reason });
  if (!Array.isArray(value) || value.length === 0) {
    problem(path, 'must be a non-empty array of {code, when}');
    return [];
  }
  const drgs: CompiledDrg[] = [];
  value.forEach((entry: unknown, i) => {
    const at = indexPath(path, i);
    if (!isObject(entry)) return problem(at, 'must be an object {code, when}');
    const when: CompiledCondition = compileCondition(entry.when, keyPath(at, 'when'), scope);
    if (i === value.length - 1 && entry.when !== undefined && !isAlwaysTrue(entry.when)) {
      // FORMAT.md: every ADRG's last DRG is `always`, so an entered ADRG always yields a DRG
      problem(keyPath(at, 'when'), 'the last DRG of an ADRG must be {"always": true}');
    }
    if (typeof entry.code !== 'string' || entry.code === '')
      return problem(keyPath(at, 'code'), 'must be a non-empty string');
    const previous = owner.get(entry.code);
    if (previous !== undefined)
      return problem(
        keyPath(at, 'code'),
        `duplicate DRG "${entry.code}" (also in adrgs.${previous})`,
      );
    owner.set(entry.code, adrg);
    const name = Object.prototype.hasOwnProperty.call(names, entry.code) ? names[entry.code] : null;
    drgs.push({ code: entry.code, name, when });
  });
  return drgs;
}

function compileMdcOrder(
  value: unknown,
  mdcs: ReadonlyMap<string, CompiledMdc>,
  problem: Report,
): CompiledMdc[] {
  const order: CompiledMdc[] = [];
  if (!Array.isArray(value)) {
    problem('mdcOrder', value === undefined ? 'missing' : 'must be an array of MDC codes');
    return order;
  }
  const seen = new Set<string>();
  value.forEach((code: unknown, i) => {
    const at = indexPath('mdcOrder', i);
    if (typeof code !== 'string') return problem(at, 'must be an MDC code (a string)');
    const mdc = mdcs.get(code);
    if (!mdc) return problem(at, `unknown MDC "${code}"`);
    if (seen.has(code)) return problem(at, `duplicate MDC "${code}"`);
    seen.add(code);
    order.push(mdc);
  });
  for (const code of mdcs.keys()) {
    if (!seen.has(code))
      problem(keyPath('mdcs', code), 'not listed in mdcOrder, so it is never tried');
  }
  return order;
}

function compileValidation(value: unknown, scope: ConditionScope): CompiledValidationRule[] {
  const problem = (path: string, reason: string) => scope.problems.push({ path, reason });
  const rules: CompiledValidationRule[] = [];
  if (!Array.isArray(value)) {
    problem('validation', value === undefined ? 'missing' : 'must be an array');
    return rules;
  }
  const ids = new Set<string>();
  value.forEach((entry: unknown, i) => {
    const at = indexPath('validation', i);
    if (!isObject(entry)) return problem(at, 'must be an object {id, when, status, message}');
    const { id, status, message } = entry;
    if (typeof id !== 'string' || id === '')
      problem(keyPath(at, 'id'), 'must be a non-empty string');
    else if (ids.has(id)) problem(keyPath(at, 'id'), `duplicate validation id "${id}"`);
    else ids.add(id);
    const when = compileCondition(entry.when, keyPath(at, 'when'), scope);
    if (typeof status !== 'string' || !STATUS_NAMES.has(status))
      problem(keyPath(at, 'status'), `unknown status ${JSON.stringify(status)}`);
    else if (status === 'SUCCESS')
      problem(keyPath(at, 'status'), 'a validation rule cannot return SUCCESS');
    if (typeof message !== 'string') problem(keyPath(at, 'message'), 'must be a string');
    rules.push({
      id: String(id),
      when,
      status: status as DrgStatus,
      message: String(message),
    });
  });
  return rules;
}
