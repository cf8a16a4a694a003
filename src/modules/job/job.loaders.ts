import DataLoader from 'dataloader';
import { entityColumns, readOnlyPrototype } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { entitySource, PageLoaders, type ConnectionSource } from '../../graphql/page-loaders';
import { JobRun } from './job-run.entity';

/** The job module's loaders for one request. */
export class JobLoaders {
  readonly byUuid: DataLoader<string, JobRun | null>;
  private source: ConnectionSource<JobRun> | undefined;

  constructor(private readonly ctx: RequestContext) {
    this.byUuid = jobsByUuid(ctx);
  }

  /** Every job the caller can see (RLS decides), oldest first. */
  jobs(): ConnectionSource<JobRun> {
    return (this.source ??= entitySource(this.ctx, JobRun, {
      table: 'job_run',
      sortKey: 'seq',
      keyFields: ['seq'],
      computed: {
        id: ['uuid'],
        provinceCode: ['provinceKey'],
        parameters: ['params'],
        error: ['errorCode', 'errorReason', 'errorMessage'],
      },
      cursorOf: (job) => String(job.seq),
    }));
  }

  /** After a write: the job is read again, and cached pages are dropped. */
  written(uuid: string): void {
    this.byUuid.clear(uuid);
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

let selectText: string | undefined;

/** Jobs by uuid, one `= any($1::uuid[])` statement per batch, read-only instances. */
function jobsByUuid(ctx: RequestContext): DataLoader<string, JobRun | null> {
  selectText ??= `select ${[...entityColumns(ctx.metadata, JobRun)]
    .map(([property, column]) => `t.${column} as "${property}"`)
    .join(', ')} from job_run t where t.id = any($1::uuid[])`;
  const text = selectText;
  const prototype = readOnlyPrototype(ctx.metadata, JobRun);
  return new DataLoader<string, JobRun | null>(async (keys) => {
    const rows = await ctx.sql(text, [keys], { prepared: true });
    const byKey = new Map<string, JobRun>();
    for (const row of rows) {
      const job = Object.setPrototypeOf(row, prototype) as JobRun;
      byKey.set(job.uuid, job);
    }
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export const jobLoaders = (ctx: RequestContext): JobLoaders => ctx.loaders.for(JobLoaders);
