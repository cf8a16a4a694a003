import { registerEnumType } from 'type-graphql';

/** Where a background job is (job_run.status). */
export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(JobStatus, {
  name: 'JobStatus',
  description: 'Where a background job is (任务状态).',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker (排队中).' },
    RUNNING: { description: 'Planned and running chunk by chunk (运行中).' },
    SUCCEEDED: { description: 'Every chunk done (已完成).' },
    FAILED: { description: 'Stopped by an error; `error` says which (失败).' },
    CANCELLED: { description: 'Cancelled by its starter; finished chunks stay (已取消).' },
  },
});
