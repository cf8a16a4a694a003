import { connectionTypes } from '../../graphql/relay';
import { SpecialCaseApplication } from './special-case-application.entity';

export const { Connection: SpecialCaseApplicationConnection } = connectionTypes(
  SpecialCaseApplication,
  'SpecialCaseApplication',
  '特例单议申请',
);
