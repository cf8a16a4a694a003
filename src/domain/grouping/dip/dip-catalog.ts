import { DECIMAL_TEXT, Dec } from '../../decimal';
import { DipCatalogError, DipError, type DipCatalogProblem } from './dip.errors';
import { icd10Chapter, icd10ChapterByNumeral } from './icd10-codes';
import {
  formatProcedureExpression,
  parseProcedureExpression,
  type ProcedureExpression,
} from './procedure-expression';
import { PROCEDURE_CLASSES, type ProcedureClass } from './procedure-classifier';

/** Group kinds, in the order the grouper tries them (DOMAIN-FORMULAS §2). */
export type DipGroupKind = 'CORE' | 'PRIMARY_CARE' | 'COMPREHENSIVE';
export const DIP_GROUP_KINDS: readonly DipGroupKind[] = ['CORE', 'PRIMARY_CARE', 'COMPREHENSIVE'];

/**
 * One group of a DIP catalog (病种目录库).
 * - CORE (核心病种) and PRIMARY_CARE (基层病种): `diagnosisKey` is a 4-character subcategory
 *   (`K80.1`); `procedureExpression` is the operation combination, or `null` for the
 *   conservative-treatment group (保守治疗) of that diagnosis.
 * - COMPREHENSIVE (综合病种): `diagnosisKey` is a 3-character category (`K80`) or an ICD-10
 *   chapter numeral (`XI`); `procedureExpression` must be null and `procedureClass` is required.
 */
export interface DipGroupRow {
  readonly kind: DipGroupKind;
  readonly code: string;
  readonly diagnosisKey: string;
  readonly procedureExpression: string | null;
  readonly procedureClass?: ProcedureClass | null;
  readonly name: string;
  /** Group score (分值) = averageCost / M × K, decimal text. */
  readonly score: string;
  /** Group average cost m_i in CNY, decimal text; ranks tied core groups. */
  readonly averageCost: string;
  /** Set on synthetic demonstration rows. */
  readonly demo?: boolean;
}

/** Auxiliary-catalog kinds (辅助目录). */
export type DipAuxKind = 'SEVERITY' | 'AGE' | 'TUMOR_STAGE' | 'DEATH';

/**
 * Where an auxiliary row applies, part of every condition; each restriction given must hold
 * (absent = everywhere). `diagnosisPrefixes` are compared with the principal diagnosis code
 * (`C` = all malignant neoplasms, `C34` = lung); `groupKinds` with the group the case fell in.
 */
export interface DipAuxScope {
  readonly groupKinds?: readonly DipGroupKind[] | null;
  readonly diagnosisPrefixes?: readonly string[] | null;
}

interface DipAuxRowBase {
  /** Identifies the row in traces; defaults to `<kind>#<index>`. */
  readonly code?: string;
  readonly name?: string;
  /** Multiplier of the group score, decimal text > 0. */
  readonly factor: string;
  readonly demo?: boolean;
}

/**
 * An auxiliary-catalog row (辅助目录). Its condition is plain JSON data, so a catalog stores it as
 * one JSON value; besides the optional scope fields of `DipAuxScope` it holds, by kind:
 * - SEVERITY `{ level: 'CC' | 'MCC' }`: the case is at least that severe (MCC counts as CC too),
 *   from the settlement list's complication flags (CC/MCC after the exclusion table);
 * - AGE `{ minAge?, maxAge? }`: whole years, both bounds inclusive, at least one given;
 *   a case without an age never matches;
 * - TUMOR_STAGE `{ stages: [...] }`: the case's stage is one of these (trimmed, case-insensitive,
 *   e.g. `['III', 'IV']` or `['M1']`), typically with `diagnosisPrefixes: ['C']`;
 * - DEATH `{ died: true }`: the case ended in death (离院方式 5).
 * Example: `{ kind: 'AGE', code: 'AGE-80', factor: '1.06', condition: { minAge: 80 } }`.
 * When several rows match, the LARGEST factor is taken, never the product (DOMAIN-FORMULAS §2).
 */
