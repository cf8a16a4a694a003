import type { ClientBase } from 'pg';
import type { Logger } from 'pino';
import type { Principal } from '../../modules/identity';
import type { EntityManager } from '../orm';
import type { SqlRunner } from '../tenant-transaction';

/**
 * What a job's `plan` and `runChunk` get: the job, its parsed parameters, the principal that
 * started it, and the handles of the ONE tenant transaction the call runs in — opened with the
 * starter's settings, so row-level security applies exactly as in the starter's own request.
 * Everything written through `em` or `client()` commits together with the job's progress, or
 * not at all.
 */
export interface JobContext<P> {
  /** The job_run id. */
  readonly runId: string;
  readonly kind: string;
  readonly params: P;
  /** The principal that started the job, rebuilt from the claims stored with it. */
  readonly startedBy: Principal;
  /** EntityManager fork bound to this transaction (made on first use, flushed before commit). */
  readonly em: EntityManager;
  /** Parameterised `select` statements on this transaction (no ORM hydration). */
  readonly query: SqlRunner;
  /** The transaction's `pg` client, for set-based writes (`insertFromUnnest`, `upsert`, …). */
  client(): Promise<ClientBase>;
  readonly log: Logger;
}

/**
 * A kind of background job, as a module defines it (`defineJob`). The work is cut into chunks,
 * numbered 0 … total − 1, and run one after another:
 *
 * - `parse(raw)` validates the parameters (at enqueue time, and again before every chunk from
 *   the stored JSON); throw a CodedError (`badInput`) to refuse them.
 * - `plan(ctx)` returns the number of chunks. It runs once, in the transaction of chunk 0, so
 *   it may read (e.g. count a period's cases) but should not write.
 * - `runChunk(ctx, index)` does chunk `index`. The framework commits its writes in the same
 *   transaction that advances `done` to `index + 1`, so a chunk whose transaction committed is
 *   never run again, and one that did not (crash, error) left nothing behind and runs again.
 *
 * The chunk contract: a chunk is a pure function of (parameters, index, what the starter can
 * see); it writes only through `ctx` (never another connection, never outside the database),
 * keeps its writes idempotent by natural keys (`upsert` on the result's key, or delete-then-insert
 * of the chunk's own key range) so that a job started again over the same period replaces its
 * results instead of adding to them, and stays well under `chunkTimeoutSeconds`.
 */
export interface JobDefinition<P> {
  /** Stable name, stored with every job (`grouping.regroup-period`): lower case, `a-z0-9._-`. */
  readonly kind: string;
  parse(raw: unknown): P;
  plan(ctx: JobContext<P>): Promise<number>;
  runChunk(ctx: JobContext<P>, index: number): Promise<void>;
  /**
   * How long one chunk may take. A chunk still unfinished after this long is presumed lost
   * (its worker crashed) and is run again by another worker, so this is also how soon a crashed
   * job resumes. Default 300.
   */
  readonly chunkTimeoutSeconds: number;
  /**
   * How often an unexpected failure (database gone, deadlock, a bug) of one chunk is retried,
   * with exponential backoff from `retryDelaySeconds`, before the job is FAILED. A CodedError
   * thrown by the job fails it at once (retrying would only repeat it). Defaults 5 and 10.
   */
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
}

export type JobSpec<P> = Pick<JobDefinition<P>, 'kind' | 'parse' | 'plan' | 'runChunk'> &
  Partial<Pick<JobDefinition<P>, 'chunkTimeoutSeconds' | 'retryLimit' | 'retryDelaySeconds'>>;

/** Any job definition, whatever its parameters (the worker's registry holds these). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<any>;

const KIND = /^[a-z][a-z0-9_.-]{0,99}$/;

/**
 * Defines a kind of job. A module exports the result from its index.ts (the wiring hands every
 * module's definitions to the worker) and enqueues it from a mutation with `enqueueJob`.
 *
 * ```ts
 * export const regroupPeriod = defineJob({
 *   kind: 'grouping.regroup-period',
 *   parse: (raw) => parsePeriod(raw),              // throws badInput(…)
 *   plan: async (ctx) => Math.ceil((await countCases(ctx)) / 5000),
 *   runChunk: async (ctx, i) => regroupSlice(ctx, i * 5000, 5000),  // upsert by case id
 * });
 * ```
 */
export function defineJob<P>(spec: JobSpec<P>): JobDefinition<P> {
  if (!KIND.test(spec.kind)) throw new Error(`invalid job kind "${spec.kind}"`);
  const definition: JobDefinition<P> = {
    kind: spec.kind,
    parse: spec.parse,
    plan: spec.plan,
    runChunk: spec.runChunk,
    chunkTimeoutSeconds: spec.chunkTimeoutSeconds ?? 300,
    retryLimit: spec.retryLimit ?? 5,
    retryDelaySeconds: spec.retryDelaySeconds ?? 10,
  };
  if (
    !Number.isInteger(definition.chunkTimeoutSeconds) ||
    definition.chunkTimeoutSeconds < 1 ||
    definition.chunkTimeoutSeconds >= 86_400
  )
    throw new Error(`job ${spec.kind}: chunkTimeoutSeconds must be an integer in [1, 86399]`);
  if (!Number.isInteger(definition.retryLimit) || definition.retryLimit < 0)
    throw new Error(`job ${spec.kind}: retryLimit must be a non-negative integer`);
  if (!Number.isInteger(definition.retryDelaySeconds) || definition.retryDelaySeconds < 0)
    throw new Error(`job ${spec.kind}: retryDelaySeconds must be a non-negative integer`);
  return Object.freeze(definition);
}
