import 'reflect-metadata';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../src/config';
import {
  copyFrom,
  createOrm,
  dropDatabase,
  enqueueJob,
  inTenantTransaction,
  JobRunner,
  prepareDatabase,
} from '../src/db';
import { createLogger } from '../src/logger';
import { entities, jobDefinitions, seedDemo } from '../src/modules';
import {
  demoCaseLine,
  demoCaseModel,
  generateDemoCases,
  hookTime,
  importSettlementListLines,
} from '../src/modules/case';
import { CASE_STAGE_COLUMNS } from '../src/modules/case/case-ingest.service';
import { issueToken, rlsSettings, Scope, TokenVerifier } from '../src/modules/identity';
import { regroupPeriodJob } from '../src/modules/settlement';
import { fileLines } from '../src/shared/file-lines';

export interface CaseBenchOptions {
  cases: number;
  seed: number;
  year: number;
  /** Regions imported at the same time (one connection each). */
  parallel: number;
  /** Where the generated files go (kept between runs of the same size and seed). */
  dir: string;
}

export interface CaseBenchFigures {
  cases: number;
  parallel: number;
  generateMs: number;
  ingestMs: number;
  accepted: number;
  rejected: number;
  pricingMs: number;
  copyMs: number;
  insuredListRows: number;
  insuredListRlsMs: number;
  insuredListBypassMs: number;
  /** Group + price every stored case again as `case.regroup-period` jobs (one per region). */
  jobMs: number;
  jobCases: number;
  jobPeakRssMb: number;
  peakRssMb: number;
}

const INSURED_REGION = '510300'; // 自贡: its insured persons are treated all over the province

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Generates the lists into one JSON Lines file per treatment region (the uploading region). */
export async function generateCaseFiles(options: CaseBenchOptions): Promise<Map<string, string>> {
  mkdirSync(options.dir, { recursive: true });
  const model = demoCaseModel();
  const files = new Map(
    model.regionCodes.map((r) => [r, join(options.dir, `cases-${r}.jsonl`)] as const),
  );
  const streams = new Map([...files].map(([r, f]) => [r, createWriteStream(f)] as const));
  for (const list of generateDemoCases(model, options)) {
    const out = streams.get((list.hospitalCode as string).slice(1, 7))!;
    if (!out.write(`${demoCaseLine(list)}\n`)) await once(out, 'drain');
  }
  for (const out of streams.values()) {
    out.end();
    await once(out, 'close');
  }
  return files;
}