export type DipAuxRow = DipAuxRowBase &
  (
    | {
        readonly kind: 'SEVERITY';
        readonly condition: DipAuxScope & { readonly level: 'CC' | 'MCC' };
      }
    | {
        readonly kind: 'AGE';
        readonly condition: DipAuxScope & {
          readonly minAge?: number | null;
          readonly maxAge?: number | null;
        };
      }
    | {
        readonly kind: 'TUMOR_STAGE';
        readonly condition: DipAuxScope & { readonly stages: readonly string[] };
      }
    | { readonly kind: 'DEATH'; readonly condition: DipAuxScope & { readonly died: true } }
  );

/** Any row of a catalog upload. */
export type DipCatalogRow = DipGroupRow | DipAuxRow;

/** A catalog version: its rows and the scale constant K of its scores. */
export interface DipCatalogSource {
  readonly version: string;
  /** K in score = m / M × K (100 or 1000), decimal text; stored with the version. */
  readonly scaleK: string;
  readonly rows: readonly DipCatalogRow[];
}

/** A validated group row with its parsed expression and decimals. */
export interface CompiledDipGroup {
  readonly index: number;
  readonly kind: DipGroupKind;
  readonly code: string;
  readonly name: string;
  readonly diagnosisKey: string;
  readonly expression: ProcedureExpression | null;
  /** Canonical expression text (as shown in traces); null for conservative/comprehensive rows. */
  readonly expressionText: string | null;
  readonly procedureClass: ProcedureClass | null;
  readonly score: Dec;
  readonly averageCost: Dec;
  /** Canonical decimal text of score and averageCost (`150.00` → `150`). */
  readonly scoreText: string;
  readonly averageCostText: string;
  readonly demo: boolean;
}

/** The rows of one diagnosis subcategory within one kind. */
export interface DipDiagnosisGroups {
  /** Rows with a procedure expression, ordered by code. */
  readonly withProcedures: readonly CompiledDipGroup[];
  /** The conservative-treatment row (null expression), if any. */
  readonly conservative: CompiledDipGroup | null;
}

/** A validated auxiliary row. */
export interface CompiledDipAux {
  readonly index: number;
  readonly code: string;
  readonly name: string | null;
  readonly kind: DipAuxKind;
  readonly row: DipAuxRow;
  readonly factor: Dec;
  /** Canonical decimal text of the factor. */
  readonly factorText: string;
  readonly scopeKinds: ReadonlySet<DipGroupKind> | null;
  readonly scopePrefixes: readonly string[] | null;
  readonly stages: ReadonlySet<string> | null;
}

/** A catalog ready for grouping: rows indexed by diagnosis key. Immutable; share freely. */
export interface CompiledDipCatalog {
  readonly version: string;
  readonly scaleK: string;
  /** CORE rows by subcategory (`K80.1`). */
  readonly core: ReadonlyMap<string, DipDiagnosisGroups>;
  /** PRIMARY_CARE rows by subcategory. */
  readonly primaryCare: ReadonlyMap<string, DipDiagnosisGroups>;
  /** COMPREHENSIVE rows by `<category or chapter>|<procedure class>` (`K80|RELATED_SURGERY`). */
  readonly comprehensive: ReadonlyMap<string, CompiledDipGroup>;
  /** Auxiliary rows ordered by code (the order ties between equal factors are broken in). */
  readonly aux: readonly CompiledDipAux[];
  readonly groupsByCode: ReadonlyMap<string, CompiledDipGroup>;
}

/** Key of a comprehensive row in `CompiledDipCatalog.comprehensive`. */
export function comprehensiveKey(diagnosisKey: string, procedureClass: ProcedureClass): string {
  return `${diagnosisKey}|${procedureClass}`;
}

type GroupsBeingBuilt = {
  withProcedures: CompiledDipGroup[];
  conservative: CompiledDipGroup | null;
};

const SUBCATEGORY = /^[A-Z]\d{2}\.[0-9x]$/;
const CATEGORY = /^[A-Z]\d{2}$/;
const AUX_KINDS: readonly string[] = ['SEVERITY', 'AGE', 'TUMOR_STAGE', 'DEATH'];
const MAX_CODE_LENGTH = 64;

