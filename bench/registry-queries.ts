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
import { runLoad, type LoadResult } from './load';

/** Synthetic registry: 10 provinces × 21 pooling regions × 100 hospitals (21,000 hospitals). */
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
];
const REGIONS_PER_PROVINCE = 21;
const HOSPITALS_PER_REGION = 100;
const TARGET = '320000';

// The nested query of the issue: province → every region → every hospital, one page each.
const QUERY = `query Tree($code: String!) {
  province(code: $code) {
    code name
    poolingRegions(first: 100) {
      totalCount
      edges { node { code name level
        hospitals(first: 100) { totalCount pageInfo { hasNextPage } edges { node { code name level grade type } } }
      } }
    }
  }
}`;

const SMALL_QUERY = `query Small($code: String!) {
  poolingRegion(code: $code) {
    code name
    hospitals(first: 20) { totalCount edges { node { code name level grade type } } }
  }
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
    // region codes XX01 00 … XX21 00 (city pools), set-based
    await client.query(
      `insert into pooling_region (code, province_code, name, level)
       select left(p, 2) || lpad(r::text, 2, '0') || '00', p, 'Region ' || r, 'CITY'
       from unnest($1::text[]) p, generate_series(1, $2::int) r`,
      [PROVINCES, REGIONS_PER_PROVINCE],
    );
    await client.query(
      `insert into hospital (code, province_code, region_code, name, level, grade, type)
       select 'H' || pr.code || lpad(h::text, 5, '0'), pr.province_code, pr.code, 'Hospital ' || h,
              (array['TERTIARY','SECONDARY','PRIMARY'])[1 + h % 3], (array['A','B',null])[1 + h % 3],
              (array['GENERAL','TCM','INTEGRATED','SPECIALTY'])[1 + h % 4]
       from pooling_region pr, generate_series(1, $1::int) h`,
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
  statements: { total: number; data: number };
  results: { rls: LoadResult; bypass: LoadResult }[];
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
  province: { poolingRegions: { edges: { node: { hospitals: { edges: unknown[] } } }[] } };
};

const WORKLOADS: Workload[] = [
  {
    name: 'nested tree: province → 21 regions → 100 hospitals each',
    depth: 3,
    query: QUERY,
    variables: { code: TARGET },
    rows: (data) =>
      (data as Tree).province.poolingRegions.edges.reduce(
        (n, e) => n + e.node.hospitals.edges.length,
        0,
      ),
  },
  {
    name: 'small page: one region → first 20 hospitals',
    depth: 2,
    query: SMALL_QUERY,
    variables: { code: `${TARGET.slice(0, 2)}0500` },
    rows: (data) =>
      (data as { poolingRegion: { hospitals: { edges: unknown[] } } }).poolingRegion.hospitals.edges
        .length,
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
  const app = await startApp({ ...config, port: 0, demo: false }, log, { databaseName });
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

      const knex = app.orm.em.getConnection().getKnex();
      const seen: string[] = [];
      const listener = (q: { sql: string }) => seen.push(q.sql);
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
        // alternate the order (rls, bypass, bypass, rls) so drift on a shared machine cancels out
        const r1 = await runLoad(send(rls.url), concurrency, seconds / 2, 1);
        const b1 = await runLoad(send(bypass.url), concurrency, seconds / 2, 1);
        const b2 = await runLoad(send(bypass.url), concurrency, seconds / 2, 0.5);
        const r2 = await runLoad(send(rls.url), concurrency, seconds / 2, 0.5);
        results.push({ rls: merge(r1, r2), bypass: merge(b1, b2) });
      }
      figures.push({
        name: workload.name,
        depth: workload.depth,
        rows: workload.rows(reference.data),
        statements: {
          total: seen.length,
          data: seen.filter((sql) => !/^\s*(begin|commit|rollback)/i.test(sql)).length,
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

function merge(x: LoadResult, y: LoadResult): LoadResult {
  return {
    concurrency: x.concurrency,
    requests: x.requests + y.requests,
    errors: x.errors + y.errors,
    seconds: x.seconds + y.seconds,
    rps: (x.requests + y.requests) / (x.seconds + y.seconds),
    p50: (x.p50 + y.p50) / 2,
    p99: Math.max(x.p99, y.p99),
  };
}
