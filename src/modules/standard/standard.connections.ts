import { connectionTypes } from '../../graphql/relay';
import { PaymentStandard } from './payment-standard.entity';
import {
  StandardBedDay,
  StandardCoefficient,
  StandardExclusionItem,
  StandardOutOfRegionCoefficient,
  StandardTcmAdvantage,
} from './standard-rows.entity';

export const { Connection: PaymentStandardConnection } = connectionTypes(
  PaymentStandard,
  'PaymentStandard',
  '支付标准',
);
export const { Connection: StandardCoefficientConnection } = connectionTypes(
  StandardCoefficient,
  'StandardCoefficient',
  '系数',
);
export const { Connection: StandardOutOfRegionCoefficientConnection } = connectionTypes(
  StandardOutOfRegionCoefficient,
  'StandardOutOfRegionCoefficient',
  '异地调节系数',
);
export const { Connection: StandardBedDayConnection } = connectionTypes(
  StandardBedDay,
  'StandardBedDay',
  '床日标准',
);
export const { Connection: StandardTcmAdvantageConnection } = connectionTypes(
  StandardTcmAdvantage,
  'StandardTcmAdvantage',
  '中医优势病种标准',
);
export const { Connection: StandardExclusionItemConnection } = connectionTypes(
  StandardExclusionItem,
  'StandardExclusionItem',
  '除外支付项目',
);
