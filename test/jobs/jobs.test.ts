import { inTenantTransaction, enqueueJob, sqlClientOf } from '../../src/db';
import { rlsSettings } from '../../src/modules/identity';
import { toGlobalId } from '../../src/graphql/relay';
import { CancelJobDocument, JobDocument, JobsDocument } from '../generated/graphql';
import { codes, dataWithoutErrors, send, sendRaw } from '../support/client';
import {
  createProbeTables,
  enqueueProbe,
  principal,
  probeJob,
  testJobs,
  waitFor,
} from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Jobs run in the server process, under the identity of the principal that started them, with
 * progress visible through the API and job rows visible only to who may see them.
 */
let t: TestApp;
const CHENGDU = principal(Scope.REGION, '510100');
const PANZHIHUA = principal(Scope.REGION, '510300');
const CHENGDU_HOSPITAL = principal(Scope.HOSPITAL, 'H51010000001');
const SICHUAN = principal(Scope.PROVINCE, '510000');
const GUIYANG = principal(Scope.REGION, '520100');
const NATIONAL = principal(Scope.NATIONAL, '000000');

const jobId = (uuid: string) => toGlobalId('Job', uuid);

async function status(uuid: string) {
  const [row] = await t.asOwner<{ status: string; done: number; total: number | null }>(
    'select status, done, total from job_run where id = $1',
    [uuid],
  );
  return row;
}
const finished = (row: { status: string }) =>
  ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(row.status);

beforeAll(async () => {
  t = await startTestApp(
    { JOB_POLL_INTERVAL_MS: '500', JOB_MAINTENANCE_INTERVAL_SECONDS: '1' },
    { jobs: testJobs },
  );
  await createProbeTables(t.db.ownerUrl, t.db.databaseName);
});
afterAll(() => t?.stop());

describe('a job runs as the principal that started it', () => {
  it("reads only its starter's rows (region A sees A's, not B's), and B's rows exist", async () => {
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 3, delayMs: 0 });
    expect(await waitFor(() => status(run), finished)).toMatchObject({
      status: 'SUCCEEDED',
      done: 3,
      total: 3,
    });
    const out = await t.asOwner<{
      chunk: number;
      seen_rows: number;
      seen_regions: string;
      amount: string;
    }>(
      'select chunk, seen_rows, seen_regions, amount from job_test_output where run_id = $1 order by chunk',
      [run],
    );
    // positive control: Chengdu's two rows were read; Panzhihua's and Guiyang's were not
    expect(out).toEqual([
      { chunk: 0, seen_rows: 2, seen_regions: '510100', amount: '300' },
      { chunk: 1, seen_rows: 2, seen_regions: '510100', amount: '600' },
      { chunk: 2, seen_rows: 2, seen_regions: '510100', amount: '900' },
    ]);
    // the rows it did not see exist
    const [all] = await t.asOwner<{ n: number }>('select count(*)::int as n from job_test_source');
    expect(all.n).toBe(4);
  });

  it('the province reads its whole province, and nothing of another', async () => {
    const run = await enqueueProbe(t.app.orm, SICHUAN, { chunks: 1, delayMs: 0 });
    await waitFor(() => status(run), finished);
    const out = await t.asOwner<{ seen_regions: string }>(
      'select seen_regions from job_test_output where run_id = $1',
      [run],
    );
    expect(out).toEqual([{ seen_regions: '510100,510300' }]);
  });
});

