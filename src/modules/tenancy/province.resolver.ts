import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/relay';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { ADMIN_ROLE } from '../identity';
import { listHospitals } from './hospital.service';
import { listPoolingRegions } from './pooling-region.service';
import { Province } from './province.entity';
import { createProvince, findProvince, listProvinces, updateProvince } from './province.service';
import {
  HospitalConnection,
  PoolingRegionConnection,
  ProvinceConnection,
} from './tenancy.connections';
import {
  CreateProvinceInput,
  HospitalFilter,
  PoolingRegionFilter,
  ProvinceFilter,
  ProvincePayload,
  UpdateProvinceInput,
} from './tenancy.inputs';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, {
    description: 'Provinces the caller can see (省份列表): its own, or all for NATIONAL.',
  })
  provinces(
    @Args() page: PageArgs,
    @Arg('filter', () => ProvinceFilter, {
      nullable: true,
      description: 'Conditions every listed province meets (筛选条件).',
    })
    filter: ProvinceFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listProvinces(ctx, page, filter, selection);
  }

  @Query(() => Province, {
    nullable: true,
    description: 'A province by code (按代码查询省份); null when absent or not visible.',
  })
  province(
    @Arg('code', () => String, { description: 'Province code (省份代码), e.g. "510000".' })
    code: string,
    @Ctx() ctx: RequestContext,
  ) {
    return findProvince(ctx, code);
  }

  @FieldResolver(() => PoolingRegionConnection, {
    description: 'Pooling regions of this province (下辖统筹地区), by code.',
  })
  poolingRegions(
    @Root() province: Province,
    @Args() page: PageArgs,
    @Arg('filter', () => PoolingRegionFilter, {
      nullable: true,
      description: 'Conditions every listed pooling region meets (筛选条件).',
    })
    filter: PoolingRegionFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listPoolingRegions(ctx, page, filter, selection, province.code);
  }

  @FieldResolver(() => HospitalConnection, {
    description: 'Designated hospitals in this province (省内定点医疗机构), by code.',
  })
  hospitals(
    @Root() province: Province,
    @Args() page: PageArgs,
    @Arg('filter', () => HospitalFilter, {
      nullable: true,
      description: 'Conditions every listed hospital meets (筛选条件).',
    })
    filter: HospitalFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listHospitals(ctx, page, filter, selection, { provinceCode: province.code });
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => ProvincePayload, {
    description: 'Create a province (新增省份). NATIONAL scope, ADMIN role.',
  })
  async createProvince(
    @Arg('input', () => CreateProvinceInput, { description: 'The new province.' })
    input: CreateProvinceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { province: await createProvince(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => ProvincePayload, {
    description: 'Change a province (修改省份). NATIONAL scope, ADMIN role.',
  })
  async updateProvince(
    @Arg('input', () => UpdateProvinceInput, { description: 'The province and its changes.' })
    input: UpdateProvinceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { province: await updateProvince(ctx, input) };
  }
}
