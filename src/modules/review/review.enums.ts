import { registerEnumType } from 'type-graphql';

/** Why a case is put up for special-case review (特例单议类别). */
export enum SpecialCaseCategory {
  HIGH_COST = 'HIGH_COST',
  LONG_STAY = 'LONG_STAY',
  NEW_TECHNOLOGY = 'NEW_TECHNOLOGY',
  ICU_CRITICAL = 'ICU_CRITICAL',
  OTHER = 'OTHER',
}

/** Where an application stands (申请状态). */
export enum SpecialCaseStatus {
  PENDING = 'PENDING',
  WITHDRAWN = 'WITHDRAWN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** The treatment region's decision (审核结论). */
export enum SpecialCaseOutcome {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** How an approved special case is paid (特例支付方式). */
export enum SpecialCasePaymentKind {
  FEE_FOR_SERVICE = 'FEE_FOR_SERVICE',
  ADJUSTED_AMOUNT = 'ADJUSTED_AMOUNT',
}

registerEnumType(SpecialCaseCategory, {
  name: 'SpecialCaseCategory',
  description: 'Why a case is put up for special-case review (特例单议类别).',
  valuesConfig: {
    HIGH_COST: { description: 'Cost far above the standard (费用极高).' },
    LONG_STAY: { description: 'Exceptionally long stay (住院时间过长).' },
    NEW_TECHNOLOGY: {
      description: 'New drugs, devices or technology used (新药耗新技术, seed 004).',
    },
    ICU_CRITICAL: { description: 'Critical care, long ICU stay (重症监护).' },
    OTHER: { description: 'Another reason, given in the reason text (其他).' },
  },
});
registerEnumType(SpecialCaseStatus, {
  name: 'SpecialCaseStatus',
  description: 'Where a special-case application stands (申请状态).',
  valuesConfig: {
    PENDING: { description: 'Applied, not yet decided (待审核).' },
    WITHDRAWN: { description: 'Withdrawn by the hospital before a decision (已撤回).' },
    APPROVED: { description: 'Approved by the treatment region (审核通过).' },
    REJECTED: { description: 'Rejected by the treatment region (审核不通过).' },
  },
});
registerEnumType(SpecialCaseOutcome, {
  name: 'SpecialCaseOutcome',
  description: 'The treatment region’s decision on an application (审核结论).',
  valuesConfig: {
    APPROVED: { description: 'Paid outside the formula, as the decision says (通过).' },
    REJECTED: { description: 'Paid by the formula; the decision gives the reason (不通过).' },
  },
});
registerEnumType(SpecialCasePaymentKind, {
  name: 'SpecialCasePaymentKind',
  description: 'How an approved special case is paid (特例支付方式).',
  valuesConfig: {
    FEE_FOR_SERVICE: { description: 'The case’s total cost, per item (按项目付费).' },
    ADJUSTED_AMOUNT: {
      description: 'An amount the region decides, above 0 and at most the total cost (核定金额).',
    },
  },
});
