import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createOrm, prepareDatabase } from '../db';
import { createLogger } from '../logger';
import { entities, seedDemo } from '../modules';
import { demoCaseLine, demoCaseModel, generateDemoCases, seedDemoCases } from '../modules/case';

const USAGE =
  'usage: npm run seed:cases -- [--cases <n>] [--seed <n>] [--year <yyyy>] [--out <file.jsonl>]';

/**
 * `npm run seed:cases -- --cases 100000 --seed 1 --year 2025 [--out cases.jsonl]`: deterministic
 * demo settlement lists for the demo province's hospitals (the same arguments give the same bytes).
 * With `--out` they are written as JSON Lines (the import:cases format); without, they go straight
 * into the database through the ingest, uploaded by each demo region under row-level security
 * (idempotent: lists already stored come back unchanged). Exit status 0, or 2 on a usage error.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      year: { type: 'string', default: '2025' },
      out: { type: 'string' },
    },
  });
  const [cases, seed, year] = [values.cases, values.seed, values.year].map(Number);
  if (
    !Number.isInteger(cases) ||
    cases < 0 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(year) ||
    year < 2000 ||
    year > 2100
  ) {
    console.error(USAGE);
    return 2;
  }
  const options = { cases, seed, year };
  if (values.out) {
    const out = createWriteStream(values.out);
    for (const list of generateDemoCases(demoCaseModel(), options))
      if (!out.write(`${demoCaseLine(list)}\n`)) await once(out, 'drain');
    out.end();
    await once(out, 'close');
    console.log(`${values.out}: ${cases} demo settlement lists of ${year} (seed ${seed})`);
    return 0;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const log = createLogger(config);
  // the demo province, catalogs and standards must be there for the lists to store and price
  const db = await prepareDatabase(
    { ...config, demo: true },
    {
      entities,
      seed: seedDemo,
      log: { info: () => undefined, warn: (m) => console.error(m) },
      shareEmbedded: true,
    },
  );
  const orm = await createOrm({ url: db.appUrl, entities, poolMax: 2 });
  try {
    const result = await seedDemoCases({ orm, config, log }, { ...options, always: true });
    const p = result.progress;
    console.log(
      `${p.lines} demo settlement lists of ${year} (seed ${seed}) through the ingest as ${result.regions} regions: ` +
        `${p.accepted} accepted, ${p.unchanged} unchanged, ${p.rejected} rejected in ${p.elapsedMs} ms` +
        (p.rejected ? ` (by issue code: ${JSON.stringify(result.rejectedBy)})` : ''),
    );
    return 0;
  } finally {
    await orm.close();
    await db.embedded?.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(String(error));
    process.exit(2);
  },
);
