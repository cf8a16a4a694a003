import type { DrgStatus } from './rule-package.types';

/**
 * One inpatient case as the grouper reads it (a 病案首页 reduced to what CHS-DRG looks at).
 * Missing fields behave as null; codes are compared verbatim (no trimming, no case folding).
 */
export interface DrgCaseInput {
  id?: string;
  /** 1 male, 2 female; anything else fails validation. */
  sex: number | null;
  /** Age in whole years. */
  age: number | null;
  /** Age in days (needed when age is 0). */
  ageDays: number | null;
  /** Birth weight in grams (newborns); 0 counts as unknown for the weight bands. */
  birthWeight: number | null;
  /** Length of stay in days (not used by CHS-DRG 1.1). */
  los?: number | null;
  /** 离院方式 (not used by CHS-DRG 1.1). */
  dischargeWay?: number | null;
  /** Principal diagnosis first, then secondaries (ICD-10 医保版). */
  diagnoses: readonly string[];
  /** Principal procedure first (ICD-9-CM-3 医保版). */
  procedures: readonly string[];
}

export interface DrgGroupingOptions {
  /** Explain the result (slower; allocates the trace). */
  trace?: boolean;
}

export interface DrgGroupingResult {
  status: DrgStatus;
  mdc: string | null;
  adrg: string | null;
  drg: string | null;
  /** Chinese DRG name from the package, when it has one. */
  drgName: string | null;
  trace?: DrgTrace;
}

/**
 * Why a case got its result, as plain JSON, for a hospital contesting it. Rules are described
 * compactly (`principalDiagnosisIn(GZ1.dx)`) and each step says in `reason` which facts of the
 * case made it hold or fail.
 */
export interface DrgTrace {
  /** Package that decided (meta name and version). */
  rules: { name: string; version: string };
  status: DrgStatus;
  /** The package's Chinese text for the status (e.g. 分组成功), when it has one. */
  statusText: string | null;
  /** Validation rules checked in order, up to the first that fired. */
  validation: DrgValidationStep[];
  /** MDCs tried in `mdcOrder`, up to the one that grouped the case (all of them when none did). */
  mdcs: DrgMdcStep[];
  /** The complication split of the matched ADRG; null when no ADRG matched. */
  split: DrgSplitStep | null;
  complications: DrgComplicationAnalysis;
  /** One-line summary of the outcome. */
  reason: string;
}

export interface DrgValidationStep {
  id: string;
  fired: boolean;
  condition: string;
  reason: string;
  /** Status and message of the rule (the message is the package's, usually Chinese). */
  status: DrgStatus;
  message: string;
}

export interface DrgMdcStep {
  mdc: string;
  /** Whether the entry condition held. */
  entered: boolean;
  condition: string;
  reason: string;
  /** ADRGs tried, in order, when the MDC was entered. */
  adrgs?: DrgAdrgStep[];
}

export interface DrgAdrgStep {
  adrg: string;
  matched: boolean;
  condition: string;
  reason: string;
}

export interface DrgSplitStep {
  adrg: string;
  /** The DRG chosen (the ADRG code itself in the unreachable case of no split holding). */
  drg: string;
  drgName: string | null;
  /** Splits tried in order, up to the chosen one. */
  tried: { drg: string; matched: boolean; condition: string; reason: string }[];
}

/** The MCC/CC facts of the case, whether or not a split looked at them. */
export interface DrgComplicationAnalysis {
  principal: string | null;
  /** Table of MCC/CC the principal diagnosis excludes (排除表), null when it excludes none. */
  exclusionTable: number | null;
  secondaries: DrgSecondaryDiagnosis[];
  hasMcc: boolean;
  hasCc: boolean;
}

export interface DrgSecondaryDiagnosis {
  /** Position in `diagnoses` (1 = first secondary). */
  index: number;
  code: string;
  /** MCC table of the code and whether the principal's table excluded it; null if not an MCC. */
  mcc: { table: number; excluded: boolean } | null;
  cc: { table: number; excluded: boolean } | null;
  /** What the diagnosis contributes after exclusion. */
  counts: 'MCC' | 'CC' | 'MCC+CC' | null;
  reason: string;
}
