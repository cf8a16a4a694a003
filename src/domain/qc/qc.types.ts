/** Quality-control (质控) types: rules are data rows, evaluation is pure functions keyed by code. */

export type QcSeverity = 'ERROR' | 'WARNING';

/** A rule as configured for a region: the default row with the region's overrides applied. */
export interface QcRuleConfig {
  /** Numeric rule code, e.g. "2133". */
  readonly code: string;
  readonly name: string;
  /** ERROR rejects the case; WARNING stores it and flags it. */
  readonly severity: QcSeverity;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly affectsDrg: boolean;
  readonly affectsDip: boolean;
}

/** What a rule found, before its severity is attached. */
export interface QcFinding {
  readonly code: string;
  /** JSON path of the field in the settlement list (`procedures[1].anaesthesiaFrom`), '' for the list. */
  readonly field: string;
  readonly message: string;
}

/** A finding with the severity and grouping relevance of its rule. */
export interface QcIssue extends QcFinding {
  readonly severity: QcSeverity;
  readonly affectsDrg: boolean;
  readonly affectsDip: boolean;
}

/** An earlier stay of the same person, for the split-stay readmission rule. */
export interface PriorStay {
  readonly hospitalCode: string;
  readonly settlementId: string;
  readonly stayId: string;
  readonly dischargedAt: string;
  readonly principalDiagnosis: string;
}

/** Facts a rule may need beyond the list itself; looked up by the caller in batches. */
export interface QcFacts {
  /** Whether an ICD-10 医保版 diagnosis code is in the code table. */
  diagnosisExists(code: string): boolean;
  /** Whether an ICD-9-CM-3 医保版 procedure code is in the code table. */
  procedureExists(code: string): boolean;
  /** Province of the treating hospital (first two digits decide a region's province). */
  readonly hospitalProvince: string;
  /** Pooling regions of that province. */
  readonly provinceRegions: ReadonlySet<string>;
  /** The same person's other stays (same pseudonym) the caller could find. */
  readonly priorStays: readonly PriorStay[];
}
