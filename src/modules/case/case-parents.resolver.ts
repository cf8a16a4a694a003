import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/relay';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { Hospital, PoolingRegion, Province } from '../tenancy';
import { SettlementCaseConnection } from './case.connections';
import { SettlementCaseFilter } from './case.inputs';
import { listCases } from './case.service';

const filterArg = {
  nullable: true,
  description: 'Conditions every listed case meets (筛选条件).',
} as const;

/** Cases under the registry: a hospital's, a region's as treatment and as insured site, a province's. */
@Resolver(() => Hospital)
export class HospitalCasesResolver {
  @FieldResolver(() => SettlementCaseConnection, {
    description: 'Cases the hospital treated (本院病例), as far as the caller can see them.',
  })
  settlementCases(
    @Root() h: Hospital,
    @Args() page: PageArgs,
    @Arg('filter', () => SettlementCaseFilter, filterArg) filter: SettlementCaseFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCases(ctx, page, filter, selection, { column: 'hospital_code', code: h.code });
  }
}

@Resolver(() => PoolingRegion)
export class RegionCasesResolver {
  @FieldResolver(() => SettlementCaseConnection, {
    description:
      'Cases treated in the region’s hospitals (就医地病例), as far as the caller can see them.',
  })
  treatedCases(
    @Root() r: PoolingRegion,
    @Args() page: PageArgs,
    @Arg('filter', () => SettlementCaseFilter, filterArg) filter: SettlementCaseFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCases(ctx, page, filter, selection, {
      column: 'treatment_region_code',
      code: r.code,
    });
  }

  @FieldResolver(() => SettlementCaseConnection, {
    description:
      'Cases of persons insured in the region (参保地病例), wherever treated in the province, as far as the caller can see them.',
  })
  insuredCases(
    @Root() r: PoolingRegion,
    @Args() page: PageArgs,
    @Arg('filter', () => SettlementCaseFilter, filterArg) filter: SettlementCaseFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCases(ctx, page, filter, selection, { column: 'insured_region_code', code: r.code });
  }
}

@Resolver(() => Province)
export class ProvinceCasesResolver {
  @FieldResolver(() => SettlementCaseConnection, {
    description: 'Cases of the province (全省病例), as far as the caller can see them.',
  })
  settlementCases(
    @Root() p: Province,
    @Args() page: PageArgs,
    @Arg('filter', () => SettlementCaseFilter, filterArg) filter: SettlementCaseFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCases(ctx, page, filter, selection, { column: 'province_code', code: p.code });
  }
}
