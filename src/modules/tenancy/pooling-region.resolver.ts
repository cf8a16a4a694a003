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
import { PoolingRegion } from './pooling-region.entity';
import {
  createPoolingRegion,
  findPoolingRegion,
  listPoolingRegions,
  updatePoolingRegion,
} from './pooling-region.service';
import { Province } from './province.entity';
import { findProvince } from './province.service';
import { HospitalConnection, PoolingRegionConnection } from './tenancy.connections';
import {
  CreatePoolingRegionInput,
  HospitalFilter,
  PoolingRegionFilter,
  PoolingRegionPayload,
  UpdatePoolingRegionInput,
} from './tenancy.inputs';

@Resolver(() => PoolingRegion)
export class PoolingRegionResolver {
  @Query(() => PoolingRegionConnection, {
    description: 'Pooling regions the caller can see (统筹地区列表), by code.',
  })
  poolingRegions(
    @Args() page: PageArgs,
    @Arg('filter', () => PoolingRegionFilter, {
      nullable: true,
      description: 'Conditions every listed pooling region meets (筛选条件).',
    })
    filter: PoolingRegionFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listPoolingRegions(ctx, page, filter, selection);
  }

  @Query(() => PoolingRegion, {
    nullable: true,
    description: 'A pooling region by code (按代码查询统筹地区); null when absent or not visible.',
  })
  poolingRegion(
    @Arg('code', () => String, {
      description: 'Pooling region code (统筹地区代码), e.g. "510100".',
    })
    code: string,
    @Ctx() ctx: RequestContext,
  ) {
    return findPoolingRegion(ctx, code);
  }

  @FieldResolver(() => Province, { description: 'The province this region belongs to (所属省份).' })
  async province(@Root() region: PoolingRegion, @Ctx() ctx: RequestContext): Promise<Province> {
    // Visible regions always have a visible province (same policy column); null would be a bug.
    return (await findProvince(ctx, region.provinceCode))!;
  }

  @FieldResolver(() => HospitalConnection, {
    description: 'Designated hospitals of this region (辖区定点医疗机构), by code.',
  })
  hospitals(
    @Root() region: PoolingRegion,
    @Args() page: PageArgs,
    @Arg('filter', () => HospitalFilter, {
      nullable: true,
      description: 'Conditions every listed hospital meets (筛选条件).',
    })
    filter: HospitalFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listHospitals(ctx, page, filter, selection, { regionCode: region.code });
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PoolingRegionPayload, {
    description:
      "Create a pooling region in the caller's province (新增统筹地区). PROVINCE scope, ADMIN role.",
  })
  async createPoolingRegion(
    @Arg('input', () => CreatePoolingRegionInput, { description: 'The new pooling region.' })
    input: CreatePoolingRegionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { poolingRegion: await createPoolingRegion(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PoolingRegionPayload, {
    description:
      "Change one of the caller's pooling regions (修改统筹地区). PROVINCE scope, ADMIN role.",
  })
  async updatePoolingRegion(
    @Arg('input', () => UpdatePoolingRegionInput, { description: 'The region and its changes.' })
    input: UpdatePoolingRegionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { poolingRegion: await updatePoolingRegion(ctx, input) };
  }
}
