/** Tenancy: provinces, pooling regions (统筹地区), designated hospitals, and the viewer. */
import type { RequestContext } from '../../graphql/context';
import { Hospital } from './hospital.entity';
import { HospitalResolver } from './hospital.resolver';
import { findHospital } from './hospital.service';
import { PoolingRegion } from './pooling-region.entity';
import { PoolingRegionResolver } from './pooling-region.resolver';
import { findPoolingRegion } from './pooling-region.service';
import { Province } from './province.entity';
import { ProvinceResolver } from './province.resolver';
import { findProvince } from './province.service';
import { ViewerResolver } from './viewer.resolver';

export { Province, PoolingRegion, Hospital };
export { RegionLevel, HospitalLevel, HospitalGrade, HospitalType } from './tenancy.enums';
export { seedDemoProvince, DEMO_PROVINCE, DEMO_REGIONS, demoHospitalCode } from './tenancy.demo';
export { findHospital } from './hospital.service';
export { findPoolingRegion } from './pooling-region.service';
export { containsPattern, startsWithPattern } from './tenancy.validation';

export const tenancyEntities = [Province, PoolingRegion, Hospital];
export const tenancyResolvers = [
  ProvinceResolver,
  PoolingRegionResolver,
  HospitalResolver,
  ViewerResolver,
] as const;

/** Fetchers for `node(id:)`, by GraphQL type name. */
export const tenancyNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = {
  [Province.typename]: findProvince,
  [PoolingRegion.typename]: findPoolingRegion,
  [Hospital.typename]: findHospital,
};
