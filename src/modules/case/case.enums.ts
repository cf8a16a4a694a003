import { registerEnumType } from 'type-graphql';

/** Insurance type (险种类型). */
export enum InsuranceType {
  EMPLOYEE = 'EMPLOYEE',
  RESIDENT = 'RESIDENT',
}

/** QC outcome of a stored revision: a revision with an ERROR is never stored. */
export enum QcStatus {
  PASSED = 'PASSED',
  WARNING = 'WARNING',
}

/** What an upload did with one settlement list. */
export enum IngestStatus {
  ACCEPTED = 'ACCEPTED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

export enum QcSeverityEnum {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}

export enum SpecialItemKind {
  DRUG = 'DRUG',
  DEVICE = 'DEVICE',
  PROCEDURE = 'PROCEDURE',
}

registerEnumType(InsuranceType, {
  name: 'InsuranceType',
  description: 'Insurance type (险种类型).',
  valuesConfig: {
    EMPLOYEE: { description: 'Employee basic medical insurance (职工基本医疗保险).' },
    RESIDENT: { description: 'Urban and rural resident medical insurance (城乡居民基本医疗保险).' },
  },
});
registerEnumType(QcStatus, {
  name: 'QcStatus',
  description: 'Quality-control outcome of a stored settlement list (质控结果).',
  valuesConfig: {
    PASSED: { description: 'No finding (通过).' },
    WARNING: { description: 'Stored with warnings (提示), e.g. a suspected split stay.' },
  },
});
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'What an upload did with one settlement list (上传结果).',
  valuesConfig: {
    ACCEPTED: { description: 'Stored: a new case or a new revision of a changed one.' },
    UNCHANGED: { description: 'Identical to the current revision: nothing written.' },
    REJECTED: { description: 'Refused (QC error or not permitted): nothing written.' },
  },
});
registerEnumType(QcSeverityEnum, {
  name: 'QcSeverity',
  description: 'Severity of a QC rule (质控级别).',
  valuesConfig: {
    ERROR: { description: 'Rejects the settlement list (错误).' },
    WARNING: { description: 'Stores the list and flags it (提示).' },
  },
});
registerEnumType(SpecialItemKind, {
  name: 'SpecialItemKind',
  description: 'Kind of new drug, device or technology item (新药耗新技术类别).',
  valuesConfig: {
    DRUG: { description: 'New drug (新药).' },
    DEVICE: { description: 'New medical consumable or device (新耗材).' },
    PROCEDURE: { description: 'New technology or procedure (新技术).' },
  },
});
