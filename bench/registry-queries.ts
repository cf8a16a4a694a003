import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { Client } from 'pg';
import { startApp } from '../src/app';
import type { AppConfig } from '../src/config';
import { dropDatabase } from '../src/db';
import { createLogger } from '../src/logger';
import { issueToken, Scope } from '../src/modules/identity';
import { CpuMeter } from './cpu';
import { percentile, runLoad, type LoadResult } from './load';

/**
 * The read-path harness's shape: 31 provinces × 15 pooling regions × 40 hospitals (18,600
 * hospitals), real province codes, a provincial pool XX9900 and city pools XX0100 … XX1400. The
 * demo province (四川 510000) is seeded too, for its catalogs; the measured province is 江苏.
 */
const PROVINCES = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '360000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '450000',
  '460000',
  '500000',
  '520000',
  '530000',
  '540000',
  '610000',
  '620000',
  '630000',
  '640000',
  '650000',
];
const REGIONS_PER_PROVINCE = 15;
const HOSPITALS_PER_REGION = 40;
const TARGET = '320000';

// The harness's nested query: province → 15 regions → 600 hospitals (616 codes).
const NESTED_QUERY = `query Nested($code: String!) {
  province(code: $code) { code name poolingRegions(first: 100) { edges { node { code name
    hospitals(first: 100) { edges { node { code name level } } } } } } }
}`;

// The harness's small query: province + its 15 regions (16 codes).
const SMALL_QUERY = `query Small($code: String!) {
  province(code: $code) { code name poolingRegions(first: 100) { edges { node { code name level } } } }
}`;

// Catalog rows: the DRG catalog in force for the caller, its first 100 groups with weights.
const CATALOG_QUERY = `query CatalogRows($asOf: Date!) {
  catalogInForce(kind: DRG, asOf: $asOf) { versionLabel
    drgGroups(first: 100) { totalCount edges { node { code name weight averageCost } } } }
}`;

