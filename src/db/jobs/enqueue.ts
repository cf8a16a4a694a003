import type { ClientBase } from 'pg';
import { Scope, type Principal } from '../../modules/identity';
import { CodedError } from '../../shared/errors';
import { sqlClientOf } from '../bulk-sql';
import type { EntityManager } from '../orm';
import type { JobDefinition } from './job-definition';
import { sendJobMessage } from './job-queue';

/** What enqueueing needs of a request (a RequestContext has both). */
export interface EnqueueScope {
  /** EntityManager bound to the caller's open tenant transaction. */
  readonly em: EntityManager;
  /** The caller, whose settings that transaction carries. */
  readonly principal: Principal;
}

/**
 * Starts a job: validates `params` with the definition, writes the job_run row (status QUEUED,
 * the caller's claims as its starter) and the library's first message, both in the caller's
 * transaction — a request that rolls back enqueues nothing. Returns the job_run id.
 *
 * The row's insert policy accepts only a starter equal to the transaction's settings, so this
 * cannot start a job as anybody else; a hospital's job is filed under its region (which must be
 * registered). Call it from a mutation's service, after its own checks.
 */
export async function enqueueJob<P>(
  scope: EnqueueScope,
  definition: JobDefinition<P>,
  params: unknown,
): Promise<string> {
  const parsed = definition.parse(params);
  const principal = scope.principal;
  const client = await sqlClientOf(scope.em);
  let id: string;
  try {
    // a savepoint: a refused insert must leave the caller's transaction usable
    await client.query('savepoint enqueue_job');
    const region = await regionOf(client, principal);
    const { rows } = await client.query<{ id: string }>(
      `insert into job_run (kind, parameters, started_by_subject, started_by_scope,
         started_by_code, started_by_roles, province_code, region_code)
       values ($1, $2::jsonb, $3, $4, $5, $6::text[], $7, $8)
       returning id`,
      [
        definition.kind,
        JSON.stringify(parsed ?? null),
        principal.subject,
        principal.scope,
        principal.code,
        [...principal.roles],
        principal.provinceCode ?? '', // NATIONAL: '' as in its settings
        region,
      ],
    );
    id = rows[0].id;
    await sendJobMessage(client, definition, {
      run: id,
      chunk: 0,
      as: {
        scope: principal.scope,
        code: principal.code,
        province: principal.provinceCode ?? '',
      },
    });
    await client.query('release savepoint enqueue_job');
  } catch (error) {
    await client.query('rollback to savepoint enqueue_job');
    throw translateEnqueueError(error);
  }
  return id;
}

/** The region a job is filed under: a region's own code, a hospital's region, else none. */
async function regionOf(client: ClientBase, principal: Principal): Promise<string | null> {
  if (principal.scope === Scope.REGION) return principal.code;
  if (principal.scope !== Scope.HOSPITAL) return null;
  // the hospital's own registry row, read under the caller's settings
  const { rows } = await client.query<{ region_code: string }>(
    'select region_code from hospital where code = $1',
    [principal.code],
  );
  if (!rows[0])
    throw new CodedError(
      'PRECONDITION_FAILED',
      'The hospital is not registered and cannot start jobs',
      'UNKNOWN_STARTER',
    );
  return rows[0].region_code;
}

function translateEnqueueError(error: unknown): unknown {
  switch ((error as { code?: string }).code) {
    case '42501': // row-level security: the starter is not the transaction's principal
      return new CodedError(
        'FORBIDDEN',
        'A job can only be started as the caller itself',
        'JOB_STARTER_MISMATCH',
      );
    default:
      return error;
  }
}
