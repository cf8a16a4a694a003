import 'reflect-metadata';
import { fileLines } from '../shared/file-lines';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createOrm, prepareDatabase } from '../db';
import { entities } from '../modules';
import { CodeKind, importCodeTable } from '../modules/catalog';

const KINDS: Record<string, CodeKind> = {
  icd10: CodeKind.ICD10,
  icd9cm3: CodeKind.ICD9CM3,
  'tcm-disease': CodeKind.TCM_DISEASE,
  tcd: CodeKind.TCM_DISEASE,
  'tcm-syndrome': CodeKind.TCM_SYNDROME,
};

/**
 * `npm run import:codes -- --kind icd10 file.tsv`: streams a code table (TSV `code<TAB>name
 * [<TAB>validFrom<TAB>validTo]` or CSV, header optional) into the database in batches, upserting
 * by code, as the owner role. All or nothing: a bad line aborts the import and lists every bad
 * line. Works beside a running server (it shares the server's embedded PostgreSQL).
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string' }, 'batch-size': { type: 'string', default: '5000' } },
  });
  const kind = KINDS[values.kind?.toLowerCase() ?? ''];
  if (!kind || positionals.length !== 1) {
    console.error(
      `usage: npm run import:codes -- --kind ${Object.keys(KINDS).join('|')} <file.tsv|file.csv>`,
    );
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const log = { info: () => undefined, warn: (m: string) => console.error(m) };
  const db = await prepareDatabase(
    { ...config, demo: false },
    { entities, log, shareEmbedded: true },
  );
  const orm = await createOrm({ url: db.ownerUrl, entities, poolMax: 1 });
  const started = Date.now();
  try {
    const lines = fileLines(positionals[0]);
    const result = await orm.em.fork().transactional(async (em) => {
      const imported = await importCodeTable(em, kind, lines, Number(values['batch-size']));
      if (imported.errors.length > 0) throw Object.assign(new Error('rejected'), { imported });
      return imported;
    });
    console.log(
      `${kind}: ${result.rows} codes imported in ${result.batches} batches (${Date.now() - started} ms)`,
    );
  } catch (error) {
    const imported = (
      error as { imported?: { errors: { row: unknown; field?: string; reason: string }[] } }
    ).imported;
    if (!imported) throw error;
    for (const e of imported.errors.slice(0, 50))
      console.error(`line ${String(e.row)}: ${e.field ?? ''} ${e.reason}`);
    console.error(`${imported.errors.length} bad line(s); nothing imported`);
    process.exitCode = 1;
  } finally {
    await orm.close();
    await db.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