/** COPY text value of a `::text` column. */
const copyValue = (v: string | null) =>
  v === null
    ? '\\N'
    : v.replace(
        /[\\\t\n\r]/g,
        (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!,
      );

/**
 * `npm run bench -- cases [--cases N]`: N demo lists (default 1,000,000) generated to files, then
 * imported with the import:cases code as each region's principal (row-level security, pricing at
 * ingest), against a plain COPY of the same cases in the staging format into a table with no
 * index, constraint or policy; and a region's insured-site case list under RLS against the
 * owner's bypass; then every stored case grouped and priced again as a job (`case.regroup-period`
 * for each treatment region over the discharge days it has, as that region, on an in-process
 * worker running JOB_CONCURRENCY chunks at a time), timed from enqueue to the last job's end.
 */
export async function benchCases(
  config: AppConfig,
  adminUrl: string,
  options: CaseBenchOptions,
): Promise<CaseBenchFigures> {
  const log = createLogger({ ...config, logLevel: 'warn' });
  const started = performance.now();
  const files = await generateCaseFiles(options);
  const generateMs = performance.now() - started;

  const databaseName = `yibao_bench_cases_${process.pid}`;
  await dropDatabase(adminUrl, databaseName).catch(() => undefined);
  const db = await prepareDatabase(
    { ...config, databaseUrl: adminUrl, demo: true },
    {
      entities,
      seed: seedDemo,
      databaseName,
      log: { info: () => undefined, warn: log.warn.bind(log) },
    },
  );
  const orm = await createOrm({ url: db.appUrl, entities, poolMax: Math.max(2, options.parallel) });
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    const verifier = await TokenVerifier.create(config);
    let accepted = 0;
    let rejected = 0;
    const ingestStarted = performance.now();
    // regions upload independently: `parallel` imports at a time, each on its own connection and
    // transaction, the largest files first so the lanes finish together
    const queue = [...files].sort((a, b) => statSync(b[1]).size - statSync(a[1]).size);
    const lines = new Map<string, number>();
    const lane = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [region, file] = next;
        const token = await issueToken(config, {
          scope: Scope.REGION,
          code: region,
          roles: ['ADMIN'],
        });
        const progress = await importSettlementListLines(
          { orm, verifier, config, log },
          token,
          fileLines(file),
          {
            onProgress: (p) => {
              lines.set(region, p.lines);
              const total = [...lines.values()].reduce((n, l) => n + l, 0);
              process.stderr.write(`\r  ingest: ${total} lines   `);
            },
          },
        );
        accepted += progress.accepted;
        rejected += progress.rejected;
      }
    };
    await Promise.all(Array.from({ length: options.parallel }, lane));
    process.stderr.write('\n');
    const ingestMs = performance.now() - ingestStarted;

    // the same cases in the staging format, from what the ingest stored (not timed)
    const stageFile = join(options.dir, 'stage.copy');
    const out = createWriteStream(stageFile);
    const select = CASE_STAGE_COLUMNS.map(([name]) =>
      name === 'case_id'
        ? 'r.case_id::text'
        : name === 'revision_id'
          ? 'r.id::text'
          : name === 'is_new'
            ? "'t'"
            : name === 'insured_person_id'
              ? 'i.insured_person_id::text'
              : `r.${name}::text`,
    ).join(', ');
    let last = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await owner.query({
        text: `select r.id::text as __key, ${select} from case_revision r
               join case_identity i on i.province_code = r.province_code and i.revision_id = r.id
               where r.id > $1::uuid order by r.id limit 50000`,
        values: [last],
        rowMode: 'array',
      });
      if (page.rows.length === 0) break;
      let chunk = '';
      for (const row of page.rows as (string | null)[][]) {
        chunk += `${row.slice(1).map(copyValue).join('\t')}\n`;
        last = row[0]!;
      }
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    await owner.query(
      `create table bench_plain_stage (${CASE_STAGE_COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ')})`,
    );
    const copyStarted = performance.now();
    await copyFrom(
      owner,
      'bench_plain_stage',
      CASE_STAGE_COLUMNS.map(([n]) => n),
      createReadStream(stageFile),
    );
    const copyMs = performance.now() - copyStarted;
    rmSync(stageFile, { force: true });

    // a region's insured-site case list: as the region under RLS, and as the owner (bypass)
    const listSql = `select id, hospital_code, settlement_id, discharge_date, insurance_type, drg_code, dip_group_code, qc_status
      from settlement_case where insured_region_code = $1 order by hospital_code, settlement_id`;
    const app = new Client({ connectionString: db.appUrl });
    await app.connect();
    const rls: number[] = [];
    const bypass: number[] = [];
    let rows = 0;
    try {
      for (let i = 0; i < 7; i++) {
        await app.query('begin');
        await app.query(
          "select set_config('app.scope', 'REGION', true), set_config('app.code', $1, true), set_config('app.province', '510000', true), set_config('app.roles', '', true)",
          [INSURED_REGION],
        );
        let t = performance.now();
        rows = (await app.query(listSql, [INSURED_REGION])).rowCount ?? 0;
        rls.push(performance.now() - t);
        await app.query('commit');
        t = performance.now();
        const own = (await owner.query(listSql, [INSURED_REGION])).rowCount ?? 0;
        bypass.push(performance.now() - t);
        if (own !== rows) throw new Error(`RLS list has ${rows} rows, the owner's ${own}`);
      }
    } finally {
      await app.end();
    }

    const job = await groupAndPriceAsJobs(config, db.appUrl, owner, verifier, log);
    return {
      cases: options.cases,
      parallel: options.parallel,
      generateMs,
      ingestMs,
      accepted,
      rejected,
      pricingMs: hookTime.ms,
      copyMs,
      insuredListRows: rows,
      insuredListRlsMs: median(rls),
      insuredListBypassMs: median(bypass),
      jobMs: job.ms,
      jobCases: job.cases,
      jobPeakRssMb: job.peakRssMb,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await owner.end();
    await orm.close();
    await dropDatabase(adminUrl, databaseName).catch(() => undefined);
    await db.embedded?.stop();
    if (existsSync(options.dir)) rmSync(options.dir, { recursive: true, force: true });
  }
}

/**
 * Group + price as a job: one `case.regroup-period` per treatment region over the discharge days
 * its cases have (periods of at most a year), enqueued as that region, run by an in-process
 * worker; returns the time from the first enqueue until every job finished, the cases regrouped
 * and the peak resident memory sampled while they ran.
 */
