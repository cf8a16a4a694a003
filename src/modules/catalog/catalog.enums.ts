import { registerEnumType } from 'type-graphql';

/** Kinds of catalog (目录类型). */
export enum CatalogKind {
  DRG = 'DRG',
  DIP = 'DIP',
  TCM_ADVANTAGE = 'TCM_ADVANTAGE',
  BED_DAY = 'BED_DAY',
}

/** Who owns a catalog version: the national bureau, a province or a pooling region. */
export enum CatalogOwnerScope {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
}

/**
 * Which catalog versions a lookup in force may pick, by their `demo` flag. Demonstration versions
 * carry synthetic weights and scores (the demo seed's): they must never pay a real region's cases.
 */
export enum DemoCatalogs {
  /** Official versions; demo ones only for a region with no official catalog at all (default). */
  UNLESS_OFFICIAL = 'UNLESS_OFFICIAL',
  /** Official versions only. */
  EXCLUDE = 'EXCLUDE',
  /** Demo versions only. */
  ONLY = 'ONLY',
}

/** Code tables (编码表). */
export enum CodeKind {
  ICD10 = 'ICD10',
  ICD9CM3 = 'ICD9CM3',
  TCM_DISEASE = 'TCM_DISEASE',
  TCM_SYNDROME = 'TCM_SYNDROME',
}

/** Where a group row of a derived version comes from. */
export enum RowOrigin {
  INHERITED = 'INHERITED',
  OVERRIDDEN = 'OVERRIDDEN',
  ADDED = 'ADDED',
}

/** DIP group kinds (病种类型). */
export enum DipGroupKind {
  CORE = 'CORE',
  PRIMARY_CARE = 'PRIMARY_CARE',
  COMPREHENSIVE = 'COMPREHENSIVE',
}

/** Procedure classes used by DIP comprehensive groups, lowest to highest. */
export enum ProcedureClass {
  CONSERVATIVE = 'CONSERVATIVE',
  DIAGNOSTIC = 'DIAGNOSTIC',
  THERAPEUTIC = 'THERAPEUTIC',
  RELATED_SURGERY = 'RELATED_SURGERY',
}

/** Kinds of DIP auxiliary catalog rows (辅助目录). */
export enum AuxFactorKind {
  SEVERITY = 'SEVERITY',
  AGE = 'AGE',
  TUMOR_STAGE = 'TUMOR_STAGE',
  DEATH = 'DEATH',
}

registerEnumType(CatalogKind, {
  name: 'CatalogKind',
  description: 'Kind of catalog (目录类型).',
  valuesConfig: {
    DRG: { description: 'DRG groups (按病组付费, CHS-DRG).' },
    DIP: { description: 'DIP groups (按病种分值付费).' },
    TCM_ADVANTAGE: { description: 'TCM-advantage diseases (中医优势病种).' },
    BED_DAY: { description: 'Bed-day categories (按床日付费).' },
  },
});
registerEnumType(CatalogOwnerScope, {
  name: 'CatalogOwnerScope',
  description: 'Level that owns a catalog version (归属层级).',
  valuesConfig: {
    NATIONAL: { description: 'National (国家).' },
    PROVINCE: { description: 'Provincial (省级).' },
    REGION: { description: 'Pooling region (统筹地区).' },
  },
});
registerEnumType(DemoCatalogs, {
  name: 'DemoCatalogs',
  description:
    'Whether a lookup in force may pick demonstration catalog versions (演示目录, `demo: true`): synthetic weights and scores from the demo seed, never for paying real cases.',
  valuesConfig: {
    UNLESS_OFFICIAL: {
      description:
        'Official versions; demonstration versions only for a region with no official catalog at all (none published, of any kind and for any day, by the region, its province or the national bureau), as in a demo installation. The default: once official catalogs exist, a demo one is never picked unless asked for.',
    },
    EXCLUDE: { description: 'Official versions only (正式目录).' },
    ONLY: {
      description:
        'Demonstration versions only, e.g. to walk through the demo or compare it with the official catalog.',
    },
  },
});
registerEnumType(CodeKind, {
  name: 'CodeKind',
  description: 'Code table (编码表).',
  valuesConfig: {
    ICD10: { description: 'Diagnoses, ICD-10 医保版.' },
    ICD9CM3: { description: 'Procedures, ICD-9-CM-3 医保版.' },
    TCM_DISEASE: { description: 'TCM diseases (中医病名, TCD).' },
    TCM_SYNDROME: { description: 'TCM syndromes (中医证候, TCD).' },
  },
});
registerEnumType(RowOrigin, {
  name: 'RowOrigin',
  description: 'Where a catalog row comes from in a derived version (来源).',
  valuesConfig: {
    INHERITED: { description: 'Copied unchanged from the parent version (继承).' },
    OVERRIDDEN: { description: 'Copied from the parent, then changed locally (本地调整).' },
    ADDED: { description: 'Added by this version (本地新增).' },
  },
});
registerEnumType(DipGroupKind, {
  name: 'DipGroupKind',
  description: 'Kind of DIP group (病种类型).',
  valuesConfig: {
    CORE: { description: 'Core group (核心病种).' },
    PRIMARY_CARE: { description: 'Primary-care group (基层病种).' },
    COMPREHENSIVE: { description: 'Comprehensive group (综合病种).' },
  },
});
registerEnumType(ProcedureClass, {
  name: 'ProcedureClass',
  description: 'Procedure class for DIP comprehensive groups (操作类别).',
  valuesConfig: {
    CONSERVATIVE: { description: 'Conservative treatment (保守治疗).' },
    DIAGNOSTIC: { description: 'Diagnostic procedure (诊断性操作).' },
    THERAPEUTIC: { description: 'Therapeutic procedure (治疗性操作).' },
    RELATED_SURGERY: { description: 'Related surgery (相关手术).' },
  },
});
registerEnumType(AuxFactorKind, {
  name: 'AuxFactorKind',
  description: 'Kind of DIP auxiliary catalog row (辅助目录类型).',
  valuesConfig: {
    SEVERITY: { description: 'Severity by CC/MCC (疾病严重程度).' },
    AGE: { description: 'Age band (年龄).' },
    TUMOR_STAGE: { description: 'Tumour stage (肿瘤分期).' },
    DEATH: { description: 'Death during stay (死亡).' },
  },
});
