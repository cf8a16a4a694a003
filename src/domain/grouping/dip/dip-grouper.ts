import { DECIMAL_TEXT, Dec } from '../../decimal';
import {
  comprehensiveKey,
  normaliseStage,
  type CompiledDipAux,
  type CompiledDipCatalog,
  type CompiledDipGroup,
  type DipAuxKind,
  type DipDiagnosisGroups,
  type DipGroupKind,
} from './dip-catalog';
import { diagnosisKeys, icd10ChapterByNumeral, type DiagnosisKeys } from './icd10-codes';
import {
  createDefaultProcedureClassifier,
  highestProcedureClass,
  procedureClassRank,
  type ProcedureClass,
  type ProcedureClassifier,
} from './procedure-classifier';
import { matchExpression } from './procedure-expression';

/** One case as the DIP grouper sees it (fields of the settlement list, 结算清单). */
export interface DipCaseInput {
  /** ICD-10 医保版 codes, principal diagnosis first. */
  readonly diagnoses: readonly string[];
  /** ICD-9-CM-3 医保版 codes (order does not matter to DIP). */
  readonly procedures: readonly string[];
  /** The case's total cost in CNY, decimal text; breaks ties between core groups. */
  readonly totalCost?: string | null;
  /** Age in whole years. */
  readonly age?: number | null;
  /** Discharged by death (离院方式 5). */
  readonly died?: boolean | null;
  /** Has a major complication (MCC) after the exclusion table. */
  readonly hasMcc?: boolean | null;
  /** Has a complication (CC) after the exclusion table. */
  readonly hasCc?: boolean | null;
  /** Tumour stage as recorded (e.g. `III`, `IV`, `M1`). */
  readonly tumorStage?: string | null;
}

/** Options of one grouping call; the catalog is passed separately. */
export interface DipGroupingOptions {
  /** Procedure classifier for comprehensive groups; default `createDefaultProcedureClassifier()`. */
  readonly classifier?: ProcedureClassifier;
  /**
   * Highest case procedure class that a conservative (null-expression) row may take. Default
   * RELATED_SURGERY = no limit: the conservative row takes every case of its diagnosis that no
   * other row matched. A region that wants an unmatched operation to reach the comprehensive
   * surgery group instead sets THERAPEUTIC (or DIAGNOSTIC, CONSERVATIVE).
   */
  readonly conservativeMaxClass?: ProcedureClass;
  /** Build the trace (default true); batch jobs that store only the group may turn it off. */
  readonly trace?: boolean;
}

/** GROUPED: a group was found; BLANK: none (空白病组); INVALID_INPUT: the case cannot be grouped. */
export type DipGroupingStatus = 'GROUPED' | 'BLANK' | 'INVALID_INPUT';

/** Pipeline stages named in the trace. */
export type DipTraceStage = 'INPUT' | 'CORE' | 'PRIMARY_CARE' | 'COMPREHENSIVE' | 'BLANK' | 'AUX';

/** A catalog row the grouper looked at. */
export interface DipTraceCandidate {
  readonly code: string;
  readonly procedureExpression: string | null;
  readonly matched: boolean;
  readonly matchedCodes: readonly string[];
  readonly averageCost: string;
  /** |averageCost − totalCost| when the case has a cost and the row matched; else null. */
  readonly costDistance: string | null;
}

/** An auxiliary row the grouper evaluated. */
export interface DipTraceAux {
  readonly code: string;
  readonly kind: DipAuxKind;
  readonly factor: string;
  readonly matched: boolean;
  readonly reason: string;
}

/** One step of the explanation. */
export interface DipTraceStep {
  readonly stage: DipTraceStage;
  readonly message: string;
  readonly candidates?: readonly DipTraceCandidate[];
  readonly auxRows?: readonly DipTraceAux[];
}