async function groupAndPriceAsJobs(
  config: AppConfig,
  appUrl: string,
  owner: Client,
  verifier: TokenVerifier,
  log: ReturnType<typeof createLogger>,
): Promise<{ ms: number; cases: number; peakRssMb: number }> {
  const { rows: periods } = await owner.query<{
    region: string;
    first: string;
    last: string;
    cases: number;
  }>(
    `select treatment_region_code as region, min(discharge_date)::text as first,
            max(discharge_date)::text as last, count(*)::int as cases
     from settlement_case group by treatment_region_code order by treatment_region_code`,
  );
  const orm = await createOrm({ url: appUrl, entities, poolMax: config.jobs.concurrency + 1 });
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const runner = await JobRunner.start({
    orm,
    connectionString: appUrl,
    definitions: jobDefinitions,
    log,
    concurrency: config.jobs.concurrency,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 60,
  });
  try {
    const ids: string[] = [];
    for (const p of periods) {
      const principal = await verifier.verify(
        `Bearer ${await issueToken(config, { scope: Scope.REGION, code: p.region, roles: ['ADMIN'] })}`,
      );
      for (let from = p.first; from <= p.last;) {
        const end = new Date(Date.parse(`${from}T00:00:00Z`) + 365 * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const to = end < p.last ? end : p.last;
        ids.push(
          await inTenantTransaction(orm, rlsSettings(principal), (tx) =>
            enqueueJob({ em: tx.em, principal }, regroupPeriodJob, {
              regionCode: p.region,
              from,
              to,
            }),
          ),
        );
        from = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      }
    }
    for (;;) {
      const { rows } = await owner.query<{ status: string; done: number; total: number | null }>(
        'select status, done, total from job_run where id = any($1::uuid[])',
        [ids],
      );
      const done = rows.reduce((n, r) => n + r.done, 0);
      const total = rows.reduce((n, r) => n + (r.total ?? 0), 0);
      process.stderr.write(`\r  group + price as jobs: ${done}/${total} days   `);
      const failed = rows.find((r) => r.status === 'FAILED' || r.status === 'CANCELLED');
      if (failed) throw new Error(`a regroup job ended ${failed.status}`);
      if (rows.every((r) => r.status === 'SUCCEEDED')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stderr.write('\n');
    return {
      ms: performance.now() - started,
      cases: periods.reduce((n, p) => n + p.cases, 0),
      peakRssMb: peak / 1024 / 1024,
    };
  } finally {
    clearInterval(sample);
    await runner.stop();
    await orm.close();
  }
}

export function printCaseFigures(f: CaseBenchFigures): void {
  const rate = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en-US');
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows: [string, string, string][] = [
    [
      'generate (seed:cases code, to files)',
      s(f.generateMs),
      `${rate(f.cases, f.generateMs)} cases/s`,
    ],
    [
      `ingest (import:cases code, REGION principals, RLS; ${f.parallel} at a time)`,
      s(f.ingestMs),
      `${rate(f.cases, f.ingestMs)} cases/s`,
    ],
    [
      '  of which pricing at ingest (onRevisionsStored)',
      s(f.pricingMs),
      `${((100 * f.pricingMs) / f.ingestMs).toFixed(0)} % of ingest`,
    ],
    [
      'plain COPY, staging format, no index/constraint/RLS',
      s(f.copyMs),
      `${rate(f.accepted, f.copyMs)} cases/s`,
    ],
    ['ingest ÷ plain COPY (throughput ratio)', '', `${(f.copyMs / f.ingestMs).toFixed(3)}×`],
    [
      `insured-site list ${INSURED_REGION} (${f.insuredListRows} cases), RLS`,
      `${f.insuredListRlsMs.toFixed(1)} ms`,
      '',
    ],
    ['  same, owner bypass', `${f.insuredListBypassMs.toFixed(1)} ms`, ''],
    [
      '  RLS overhead (RLS ÷ bypass, median of 7)',
      '',
      `${(f.insuredListRlsMs / f.insuredListBypassMs).toFixed(2)}×`,
    ],
    [
      `group + price as jobs (case.regroup-period, ${f.jobCases} cases)`,
      s(f.jobMs),
      `${rate(f.jobCases, f.jobMs)} cases/s`,
    ],
    ['  peak RSS while the jobs ran', `${f.jobPeakRssMb.toFixed(0)} MB`, ''],
    ['peak RSS', `${f.peakRssMb.toFixed(0)} MB`, ''],
  ];
  console.log(
    `Cases: ${f.cases.toLocaleString('en-US')} demo lists, ${f.accepted} accepted, ${f.rejected} rejected`,
  );
  console.log(`  ${'step'.padEnd(52)} ${'time'.padStart(10)}  figure`);
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(52)} ${b.padStart(10)}  ${c}`);
}
