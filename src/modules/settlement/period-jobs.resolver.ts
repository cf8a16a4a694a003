import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { enqueueJob, type AnyJobDefinition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { ADMIN_ROLE } from '../identity';
import { findJobByKey, JobRun } from '../job';
import {
  parsePeriodParams,
  regroupPeriodJob,
  repricePeriodJob,
  requireRegionAuthority,
} from './period-jobs';

@ObjectType('PeriodJobPayload', {
  simpleResolvers: true,
  description: 'The result of regroupPeriod / repricePeriod: the job started (后台任务).',
})
export class PeriodJobPayload {
  @Field(() => JobRun, {
    description: 'The job, QUEUED; follow its progress (done of total days) with job(id).',
  })
  job!: JobRun;
}

/**
 * Starts a period job for a region: validates the period (BAD_USER_INPUT), checks the caller is
 * the region or its province (FORBIDDEN), then enqueues in the request's transaction.
 */
async function startPeriodJob(
  ctx: RequestContext,
  definition: AnyJobDefinition,
  raw: { regionCode: string; from: string; to: string },
): Promise<PeriodJobPayload> {
  const params = parsePeriodParams(raw);
  requireRegionAuthority(ctx.principal, params.regionCode);
  const id = await enqueueJob(ctx, definition, params);
  return { job: (await findJobByKey(ctx, id)) as JobRun };
}

@Resolver()
export class PeriodJobResolver {
  @Authorized(ADMIN_ROLE)
  @Mutation(() => PeriodJobPayload, {
    description:
      'Re-prices a region’s discharge period (重新计价) with the payment standards in force, as a background job: day by day, each day’s payments (and unpriced records) of the current revisions replaced; a chunk is one day, or a few consecutive days for a period over 60 days (at most 60 chunks). The region itself or its province, with the ADMIN role; at most 366 days.',
  })
  repricePeriod(
    @Arg('regionCode', { description: 'The treatment-site region (就医地统筹区), 6 digits.' })
    regionCode: string,
    @Arg('from', () => DateScalar, { description: 'First discharge day (China time), included.' })
    from: string,
    @Arg('to', () => DateScalar, { description: 'Last discharge day (China time), included.' })
    to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PeriodJobPayload> {
    return startPeriodJob(ctx, repricePeriodJob, { regionCode, from, to });
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PeriodJobPayload, {
    description:
      'Re-groups a region’s discharge period (重新分组) with the catalogs in force — after a catalog or rule package was corrected — and re-prices it, as a background job, day by day (a chunk is one day, or a few consecutive days for a period over 60 days). A changed grouping is rewritten on the current revision, the old and new result kept in CaseRevision.regroupings. The region itself or its province, with the ADMIN role; at most 366 days.',
  })
  regroupPeriod(
    @Arg('regionCode', { description: 'The treatment-site region (就医地统筹区), 6 digits.' })
    regionCode: string,
    @Arg('from', () => DateScalar, { description: 'First discharge day (China time), included.' })
    from: string,
    @Arg('to', () => DateScalar, { description: 'Last discharge day (China time), included.' })
    to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PeriodJobPayload> {
    return startPeriodJob(ctx, regroupPeriodJob, { regionCode, from, to });
  }
}