describe('progress through the API', () => {
  it('job(id) shows done/total moving, then SUCCEEDED with timestamps', async () => {
    const token = await t.token(Scope.REGION, '510100');
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 6, delayMs: 250 });
    const seen = new Set<number>();
    const final = await waitFor(
      async () => {
        const job = dataWithoutErrors(
          await send(t.url, JobDocument, { id: jobId(run) }, token),
        ).job!;
        seen.add(job.done);
        return job;
      },
      (job) => job.status === 'SUCCEEDED',
      30_000,
      50,
    );
    expect(final).toMatchObject({ kind: 'test.probe', done: 6, total: 6, error: null });
    expect(JSON.parse(final.parameters)).toEqual({ chunks: 6, delayMs: 250 });
    expect(final.startedByScope).toBe('REGION');
    expect(final.startedByCode).toBe('510100');
    expect(final.finishedAt).toBeTruthy();
    expect(final.startedAt).toBeTruthy();
    // observed mid-job at least once: progress is visible while it runs
    expect([...seen].some((done) => done > 0 && done < 6)).toBe(true);
  });

  it('a failing chunk ends FAILED with a coded error, no SQL and no stack; earlier chunks stay', async () => {
    const token = await t.token(Scope.REGION, '510100');
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 4, delayMs: 0, failAt: 2 });
    await waitFor(() => status(run), finished, 60_000);
    const job = dataWithoutErrors(await send(t.url, JobDocument, { id: jobId(run) }, token)).job!;
    expect(job).toMatchObject({ status: 'FAILED', done: 2, total: 4 });
    expect(job.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'CHUNK_FAILED' });
    expect(job.error!.message).not.toMatch(/select|secret|at .*\.ts/i);
  });

  it('a coded error from a chunk fails the job at once with that code (no retry)', async () => {
    const token = await t.token(Scope.REGION, '510100');
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 3, delayMs: 0, refuseAt: 1 });
    await waitFor(() => status(run), finished);
    const job = dataWithoutErrors(await send(t.url, JobDocument, { id: jobId(run) }, token)).job!;
    expect(job).toMatchObject({ status: 'FAILED', done: 1, total: 3 });
    expect(job.error).toEqual({
      code: 'PRECONDITION_FAILED',
      reason: 'PERIOD_CLOSED',
      message: 'The period is closed',
    });
    const [message] = await t.asOwner<{ retry_count: number }>(
      `select retry_count from pgboss.job where data->>'run' = $1 and (data->>'chunk')::int = 1`,
      [run],
    );
    expect(message.retry_count).toBe(0);
  });

  it('bad parameters are refused at enqueue time and nothing is queued', async () => {
    const before = await t.asOwner<{ n: number }>('select count(*)::int as n from job_run');
    await expect(
      enqueueProbe(t.app.orm, CHENGDU, { chunks: -1, delayMs: 0 }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await t.asOwner('select count(*)::int as n from job_run')).toEqual(before);
  });

  it('a rolled-back request enqueues nothing (job row and message share its transaction)', async () => {
    const jobs = () => t.asOwner<{ n: number }>('select count(*)::int as n from job_run');
    const messages = () => t.asOwner<{ n: number }>('select count(*)::int as n from pgboss.job');
    const [runsBefore, messagesBefore] = [await jobs(), await messages()];
    await expect(
      inTenantTransaction(t.app.orm, rlsSettings(CHENGDU), async (tx) => {
        await enqueueJob({ em: tx.em, principal: CHENGDU }, probeJob, { chunks: 1, delayMs: 0 });
        throw new Error('the request failed later');
      }),
    ).rejects.toThrow('the request failed later');
    expect(await jobs()).toEqual(runsBefore);
    expect(await messages()).toEqual(messagesBefore);
  });

  it('cancelJob: only the starter; the job stops between chunks', async () => {
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 50, delayMs: 200 });
    await waitFor(
      () => status(run),
      (r) => r.done >= 1,
    );
    const other = await send(
      t.url,
      CancelJobDocument,
      { id: jobId(run) },
      await t.token(Scope.PROVINCE, '510000'),
    );
    expect(codes(other)).toEqual(['FORBIDDEN']);
    const stranger = await send(
      t.url,
      CancelJobDocument,
      { id: jobId(run) },
      await t.token(Scope.REGION, '510300'),
    );
    expect(codes(stranger)).toEqual(['NOT_FOUND']);
    const withoutAdmin = await send(
      t.url,
      CancelJobDocument,
      { id: jobId(run) },
      await t.token(Scope.REGION, '510100', []),
    );
    expect(codes(withoutAdmin)).toEqual(['FORBIDDEN']);
    const token = await t.token(Scope.REGION, '510100');
    const cancelled = dataWithoutErrors(
      await send(t.url, CancelJobDocument, { id: jobId(run) }, token),
    );
    expect(cancelled.cancelJob.job.status).toBe('CANCELLED');
    const doneAtCancel = cancelled.cancelJob.job.done;
    await new Promise((r) => setTimeout(r, 1500));
    const after = await status(run);
    expect(after.status).toBe('CANCELLED');
    expect(after.done).toBe(doneAtCancel);
    const again = await send(t.url, CancelJobDocument, { id: jobId(run) }, token);
    expect(codes(again)).toEqual(['PRECONDITION_FAILED']);
  });
});

