/**
 * The CHS-DRG rule-package format (`drg-rule-package` v1) as TypeScript types: what a bureau
 * uploads and what `compileRulePackage` validates. The authoritative description is
 * `shared/reference/chs-drg-1.1/FORMAT.md`; these types mirror it field for field.
 */

export const RULE_PACKAGE_FORMAT = 'drg-rule-package';
export const RULE_PACKAGE_FORMAT_VERSION = 1;

/**
 * Every result status of the format's status table, reachable in CHS-DRG 1.1 or not: a bureau's
 * package may use the others in its `validation` rules.
 */
export const DRG_STATUSES = [
  'SUCCESS',
  'CHECK_FAILED',
  'NOT_GROUPED',
  'AMBIGUOUS',
  'DIAGNOSIS_NOT_MAPPED',
  'PROCEDURE_NOT_MAPPED',
  'INVALID_DIAGNOSIS_CODE',
  'INVALID_PROCEDURE_CODE',
  'DIAGNOSIS_SEX_CONFLICT',
  'PRINCIPAL_NOT_IN_ANY_MDC',
  'WRONG_PROCEDURE_SELECTION',
  'NEWBORN_ERROR',
] as const;

/** A grouping result status (分组状态). */
export type DrgStatus = (typeof DRG_STATUSES)[number];

/** Id of an entry of `codeLists` (e.g. `SS_VALID`, `MDCG`, `GZ1.dx`). */
export type CodeListId = string;

/** Case fields a `missing` condition may test (the nullable scalars of a case). */
export const CASE_FIELDS = ['sex', 'age', 'ageDays', 'birthWeight', 'los', 'dischargeWay'] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** One trauma body region of `diagnosisRegionsAtLeast` (e.g. 头颈部创伤 → `MDCZ.region1`). */
export interface TraumaRegion {
  name: string;
  list: CodeListId;
}

/**
 * A condition: a JSON object with exactly one key, the predicate, whose value is its argument.
 * The union is discriminated by which key is present (`'sexIs' in c`).
 */
export type Condition =
  | { always: true }
  | { allOf: Condition[] }
  | { anyOf: Condition[] }
  | { not: Condition }
  | { principalDiagnosisIn: CodeListId }
  | { anyDiagnosisIn: CodeListId }
  | { principalProcedureIn: CodeListId }
  | { anyProcedureIn: CodeListId }
  | { sexIs: 1 | 2 }
  | { ageYearsEq: number }
  | { ageDaysLte: number }
  | { birthWeightIn: { gte?: number; lt?: number } }
  | { missing: CaseField }
  | { diagnosisRegionsAtLeast: { min: number; regions: TraumaRegion[] } }
  | { hasMcc: true }
  | { hasCc: true };

/** Every predicate name; `Condition` has one member per entry. */
export type ConditionPredicate = KeyOfEach<Condition>;
type KeyOfEach<T> = T extends unknown ? keyof T : never;

export interface StatusDescriptor {
  name: DrgStatus;
  /** OpenDRG's `DrgGroupStatus` member. */
  opendrgEnum?: string;
  /** OpenDRG's Chinese text (e.g. 分组成功). */
  opendrgText?: string;
  /** Whether this rule set can produce the status. */
  reachable?: boolean;
}

export interface ValidationRule {
  id: string;
  when: Condition;
  status: Exclude<DrgStatus, 'SUCCESS'>;
  /** Shown to the hospital, usually Chinese (e.g. 病人性别为空). */
  message: string;
}

export interface MdcRule {
  /** Entry condition (e.g. principal diagnosis in the MDC's list). */
  when: Condition;
  /** ADRG codes in evaluation order. */
  adrgs: string[];
}

export interface DrgSplit {
  code: string;
  when: Condition;
}

export interface AdrgRule {
  mdc: string;
  when: Condition;
  /** Complication splits in evaluation order; the last is always `{"always": true}`. */
  drgs: DrgSplit[];
}

/** Exclusion-table id (decimal string key) → codes. */
export type ComplicationTables = Record<string, string[]>;

export interface ComplicationRules {
  mcc: ComplicationTables;
  cc: ComplicationTables;
  /** Principal diagnosis → the table id of MCC/CC it excludes (排除表). */
  principalExclusion: ComplicationTables;
}

export interface RulePackageMeta {
  name: string;
  version: string;
  description?: string;
  license?: string;
  [key: string]: unknown;
}

/** The whole `rules.json`. */
export interface RulePackage {
  format: typeof RULE_PACKAGE_FORMAT;
  formatVersion: typeof RULE_PACKAGE_FORMAT_VERSION;
  meta: RulePackageMeta;
  statuses: StatusDescriptor[];
  validation: ValidationRule[];
  mdcOrder: string[];
  mdcs: Record<string, MdcRule>;
  adrgs: Record<string, AdrgRule>;
  /** DRG code → Chinese name. */
  drgNames: Record<string, string>;
  complications: ComplicationRules;
  codeLists: Record<CodeListId, string[]>;
}