async function seed(ownerUrl: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into province (code, name) select unnest($1::text[]), 'Province ' || unnest($1::text[])`,
      [PROVINCES],
    );
    // r = 1: the provincial pool XX9900; r = 2 … 15: city pools XX0100 … XX1400 (set-based)
    await client.query(
      `insert into pooling_region (code, province_code, name, level)
       select left(p, 2) || case when r = 1 then '9900' else lpad((r - 1)::text, 2, '0') || '00' end,
              p, format('Region %s-%s', left(p, 2), lpad(r::text, 2, '0')),
              case when r = 1 then 'PROVINCIAL_POOL' else 'CITY' end
       from unnest($1::text[]) p, generate_series(1, $2::int) r`,
      [PROVINCES, REGIONS_PER_PROVINCE],
    );
    await client.query(
      `insert into hospital (code, province_code, region_code, name, level, grade, type)
       select 'H' || pr.code || lpad(h::text, 5, '0'), pr.province_code, pr.code,
              format('Hospital %s-%s-%s', left(pr.code, 2), substr(pr.code, 3, 2), lpad(h::text, 2, '0')),
              (array['TERTIARY','SECONDARY','PRIMARY'])[1 + h % 3], (array['A','B',null])[1 + h % 3],
              (array['GENERAL','TCM','INTEGRATED','SPECIALTY'])[1 + h % 4]
       from pooling_region pr, generate_series(1, $1::int) h
       where pr.province_code <> '510000'`,
      [HOSPITALS_PER_REGION],
    );
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

function startServer(
  mode: 'rls' | 'bypass',
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, 'serve.js')], {
    env: { ...env, BENCH_MODE: mode },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
}

/** One query shape measured under RLS and with the policies bypassed. */
export interface QueryFigures {
  name: string;
  depth: number;
  rows: number;
  /** Statements one request sent, its data statements, and its round trips (see roundTrips). */
  statements: { total: number; data: number; roundTrips: number };
  results: { rls: MeasuredSide; bypass: MeasuredSide }[];
}

/** One side's load figures and the CPU its requests cost (server + PostgreSQL). */
export interface MeasuredSide extends LoadResult {
  /** Server process CPU ms per request. */
  serverCpuMs: number;
  /** PostgreSQL CPU ms per request; undefined when PostgreSQL runs on another machine. */
  postgresCpuMs: number | undefined;
}

interface Workload {
  name: string;
  depth: number;
  query: string;
  variables: Record<string, unknown>;
  /** Counts the hospitals in a response (the size of what each request returns). */
  rows: (data: unknown) => number;
}

type Tree = {
  province: { poolingRegions: { edges: { node: { hospitals?: { edges: unknown[] } } }[] } };
};

/** Objects carrying a code in a registry response (the harness counts the same). */
const registryObjects = (data: unknown) => {
  const regions = (data as Tree).province.poolingRegions.edges;
  return (
    1 + regions.length + regions.reduce((n, e) => n + (e.node.hospitals?.edges.length ?? 0), 0)
  );
};

const WORKLOADS: Workload[] = [
  {
    name: 'nested (harness): province → 15 regions → 600 hospitals',
    depth: 3,
    query: NESTED_QUERY,
    variables: { code: TARGET },
    rows: registryObjects,
  },
  {
    name: 'small (harness): province + 15 regions',
    depth: 2,
    query: SMALL_QUERY,
    variables: { code: TARGET },
    rows: registryObjects,
  },
  {
    name: 'catalog rows: DRG catalog in force → first 100 groups with weights',
    depth: 2,
    query: CATALOG_QUERY,
    variables: { asOf: '2025-08-01' },
    rows: (data) =>
      (data as { catalogInForce: { drgGroups: { edges: unknown[] } } }).catalogInForce.drgGroups
        .edges.length + 1,
  },
];

/** Runs the registry benchmarks and returns their figures (printed by bench/run.ts). */
export async function benchRegistryQueries(
  config: AppConfig,
  adminUrl: string,
  seconds: number,
): Promise<QueryFigures[]> {
  const databaseName = `yibao_bench_${process.pid}`;
  await dropDatabase(adminUrl, databaseName).catch(() => undefined);
  const log = createLogger({ logLevel: 'warn' });

  // In-process instance: prepares the database, then counts the statements of one request.
  // the demo seed brings the catalogs (and 四川, left out of the synthetic provinces)
  const app = await startApp({ ...config, port: 0, demo: true }, log, { databaseName });
  const servers: ChildProcess[] = [];
  try {
    await seed(app.database.ownerUrl);
    const token = await issueToken(config, { scope: Scope.PROVINCE, code: TARGET, roles: [] });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: adminUrl,
      BENCH_DATABASE: databaseName,
      YIBAO_DATA_DIR: config.dataDir,
      // the servers sign and verify with the same key as this process
      ...(config.jwt.secret ? { JWT_SECRET: config.jwt.secret } : {}),
    };
    const rls = await startServer('rls', env);
    const bypass = await startServer('bypass', env);
    servers.push(rls.child, bypass.child);

    const figures: QueryFigures[] = [];
    for (const workload of WORKLOADS) {
      const body = JSON.stringify({ query: workload.query, variables: workload.variables });
      const post = (url: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });

      // counted on a warm connection, as a server runs: a connection's first request parses its
      // named statements, and a statement not yet parsed there is sent after BEGIN and the settings
      // instead of with them (src/db/transaction-prelude.ts)
      await (await post(app.url)).json();
      const knex = app.orm.em.getConnection().getKnex();
      const seen: string[] = [];
      // BEGIN and the tenant settings travel in the first statement's write (marked pipelined)
      let pipelined = 0;
      const listener = (q: { sql: string; pipelined?: boolean }) => {
        seen.push(q.sql);
        if (q.pipelined) pipelined += 1;
      };
      knex.on('query', listener);
      const reference = (await (await post(app.url)).json()) as { data: unknown };
      knex.removeListener('query', listener);

      // Same data, same answer: the baseline differs only in skipping the policies.
      const [a, b] = await Promise.all([
        (await post(rls.url)).json(),
        (await post(bypass.url)).json(),
      ]);
      if (!isDeepStrictEqual(a, reference) || !isDeepStrictEqual(b, reference)) {
        throw new Error(`${workload.name}: RLS and bypass answers differ`);
      }

      const send = (url: string) => async () => {
        const response = await post(url);
        const text = await response.text();
        return response.status === 200 && !text.includes('"errors"');
      };
      const results: QueryFigures['results'] = [];
      for (const concurrency of [1, 8, 32]) {
        await runLoad(send(rls.url), concurrency, 0, 1);
        await runLoad(send(bypass.url), concurrency, 0, 1);
        results.push(
          await interleaved(
            { send: send(rls.url), pid: rls.child.pid! },
            { send: send(bypass.url), pid: bypass.child.pid! },
            concurrency,
            seconds,
          ),
        );
      }
      figures.push({
        name: workload.name,
        depth: workload.depth,
        rows: workload.rows(reference.data),
        statements: {
          total: seen.length,
          data: seen.filter((sql) => !/^\s*(begin|commit|rollback)/i.test(sql)).length,
          roundTrips: seen.length - pipelined,
        },
        results,
      });
    }
    return figures;
  } finally {
    for (const child of servers) child.kill('SIGTERM');
    await app.stop();
    await dropDatabase(adminUrl, databaseName).catch(() => undefined);
  }
}

/** Length of one measured segment: short, so drift on a shared machine hits both sides alike. */
const SEGMENT_SECONDS = 0.5;

/**
 * RLS and bypass measured in alternating short segments (RLS first in even rounds, bypass first in
 * odd ones) for `seconds` each, and each side's segments summed. On a shared 2-core machine a
 * neighbour's burst lasts seconds; two long back-to-back runs then differ by ±30 % with the same
 * server on both sides, while alternating half-second segments share whatever the machine does.
 */
async function interleaved(
  rls: { send: () => Promise<boolean>; pid: number },
  bypass: { send: () => Promise<boolean>; pid: number },
  concurrency: number,
  seconds: number,
): Promise<{ rls: MeasuredSide; bypass: MeasuredSide }> {
  const rounds = Math.max(2, Math.round(seconds / SEGMENT_SECONDS));
  const sides = {
    rls: { target: rls, parts: [] as LoadResult[], server: 0, postgres: 0, known: true },
    bypass: { target: bypass, parts: [] as LoadResult[], server: 0, postgres: 0, known: true },
  };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['rls', 'bypass'] as const) : (['bypass', 'rls'] as const);
    for (const name of order) {
      const side = sides[name];
      const meter = new CpuMeter(side.target.pid);
      side.parts.push(await runLoad(side.target.send, concurrency, SEGMENT_SECONDS, 0));
      const cpu = meter.read();
      side.server += cpu.server;
      side.postgres += cpu.postgres;
      side.known &&= cpu.known;
    }
  }
  const measured = (side: (typeof sides)['rls']): MeasuredSide => {
    const load = merge(side.parts);
    return {
      ...load,
      serverCpuMs: (side.server * 1000) / load.requests,
      postgresCpuMs: side.known ? (side.postgres * 1000) / load.requests : undefined,
    };
  };
  return { rls: measured(sides.rls), bypass: measured(sides.bypass) };
}

function merge(parts: LoadResult[]): LoadResult {
  const requests = parts.reduce((n, p) => n + p.requests, 0);
  const seconds = parts.reduce((n, p) => n + p.seconds, 0);
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  return {
    concurrency: parts[0].concurrency,
    requests,
    errors: parts.reduce((n, p) => n + p.errors, 0),
    seconds,
    rps: requests / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    latencies,
  };
}
