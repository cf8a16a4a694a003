import type { DrgStatus, RulePackageMeta } from './rule-package.types';

/**
 * Per-case evaluation state handed to every compiled condition. Built once per grouping; the
 * complication flags are computed on first use, because most cases reach at most one split.
 */
export interface CaseContext {
  readonly sex: number | null;
  readonly age: number | null;
  readonly ageDays: number | null;
  readonly birthWeight: number | null;
  readonly los: number | null;
  readonly dischargeWay: number | null;
  /** Diagnoses, principal first. */
  readonly dx: readonly string[];
  /** Procedures, principal first. */
  readonly px: readonly string[];
  /** Complication flags (`COMPLICATIONS_*` bits); 0 until computed. */
  cx: number;
}

export const COMPLICATIONS_DONE = 1;
export const COMPLICATIONS_MCC = 2;
export const COMPLICATIONS_CC = 4;

/** A condition compiled to a closure over Sets/Maps, with what the trace needs to explain it. */
export interface CompiledCondition {
  readonly test: (c: CaseContext) => boolean;
  /** Compact description, e.g. `allOf(principalDiagnosisIn(MDCP), ageYearsEq(0))`. */
  readonly text: string;
  /** The facts of the case that make the condition hold or fail (trace only). */
  readonly explain: (c: CaseContext) => string;
}

export interface CompiledComplications {
  /** Code → MCC table id. */
  readonly mcc: ReadonlyMap<string, number>;
  /** Code → CC table id. */
  readonly cc: ReadonlyMap<string, number>;
  /** Principal diagnosis → the table id it excludes. */
  readonly exclusion: ReadonlyMap<string, number>;
}

export interface CompiledValidationRule {
  readonly id: string;
  readonly when: CompiledCondition;
  readonly status: DrgStatus;
  readonly message: string;
}

export interface CompiledDrg {
  readonly code: string;
  readonly name: string | null;
  readonly when: CompiledCondition;
}

export interface CompiledAdrg {
  readonly code: string;
  readonly mdc: string;
  readonly when: CompiledCondition;
  readonly drgs: readonly CompiledDrg[];
}

export interface CompiledMdc {
  readonly code: string;
  readonly when: CompiledCondition;
  readonly adrgs: readonly CompiledAdrg[];
}

/** A validated rule package, ready for `groupDrg`. Immutable; share it between cases and requests. */
export interface CompiledDrgRules {
  readonly meta: Readonly<RulePackageMeta>;
  readonly validation: readonly CompiledValidationRule[];
  /** MDCs in `mdcOrder`. */
  readonly mdcs: readonly CompiledMdc[];
  readonly adrgs: ReadonlyMap<string, CompiledAdrg>;
  readonly complications: CompiledComplications;
  /** Status → the package's Chinese text (from `statuses`). */
  readonly statusText: ReadonlyMap<DrgStatus, string>;
  readonly counts: {
    readonly mdcs: number;
    readonly adrgs: number;
    readonly drgs: number;
    readonly codeLists: number;
    readonly mcc: number;
    readonly cc: number;
    readonly ccExclusionPrincipals: number;
  };
}
