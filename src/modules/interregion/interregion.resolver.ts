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
import { InterRegionVariant } from './interregion.enums';
import {
  approveInterRegionClearing,
  clearingPairs,
  clearingPositions,
  computeInterRegionClearing,
  findInterRegionClearing,
  matrixCsv,
  setInterRegionPrepayments,
  setInterRegionVariant,
  statementCsv,
} from './interregion.service';
import {
  InterRegionPair,
  InterRegionPosition,
  InterRegionPrepaymentInput,
  InterRegionRun,
} from './interregion.types';

@ObjectType('ComputeInterRegionClearingPayload', {
  description: 'The clearing being computed and the job computing it.',
})
class ComputeInterRegionClearingPayload {
  @Field(() => InterRegionRun, { description: 'The clearing (its figures once the job is done).' })
  clearing!: InterRegionRun;

  @Field(() => JobRun, { description: 'The job computing it: follow it with `job(id)`.' })
  job!: JobRun;
}

const PROVINCE = { description: 'Province (省份) code.' } as const;
const YEAR = { description: 'The year (清算年度).' } as const;

@Resolver(() => InterRegionRun)
export class InterRegionResolver {
  @Query(() => InterRegionRun, {
    nullable: true,
    description:
      'A province’s inter-region clearing of a year (省内异地年度清算); null when none or not visible (the province, its regions and NATIONAL see it; a region only the pairs it is party to).',
  })
  interRegionClearing(
    @Arg('provinceCode', PROVINCE) provinceCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return findInterRegionClearing(ctx, provinceCode, year);
  }

  @FieldResolver(() => [InterRegionPair], {
    description:
      'The pairs the caller may see, by treatment region, insured region and insurance type: the province all, a region those it is party to. At most (regions × (regions − 1) × 2).',
  })
  pairs(
    @Root() run: InterRegionRun,
    @Arg('regionCode', () => String, {
      nullable: true,
      description: 'Only the pairs this region is party to.',
    })
    regionCode: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return clearingPairs(ctx, run, regionCode);
  }

  @FieldResolver(() => [InterRegionPosition], {
    description:
      'Net positions (净头寸) the caller may see: the province every region’s, a region its own. They sum to zero across the province.',
  })
  positions(@Root() run: InterRegionRun, @Ctx() ctx: RequestContext) {
    return clearingPositions(ctx, run);
  }

  @FieldResolver(() => String, {
    description:
      'The matrix the caller may see as CSV (UTF-8 with byte-order mark, CRLF), one line per pair, Chinese and English headers.',
  })
  matrixCsv(@Root() run: InterRegionRun, @Ctx() ctx: RequestContext) {
    return matrixCsv(ctx, run);
  }

  @FieldResolver(() => String, {
    description:
      'A region’s statement as CSV (UTF-8 with byte-order mark): its pairs, then its net position — the same figures as its rows of the matrix.',
  })
  statementCsv(
    @Root() run: InterRegionRun,
    @Arg('regionCode', { description: 'The region (统筹地区).' }) regionCode: string,
    @Ctx() ctx: RequestContext,
  ) {
    return statementCsv(ctx, run, regionCode);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => InterRegionVariant, {
    description:
      'Sets the variant the province clears a year under (清算方式). Province only (ADMIN).',
  })
  setInterRegionVariant(
    @Arg('provinceCode', PROVINCE) provinceCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('variant', () => InterRegionVariant, { description: 'The variant.' })
    variant: InterRegionVariant,
    @Ctx() ctx: RequestContext,
  ) {
    return setInterRegionVariant(ctx, provinceCode, year, variant);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => Int, {
    description:
      'Replaces the year’s prepayments between the province’s regions (区域间预付金), all or nothing; returns how many were stored. Province only (ADMIN), at most 10,000.',
  })
  setInterRegionPrepayments(
    @Arg('provinceCode', PROVINCE) provinceCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('prepayments', () => [InterRegionPrepaymentInput], { description: 'Every prepayment.' })
    prepayments: InterRegionPrepaymentInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return setInterRegionPrepayments(ctx, provinceCode, year, prepayments);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => ComputeInterRegionClearingPayload, {
    description:
      'Computes (or recomputes) the province’s inter-region clearing of a year as a job, under its variant. Province only (ADMIN); an approved year → CONFLICT.',
  })
  computeInterRegionClearing(
    @Arg('provinceCode', PROVINCE) provinceCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return computeInterRegionClearing(ctx, provinceCode, year);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => InterRegionRun, {
    description:
      'Approves a computed clearing for good (审定); the database refuses any later change. Approving twice → CONFLICT.',
  })
  approveInterRegionClearing(
    @Arg('provinceCode', PROVINCE) provinceCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return approveInterRegionClearing(ctx, provinceCode, year);
  }
}
