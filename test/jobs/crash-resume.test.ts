import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/config';
import { createProbeTables, enqueueProbe, principal, waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/**
 * A worker process killed outright (SIGKILL) in the middle of a job: a new worker resumes the
 * job after the killed chunk's timeout, skips the chunks that committed, and ends with exactly
 * the rows an uninterrupted run writes — none twice.
 */
let t: TestApp;
const CHENGDU = principal(Scope.REGION, '510100');
const CHUNKS = 12;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const url = new URL(process.env.TEST_ADMIN_URL!);
  url.pathname = `/${t.db.databaseName}`;
  const child = spawn(
    process.execPath,
    ['-r', './test/support/swc-register.js', './test/support/job-worker.fixture.ts'],
    {
      cwd: projectRoot(),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: url.toString(),
        YIBAO_DATA_DIR: join(projectRoot(), '.data', 'test'),
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        JOB_POLL_INTERVAL_MS: '500',
        JOB_MAINTENANCE_INTERVAL_SECONDS: '1',
        JOB_CONCURRENCY: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  workers.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve(child.signalCode ?? child.exitCode);
    else child.once('exit', (code, signal) => resolve(signal ?? code));
  });

const progress = async (run: string) =>
  (
    await t.asOwner<{ status: string; done: number; total: number | null }>(
      'select status, done, total from job_run where id = $1',
      [run],
    )
  )[0];

type OutputRow = { chunk: number; seen_rows: number; seen_regions: string; amount: string };
const output = (run: string) =>
  t.asOwner<OutputRow>(
    `select chunk, seen_rows, seen_regions, amount from job_test_output where run_id = $1
     order by chunk`,
    [run],
  );

beforeAll(async () => {
  // the server runs no jobs: only the worker processes below do
  t = await startTestApp({ JOBS_IN_PROCESS: 'false' });
  await createProbeTables(t.db.ownerUrl, t.db.databaseName);
});
afterAll(async () => {
  for (const child of workers)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await t?.stop();
});

it('a worker killed mid-job: a new worker completes it with the same rows, none twice', async () => {
  const run = await enqueueProbe(t.app.orm, CHENGDU, { chunks: CHUNKS, delayMs: 300 });

  const first = startWorker();
  await waitFor(
    () => progress(run),
    (p) => p.done >= 3,
    60_000,
    50,
  );
  first.kill('SIGKILL');
  expect(await exited(first)).toBe('SIGKILL');
  // it really died mid-job: some chunks committed, not all
  const atKill = await progress(run);
  expect(atKill.status).toBe('RUNNING');
  expect(atKill.total).toBe(CHUNKS);
  expect(atKill.done).toBeGreaterThan(0);
  expect(atKill.done).toBeLessThan(CHUNKS);
  // nothing runs it while no worker lives
  await new Promise((r) => setTimeout(r, 1000));
  expect((await progress(run)).done).toBe(atKill.done);

  const second = startWorker();
  const final = await waitFor(
    () => progress(run),
    (p) => p.status !== 'RUNNING',
    90_000,
    100,
  );
  expect(final).toEqual({ status: 'SUCCEEDED', done: CHUNKS, total: CHUNKS });

  // the same result as an uninterrupted run of the same job, by the live worker
  const reference = await enqueueProbe(t.app.orm, CHENGDU, { chunks: CHUNKS, delayMs: 0 });
  await waitFor(
    () => progress(reference),
    (p) => p.status !== 'RUNNING' && p.status !== 'QUEUED',
    60_000,
  );
  expect((await progress(reference)).status).toBe('SUCCEEDED');
  const resumed = await output(run);
  expect(resumed).toHaveLength(CHUNKS); // one row per chunk: none written twice
  expect(new Set(resumed.map((r) => r.chunk)).size).toBe(CHUNKS);
  expect(resumed).toEqual(await output(reference));

  second.kill('SIGTERM');
  expect(await exited(second)).toBe(0); // graceful shutdown on SIGTERM
}, 180_000);
