import { registerEnumType } from 'type-graphql';

/** How a standard pays a case (支付方式). */
export enum PaymentMethod {
  DRG_RATE = 'DRG_RATE',
  DRG_POINTS = 'DRG_POINTS',
  DIP_SCORE = 'DIP_SCORE',
}

/** Who owns a payment standard: a pooling region (its standards) or a province (templates). */
export enum StandardOwnerScope {
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
}

/** Kinds of item on the new-technology exclusion list (新药耗新技术). */
export enum ExclusionItemKind {
  DRUG = 'DRUG',
  DEVICE = 'DEVICE',
  PROCEDURE = 'PROCEDURE',
}

registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a payment standard pays a case (支付方式).',
  valuesConfig: {
    DRG_RATE: { description: 'DRG rate method (费率法): base rate × RW × coefficients.' },
    DRG_POINTS: { description: 'DRG point method (点数法): RW × 100 points × point value.' },
    DIP_SCORE: { description: 'DIP (按病种分值付费): group score × coefficient × point value.' },
  },
});

registerEnumType(StandardOwnerScope, {
  name: 'StandardOwnerScope',
  description: 'Who owns a payment standard (归属层级).',
  valuesConfig: {
    PROVINCE: { description: 'A province: a template its regions derive from (省级模板).' },
    REGION: { description: 'A pooling region: the standard its cases are paid by (统筹地区).' },
  },
});

registerEnumType(ExclusionItemKind, {
  name: 'ExclusionItemKind',
  description: 'Kind of new-technology exclusion item (除外支付项目类别).',
  valuesConfig: {
    DRUG: { description: 'Drug (新药).' },
    DEVICE: { description: 'Medical device or consumable (新耗材).' },
    PROCEDURE: { description: 'Procedure or technology (新技术).' },
  },
});
