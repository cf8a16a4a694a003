import 'reflect-metadata';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../src/config';
import { copyFrom, createOrm, dropDatabase, prepareDatabase } from '../src/db';
import { createLogger } from '../src/logger';
import { entities, seedDemo } from '../src/modules';
import {
  demoCaseLine,
  demoCaseModel,
  generateDemoCases,
  hookTime,
  importSettlementListLines,
} from '../src/modules/case';
import { CASE_STAGE_COLUMNS } from '../src/modules/case/case-ingest.service';
import { issueToken, Scope, TokenVerifier } from '../src/modules/identity';
import { fileLines } from '../src/shared/file-lines';

export interface CaseBenchOptions {
  cases: number;
  seed: number;
  year: number;
  /** Where the generated files go (kept between runs of the same size and seed). */
  dir: string;
}

export interface CaseBenchFigures {
  cases: number;
  generateMs: number;
  ingestMs: number;
  accepted: number;
  rejected: number;
  pricingMs: number;
  copyMs: number;
  insuredListRows: number;
  insuredListRlsMs: number;
  insuredListBypassMs: number;
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
 * owner's bypass. Group + price as a job, and the rest of a year: the year benchmark (year.ts).
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
  const orm = await createOrm({ url: db.appUrl, entities, poolMax: 2 });
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    const verifier = await TokenVerifier.create(config);
    let accepted = 0;
    let rejected = 0;
    const ingestStarted = performance.now();
    for (const [region, file] of files) {
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
          onProgress: (p) =>
            process.stderr.write(
              `\r  ingest ${region}: ${p.lines} lines, ${p.accepted} accepted   `,
            ),
        },
      );
      accepted += progress.accepted;
      rejected += progress.rejected;
    }
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
    return {
      cases: options.cases,
      generateMs,
      ingestMs,
      accepted,
      rejected,
      pricingMs: hookTime.ms,
      copyMs,
      insuredListRows: rows,
      insuredListRlsMs: median(rls),
      insuredListBypassMs: median(bypass),
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
      'ingest (import:cases code, REGION principals, RLS)',
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
    ['group + price as a job', '—', 'see `npm run bench -- year`'],
    ['peak RSS', `${f.peakRssMb.toFixed(0)} MB`, ''],
  ];
  console.log(
    `Cases: ${f.cases.toLocaleString('en-US')} demo lists, ${f.accepted} accepted, ${f.rejected} rejected`,
  );
  console.log(`  ${'step'.padEnd(52)} ${'time'.padStart(10)}  figure`);
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(52)} ${b.padStart(10)}  ${c}`);
}
