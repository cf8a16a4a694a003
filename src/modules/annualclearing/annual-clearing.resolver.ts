import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ADMIN_ROLE } from '../identity';
import { JobRun } from '../job';
import {
  approveAnnualClearing,
  assessmentScores,
  clearingAlliances,
  clearingLines,
  clearingPools,
  computeAnnualClearing,
  findAnnualClearing,
  setAssessmentScores,
} from './annual-clearing.service';
import {
  AnnualClearing,
  AnnualClearingAlliance,
  AnnualClearingLine,
  AnnualClearingPool,
  AssessmentScore,
  AssessmentScoreInput,
} from './annual-clearing.types';

@ObjectType('ComputeAnnualClearingPayload', {
  description: 'The clearing being computed and the job computing it.',
})
class ComputeAnnualClearingPayload {
  @Field(() => AnnualClearing, { description: 'The clearing (its figures once the job is done).' })
  clearing!: AnnualClearing;

  @Field(() => JobRun, { description: 'The job computing it: follow its progress with `job(id)`.' })
  job!: JobRun;
}

@ObjectType('ApproveAnnualClearingPayload', { description: 'The clearing, now APPROVED.' })
class ApproveAnnualClearingPayload {
  @Field(() => AnnualClearing, { description: 'The approved clearing.' })
  clearing!: AnnualClearing;
}

const REGION = { description: 'Pooling region (统筹地区) code.' } as const;
const YEAR = { description: 'The year (清算年度).' } as const;

@Resolver(() => AnnualClearing)
export class AnnualClearingResolver {
  @Query(() => AnnualClearing, {
    nullable: true,
    description:
      'A region’s annual clearing of a year (年度清算); null when there is none or it is not visible (the region, its hospitals, its province and NATIONAL see it).',
  })
  annualClearing(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return findAnnualClearing(ctx, regionCode, year);
  }

  @Query(() => [AssessmentScore], {
    description:
      'A region’s assessment scores of a year (考核得分), by hospital; a hospital sees its own only.',
  })
  assessmentScores(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return assessmentScores(ctx, regionCode, year);
  }

  @FieldResolver(() => [AnnualClearingPool], {
    description: 'The pools, one per fund (职工 / 居民), with their point values.',
  })
  pools(@Root() run: AnnualClearing, @Ctx() ctx: RequestContext) {
    return clearingPools(ctx, run);
  }

  @FieldResolver(() => [AnnualClearingLine], {
    description:
      'The lines, one per hospital (by code); a hospital sees its own line only. At most one per hospital of the region.',
  })
  lines(
    @Root() run: AnnualClearing,
    @Arg('hospitalCode', () => String, { nullable: true, description: 'Only this hospital.' })
    hospitalCode: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return clearingLines(ctx, run, hospitalCode);
  }

  @FieldResolver(() => [AnnualClearingAlliance], {
    description: 'The medical alliances’ surplus retention / overspend sharing (医联体), by code.',
  })
  alliances(@Root() run: AnnualClearing, @Ctx() ctx: RequestContext) {
    return clearingAlliances(ctx, run);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => [AssessmentScore], {
    description:
      'Replaces the region’s assessment scores of a year (考核得分), whole, all or nothing; refused once the year’s clearing is approved. Region only (ADMIN).',
  })
  setAssessmentScores(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('scores', () => [AssessmentScoreInput], { description: 'Every score of the year.' })
    scores: AssessmentScoreInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return setAssessmentScores(ctx, regionCode, year, scores);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => ComputeAnnualClearingPayload, {
    description:
      'Computes (or recomputes) the region’s annual clearing of a year as a job (年度清算): the point value per fund by the budget’s formula, one line per hospital, the alliances’ sharing. Region only (ADMIN); every monthly batch of the year closed; an approved year → CONFLICT.',
  })
  computeAnnualClearing(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ComputeAnnualClearingPayload> {
    return computeAnnualClearing(ctx, regionCode, year);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => ApproveAnnualClearingPayload, {
    description:
      'Approves a computed annual clearing for good (审定); the database refuses any later change. Approving twice → CONFLICT.',
  })
  async approveAnnualClearing(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ApproveAnnualClearingPayload> {
    return { clearing: await approveAnnualClearing(ctx, regionCode, year) };
  }
}
