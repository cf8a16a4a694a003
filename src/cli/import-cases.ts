import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createOrm, prepareDatabase } from '../db';
import { createLogger } from '../logger';
import { entities } from '../modules';
import { importSettlementListLines } from '../modules/case';
import { TokenVerifier } from '../modules/identity';
import { fileLines } from '../shared/file-lines';

const USAGE =
  'usage: npm run import:cases -- --token <JWT> [--rejects <file>] [--batch-size <n ≤ 1000>] <cases.jsonl>';

/**
 * `npm run import:cases -- --token $TOKEN cases.jsonl`: streams settlement lists (JSON Lines,
 * the GraphQL input's field names) into the database as the token's principal — verified like
 * any request, row-level security applies — through the ingest service of submitSettlementLists,
 * one transaction per batch. Rejected lines go to the rejects file (default `<file>.rejects.jsonl`)
 * with their line number and every reason; progress goes to stderr. Exit status: 0 every line
 * stored or unchanged, 1 some lines rejected, 2 the import could not run.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      token: { type: 'string' },
      rejects: { type: 'string' },
      'batch-size': { type: 'string', default: '1000' },
    },
  });
  const batchSize = Number(values['batch-size']);
  if (!values.token || positionals.length !== 1 || !Number.isInteger(batchSize) || batchSize < 1) {
    console.error(USAGE);
    return 2;
  }
  const file = positionals[0];
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const log = createLogger(config);
  const db = await prepareDatabase(
    { ...config, demo: false },
    {
      entities,
      log: { info: () => undefined, warn: (m) => console.error(m) },
      shareEmbedded: true,
    },
  );
  const orm = await createOrm({ url: db.appUrl, entities, poolMax: 1 });
  const rejectsPath = values.rejects ?? `${file}.rejects.jsonl`;
  const rejects = createWriteStream(rejectsPath);
  try {
    const verifier = await TokenVerifier.create(config);
    const progress = await importSettlementListLines(
      { orm, verifier, config, log },
      values.token,
      fileLines(file),
      {
        batchSize,
        onReject: async (line) => {
          if (!rejects.write(`${JSON.stringify(line)}\n`)) await once(rejects, 'drain');
        },
        onProgress: (p) =>
          process.stderr.write(
            `\r${p.lines} lines: ${p.accepted} accepted, ${p.unchanged} unchanged, ${p.rejected} rejected (${Math.round((p.lines * 1000) / Math.max(p.elapsedMs, 1))}/s)`,
          ),
      },
    );
    process.stderr.write('\n');
    console.log(
      `${file}: ${progress.lines} lines, ${progress.accepted} accepted, ${progress.unchanged} unchanged, ${progress.rejected} rejected in ${progress.elapsedMs} ms` +
        (progress.rejected ? `; reasons in ${rejectsPath}` : ''),
    );
    return progress.rejected > 0 ? 1 : 0;
  } finally {
    rejects.end();
    await once(rejects, 'close');
    await orm.close();
    await db.embedded?.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    const coded = error as { code?: string; message?: string };
    console.error(coded.code ? `${coded.code}: ${coded.message}` : String(error));
    process.exit(2);
  },
);