/**
 * Validates and indexes a DIP catalog. Accepts a whole source (version, K, rows) or bare rows
 * (version `unversioned`, K = 100).
 * @throws DipCatalogError listing every bad row with its index and reason (header problems use
 *   index -1); nothing is partially accepted.
 */
export function compileDipCatalog(
  source: DipCatalogSource | readonly DipCatalogRow[],
): CompiledDipCatalog {
  const src: DipCatalogSource = isRowArray(source)
    ? { version: 'unversioned', scaleK: '100', rows: source }
    : source;
  const problems: DipCatalogProblem[] = [];
  const problem = (index: number, code: unknown, reason: string) =>
    problems.push({ index, code: typeof code === 'string' && code ? code : null, reason });

  if (typeof src.version !== 'string' || !src.version.trim()) {
    problem(-1, 'version', 'version must be a non-empty string');
  }
  if (!isPositiveDecimal(src.scaleK)) {
    problem(-1, 'scaleK', `scaleK must be positive decimal text, got ${show(src.scaleK)}`);
  }
  if (!Array.isArray(src.rows)) {
    problem(-1, 'rows', 'rows must be an array');
    throw new DipCatalogError(problems);
  }

  const core = new Map<string, GroupsBeingBuilt>();
  const primaryCare = new Map<string, GroupsBeingBuilt>();
  const comprehensive = new Map<string, CompiledDipGroup>();
  const groupsByCode = new Map<string, CompiledDipGroup>();
  const aux: CompiledDipAux[] = [];
  const auxCodes = new Set<string>();
  const seenExpressions = new Map<string, string>(); // kind|subcategory|canonical → code

  src.rows.forEach((row: unknown, index) => {
    if (typeof row !== 'object' || row === null) {
      problem(index, null, 'row is not an object');
      return;
    }
    const kind = (row as { kind?: unknown }).kind;
    if (kind === 'CORE' || kind === 'PRIMARY_CARE' || kind === 'COMPREHENSIVE') {
      const reasons: string[] = [];
      const group = checkGroupRow(row as DipGroupRow, index, reasons);
      if (group && groupsByCode.has(group.code)) {
        reasons.push(
          `duplicate group code ${group.code} (also row ${groupsByCode.get(group.code)!.index})`,
        );
      }
      if (group && reasons.length === 0) {
        if (group.kind === 'COMPREHENSIVE') {
          const key = comprehensiveKey(group.diagnosisKey, group.procedureClass!);
          const other = comprehensive.get(key);
          if (other) reasons.push(`second comprehensive row for ${key} (first: ${other.code})`);
          else comprehensive.set(key, group);
        } else {
          const byKey = group.kind === 'CORE' ? core : primaryCare;
          let entry = byKey.get(group.diagnosisKey);
          if (!entry)
            byKey.set(group.diagnosisKey, (entry = { withProcedures: [], conservative: null }));
          if (group.expressionText === null) {
            if (entry.conservative) {
              reasons.push(
                `second conservative (null-expression) ${group.kind} row for ${group.diagnosisKey} (first: ${entry.conservative.code})`,
              );
            } else entry.conservative = group;
          } else {
            const dupKey = `${group.kind}|${group.diagnosisKey}|${group.expressionText}`;
            const other = seenExpressions.get(dupKey);
            if (other) {
              reasons.push(
                `same procedure expression ${group.expressionText} as ${other} for ${group.diagnosisKey}`,
              );
            } else {
              seenExpressions.set(dupKey, group.code);
              entry.withProcedures.push(group);
            }
          }
        }
      }
      for (const reason of reasons) problem(index, (row as DipGroupRow).code, reason);
      if (group && reasons.length === 0) groupsByCode.set(group.code, group);
    } else if (typeof kind === 'string' && AUX_KINDS.includes(kind)) {
      const reasons: string[] = [];
      const compiled = checkAuxRow(row as DipAuxRow, index, reasons);
      if (compiled && auxCodes.has(compiled.code))
        reasons.push(`duplicate auxiliary code ${compiled.code}`);
      for (const reason of reasons) problem(index, (row as DipAuxRow).code, reason);
      if (compiled && reasons.length === 0) {
        auxCodes.add(compiled.code);
        aux.push(compiled);
      }
    } else {
      problem(
        index,
        (row as { code?: unknown }).code,
        `unknown kind ${show(kind)} (expected CORE, PRIMARY_CARE, COMPREHENSIVE, ${AUX_KINDS.join(', ')})`,
      );
    }
  });

  if (problems.length > 0) throw new DipCatalogError(problems);

  const byCode = (a: { code: string }, b: { code: string }) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  for (const entry of [...core.values(), ...primaryCare.values()])
    entry.withProcedures.sort(byCode);
  aux.sort(byCode);
  return {
    version: src.version,
    scaleK: new Dec(src.scaleK).toFixed(),
    core,
    primaryCare,
    comprehensive,
    aux,
    groupsByCode,
  };
}

