import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { coOwnedPolicies, quoteIdentifier } from '../../migrations/support/policies';
import { badInput, CodedError } from '../../src/shared/errors';
import { roleNamesFor } from '../../src/db/role-names';
import { defineJob, inTenantTransaction, enqueueJob, type MikroORM } from '../../src/db';
import { rlsSettings, type Principal, Scope } from '../../src/modules/identity';

/**
 * Test-only job kinds and their tables. Production job kinds arrive with their modules; these
 * exercise the framework: a job that reads a co-owned table under its starter's settings and
 * writes one row per chunk, with no unique key on the output — so a chunk that ran twice would
 * show as a duplicate row.
 */
export interface ProbeParams {
  chunks: number;
  /** How long each chunk sleeps (so a test can kill a worker mid-job). */
  delayMs: number;
  /** Throw an unexpected error from this chunk (retried, then the job fails). */
  failAt?: number;
  /** Throw a coded error from this chunk (the job fails at once). */
  refuseAt?: number;
}

function parseProbe(raw: unknown): ProbeParams {
  const value = raw as Partial<ProbeParams> | null;
  if (!value || !Number.isInteger(value.chunks) || value.chunks! < 0 || value.chunks! > 1000)
    throw badInput('chunks must be an integer in [0, 1000]', 'chunks');
  if (!Number.isInteger(value.delayMs) || value.delayMs! < 0 || value.delayMs! > 10_000)
    throw badInput('delayMs must be an integer in [0, 10000]', 'delayMs');
  for (const key of ['failAt', 'refuseAt'] as const)
    if (value[key] !== undefined && !Number.isInteger(value[key]))
      throw badInput(`${key} must be an integer`, key);
  return {
    chunks: value.chunks!,
    delayMs: value.delayMs!,
    failAt: value.failAt,
    refuseAt: value.refuseAt,
  };
}

export const probeJob = defineJob<ProbeParams>({
  kind: 'test.probe',
  parse: parseProbe,
  chunkTimeoutSeconds: 3,
  retryLimit: 3,
  retryDelaySeconds: 0,
  plan: async (ctx) => ctx.params.chunks,
  runChunk: async (ctx, index) => {
    if (ctx.params.delayMs) await sleep(ctx.params.delayMs);
    if (ctx.params.refuseAt === index)
      throw new CodedError('PRECONDITION_FAILED', 'The period is closed', 'PERIOD_CLOSED');
    if (ctx.params.failAt === index)
      throw new Error(`select secret from somewhere -- chunk ${index}`);
    // what the starter can see of the co-owned source table (RLS decides)
    const [seen] = await ctx.query<{ rows: number; regions: string; amount: string }>(
      `select count(*)::int as rows,
         coalesce(string_agg(distinct treatment_region_code, ',' order by treatment_region_code), '') as regions,
         coalesce(sum(amount), 0)::text as amount
       from job_test_source`,
    );
    const client = await ctx.client();
    await client.query(
      `insert into job_test_output (run_id, chunk, seen_rows, seen_regions, amount, province_code)
       values ($1, $2, $3, $4, $5::numeric * ($2 + 1), $6)`,
      // a national job's rows are filed under '' (its settings' province)
      [ctx.runId, index, seen.rows, seen.regions, seen.amount, ctx.startedBy.provinceCode ?? ''],
    );
  },
});

export const testJobs = [probeJob];

/** Creates the probe's tables as the owner: a co-owned source and an output per province. */
export async function createProbeTables(ownerUrl: string, databaseName: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const app = quoteIdentifier(roleNamesFor(databaseName).app);
  try {
    await client.query(`
create table job_test_source (
  id serial primary key,
  province_code varchar(6) not null,
  hospital_code varchar(12) not null,
  treatment_region_code varchar(6) not null,
  insured_region_code varchar(6) not null,
  amount integer not null
);
${coOwnedPolicies('job_test_source', { appRole: app })}
insert into job_test_source (province_code, hospital_code, treatment_region_code, insured_region_code, amount) values
  ('510000', 'H51010000001', '510100', '510100', 100),
  ('510000', 'H51010000002', '510100', '510100', 200),
  ('510000', 'H51030000001', '510300', '510300', 7000),
  ('520000', 'H52010000001', '520100', '520100', 90000);
create table job_test_output (
  run_id uuid not null,
  chunk integer not null,
  seen_rows integer not null,
  seen_regions text not null,
  amount numeric not null,
  province_code varchar(6) not null
);
alter table job_test_output enable row level security;
alter table job_test_output force row level security;
create policy job_test_output_all on job_test_output
  using (province_code = (select current_setting('app.province', true)))
  with check (province_code = (select current_setting('app.province', true)));
grant select, insert on job_test_output to ${app};
`);
  } finally {
    await client.end();
  }
}

export function principal(scope: Scope, code: string, provinceCode?: string): Principal {
  return {
    subject: `test-${code}`,
    scope,
    code,
    provinceCode:
      scope === Scope.NATIONAL
        ? undefined
        : (provinceCode ?? `${code.replace(/^H/, '').slice(0, 2)}0000`),
    roles: ['ADMIN'],
  };
}

/** Enqueues a probe job as `who`, the way a mutation's service would (in its transaction). */
export function enqueueProbe(orm: MikroORM, who: Principal, params: unknown): Promise<string> {
  return inTenantTransaction(orm, rlsSettings(who), (tx) =>
    enqueueJob({ em: tx.em, principal: who }, probeJob, params),
  );
}

/** Polls until `read` satisfies `done`, or fails after `timeoutMs`. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting; last value ${JSON.stringify(value)}`);
    await sleep(everyMs);
  }
}
