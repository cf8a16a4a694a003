import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileLines } from '../../src/shared/file-lines';
import { projectRoot } from '../../src/config';
import { createOrm, type MikroORM } from '../../src/db';
import { entities } from '../../src/modules';
import { CodeKind, importCodeTable } from '../../src/modules/catalog';
import { CodeEntriesDocument, CodeEntryDocument } from '../generated/graphql';
import { dataWithoutErrors, send } from '../support/client';
import { REFERENCE_DIR } from '../support/reference';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let owner: MikroORM;
let token: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createOrm({ url: t.db.ownerUrl, entities, poolMax: 2 });
  token = await t.token(Scope.HOSPITAL, 'H51010000001', []);
});
afterAll(async () => {
  await owner.close();
  await t.stop();
});

const count = async (kind: string) =>
  (
    await t.asOwner<{ n: number }>('select count(*)::int as n from code_entry where kind = $1', [
      kind,
    ])
  )[0].n;
const lines = fileLines;

describe('lookups (any principal)', () => {
  it('finds a code, and codes by prefix and by name fragment', async () => {
    const [seeded] = await t.asOwner<{ code: string; name: string }>(
      "select code, name from code_entry where kind = 'ICD10' order by code limit 1 offset 100",
    );
    const one = await send(t.url, CodeEntryDocument, { kind: 'ICD10', code: seeded.code }, token);
    expect(one.data?.codeEntry).toEqual(seeded);
    const prefix = await send(
      t.url,
      CodeEntriesDocument,
      { kind: 'ICD10', filter: { codePrefix: 'I2' }, first: 100 },
      token,
    );
    expect(prefix.data!.codeEntries.totalCount).toBeGreaterThan(0);
    for (const e of prefix.data!.codeEntries.edges) expect(e.node.code.startsWith('I2')).toBe(true);
    const named = await send(
      t.url,
      CodeEntriesDocument,
      { kind: 'ICD10', filter: { nameContains: '肺炎' }, first: 100 },
      token,
    );
    expect(named.data!.codeEntries.totalCount).toBeGreaterThan(0);
    for (const e of named.data!.codeEntries.edges) expect(e.node.name).toContain('肺炎');
    const none = await send(
      t.url,
      CodeEntryDocument,
      { kind: 'ICD9CM3', code: seeded.code },
      token,
    );
    expect(dataWithoutErrors(none).codeEntry).toBeNull();
  });
});

describe('import', () => {
  it('streams the real ICD-10 and ICD-9-CM-3 tables in batches, upserting', async () => {
    for (const [file, kind] of [
      ['icd10-diagnoses.tsv', CodeKind.ICD10],
      ['icd9cm3-procedures.tsv', CodeKind.ICD9CM3],
    ] as const) {
      const expected =
        readFileSync(join(REFERENCE_DIR, file), 'utf8')
          .split('\n')
          .filter((l) => l.trim()).length - 1;
      const result = await owner.em
        .fork()
        .transactional((em) => importCodeTable(em, kind, lines(join(REFERENCE_DIR, file)), 5000));
      expect(result.errors).toEqual([]);
      expect(result.rows).toBe(expected);
      expect(result.batches).toBe(Math.ceil(expected / 5000));
      expect(await count(kind)).toBe(expected);
    }
    const lookup = await send(
      t.url,
      CodeEntryDocument,
      { kind: 'ICD9CM3', code: '00.0100' },
      token,
    );
    expect(lookup.data?.codeEntry?.name).toBe('头和颈部血管治疗性超声');
  });

  it('upserts by code: a re-imported code takes the new name and dates, across batches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codes-'));
    const first = join(dir, 'first.tsv');
    const second = join(dir, 'second.tsv');
    writeFileSync(first, 'QX9.001\t旧名\t2020-01-01\nQX9.002\t不变\nQX9.003\t"引号" \\ 反斜杠\n');
    writeFileSync(second, 'code\tname\nQX9.001\t新名\t2025-01-01\t2030-01-01\nQX9.002\t不变\n');
    const run = (file: string) =>
      owner.em.fork().transactional((em) => importCodeTable(em, CodeKind.ICD10, lines(file), 2));
    expect(await run(first)).toEqual({ rows: 3, batches: 2, errors: [] });
    expect(await run(second)).toEqual({ rows: 2, batches: 1, errors: [] });
    expect(
      await t.asOwner(
        "select code, name, valid_from::text, valid_to::text from code_entry where code like 'QX9.00_' order by code",
      ),
    ).toEqual([
      { code: 'QX9.001', name: '新名', valid_from: '2025-01-01', valid_to: '2030-01-01' },
      { code: 'QX9.002', name: '不变', valid_from: null, valid_to: null },
      { code: 'QX9.003', name: '"引号" \\ 反斜杠', valid_from: null, valid_to: null },
    ]);
  });

  it('rejects a file with bad lines, naming each, and stores nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codes-'));
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, 'code\tname\nZ99.001\t好行\nZ99.002\t\n\t无编码\nZ99.003\t日期\t2025-13\n');
    const before = await count('ICD10');
    const failed = await owner.em
      .fork()
      .transactional(async (em) => {
        const result = await importCodeTable(em, CodeKind.ICD10, lines(file), 2);
        if (result.errors.length) throw Object.assign(new Error('bad'), { result });
        return result;
      })
      .catch((error: { result: { errors: unknown[] } }) => error.result);
    expect(failed.errors).toEqual([
      { row: 3, field: 'name', reason: expect.any(String) },
      { row: 4, field: 'code', reason: expect.any(String) },
      { row: 5, field: 'validFrom', reason: expect.any(String) },
    ]);
    expect(await count('ICD10')).toBe(before);
  });

  it('`npm run import:codes` imports a CSV file into the configured database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codes-'));
    const file = join(dir, 'tcd.csv');
    writeFileSync(file, 'code,name\nBNS040,"痔病, 混合痔"\nBNV070,项痹病\n');
    const url = new URL(process.env.TEST_ADMIN_URL!);
    url.pathname = `/${t.db.databaseName}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url.toString(),
      YIBAO_DATA_DIR: join(projectRoot(), '.data', 'test'),
    };
    delete env.NODE_ENV;
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '-s', 'import:codes', '--', '--kind', 'tcd', file],
      { cwd: projectRoot(), env },
    );
    expect(stdout).toContain('TCM_DISEASE: 2 codes imported');
    expect(
      await t.asOwner("select code, name from code_entry where kind = 'TCM_DISEASE' order by code"),
    ).toEqual([
      { code: 'BNS040', name: '痔病, 混合痔' },
      { code: 'BNV070', name: '项痹病' },
    ]);
  }, 120_000);
});
