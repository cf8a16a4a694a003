import type { ClientBase } from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { provinceOf, type Principal, type Scope } from '../../modules/identity';
import { CodedError, type ErrorCode } from '../../shared/errors';
import { sqlClientOf } from '../bulk-sql';
import type { MikroORM } from '../orm';
import { inTenantTransaction, type TenantSettings } from '../tenant-transaction';
import type { AnyJobDefinition, JobContext } from './job-definition';
import {
  DEAD_LETTER_QUEUE,
  JOB_QUEUE,
  parseJobMessage,
  QUEUE_SCHEMA,
  sendJobMessage,
  type JobMessage,
} from './job-queue';

export interface JobRunnerOptions {
  /** The application ORM (RLS-bound role): every chunk runs in one of its tenant transactions. */
  readonly orm: MikroORM;
  /** The application role's connection string, for the library's own small pool. */
  readonly connectionString: string;
  /** Every job kind this worker runs (the modules' definitions, from the wiring). */
  readonly definitions: readonly AnyJobDefinition[];
  readonly log: Logger;
  /** Chunks run at the same time in this process. */
  readonly concurrency: number;
  /** How often an idle worker looks for work. */
  readonly pollingIntervalSeconds: number;
  /** How often the library expires lost chunks (crashed workers) and archives old messages. */
  readonly maintenanceIntervalSeconds: number;
}

interface StoredJob {
  id: string;
  kind: string;
  parameters: unknown;
  status: string;
  done: number;
  total: number | null;
  started_by_subject: string;
  started_by_scope: string;
  started_by_code: string;
  started_by_roles: string[];
  province_code: string;
}

const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

/** Why a message ran nothing. */
type Skipped = 'invisible' | 'forged' | 'finished' | 'stale';

/** A failure recorded on the job: code from the fixed list, a reason, a message for people. */
interface JobFailure {
  code: ErrorCode;
  reason: string;
  message: string;
}

/**
 * Runs queued jobs: takes messages from the library's queue, and for each runs one chunk in one
 * tenant transaction opened with the job's stored starter, advancing `done` and queueing the next
 * chunk's message in that same transaction. A worker killed mid-chunk leaves the chunk
 * uncommitted; the library expires its message after the kind's `chunkTimeoutSeconds` and
 * another worker runs the chunk again. Duplicate or stale messages (a retried message whose chunk
 * did commit) find `done` past their chunk, under the row's lock, and do nothing.
 */
