import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/relay';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { CaseRevision, SettlementCase } from '../case';
import { Hospital, PoolingRegion, Province } from '../tenancy';
import { SpecialCaseApplicationConnection } from './review.connections';
import { SpecialCaseApplicationFilter } from './review.inputs';
import { filterArg } from './review.resolver';
import {
  applicationsOfCase,
  approvedDecisionOf,
  finalPaymentOfRevision,
  listApplications,
} from './review.service';
import { FinalCasePayment, SpecialCaseDecision } from './review.types';

/** Applications under the registry: a hospital's, a region's as treatment and insured site, a province's. */
@Resolver(() => Hospital)
export class HospitalApplicationsResolver {
  @FieldResolver(() => SpecialCaseApplicationConnection, {
    description:
      'Special-case applications of the hospital (本院特例单议申请), as far as the caller can see them.',
  })
  specialCaseApplications(
    @Root() h: Hospital,
    @Args() page: PageArgs,
    @Arg('filter', () => SpecialCaseApplicationFilter, filterArg)
    filter: SpecialCaseApplicationFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listApplications(ctx, page, filter, selection, {
      column: 'hospital_code',
      code: h.code,
    });
  }
}

@Resolver(() => PoolingRegion)
export class RegionApplicationsResolver {
  @FieldResolver(() => SpecialCaseApplicationConnection, {
    description:
      'Special-case applications for cases treated in the region (就医地特例单议), which it decides, as far as the caller can see them.',
  })
  treatedSpecialCaseApplications(
    @Root() r: PoolingRegion,
    @Args() page: PageArgs,
    @Arg('filter', () => SpecialCaseApplicationFilter, filterArg)
    filter: SpecialCaseApplicationFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listApplications(ctx, page, filter, selection, {
      column: 'treatment_region_code',
      code: r.code,
    });
  }

  @FieldResolver(() => SpecialCaseApplicationConnection, {
    description:
      'Special-case applications for cases of persons insured in the region (参保地特例单议, 联办), as far as the caller can see them.',
  })
  insuredSpecialCaseApplications(
    @Root() r: PoolingRegion,
    @Args() page: PageArgs,
    @Arg('filter', () => SpecialCaseApplicationFilter, filterArg)
    filter: SpecialCaseApplicationFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listApplications(ctx, page, filter, selection, {
      column: 'insured_region_code',
      code: r.code,
    });
  }
}

@Resolver(() => Province)
export class ProvinceApplicationsResolver {
  @FieldResolver(() => SpecialCaseApplicationConnection, {
    description:
      'Special-case applications of the province (全省特例单议), as far as the caller can see them.',
  })
  specialCaseApplications(
    @Root() p: Province,
    @Args() page: PageArgs,
    @Arg('filter', () => SpecialCaseApplicationFilter, filterArg)
    filter: SpecialCaseApplicationFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listApplications(ctx, page, filter, selection, {
      column: 'province_code',
      code: p.code,
    });
  }
}

@Resolver(() => SettlementCase)
export class CaseApplicationsResolver {
  @FieldResolver(() => SpecialCaseApplicationConnection, {
    description:
      'Special-case applications of this case (特例单议申请), every revision, in application order.',
  })
  specialCaseApplications(
    @Root() c: SettlementCase,
    @Args() page: PageArgs,
    @Arg('filter', () => SpecialCaseApplicationFilter, filterArg)
    filter: SpecialCaseApplicationFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return applicationsOfCase(ctx, c, page, filter, selection);
  }

  @FieldResolver(() => FinalCasePayment, {
    nullable: true,
    description:
      'What the current revision is finally paid (最终支付): an approved special-case decision, else the formula payment; null when neither.',
  })
  finalPayment(@Root() c: SettlementCase, @Ctx() ctx: RequestContext) {
    return finalPaymentOfRevision(ctx, c.provinceCode, c.currentRevisionId);
  }
}

@Resolver(() => CaseRevision)
export class RevisionSpecialCaseResolver {
  @FieldResolver(() => SpecialCaseDecision, {
    nullable: true,
    description:
      'The approved special-case decision (特例单议结论) on this revision; null when none. A decision holds for the revision it was taken on only.',
  })
  specialCaseDecision(@Root() r: CaseRevision, @Ctx() ctx: RequestContext) {
    return approvedDecisionOf(ctx, r.provinceCode, r.uuid);
  }

  @FieldResolver(() => FinalCasePayment, {
    nullable: true,
    description:
      'What this revision is finally paid (最终支付): an approved special-case decision’s amounts, else the formula payment (`payment`); null when neither.',
  })
  finalPayment(@Root() r: CaseRevision, @Ctx() ctx: RequestContext) {
    return finalPaymentOfRevision(ctx, r.provinceCode, r.uuid);
  }
}
