import type { ClientBase } from 'pg';
import PgBoss from 'pg-boss';
import { isUuid } from '../../shared/ids';
import type { TenantSettings } from '../tenant-transaction';
import type { AnyJobDefinition } from './job-definition';

/** The library's schema and our two queues (created by Migration20261202110000_jobs). */
export const QUEUE_SCHEMA = 'pgboss';
export const JOB_QUEUE = 'yibao_jobs';
/** Messages the library gave up on (retries exhausted, expired too often): their jobs FAIL. */
export const DEAD_LETTER_QUEUE = 'yibao_jobs_dead';

/**
 * One queued message: "run chunk `chunk` of job_run `run`, as `as`". The settings are only a
 * claim: before running anything the worker opens a transaction with them and requires the
 * job_run row to be visible AND to name exactly this principal as its starter (which its insert
 * policy guaranteed when the row was written), so a forged message runs nothing.
 */
export interface JobMessage {
  readonly run: string;
  readonly chunk: number;
  readonly as: TenantSettings;
}

export function parseJobMessage(data: unknown): JobMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { run, chunk, as } = data as Record<string, unknown>;
  if (typeof run !== 'string' || !isUuid(run) || !Number.isInteger(chunk) || (chunk as number) < 0)
    return;
  if (typeof as !== 'object' || as === null) return undefined;
  const { scope, code, province } = as as Record<string, unknown>;
  if (typeof scope !== 'string' || typeof code !== 'string' || typeof province !== 'string')
    return undefined;
  return { run, chunk: chunk as number, as: { scope, code, province } };
}

/**
 * The library as a statement builder only: it sends through the connection it is given (the
 * caller's transaction) and never opens a pool or a timer of its own.
 */
const sender = new PgBoss({
  schema: QUEUE_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('job messages are sent on a given transaction')),
  },
});

/**
 * Queues a message on `client`, inside the caller's open transaction: it becomes visible to
 * workers when that transaction commits, and vanishes with it on rollback.
 */
export async function sendJobMessage(
  client: ClientBase,
  definition: AnyJobDefinition,
  message: JobMessage,
): Promise<void> {
  await sender.send(JOB_QUEUE, message as unknown as object, {
    db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) },
    expireInSeconds: definition.chunkTimeoutSeconds,
    retryLimit: definition.retryLimit,
    retryDelay: definition.retryDelaySeconds,
    retryBackoff: definition.retryDelaySeconds > 0,
  });
}