/** Result of grouping one case. Decimals are strings; BLANK/INVALID score "0", factor "1". */
export interface DipGroupingResult {
  readonly status: DipGroupingStatus;
  readonly groupCode: string | null;
  readonly groupKind: DipGroupKind | null;
  readonly groupName: string | null;
  /** The group's base score (分值). */
  readonly score: string;
  /** The auxiliary factor taken (largest matching, 1 when none). */
  readonly auxFactor: string;
  /** score × auxFactor, exact. */
  readonly adjustedScore: string;
  /** Case codes the winning expression used (empty for conservative/comprehensive groups). */
  readonly matchedProcedures: readonly string[];
  /** Principal diagnosis keys, null when the input was invalid. */
  readonly diagnosisKeys: DiagnosisKeys | null;
  /** Highest procedure class of the case's procedures; null when the input was invalid. */
  readonly caseProcedureClass: ProcedureClass | null;
  readonly trace: readonly DipTraceStep[];
}

const DEFAULT_CLASSIFIER = createDefaultProcedureClassifier();

/**
 * Groups one case into a DIP group (DOMAIN-FORMULAS §2):
 * 1. CORE rows of the principal diagnosis subcategory whose procedure expression matches — most
 *    matched procedures first; ties → average cost closest to the case's total cost → code;
 *    the conservative row (null expression) only when no other core row of it matched;
 * 2. PRIMARY_CARE rows (基层病种), same rule;
 * 3. COMPREHENSIVE rows by category, then chapter, at the case's highest procedure class;
 * 4. otherwise BLANK (空白病组).
 * A grouped case's score is multiplied by the largest matching auxiliary factor.
 * Never throws on bad case data: that is status INVALID_INPUT with the reason in the trace.
 */
export function groupDip(
  catalog: CompiledDipCatalog,
  input: DipCaseInput,
  options: DipGroupingOptions = {},
): DipGroupingResult {
  const tracing = options.trace !== false;
  const trace: DipTraceStep[] = [];
  // steps are built lazily: a batch job with `trace: false` pays for no message strings
  const step = (s: () => DipTraceStep) => {
    if (tracing) trace.push(s());
  };

  const checked = checkInput(input);
  if (typeof checked === 'string') {
    step(() => ({ stage: 'INPUT', message: checked }));
    return ungrouped('INVALID_INPUT', null, null, trace);
  }
  const principal = input.diagnoses[0].trim();
  const keys = checked;
  const procedures = new Set<string>();
  for (const p of input.procedures ?? []) {
    const code = p.trim();
    if (code) procedures.add(code);
  }
  // parsed only when needed (a tie, or the trace): most cases never compare costs
  let parsedCost: Dec | undefined;
  const cost = input.totalCost != null ? () => (parsedCost ??= new Dec(input.totalCost!)) : null;
  const classifier = options.classifier ?? DEFAULT_CLASSIFIER;
  const caseClass = highestProcedureClass(procedures, classifier);
  step(() => ({
    stage: 'INPUT',
    message:
      `principal diagnosis ${principal} → subcategory ${keys.subcategory}, category ${keys.category}, ` +
      `chapter ${keys.chapter}; procedures [${[...procedures].join(', ')}]; ` +
      `highest procedure class ${caseClass}; total cost ${cost ? cost().toFixed() : 'not given'}`,
  }));

  const tiers: [DipGroupKind, ReadonlyMap<string, DipDiagnosisGroups>][] = [
    ['CORE', catalog.core],
    ['PRIMARY_CARE', catalog.primaryCare],
  ];
  for (const [kind, index] of tiers) {
    const pick = pickByDiagnosis(
      kind,
      index.get(keys.subcategory),
      keys.subcategory,
      procedures,
      cost,
      {
        tracing,
        step,
        caseClass,
        conservativeMaxClass: options.conservativeMaxClass ?? 'RELATED_SURGERY',
      },
    );
    if (pick)
      return grouped(
        catalog,
        pick.group,
        pick.matchedCodes,
        input,
        keys,
        caseClass,
        trace,
        tracing,
      );
  }

  // comprehensive groups: the category first, then its chapter, at the case's highest class
  const byCategory = catalog.comprehensive.get(comprehensiveKey(keys.category, caseClass));
  if (byCategory) {
    step(() => ({
      stage: 'COMPREHENSIVE',
      message: `category ${keys.category} has comprehensive group ${byCategory.code} for ${caseClass}`,
    }));
    return grouped(catalog, byCategory, [], input, keys, caseClass, trace, tracing);
  }
  const chapterTitle = icd10ChapterByNumeral(keys.chapter)?.title ?? '';
  const byChapter = catalog.comprehensive.get(comprehensiveKey(keys.chapter, caseClass));
  if (byChapter) {
    step(() => ({
      stage: 'COMPREHENSIVE',
      message:
        `category ${keys.category} has no comprehensive group for ${caseClass}; ` +
        `chapter ${keys.chapter} (${chapterTitle}) has ${byChapter.code}`,
    }));
    return grouped(catalog, byChapter, [], input, keys, caseClass, trace, tracing);
  }
  step(() => ({
    stage: 'COMPREHENSIVE',
    message: `no comprehensive group for ${caseClass} in category ${keys.category} or chapter ${keys.chapter} (${chapterTitle})`,
  }));
  step(() => ({
    stage: 'BLANK',
    message: 'no core, primary-care or comprehensive group matched: blank group (空白病组)',
  }));
  return ungrouped('BLANK', keys, caseClass, trace);
}