export class JobRunner {
  private readonly definitions: ReadonlyMap<string, AnyJobDefinition>;
  private readonly workerIds: string[] = [];
  private readonly endListeners = new Set<(runId: string) => void>();
  private stopping: Promise<void> | undefined;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobRunnerOptions,
  ) {
    const byKind = new Map<string, AnyJobDefinition>();
    for (const definition of options.definitions) {
      if (byKind.has(definition.kind))
        throw new Error(`job kind "${definition.kind}" is defined twice`);
      byKind.set(definition.kind, definition);
    }
    this.definitions = byKind;
  }

  /** Starts polling; the queue's schema must exist (migrations install it). */
  static async start(options: JobRunnerOptions): Promise<JobRunner> {
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: QUEUE_SCHEMA,
      application_name: 'yibao-graph-jobs',
      max: Math.max(2, options.concurrency + 1),
      // migrations (as the owner) install and upgrade the schema; the app role cannot
      migrate: false,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    });
    const runner = new JobRunner(boss, options);
    boss.on('error', (error: unknown) =>
      options.log.warn({ err: error }, 'job queue: library error'),
    );
    await boss.start();
    const work = {
      pollingIntervalSeconds: options.pollingIntervalSeconds,
      includeMetadata: true as const,
    };
    for (let i = 0; i < options.concurrency; i++) {
      const worker: { id?: string } = {};
      worker.id = await boss.work<unknown>(JOB_QUEUE, work, async ([job]) => {
        await runner.handle(job);
        // the queue had work, so it may have more (this job's next chunk, or jobs queued while
        // this one ran): fetch again now instead of after the polling interval; a fetch that
        // finds nothing sleeps for the interval as usual
        if (worker.id) boss.notifyWorker(worker.id);
      });
      runner.workerIds.push(worker.id);
    }
    await boss.work<unknown>(DEAD_LETTER_QUEUE, work, async ([job]) => runner.abandoned(job));
    return runner;
  }

  /**
   * Has every worker of this runner look for messages now instead of after its polling interval:
   * for a caller that has just committed jobs and waits for them (the demo year, benchmarks). A
   * busy worker looks as soon as its chunk is done.
   */
  wake(): void {
    for (const id of this.workerIds) this.boss.notifyWorker(id);
  }

  /**
   * Calls `listener` with a job's id once this runner has committed the job's end (its last chunk,
   * or its failure); returns the unsubscribe. Only this process's worker reports here: a caller
   * waiting for a job another worker may run reads the job row as well.
   */
  onJobEnded(listener: (runId: string) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  private ended(runId: string): void {
    for (const listener of this.endListeners) listener(runId);
  }

  /**
   * Stops taking messages, waits up to `timeoutMs` for chunks in progress to commit, then closes
   * the library's pool. A chunk still running then is left to expire and run elsewhere.
   */
  stop(timeoutMs = 30_000): Promise<void> {
    return (this.stopping ??= this.boss.stop({ graceful: true, timeout: timeoutMs, wait: true }));
  }

  /** One message: returns whether a next chunk was queued. */
  private async handle(job: PgBoss.JobWithMetadata<unknown>): Promise<boolean> {
    const message = parseJobMessage(job.data);
    const log = this.options.log;
    if (!message) {
      log.warn({ messageId: job.id }, 'job queue: unreadable message dropped');
      return false;
    }
    try {
      const outcome = await this.runChunk(message);
      if (typeof outcome === 'string') {
        // forged or invisible: the message's principal is not the job's starter
        if (outcome === 'forged' || outcome === 'invisible')
          log.warn({ job: message.run, outcome }, 'job queue: message refused');
        return false;
      }
      if (!outcome.queuedNext) this.ended(message.run);
      return outcome.queuedNext;
    } catch (error) {
      const failure = knownFailure(error);
      const lastAttempt = job.retryCount >= job.retryLimit;
      if (!failure && !lastAttempt) {
        log.warn(
          { err: error, job: message.run, chunk: message.chunk, attempt: job.retryCount + 1 },
          'job chunk failed; the queue retries it',
        );
        // the library stores what it is given: no SQL, values or stack in its tables either
        throw new Error('chunk failed');
      }
      log.error({ err: error, job: message.run, chunk: message.chunk }, 'job failed');
      await this.fail(
        message,
        failure ??
          (error instanceof UnknownJobKind
            ? {
                code: 'INTERNAL_SERVER_ERROR',
                reason: 'UNKNOWN_JOB_KIND',
                message: `No worker knows job kind "${error.kind}"`,
              }
            : {
                code: 'INTERNAL_SERVER_ERROR',
                reason: 'CHUNK_FAILED',
                message: `Chunk ${message.chunk} failed ${job.retryCount + 1} times; the job is stopped`,
              }),
      );
      this.ended(message.run);
      return false;
    }
  }

  /** A message the library gave up on: its job is FAILED (unless it already finished). */
  private async abandoned(job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const message = parseJobMessage(job.data);
    if (!message) return;
    this.options.log.error({ job: message.run, chunk: message.chunk }, 'job abandoned');
    await this.fail(message, {
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'JOB_ABANDONED',
      message: `Chunk ${message.chunk} did not finish in time, repeatedly; the job is stopped`,
    });
    this.ended(message.run);
  }

  private async runChunk(message: JobMessage): Promise<Skipped | { queuedNext: boolean }> {
    return inTenantTransaction(this.options.orm, message.as, async (tx) => {
      const client = await sqlClientOf(tx.em);
      const stored = await lockJob(client, message);
      if (typeof stored === 'string') return stored;
      if (stored.done !== message.chunk) return 'stale';
      const definition = this.definitions.get(stored.kind);
      if (!definition) throw new UnknownJobKind(stored.kind);
      const ctx: JobContext<unknown> = {
        runId: stored.id,
        kind: stored.kind,
        params: definition.parse(stored.parameters),
        startedBy: principalOf(stored),
        get em() {
          return tx.em;
        },
        query: tx.query,
        client: () => sqlClientOf(tx.em),
        log: this.options.log.child({ job: stored.id, kind: stored.kind }),
      };

      let total = stored.total;
      if (total === null) {
        total = await definition.plan(ctx);
        if (!Number.isInteger(total) || total < 0 || total > 2_000_000_000)
          throw new Error(`job ${stored.kind}: plan() returned ${total}, not a chunk count`);
        await client.query(
          `update job_run set total = $2, status = 'RUNNING', started_at = now() where id = $1`,
          [stored.id, total],
        );
      }
      if (total > message.chunk) await definition.runChunk(ctx, message.chunk);
      const done = Math.min(message.chunk + 1, total);
      const finished = done >= total;
      await client.query(
        `update job_run set done = $2, status = $3::text,
           finished_at = case when $3::text = 'SUCCEEDED' then now() end
         where id = $1`,
        [stored.id, done, finished ? 'SUCCEEDED' : 'RUNNING'],
      );
      if (!finished)
        await sendJobMessage(client, definition, { ...message, chunk: message.chunk + 1 });
      return { queuedNext: !finished };
    });
  }

  /**
   * Records a failure on the job, under its starter's settings — unless it already finished, or
   * the failed chunk did commit after all (a chunk that outlived its timeout and finished late):
   * then the job has moved on and the failure is not its.
   */
  private async fail(message: JobMessage, failure: JobFailure): Promise<void> {
    await inTenantTransaction(this.options.orm, message.as, async (tx) => {
      const client = await sqlClientOf(tx.em);
      const stored = await lockJob(client, message);
      if (typeof stored === 'string' || stored.done > message.chunk) return;
      await client.query(
        `update job_run set status = 'FAILED', error_code = $2, error_reason = $3,
           error_message = $4, finished_at = now()
         where id = $1`,
        [stored.id, failure.code, failure.reason.slice(0, 60), failure.message.slice(0, 500)],
      );
    });
  }
}

