/** Background jobs on a PostgreSQL queue (pg-boss): definitions, enqueueing, the runner. */
export {
  defineJob,
  type AnyJobDefinition,
  type JobContext,
  type JobDefinition,
  type JobSpec,
} from './job-definition';
export { enqueueJob, type EnqueueScope } from './enqueue';
export { JobRunner, type JobRunnerOptions } from './job-runner';
export { JOB_QUEUE, DEAD_LETTER_QUEUE, QUEUE_SCHEMA } from './job-queue';