interface PickContext {
  readonly tracing: boolean;
  readonly step: (s: () => DipTraceStep) => void;
  readonly caseClass: ProcedureClass;
  readonly conservativeMaxClass: ProcedureClass;
}

interface Pick {
  readonly group: CompiledDipGroup;
  readonly matchedCodes: readonly string[];
}

function pickByDiagnosis(
  kind: DipGroupKind,
  groups: DipDiagnosisGroups | undefined,
  subcategory: string,
  procedures: ReadonlySet<string>,
  cost: (() => Dec) | null,
  ctx: PickContext,
): Pick | null {
  const label = kind === 'CORE' ? 'core' : 'primary-care';
  if (!groups) {
    ctx.step(() => ({ stage: kind, message: `no ${label} rows for ${subcategory}` }));
    return null;
  }
  // 1. every procedure row whose expression the case satisfies
  const matched: Pick[] = [];
  let most = 0;
  for (const group of groups.withProcedures) {
    const m = matchExpression(group.expression!, procedures);
    if (!m.matched) continue;
    matched.push({ group, matchedCodes: m.matchedCodes });
    if (m.matchedCodes.length > most) most = m.matchedCodes.length;
  }
  // 2. most matched procedures first (DOMAIN-FORMULAS §2)
  const top = matched.filter((p) => p.matchedCodes.length === most);
  // the case cost is parsed only for a tie or the trace
  const costOf = cost && (ctx.tracing || top.length > 1) ? cost() : null;
  const distance = (g: CompiledDipGroup) => g.averageCost.minus(costOf!).abs();
  // the trace lists every row tried, with the cost distance of each matching one
  const candidates: DipTraceCandidate[] = [];
  if (ctx.tracing) {
    for (const group of groups.withProcedures) {
      const hit = matched.find((p) => p.group === group);
      candidates.push({
        code: group.code,
        procedureExpression: group.expressionText,
        matched: hit !== undefined,
        matchedCodes: hit?.matchedCodes ?? [],
        averageCost: group.averageCostText,
        costDistance: hit && costOf ? distance(group).toFixed() : null,
      });
    }
  }
  if (top.length > 0) {
    // 3. a tie → the group average cost closest to the case's cost; 4. then the lowest code
    //    (rows are in code order, and only a strictly smaller distance displaces a row)
    let winner = top[0];
    let best: Dec | null = null;
    let tiedDistance = false;
    if (top.length > 1 && costOf) {
      best = distance(winner.group);
      for (const p of top.slice(1)) {
        const d = distance(p.group);
        const cmp = d.comparedTo(best);
        if (cmp < 0) {
          winner = p;
          best = d;
          tiedDistance = false;
        } else if (cmp === 0) tiedDistance = true;
      }
    }
    const chosen = winner;
    ctx.step(() => {
      let why = '';
      if (top.length > 1 && !best) {
        why = `; ${top.length} rows tied on count and the case has no total cost, so the lowest code won`;
      } else if (best && tiedDistance) {
        why = `; ${top.length} rows tied on count and on cost distance ${best.toFixed()}, so the lowest code won`;
      } else if (best) {
        why =
          `; ${top.length} rows tied on count, its average cost ${chosen.group.averageCostText} ` +
          `is closest to the case cost (distance ${best.toFixed()})`;
      }
      return {
        stage: kind,
        message:
          `${chosen.group.code} matched the most procedures ` +
          `(${most}: ${chosen.matchedCodes.join(', ')})${why}`,
        candidates,
      };
    });
    return chosen;
  }
  const conservative = groups.conservative;
  if (conservative) {
    const cls = ctx.caseClass;
    if (procedureClassRank(cls) > procedureClassRank(ctx.conservativeMaxClass)) {
      ctx.step(() => ({
        stage: kind,
        message:
          `no ${label} procedure row of ${subcategory} matched; conservative row ${conservative.code} skipped: ` +
          `case procedure class ${cls} is above the limit ${ctx.conservativeMaxClass}`,
        candidates,
      }));
      return null;
    }
    ctx.step(() => ({
      stage: kind,
      message: `no ${label} procedure row of ${subcategory} matched (${groups.withProcedures.length} tried): conservative group ${conservative.code}`,
      candidates,
    }));
    return { group: conservative, matchedCodes: [] };
  }
  ctx.step(() => ({
    stage: kind,
    message: `no ${label} row of ${subcategory} matched (${groups.withProcedures.length} tried) and it has no conservative row`,
    candidates,
  }));
  return null;
}

