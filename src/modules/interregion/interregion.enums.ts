import { registerEnumType } from 'type-graphql';

/** How a province clears out-of-region care between its regions (DOMAIN-FORMULAS §5). */
export enum InterRegionVariant {
  ITEMISED = 'ITEMISED',
  DRG_DIP_BASED = 'DRG_DIP_BASED',
  POOLED = 'POOLED',
}

/** A clearing run is recomputed at will until APPROVED, then frozen. */
export enum ClearingRunStatus {
  COMPUTED = 'COMPUTED',
  APPROVED = 'APPROVED',
}

registerEnumType(InterRegionVariant, {
  name: 'InterRegionVariant',
  description: 'How a province clears in-province out-of-region care (省内异地清算方式).',
  valuesConfig: {
    ITEMISED: {
      description:
        'The insured site owes the itemised fund it paid; the DRG/DIP result stays with the treatment site (按项目).',
    },
    DRG_DIP_BASED: {
      description:
        'The insured site owes the DRG/DIP fund due under the treatment site’s standard; delta = fund due − itemised paid (按病组/病种).',
    },
    POOLED: {
      description:
        'The out-of-region budget joined the treatment site’s global budget: points paid at its annual point value (纳入总额).',
    },
  },
});
registerEnumType(ClearingRunStatus, {
  name: 'ClearingRunStatus',
  description: 'Status of a clearing run (清算状态).',
  valuesConfig: {
    COMPUTED: { description: 'Computed (已计算): recomputed at will until approved.' },
    APPROVED: { description: 'Approved (已审定): frozen by the database.' },
  },
});