describe('who sees which job rows (RLS on job_run)', () => {
  let runs: Record<string, string>;

  beforeAll(async () => {
    runs = {
      chengdu: await enqueueProbe(t.app.orm, CHENGDU, { chunks: 0, delayMs: 0 }),
      hospital: await enqueueProbe(t.app.orm, CHENGDU_HOSPITAL, { chunks: 0, delayMs: 0 }),
      panzhihua: await enqueueProbe(t.app.orm, PANZHIHUA, { chunks: 0, delayMs: 0 }),
      sichuan: await enqueueProbe(t.app.orm, SICHUAN, { chunks: 0, delayMs: 0 }),
      national: await enqueueProbe(t.app.orm, NATIONAL, { chunks: 1, delayMs: 0 }),
    };
    for (const run of Object.values(runs)) await waitFor(() => status(run), finished);
  });

  const visible = async (scope: Scope, code: string) => {
    const data = dataWithoutErrors(
      await send(t.url, JobsDocument, { first: 100 }, await t.token(scope, code)),
    );
    return new Set(data.jobs.edges.map((e) => e.node.id));
  };

  it('every job exists (positive control as the owner)', async () => {
    const rows = await t.asOwner('select id from job_run where id = any($1::uuid[])', [
      Object.values(runs),
    ]);
    expect(rows).toHaveLength(5);
    // the national job ran (as NATIONAL: it read every province's rows)
    expect(await status(runs.national)).toMatchObject({ status: 'SUCCEEDED', done: 1 });
    const [out] = await t.asOwner<{ seen_rows: number }>(
      'select seen_rows from job_test_output where run_id = $1',
      [runs.national],
    );
    expect(out?.seen_rows).toBe(4);
  });

  it.each([
    [
      'NATIONAL',
      Scope.NATIONAL,
      '000000',
      ['chengdu', 'hospital', 'panzhihua', 'sichuan', 'national'],
      [],
    ],
    [
      'the province',
      Scope.PROVINCE,
      '510000',
      ['chengdu', 'hospital', 'panzhihua', 'sichuan'],
      ['national'],
    ],
    [
      'a region: its own and its hospitals’',
      Scope.REGION,
      '510100',
      ['chengdu', 'hospital'],
      ['panzhihua', 'sichuan', 'national'],
    ],
    [
      'another region',
      Scope.REGION,
      '510300',
      ['panzhihua'],
      ['chengdu', 'hospital', 'sichuan', 'national'],
    ],
    [
      'a hospital: its own',
      Scope.HOSPITAL,
      'H51010000001',
      ['hospital'],
      ['chengdu', 'panzhihua', 'sichuan', 'national'],
    ],
    [
      'another province',
      Scope.PROVINCE,
      '520000',
      [],
      ['chengdu', 'hospital', 'panzhihua', 'sichuan', 'national'],
    ],
    [
      'a region of another province',
      Scope.REGION,
      '520100',
      [],
      ['chengdu', 'hospital', 'panzhihua', 'sichuan', 'national'],
    ],
  ] as const)('%s', async (_label, scope, code, sees, notSees) => {
    const ids = await visible(scope, code);
    for (const name of sees) expect(ids.has(jobId(runs[name]))).toBe(true);
    for (const name of notSees) expect(ids.has(jobId(runs[name]))).toBe(false);
    // job(id) agrees with the list
    const token = await t.token(scope, code);
    for (const name of notSees) {
      const one = dataWithoutErrors(
        await send(t.url, JobDocument, { id: jobId(runs[name]) }, token),
      );
      expect(one.job).toBeNull();
    }
  });

  it('pages by cursor; a cursor that is not a jobs cursor is BAD_USER_INPUT', async () => {
    const token = await t.token(Scope.NATIONAL, '000000');
    const first = dataWithoutErrors(await send(t.url, JobsDocument, { first: 2 }, token)).jobs;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataWithoutErrors(
      await send(t.url, JobsDocument, { first: 2, after: first.pageInfo.endCursor }, token),
    ).jobs;
    const ids = (page: typeof first) => page.edges.map((e) => e.node.id);
    expect(ids(next).some((id) => ids(first).includes(id))).toBe(false);
    // a cursor of another connection (a hospital code), and one that is not a cursor at all
    for (const after of [Buffer.from('c:BWG000').toString('base64url'), 'not a cursor']) {
      const bad = await send(
        t.url,
        JobsDocument,
        { first: 0, after, filter: { status: null } },
        token,
      );
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('a status list with more bad values than GraphQL coerces is BAD_USER_INPUT, never INTERNAL', async () => {
    const token = await t.token(Scope.NATIONAL, '000000');
    const status = Array.from({ length: 60 }, (_, i) => `NOT_A_STATUS_${i}`);
    const bad = await sendRaw(
      t.url,
      JSON.stringify({
        query: 'query($f: JobFilter) { jobs(filter: $f) { totalCount } }',
        variables: { f: { status } },
      }),
      token,
    );
    expect(bad.status).toBe(400);
    expect(new Set(codes(bad))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('no settings: no job row at all', async () => {
    expect(await t.asApp(null, 'select id from job_run')).toEqual([]);
  });
});

describe('nobody can start a job as somebody else', () => {
  const INSERT = `insert into job_run (kind, parameters, started_by_subject, started_by_scope,
      started_by_code, province_code, region_code) values ('test.probe', '{"chunks":1,"delayMs":0}', 'x', $1, $2, $3, $4) returning id`;

  it('positive control: as itself, the row is accepted', async () => {
    const rows = await t.asApp(rlsSettings(CHENGDU), INSERT, [
      'REGION',
      '510100',
      '510000',
      '510100',
    ]);
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['another region', ['REGION', '510300', '510000', '510300']],
    ['its province', ['PROVINCE', '510000', '510000', null]],
    ['NATIONAL', ['NATIONAL', '000000', '', null]],
    ['a region of another province', ['REGION', '520100', '520000', '520100']],
    ['itself, filed under another region', ['REGION', '510100', '510000', '510300']],
  ])('as %s: refused by the insert policy', async (_label, values) => {
    await expect(t.asApp(rlsSettings(CHENGDU), INSERT, values)).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('enqueueJob with a principal other than the transaction’s: FORBIDDEN', async () => {
    await expect(
      inTenantTransaction(t.app.orm, rlsSettings(CHENGDU), (tx) =>
        enqueueJob({ em: tx.em, principal: PANZHIHUA }, probeJob, { chunks: 1, delayMs: 0 }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'JOB_STARTER_MISMATCH' });
  });

  it('an unregistered hospital cannot start jobs (no region to file them under)', async () => {
    const ghost = principal(Scope.HOSPITAL, 'H51019999999');
    await expect(enqueueProbe(t.app.orm, ghost, { chunks: 1, delayMs: 0 })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'UNKNOWN_STARTER',
    });
  });

  it('the starter and parameters of a job cannot be changed (column grants)', async () => {
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 0, delayMs: 0 });
    await expect(
      t.asApp(rlsSettings(CHENGDU), `update job_run set started_by_code = '510300' where id = $1`, [
        run,
      ]),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      t.asApp(rlsSettings(CHENGDU), `update job_run set parameters = '{}' where id = $1`, [run]),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('a forged queue message naming another principal runs nothing', async () => {
    // a Chengdu job, and a message claiming Panzhihua (or Sichuan) for it, sent straight into the queue
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 0, delayMs: 0 });
    await waitFor(() => status(run), finished);
    const victim = await inTenantTransaction(t.app.orm, rlsSettings(CHENGDU), async (tx) => {
      const client = await sqlClientOf(tx.em);
      const { rows } = await client.query<{ id: string }>(
        `insert into job_run (kind, parameters, started_by_subject, started_by_scope, started_by_code,
           province_code, region_code) values ('test.probe', '{"chunks":2,"delayMs":0}', 'x', 'REGION', '510100', '510000', '510100') returning id`,
      );
      return rows[0].id; // a QUEUED job with no message of its own
    });
    for (const as of [rlsSettings(PANZHIHUA), rlsSettings(SICHUAN), rlsSettings(GUIYANG)]) {
      await t.asApp(as, `select pgboss.version from pgboss.version`).catch(() => undefined);
      await t.asApp(as, `insert into pgboss.job (name, data) values ('yibao_jobs', $1::jsonb)`, [
        JSON.stringify({ run: victim, chunk: 0, as }),
      ]);
    }
    await waitFor(
      () =>
        t.asOwner<{ n: number }>(
          `select count(*)::int as n from pgboss.job where name = 'yibao_jobs' and state < 'completed'`,
        ),
      (rows) => rows[0].n === 0,
    );
    expect(await status(victim)).toEqual({ status: 'QUEUED', done: 0, total: null });
    expect(await t.asOwner('select * from job_test_output where run_id = $1', [victim])).toEqual(
      [],
    );
  });
});

describe('what the queue may deliver', () => {
  const inject = (queue: string, run: string, chunk: number, as = rlsSettings(CHENGDU)) =>
    t.asApp(as, `insert into pgboss.job (name, data) values ($1, $2::jsonb)`, [
      queue,
      JSON.stringify({ run, chunk, as }),
    ]);

  it('a duplicate message for a chunk that committed does nothing (no row twice)', async () => {
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 4, delayMs: 300 });
    await waitFor(
      () => status(run),
      (r) => r.done >= 2,
    );
    await inject('yibao_jobs', run, 0);
    await inject('yibao_jobs', run, 1);
    expect(await waitFor(() => status(run), finished)).toEqual({
      status: 'SUCCEEDED',
      done: 4,
      total: 4,
    });
    await new Promise((r) => setTimeout(r, 1000)); // the duplicates have been handled too
    const rows = await t.asOwner<{ chunk: number }>(
      'select chunk from job_test_output where run_id = $1 order by chunk',
      [run],
    );
    expect(rows.map((r) => r.chunk)).toEqual([0, 1, 2, 3]);
  });

  it('a chunk the library gave up on (dead letter) fails the job as JOB_ABANDONED', async () => {
    // a job whose message is lost to a worker that keeps dying: simulated by queueing nothing
    // for it and handing its next chunk to the dead-letter queue, as the library does
    const run = await inTenantTransaction(t.app.orm, rlsSettings(CHENGDU), async (tx) => {
      const client = await sqlClientOf(tx.em);
      const { rows } = await client.query<{ id: string }>(
        `insert into job_run (kind, parameters, started_by_subject, started_by_scope,
           started_by_code, province_code, region_code)
         values ('test.probe', '{"chunks":2,"delayMs":0}', 'x', 'REGION', '510100', '510000', '510100')
         returning id`,
      );
      return rows[0].id;
    });
    await inject('yibao_jobs_dead', run, 0);
    const token = await t.token(Scope.REGION, '510100');
    const job = await waitFor(
      async () => dataWithoutErrors(await send(t.url, JobDocument, { id: jobId(run) }, token)).job!,
      (j) => j.status !== 'QUEUED',
    );
    expect(job).toMatchObject({ status: 'FAILED', done: 0 });
    expect(job.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'JOB_ABANDONED' });
  });

  it('node(id:) resolves a visible job, and not an invisible one', async () => {
    const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: 0, delayMs: 0 });
    const query = JSON.stringify({
      query: 'query($id: ID!) { node(id: $id) { __typename id ... on Job { kind } } }',
      variables: { id: jobId(run) },
    });
    const mine = await sendRaw<{ node: unknown }>(
      t.url,
      query,
      await t.token(Scope.REGION, '510100'),
    );
    expect(mine.data?.node).toEqual({ __typename: 'Job', id: jobId(run), kind: 'test.probe' });
    const other = await sendRaw<{ node: unknown }>(
      t.url,
      query,
      await t.token(Scope.REGION, '510300'),
    );
    expect(other.errors).toBeUndefined();
    expect(other.data?.node).toBeNull();
  });
});