/**
 * The job row, locked for this transaction, if these settings may run it: visible under them
 * (RLS) and started by exactly this principal. The lock serialises duplicate messages and a
 * concurrent cancelJob.
 */
async function lockJob(client: ClientBase, message: JobMessage): Promise<StoredJob | Skipped> {
  const { rows } = await client.query<StoredJob>(
    `select id, kind, parameters, status, done, total, started_by_subject, started_by_scope,
       started_by_code, started_by_roles, province_code
     from job_run where id = $1::uuid for update`,
    [message.run],
  );
  const stored = rows[0];
  if (!stored) return 'invisible';
  if (!sameStarter(stored, message.as)) return 'forged';
  if (FINISHED.has(stored.status)) return 'finished';
  return stored;
}

function sameStarter(stored: StoredJob, as: TenantSettings): boolean {
  return (
    stored.started_by_scope === as.scope &&
    stored.started_by_code === as.code &&
    stored.province_code === as.province
  );
}

function principalOf(stored: StoredJob): Principal {
  const scope = stored.started_by_scope as Scope;
  return Object.freeze({
    subject: stored.started_by_subject,
    scope,
    code: stored.started_by_code,
    provinceCode: provinceOf(scope, stored.started_by_code),
    roles: Object.freeze([...stored.started_by_roles]),
  });
}

/**
 * A job kind this worker does not run: retried like any unexpected failure, since during a
 * rolling deployment a worker of the newer version may take the message next.
 */
class UnknownJobKind extends Error {
  constructor(readonly kind: string) {
    super(`no worker here knows job kind "${kind}"`);
  }
}

/** A coded error a job threw on purpose: it fails the job at once (a retry would repeat it). */
function knownFailure(error: unknown): JobFailure | undefined {
  if (!(error instanceof CodedError)) return undefined;
  if (error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'SERVICE_UNAVAILABLE')
    return undefined;
  return { code: error.code, reason: error.reason ?? error.code, message: error.message };
}
