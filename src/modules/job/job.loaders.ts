import type DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context';
import {
  entityByKeyLoader,
  entitySource,
  PageLoaders,
  type ConnectionSource,
} from '../../graphql/page-loaders';
import { JobRun } from './job-run.entity';

/** The job module's loaders for one request. */
export class JobLoaders {
  readonly byUuid: DataLoader<string, JobRun | null>;
  private source: ConnectionSource<JobRun> | undefined;

  constructor(private readonly ctx: RequestContext) {
    this.byUuid = entityByKeyLoader(ctx, JobRun, {
      table: 'job_run',
      key: 'id',
      keyOf: (job) => job.uuid,
    });
  }

  /** Every job the caller can see (RLS decides), oldest first. */
  jobs(): ConnectionSource<JobRun> {
    return (this.source ??= entitySource(this.ctx, JobRun, {
      table: 'job_run',
      sortKey: 'seq',
      keyFields: ['seq'],
      computed: { id: ['uuid'], error: ['errorCode', 'errorReason', 'errorMessage'] },
      cursorOf: (job) => String(job.seq),
    }));
  }

  /** After a write: the job is read again, and cached pages are dropped. */
  written(uuid: string): void {
    this.byUuid.clear(uuid);
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

export const jobLoaders = (ctx: RequestContext): JobLoaders => ctx.loaders.for(JobLoaders);