function grouped(
  catalog: CompiledDipCatalog,
  group: CompiledDipGroup,
  matchedCodes: readonly string[],
  input: DipCaseInput,
  keys: DiagnosisKeys,
  caseClass: ProcedureClass,
  trace: DipTraceStep[],
  tracing: boolean,
): DipGroupingResult {
  let taken: CompiledDipAux | null = null;
  const auxRows: DipTraceAux[] = [];
  // scope prefixes are upper-case ICD-10 (C, C34): compare with the upper-cased leading letter
  const raw = input.diagnoses[0].trim();
  const principal = raw[0].toUpperCase() + raw.slice(1);
  for (const aux of catalog.aux) {
    const reason = auxMismatch(aux, group.kind, principal, input);
    if (tracing) {
      auxRows.push({
        code: aux.code,
        kind: aux.kind,
        factor: aux.factorText,
        matched: reason === null,
        reason: reason ?? describeAux(aux),
      });
    }
    // largest factor wins; aux rows are in code order, so a tie keeps the lower code
    if (reason === null && (!taken || aux.factor.gt(taken.factor))) taken = aux;
  }
  const factorText = taken ? taken.factorText : '1';
  if (tracing) {
    const matched = auxRows.filter((a) => a.matched);
    trace.push({
      stage: 'AUX',
      message: taken
        ? `${matched.length} auxiliary row(s) matched (${matched.map((a) => `${a.code} ×${a.factor}`).join(', ')}); ` +
          `the largest factor ${factorText} (${taken.code}) is taken, not the product`
        : `no auxiliary row matched: factor 1 (${catalog.aux.length} evaluated)`,
      auxRows,
    });
  }
  return {
    status: 'GROUPED',
    groupCode: group.code,
    groupKind: group.kind,
    groupName: group.name,
    score: group.scoreText,
    auxFactor: factorText,
    adjustedScore: taken ? group.score.times(taken.factor).toFixed() : group.scoreText,
    matchedProcedures: matchedCodes,
    diagnosisKeys: keys,
    caseProcedureClass: caseClass,
    trace,
  };
}

