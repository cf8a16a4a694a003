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
import { Hospital } from './hospital.entity';
import { createHospital, findHospital, listHospitals, updateHospital } from './hospital.service';
import { PoolingRegion } from './pooling-region.entity';
import { findPoolingRegion } from './pooling-region.service';
import { Province } from './province.entity';
import { findProvince } from './province.service';
import { HospitalConnection } from './tenancy.connections';
import {
  CreateHospitalInput,
  HospitalFilter,
  HospitalPayload,
  UpdateHospitalInput,
} from './tenancy.inputs';

@Resolver(() => Hospital)
export class HospitalResolver {
  @Query(() => HospitalConnection, {
    description: 'Designated hospitals the caller can see (定点医疗机构列表), by code.',
  })
  hospitals(
    @Args() page: PageArgs,
    @Arg('filter', () => HospitalFilter, {
      nullable: true,
      description: 'Conditions every listed hospital meets (筛选条件).',
    })
    filter: HospitalFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listHospitals(ctx, page, filter, selection, undefined);
  }

  @Query(() => Hospital, {
    nullable: true,
    description:
      'A hospital by national code (按代码查询定点医疗机构); null when absent or not visible.',
  })
  hospital(
    @Arg('code', () => String, { description: 'National hospital code (医保定点医疗机构代码).' })
    code: string,
    @Ctx() ctx: RequestContext,
  ) {
    return findHospital(ctx, code);
  }

  @FieldResolver(() => PoolingRegion, {
    description: 'The pooling region the hospital belongs to (所属统筹地区).',
  })
  async region(@Root() hospital: Hospital, @Ctx() ctx: RequestContext): Promise<PoolingRegion> {
    return (await findPoolingRegion(ctx, hospital.regionCode))!;
  }

  @FieldResolver(() => Province, {
    description: 'The province the hospital belongs to (所属省份).',
  })
  async province(@Root() hospital: Hospital, @Ctx() ctx: RequestContext): Promise<Province> {
    return (await findProvince(ctx, hospital.provinceCode))!;
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => HospitalPayload, {
    description:
      "Register a designated hospital in the caller's pooling region (新增定点医疗机构). REGION scope, ADMIN role.",
  })
  async createHospital(
    @Arg('input', () => CreateHospitalInput, { description: 'The new hospital.' })
    input: CreateHospitalInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { hospital: await createHospital(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => HospitalPayload, {
    description:
      "Change one of the caller's hospitals (修改定点医疗机构). REGION scope, ADMIN role.",
  })
  async updateHospital(
    @Arg('input', () => UpdateHospitalInput, { description: 'The hospital and its changes.' })
    input: UpdateHospitalInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { hospital: await updateHospital(ctx, input) };
  }
}
