import { connectionTypes } from '../../graphql/relay';
import { Hospital } from './hospital.entity';
import { PoolingRegion } from './pooling-region.entity';
import { Province } from './province.entity';

export const { Connection: ProvinceConnection } = connectionTypes(Province, 'Province', '省份');
export const { Connection: PoolingRegionConnection } = connectionTypes(
  PoolingRegion,
  'PoolingRegion',
  '统筹地区',
);
export const { Connection: HospitalConnection } = connectionTypes(
  Hospital,
  'Hospital',
  '定点医疗机构',
);
