import { analyseComplications } from './complication.analysis';
import type {
  CaseContext,
  CompiledAdrg,
  CompiledDrgRules,
  CompiledValidationRule,
} from './compiled-rules.types';
import type {
  DrgAdrgStep,
  DrgCaseInput,
  DrgGroupingOptions,
  DrgGroupingResult,
  DrgMdcStep,
  DrgSplitStep,
  DrgTrace,
  DrgValidationStep,
} from './drg-grouper.types';
import type { DrgStatus } from './rule-package.types';

const NO_CODES: readonly string[] = [];

/**
 * Groups one case with a compiled rule package (FORMAT.md "Evaluation"): validation rules in
 * order, then MDCs in `mdcOrder`; in the first MDC whose entry condition holds and that has a
 * matching ADRG, the first matching ADRG and its first matching DRG split. An MDC whose ADRGs all
 * fail falls through to the next MDC (OpenDRG behaviour); nothing matching gives NOT_GROUPED.
 *
 * Pure and synchronous. Without `trace` it allocates only the case context and the result.
 */
export function groupDrg(
  rules: CompiledDrgRules,
  input: DrgCaseInput,
  options?: DrgGroupingOptions,
): DrgGroupingResult {
  const c = caseContext(input);
  if (options?.trace === true) return groupTraced(rules, c);

  const validation = rules.validation;
  for (let i = 0; i < validation.length; i++) {
    if (validation[i].when.test(c)) return ungrouped(validation[i].status);
  }
  const mdcs = rules.mdcs;
  for (let m = 0; m < mdcs.length; m++) {
    const mdc = mdcs[m];
    if (!mdc.when.test(c)) continue;
    const adrgs = mdc.adrgs;
    for (let a = 0; a < adrgs.length; a++) {
      const adrg = adrgs[a];
      if (!adrg.when.test(c)) continue;
      const drgs = adrg.drgs;
      for (let d = 0; d < drgs.length; d++) {
        const drg = drgs[d];
        if (drg.when.test(c)) return success(mdc.code, adrg.code, drg.code, drg.name);
      }
      // unreachable with a valid package (its last split is `always`); kept as FORMAT.md says
      return success(mdc.code, adrg.code, adrg.code, null);
    }
  }
  return ungrouped('NOT_GROUPED');
}

function caseContext(input: DrgCaseInput): CaseContext {
  return {
    sex: input.sex ?? null,
    age: input.age ?? null,
    ageDays: input.ageDays ?? null,
    birthWeight: input.birthWeight ?? null,
    los: input.los ?? null,
    dischargeWay: input.dischargeWay ?? null,
    dx: input.diagnoses ?? NO_CODES,
    px: input.procedures ?? NO_CODES,
    cx: 0,
  };
}

function success(
  mdc: string,
  adrg: string,
  drg: string,
  drgName: string | null,
): DrgGroupingResult {
  return { status: 'SUCCESS', mdc, adrg, drg, drgName };
}

function ungrouped(status: DrgStatus): DrgGroupingResult {
  return { status, mdc: null, adrg: null, drg: null, drgName: null };
}

/** The same walk as `groupDrg`, recording every decision and the facts behind it. */
function groupTraced(rules: CompiledDrgRules, c: CaseContext): DrgGroupingResult {
  const trace: DrgTrace = {
    rules: { name: rules.meta.name, version: rules.meta.version },
    status: 'NOT_GROUPED',
    statusText: null,
    validation: [],
    mdcs: [],
    split: null,
    complications: analyseComplications(rules.complications, c.dx),
    reason: '',
  };
  const finish = (result: DrgGroupingResult, reason: string): DrgGroupingResult => {
    trace.status = result.status;
    trace.statusText = rules.statusText.get(result.status) ?? null;
    trace.reason = reason;
    return { ...result, trace };
  };

  for (const rule of rules.validation) {
    const step = validationStep(rule, c);
    trace.validation.push(step);
    if (step.fired) {
      return finish(
        ungrouped(rule.status),
        `validation rule ${rule.id} fired (${step.reason}): ${rule.message}`,
      );
    }
  }

  const enteredWithoutAdrg: string[] = [];
  for (const mdc of rules.mdcs) {
    const entered = mdc.when.test(c);
    const step: DrgMdcStep = {
      mdc: mdc.code,
      entered,
      condition: mdc.when.text,
      reason: mdc.when.explain(c),
    };
    trace.mdcs.push(step);
    if (!entered) continue;
    step.adrgs = [];
    for (const adrg of mdc.adrgs) {
      const matched = adrg.when.test(c);
      const adrgStep: DrgAdrgStep = {
        adrg: adrg.code,
        matched,
        condition: adrg.when.text,
        reason: adrg.when.explain(c),
      };
      step.adrgs.push(adrgStep);
      if (!matched) continue;
      const split = splitStep(adrg, c);
      trace.split = split;
      const name = split.drgName === null ? '' : ` (${split.drgName})`;
      const last = split.tried[split.tried.length - 1];
      return finish(
        success(mdc.code, adrg.code, split.drg, split.drgName),
        `grouped into ${mdc.code} / ${adrg.code} / ${split.drg}${name}: ${adrgStep.reason}; ` +
          `split ${last ? `${last.condition}: ${last.reason}` : 'none held'}`,
      );
    }
    enteredWithoutAdrg.push(mdc.code);
  }
  return finish(
    ungrouped('NOT_GROUPED'),
    enteredWithoutAdrg.length === 0
      ? 'no MDC entry condition held'
      : `entered ${enteredWithoutAdrg.join(', ')} but no ADRG matched, and no later MDC took the case`,
  );
}

function validationStep(rule: CompiledValidationRule, c: CaseContext): DrgValidationStep {
  return {
    id: rule.id,
    fired: rule.when.test(c),
    condition: rule.when.text,
    reason: rule.when.explain(c),
    status: rule.status,
    message: rule.message,
  };
}

function splitStep(adrg: CompiledAdrg, c: CaseContext): DrgSplitStep {
  const tried: DrgSplitStep['tried'] = [];
  for (const drg of adrg.drgs) {
    const matched = drg.when.test(c);
    tried.push({ drg: drg.code, matched, condition: drg.when.text, reason: drg.when.explain(c) });
    if (matched) return { adrg: adrg.code, drg: drg.code, drgName: drg.name, tried };
  }
  return { adrg: adrg.code, drg: adrg.code, drgName: null, tried };
}