function checkGroupRow(
  row: DipGroupRow,
  index: number,
  reasons: string[],
): CompiledDipGroup | null {
  const { kind } = row;
  if (typeof row.code !== 'string' || !row.code.trim() || row.code.length > MAX_CODE_LENGTH) {
    reasons.push(`code must be a non-empty string of at most ${MAX_CODE_LENGTH} characters`);
  }
  if (typeof row.name !== 'string' || !row.name.trim())
    reasons.push('name must be a non-empty string');
  if (!isNonNegativeDecimal(row.score))
    reasons.push(`score must be decimal text ≥ 0, got ${show(row.score)}`);
  if (!isNonNegativeDecimal(row.averageCost)) {
    reasons.push(`averageCost must be decimal text ≥ 0, got ${show(row.averageCost)}`);
  }
  const procedureClass = row.procedureClass ?? null;
  if (procedureClass !== null && !PROCEDURE_CLASSES.includes(procedureClass)) {
    reasons.push(
      `procedureClass must be one of ${PROCEDURE_CLASSES.join(', ')}, got ${show(procedureClass)}`,
    );
  }
  const key = row.diagnosisKey;
  let expression: ProcedureExpression | null = null;
  if (kind === 'COMPREHENSIVE') {
    const validKey =
      typeof key === 'string' &&
      ((CATEGORY.test(key) && icd10Chapter(key) !== null) || icd10ChapterByNumeral(key) !== null);
    if (!validKey) {
      reasons.push(
        `diagnosisKey of a COMPREHENSIVE row must be a category (K80) or chapter numeral (XI), got ${show(key)}`,
      );
    }
    if (row.procedureExpression != null)
      reasons.push('a COMPREHENSIVE row has no procedureExpression (use procedureClass)');
    if (procedureClass === null) reasons.push('a COMPREHENSIVE row needs a procedureClass');
  } else {
    if (
      typeof key !== 'string' ||
      !SUBCATEGORY.test(key) ||
      icd10Chapter(key.slice(0, 3)) === null
    ) {
      reasons.push(
        `diagnosisKey of a ${kind} row must be a 4-character subcategory like K80.1, got ${show(key)}`,
      );
    }
    if (row.procedureExpression != null) {
      if (typeof row.procedureExpression !== 'string') {
        reasons.push('procedureExpression must be a string or null');
      } else {
        try {
          expression = parseProcedureExpression(row.procedureExpression);
        } catch (error) {
          if (!(error instanceof DipError)) throw error;
          reasons.push(`procedureExpression: ${error.message}`);
        }
      }
    }
  }
  if (reasons.length > 0) return null;
  return {
    index,
    kind,
    code: row.code,
    name: row.name,
    diagnosisKey: key,
    expression,
    expressionText: expression ? formatProcedureExpression(expression) : null,
    procedureClass,
    score: new Dec(row.score),
    averageCost: new Dec(row.averageCost),
    scoreText: new Dec(row.score).toFixed(),
    averageCostText: new Dec(row.averageCost).toFixed(),
    demo: row.demo === true,
  };
}

