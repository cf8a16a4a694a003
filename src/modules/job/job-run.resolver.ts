import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/relay';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { ADMIN_ROLE } from '../identity';
import { JobRun } from './job-run.entity';
import { cancelJob, findJob, listJobs } from './job-run.service';
import { JobConnection } from './job.connections';
import { CancelJobPayload, JobFilter } from './job.inputs';

@Resolver(() => JobRun)
export class JobRunResolver {
  @Query(() => JobRun, {
    nullable: true,
    description:
      'A background job by ID (后台任务), with its progress; null when absent or not visible.',
  })
  job(
    @Arg('id', () => ID, { description: 'Global ID of the job.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return findJob(ctx, id);
  }

  @Query(() => JobConnection, {
    description:
      'Background jobs the caller can see (后台任务列表), oldest first: NATIONAL all; a province its province’s; a region its own and its hospitals’; a hospital its own.',
  })
  jobs(
    @Args() page: PageArgs,
    @Arg('filter', () => JobFilter, {
      nullable: true,
      description: 'Conditions every listed job meets (筛选条件).',
    })
    filter: JobFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listJobs(ctx, page, filter, selection);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CancelJobPayload, {
    description:
      'Cancels a queued or running job (取消任务); only the principal that started it may, with the ADMIN role. The chunk in progress finishes; no further chunk runs.',
  })
  async cancelJob(
    @Arg('id', () => ID, { description: 'Global ID of the job.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CancelJobPayload> {
    return { job: await cancelJob(ctx, id) };
  }
}