// null = the row applies; otherwise why not.
function auxMismatch(
  aux: CompiledDipAux,
  kind: DipGroupKind,
  principal: string,
  input: DipCaseInput,
): string | null {
  if (aux.scopeKinds && !aux.scopeKinds.has(kind)) return `not applied to ${kind} groups`;
  if (aux.scopePrefixes && !aux.scopePrefixes.some((p) => principal.startsWith(p))) {
    return `principal ${principal} outside ${aux.scopePrefixes.join('/')}`;
  }
  const row = aux.row;
  switch (row.kind) {
    case 'SEVERITY':
      if (row.condition.level === 'MCC') return input.hasMcc ? null : 'case has no MCC';
      return input.hasMcc || input.hasCc ? null : 'case has neither CC nor MCC';
    case 'DEATH':
      return input.died ? null : 'case did not end in death';
    case 'AGE': {
      if (input.age == null) return 'case has no age';
      const { minAge, maxAge } = row.condition;
      if (minAge != null && input.age < minAge) return `age ${input.age} < ${minAge}`;
      if (maxAge != null && input.age > maxAge) return `age ${input.age} > ${maxAge}`;
      return null;
    }
    case 'TUMOR_STAGE':
      if (input.tumorStage == null || !input.tumorStage.trim()) return 'case has no tumour stage';
      return aux.stages!.has(normaliseStage(input.tumorStage))
        ? null
        : `stage ${input.tumorStage} not in ${[...aux.stages!].join('/')}`;
  }
}

function describeAux(aux: CompiledDipAux): string {
  const row = aux.row;
  switch (row.kind) {
    case 'SEVERITY':
      return `case severity at least ${row.condition.level}`;
    case 'DEATH':
      return 'case ended in death';
    case 'AGE':
      return `age within ${row.condition.minAge ?? '…'}–${row.condition.maxAge ?? '…'}`;
    case 'TUMOR_STAGE':
      return `tumour stage in ${[...aux.stages!].join('/')}`;
  }
}

// The principal diagnosis keys, or why the case cannot be grouped.
function checkInput(input: DipCaseInput): DiagnosisKeys | string {
  if (!input || !Array.isArray(input.diagnoses) || input.diagnoses.length === 0) {
    return 'no diagnoses: a principal diagnosis is required';
  }
  const principal: unknown = input.diagnoses[0];
  if (typeof principal !== 'string' || !principal.trim()) return 'the principal diagnosis is empty';
  const keys = diagnosisKeys(principal);
  if (!keys) return `principal diagnosis ${JSON.stringify(principal)} is not an ICD-10 code`;
  if (
    input.procedures != null &&
    (!Array.isArray(input.procedures) || input.procedures.some((p) => typeof p !== 'string'))
  ) {
    return 'procedures must be an array of codes';
  }
  const cost: unknown = input.totalCost;
  if (cost != null && (typeof cost !== 'string' || !DECIMAL_TEXT.test(cost) || cost[0] === '-')) {
    return `total cost ${JSON.stringify(cost)} is not decimal text ≥ 0`;
  }
  if (input.age != null && !(Number.isInteger(input.age) && input.age >= 0 && input.age <= 150)) {
    return `age ${JSON.stringify(input.age)} is not whole years 0–150`;
  }
  return keys;
}

function ungrouped(
  status: 'BLANK' | 'INVALID_INPUT',
  keys: DiagnosisKeys | null,
  caseClass: ProcedureClass | null,
  trace: readonly DipTraceStep[],
): DipGroupingResult {
  return {
    status,
    groupCode: null,
    groupKind: null,
    groupName: null,
    score: '0',
    auxFactor: '1',
    adjustedScore: '0',
    matchedProcedures: [],
    diagnosisKeys: keys,
    caseProcedureClass: caseClass,
    trace,
  };
}
