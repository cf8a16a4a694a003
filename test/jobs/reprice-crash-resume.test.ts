import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/config';
import { enqueueJob, inTenantTransaction } from '../../src/db';
import { Dec } from '../../src/domain/decimal';
import { rlsSettings } from '../../src/modules/identity';
import { SubmitSettlementListsDocument, type SettlementListInput } from '../generated/graphql';
import { CHENGDU, H1, H2, validList, ZIGONG } from '../case/support';
import { dataWithoutErrors, send } from '../support/client';
import { principal, waitFor } from '../support/job-fixtures';
import { fastJob } from '../support/period-jobs.fixture';
import { Scope, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/**
 * `settlement.reprice-period` with its worker killed outright (SIGKILL) mid-job: a new worker
 * resumes it, the chunks that committed are not run again, the killed one is, and the period
 * ends with exactly the rows of an uninterrupted run — one payment or unpriced row per current
 * revision, none twice, every amount the same.
 */
let t: TestApp;
const REGION = principal(Scope.REGION, CHENGDU);
const FROM = '2025-07-01';
const TO = '2025-08-29'; // 60 days: 60 chunks
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const url = new URL(process.env.TEST_ADMIN_URL!);
  url.pathname = `/${t.db.databaseName}`;
  const child = spawn(
    process.execPath,
    ['-r', './test/support/swc-register.js', './test/support/period-worker.fixture.ts'],
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

const enqueue = () =>
  inTenantTransaction(t.app.orm, rlsSettings(REGION), (tx) =>
    enqueueJob({ em: tx.em, principal: REGION }, fastJob('settlement.reprice-period'), {
      regionCode: CHENGDU,
      from: FROM,
      to: TO,
    }),
  );

/** Every current revision's payment or unpriced row of the period (by value, no write time). */
async function rows() {
  const payments = await t.asOwner<Record<string, string>>(
    `select p.revision_id, p.case_class, p.rule, p.points::text, p.amount::text,
       p.provisional_amount::text, p.fund_due::text, p.payment_standard_id
     from settlement_case c join case_payment p on p.revision_id = c.current_revision_id
     where c.treatment_region_code = $1 and c.discharge_date between $2 and $3
     order by p.revision_id`,
    [CHENGDU, FROM, TO],
  );
  const unpriced = await t.asOwner<Record<string, string>>(
    `select u.revision_id, u.reason from settlement_case c
     join case_unpriced u on u.revision_id = c.current_revision_id
     where c.treatment_region_code = $1 and c.discharge_date between $2 and $3
     order by u.revision_id`,
    [CHENGDU, FROM, TO],
  );
  const exact = (v: string | null) => (v === null ? null : new Dec(v).toFixed());
  return {
    payments: payments.map((p) => ({
      ...p,
      points: exact(p.points),
      amount: exact(p.amount) as string,
    })),
    unpriced,
  };
}

let cases: number;

beforeAll(async () => {
  // the server runs no jobs: only the worker processes below do
  t = await startTestApp({ JOBS_IN_PROCESS: 'false' });
  const region = await t.token(Scope.REGION, CHENGDU);
  // cases on every third day of the period, both hospitals, several costs
  const lists: SettlementListInput[] = [];
  for (let d = 0; d < 60; d += 3) {
    const day = new Date(Date.parse(`${FROM}T00:00:00Z`) + d * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const admitted = new Date(Date.parse(`${day}T00:00:00Z`) - 5 * 86_400_000).toISOString();
    for (const [i, cost] of ['4000.00', '10000.00', '26000.00'].entries()) {
      const patient = new Dec(cost).times('0.3').toFixed(2);
      lists.push(
        validList({
          hospitalCode: i % 2 === 0 ? H1 : H2,
          insuredRegionCode: i === 1 ? ZIGONG : CHENGDU,
          admittedAt: admitted,
          dischargedAt: `${day}T03:00:00.000Z`,
          los: 5,
          settlementFrom: admitted.slice(0, 10),
          settlementTo: day,
          procedures: [
            { code: '51.2200', name: '胆囊切除术', performedAt: `${day}T01:00:00.000Z` },
          ],
          fees: [{ category: 'SURGERY', amount: cost }],
          totalCost: cost,
          fundPayments: [{ fund: 'POOLING', amount: new Dec(cost).minus(patient).toFixed(2) }],
          patientPaid: patient,
        }),
      );
    }
  }
  const uploaded = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: lists }, region),
  );
  expect(
    uploaded.submitSettlementLists.results.filter(
      (r: { status: string }) => r.status !== 'ACCEPTED',
    ),
  ).toEqual([]);
  cases = lists.length;
}, 120_000);
afterAll(async () => {
  for (const child of workers)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await t?.stop();
});

it('a reprice worker killed mid-job: a new worker completes it with the same rows, none twice', async () => {
  const ingest = await rows();
  expect(ingest.payments.length + ingest.unpriced.length).toBe(cases);
  expect(ingest.payments.length).toBeGreaterThan(0);

  const run = await enqueue();
  const first = startWorker();
  await waitFor(
    () => progress(run),
    (p) => p.done >= 3,
    60_000,
    20,
  );
  first.kill('SIGKILL');
  expect(await exited(first)).toBe('SIGKILL');
  const atKill = await progress(run);
  expect(atKill).toMatchObject({ status: 'RUNNING', total: 60 });
  expect(atKill.done).toBeLessThan(60);

  const second = startWorker();
  const final = await waitFor(
    () => progress(run),
    (p) => p.status !== 'RUNNING',
    240_000,
    100,
  );
  expect(final).toEqual({ status: 'SUCCEEDED', done: 60, total: 60 });
  const resumed = await rows();
  // one row per current revision, none twice, none in both tables
  expect(resumed.payments.length + resumed.unpriced.length).toBe(cases);
  const ids = [...resumed.payments, ...resumed.unpriced].map(
    (r) => (r as Record<string, unknown>).revision_id,
  );
  expect(new Set(ids).size).toBe(cases);
  // as the ingest priced them, to the fen (the set-based statement keeps more digits of an
  // exact ratio than the pure path's 40: they agree far below the fen)
  const toFen = (r: Awaited<ReturnType<typeof rows>>) => ({
    ...r,
    payments: r.payments.map(({ points: _, amount: __, ...rest }) => rest),
  });
  expect(toFen(resumed)).toEqual(toFen(ingest));

  // and as an uninterrupted run leaves them
  const reference = await enqueue();
  await waitFor(
    () => progress(reference),
    (p) => p.status !== 'RUNNING' && p.status !== 'QUEUED',
    240_000,
  );
  expect((await progress(reference)).status).toBe('SUCCEEDED');
  expect(await rows()).toEqual(resumed);

  second.kill('SIGTERM');
  expect(await exited(second)).toBe(0);
}, 600_000);
