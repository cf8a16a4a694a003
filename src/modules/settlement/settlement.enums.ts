import { registerEnumType } from 'type-graphql';

/** A priced case's class (病例类型). */
export enum CaseClass {
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  LOW = 'LOW',
  EXTREME = 'EXTREME',
  INCOMPLETE = 'INCOMPLETE',
  EXCLUDED = 'EXCLUDED',
  TCM_ADVANTAGE = 'TCM_ADVANTAGE',
  BED_DAY = 'BED_DAY',
  UNGROUPED = 'UNGROUPED',
}

registerEnumType(CaseClass, {
  name: 'CaseClass',
  description: 'How a case was classed for payment (病例类型).',
  valuesConfig: {
    NORMAL: { description: 'Normal case (正常病例): the group’s standard × coefficients.' },
    HIGH: {
      description: 'High-cost outlier (费用极高病例): cost ratio at or above the high threshold.',
    },
    LOW: {
      description: 'Low-cost outlier (费用极低病例): cost ratio at or below the low threshold.',
    },
    EXTREME: {
      description: 'Above the upper bound (超上限病例): paid per item or coefficient only.',
    },
    INCOMPLETE: { description: 'Incomplete stay (未完成治疗): prorated to the cost, capped.' },
    EXCLUDED: {
      description:
        'Outside the standard (除外病例): LOS exclusion or new drugs/devices/technology, paid per item.',
    },
    TCM_ADVANTAGE: { description: 'TCM-advantage disease (中医优势病种): its fixed standard.' },
    BED_DAY: { description: 'Paid per bed-day (按床日付费).' },
    UNGROUPED: { description: 'Not grouped (未入组): paid as the standard says for such cases.' },
  },
});