function checkAuxRow(row: DipAuxRow, index: number, reasons: string[]): CompiledDipAux | null {
  const code = row.code ?? `${row.kind}#${index}`;
  if (typeof code !== 'string' || !code.trim() || code.length > MAX_CODE_LENGTH) {
    reasons.push(`code must be a non-empty string of at most ${MAX_CODE_LENGTH} characters`);
  }
  if (!isPositiveDecimal(row.factor))
    reasons.push(`factor must be decimal text > 0, got ${show(row.factor)}`);
  const condition = row.condition as unknown;
  let stages: Set<string> | null = null;
  if (typeof condition !== 'object' || condition === null) {
    reasons.push('condition must be an object');
  } else if (row.kind === 'SEVERITY') {
    if (row.condition.level !== 'CC' && row.condition.level !== 'MCC') {
      reasons.push(`SEVERITY condition.level must be CC or MCC, got ${show(row.condition.level)}`);
    }
  } else if (row.kind === 'AGE') {
    const { minAge, maxAge } = row.condition;
    const bad = (v: unknown) =>
      v != null && !(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 150);
    if (bad(minAge) || bad(maxAge))
      reasons.push('AGE condition bounds must be whole years 0–150 or null');
    else if (minAge == null && maxAge == null) reasons.push('AGE condition needs minAge or maxAge');
    else if (minAge != null && maxAge != null && minAge > maxAge)
      reasons.push(`AGE condition minAge ${minAge} > maxAge ${maxAge}`);
  } else if (row.kind === 'TUMOR_STAGE') {
    const list = row.condition.stages;
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      list.some((s) => typeof s !== 'string' || !s.trim())
    ) {
      reasons.push('TUMOR_STAGE condition.stages must be a non-empty array of non-empty strings');
    } else stages = new Set(list.map(normaliseStage));
  } else if (row.condition.died !== true) {
    reasons.push('DEATH condition must be { died: true }');
  }
  const scope: DipAuxScope =
    typeof condition === 'object' && condition !== null ? (condition as DipAuxScope) : {};
  let scopeKinds: Set<DipGroupKind> | null = null;
  let scopePrefixes: string[] | null = null;
  if (scope.groupKinds != null) {
    if (
      !Array.isArray(scope.groupKinds) ||
      scope.groupKinds.length === 0 ||
      scope.groupKinds.some((k: unknown) => !DIP_GROUP_KINDS.includes(k as DipGroupKind))
    ) {
      reasons.push(`condition.groupKinds must list some of ${DIP_GROUP_KINDS.join(', ')}`);
    } else scopeKinds = new Set(scope.groupKinds);
  }
  if (scope.diagnosisPrefixes != null) {
    if (
      !Array.isArray(scope.diagnosisPrefixes) ||
      scope.diagnosisPrefixes.length === 0 ||
      scope.diagnosisPrefixes.some(
        (p: unknown) => typeof p !== 'string' || !/^[A-Z][0-9A-Za-z.]*$/.test(p),
      )
    ) {
      reasons.push('condition.diagnosisPrefixes must be ICD-10 code prefixes like C or C34');
    } else scopePrefixes = [...scope.diagnosisPrefixes];
  }
  if (reasons.length > 0) return null;
  return {
    index,
    code,
    name: row.name ?? null,
    kind: row.kind,
    row,
    factor: new Dec(row.factor),
    factorText: new Dec(row.factor).toFixed(),
    scopeKinds,
    scopePrefixes,
    stages,
  };
}

/** Tumour stages compare trimmed and upper-cased (`iii` = `III`). */
export function normaliseStage(stage: string): string {
  return stage.trim().toUpperCase();
}

function isRowArray(s: DipCatalogSource | readonly DipCatalogRow[]): s is readonly DipCatalogRow[] {
  return Array.isArray(s);
}

function isNonNegativeDecimal(v: unknown): v is string {
  return typeof v === 'string' && DECIMAL_TEXT.test(v) && !v.startsWith('-');
}

function isPositiveDecimal(v: unknown): v is string {
  return isNonNegativeDecimal(v) && new Dec(v).gt(0);
}

function show(v: unknown): string {
  return v === undefined ? 'nothing' : JSON.stringify(v);
}
