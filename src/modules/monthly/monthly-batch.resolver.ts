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
import { MonthlyBatch, MonthlyBatchLine } from './monthly-batch.types';
import {
  batchLines,
  closeMonthlySettlement,
  computeMonthlySettlement,
  findMonthlyBatch,
  listMonthlyBatches,
} from './monthly-batch.service';

@ObjectType('ComputeMonthlySettlementPayload', {
  description: 'The batch being computed and the job computing it.',
})
class ComputeMonthlySettlementPayload {
  @Field(() => MonthlyBatch, { description: 'The OPEN batch (its figures once the job is done).' })
  batch!: MonthlyBatch;

  @Field(() => JobRun, { description: 'The job computing it: follow its progress with `job(id)`.' })
  job!: JobRun;
}

@ObjectType('CloseMonthlySettlementPayload', { description: 'The batch, now CLOSED.' })
class CloseMonthlySettlementPayload {
  @Field(() => MonthlyBatch, { description: 'The closed batch.' })
  batch!: MonthlyBatch;
}

const REGION = { description: 'Pooling region (统筹地区) code.' } as const;
const MONTH = { description: 'The month, `YYYY-MM` (结算月份).' } as const;

@Resolver(() => MonthlyBatch)
export class MonthlyBatchResolver {
  @Query(() => MonthlyBatch, {
    nullable: true,
    description:
      'A region’s monthly settlement batch (月度结算批次) of a month; null when there is none or it is not visible (the region, its hospitals, its province and NATIONAL see it).',
  })
  monthlySettlement(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('month', MONTH) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return findMonthlyBatch(ctx, regionCode, month);
  }

  @Query(() => [MonthlyBatch], {
    description: 'A region’s monthly settlement batches of a year, in month order (at most 12).',
  })
  monthlySettlements(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, { description: 'The year (年度).' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return listMonthlyBatches(ctx, regionCode, year);
  }

  @FieldResolver(() => [MonthlyBatchLine], {
    description:
      'The batch’s lines, one per hospital (by code); a hospital sees its own line only. At most one per hospital of the region.',
  })
  lines(
    @Root() batch: MonthlyBatch,
    @Arg('hospitalCode', () => String, { nullable: true, description: 'Only this hospital.' })
    hospitalCode: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return batchLines(ctx, batch, hospitalCode);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => ComputeMonthlySettlementPayload, {
    description:
      'Computes (or recomputes) the region’s monthly settlement of a month as a job (月度结算): the cases discharged in the month and late ones, corrections of cases paid by closed batches, paid per hospital at the budget’s terms. Region only (ADMIN); months in order; a closed month → CONFLICT.',
  })
  computeMonthlySettlement(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('month', MONTH) month: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ComputeMonthlySettlementPayload> {
    return computeMonthlySettlement(ctx, regionCode, month);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CloseMonthlySettlementPayload, {
    description:
      'Closes a computed monthly batch for good (关账); the database refuses any later change. Closing twice → CONFLICT.',
  })
  async closeMonthlySettlement(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('month', MONTH) month: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CloseMonthlySettlementPayload> {
    return { batch: await closeMonthlySettlement(ctx, regionCode, month) };
  }
}
