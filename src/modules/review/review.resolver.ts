import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/relay';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { CaseRevision, findCase, findRevision, SettlementCase } from '../case';
import { ADMIN_ROLE } from '../identity';
import { SpecialCaseApplicationConnection } from './review.connections';
import {
  ApplySpecialCaseInput,
  CommentSpecialCaseInput,
  DecideSpecialCaseInput,
  SpecialCaseApplicationFilter,
} from './review.inputs';
import {
  applySpecialCase,
  commentsOf,
  commentSpecialCase,
  decideSpecialCase,
  decisionOf,
  listApplications,
  withdrawSpecialCase,
} from './review.service';
import {
  SpecialCaseApplicationPayload,
  SpecialCaseComment,
  SpecialCaseDecision,
} from './review.types';
import { SpecialCaseApplication } from './special-case-application.entity';

const payload = (application: SpecialCaseApplication) =>
  Object.assign(new SpecialCaseApplicationPayload(), { application });

export const filterArg = {
  nullable: true,
  description: 'Conditions every listed application meets (筛选条件).',
} as const;

@Resolver(() => SpecialCaseApplication)
export class SpecialCaseApplicationResolver {
  @Query(() => SpecialCaseApplicationConnection, {
    description:
      'Special-case applications the caller can see (特例单议申请列表): a hospital its own, a region those it treated or insured, a province its province’s, NATIONAL all; in application order.',
  })
  specialCaseApplications(
    @Args() page: PageArgs,
    @Arg('filter', () => SpecialCaseApplicationFilter, filterArg)
    filter: SpecialCaseApplicationFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listApplications(ctx, page, filter, selection);
  }

  @FieldResolver(() => SettlementCase, {
    nullable: true,
    description: 'The case applied for (病例).',
  })
  case(@Root() a: SpecialCaseApplication, @Ctx() ctx: RequestContext) {
    return findCase(ctx, `${a.provinceCode}:${a.caseId}`);
  }

  @FieldResolver(() => CaseRevision, {
    nullable: true,
    description: 'The revision applied for (申请时的病例版本).',
  })
  caseRevision(@Root() a: SpecialCaseApplication, @Ctx() ctx: RequestContext) {
    return findRevision(ctx, `${a.provinceCode}:${a.revisionId}`);
  }

  @FieldResolver(() => SpecialCaseDecision, {
    nullable: true,
    description: 'The treatment region’s decision (审核结论); null while pending or withdrawn.',
  })
  decision(@Root() a: SpecialCaseApplication, @Ctx() ctx: RequestContext) {
    return decisionOf(ctx, a);
  }

  @FieldResolver(() => [SpecialCaseComment], {
    description: 'Remarks of the parties (审核意见交流), oldest first.',
  })
  comments(@Root() a: SpecialCaseApplication, @Ctx() ctx: RequestContext) {
    return commentsOf(ctx, a);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => SpecialCaseApplicationPayload, {
    description:
      'Apply for special-case review (申请特例单议) of a case’s current revision: the treating HOSPITAL, its own case. One pending application per case (CONFLICT otherwise). ADMIN role.',
  })
  async applySpecialCase(
    @Arg('input', () => ApplySpecialCaseInput, { description: 'The application.' })
    input: ApplySpecialCaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await applySpecialCase(ctx, input));
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => SpecialCaseApplicationPayload, {
    description:
      'Withdraw a pending application (撤回申请): the applying HOSPITAL. CONFLICT once decided or withdrawn. ADMIN role.',
  })
  async withdrawSpecialCase(
    @Arg('applicationId', () => ID, { description: 'The application’s global id.' })
    applicationId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await withdrawSpecialCase(ctx, applicationId));
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => SpecialCaseApplicationPayload, {
    description:
      'Decide a pending application (审核): the treatment REGION. An approval must fit under the special-case cap of the payment standard that priced the revision (PRECONDITION_FAILED, SPECIAL_CASE_CAP_EXCEEDED otherwise, with used and allowed). CONFLICT when decided or withdrawn already. ADMIN role.',
  })
  async decideSpecialCase(
    @Arg('input', () => DecideSpecialCaseInput, { description: 'The decision.' })
    input: DecideSpecialCaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await decideSpecialCase(ctx, input));
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => SpecialCaseApplicationPayload, {
    description:
      'Comment on an application (审核意见): the treating HOSPITAL, the treatment REGION or the insured REGION (联办). ADMIN role.',
  })
  async commentSpecialCase(
    @Arg('input', () => CommentSpecialCaseInput, { description: 'The remark.' })
    input: CommentSpecialCaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(await commentSpecialCase(ctx, input));
  }
}
