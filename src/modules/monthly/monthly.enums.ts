import { registerEnumType } from 'type-graphql';

/** A monthly batch is OPEN while it is computed (and recomputed), CLOSED for good once paid. */
export enum BatchStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(BatchStatus, {
  name: 'MonthlyBatchStatus',
  description: 'Status of a monthly settlement batch (月度结算批次状态).',
  valuesConfig: {
    OPEN: { description: 'Open (未关账): computed and recomputed until closed.' },
    CLOSED: {
      description:
        'Closed (已关账): frozen by the database; later changes go to the next month as corrections.',
    },
  },
});
