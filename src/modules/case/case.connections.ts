import { connectionTypes } from '../../graphql/relay';
import { SettlementCase } from './settlement-case.entity';

export const { Connection: SettlementCaseConnection } = connectionTypes(
  SettlementCase,
  'SettlementCase',
  '病例',
);
