import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger';
import { importSettlementListLines, type RejectedLine } from '../../src/modules/case';
import { TokenVerifier } from '../../src/modules/identity';
import { fileLines } from '../../src/shared/file-lines';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { CHENGDU, H1, H2, validList } from './support';

/**
 * The JSON Lines import: the same ingest as the GraphQL upload, as the token's principal under
 * row-level security, with a rejects file and progress. (src/cli/import-cases.ts only parses
 * arguments around importSettlementListLines and writes what it reports.)
 */
let t: TestApp;
let dir: string;

beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(join(tmpdir(), 'yibao-import-'));
});
afterAll(() => t.stop());

async function runImport(token: string, lines: string[], batchSize?: number) {
  const file = join(dir, `cases-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const rejects: RejectedLine[] = [];
  const progress: number[] = [];
  const verifier = await TokenVerifier.create(t.config);
  const done = await importSettlementListLines(
    { orm: t.app.orm, verifier, config: t.config, log: createLogger(t.config) },
    token,
    fileLines(file),
    {
      batchSize,
      onReject: (r) => {
        rejects.push(r);
      },
      onProgress: (p) => progress.push(p.lines),
    },
  );
  return { done, rejects, progress };
}

const storedCount = async (ids: string[]) =>
  (
    await t.asOwner<{ n: number }>(
      'select count(*)::int as n from settlement_case where settlement_id = any($1::text[])',
      [ids],
    )
  )[0].n;

describe('import:cases', () => {
  it('imports good lines, rejects bad ones with line numbers and reasons, and is idempotent', async () => {
    const token = await t.token(Scope.HOSPITAL, H1);
    const good = [validList(), validList(), validList()];
    const lines = [
      JSON.stringify(good[0]),
      '{ not json',
      JSON.stringify({ ...validList(), dischargeWay: 7 }),
      '',
      JSON.stringify(good[1]),
      JSON.stringify({ ...validList(), totalCost: 10000 }),
      JSON.stringify(good[2]),
    ];
    const { done, rejects, progress } = await runImport(token, lines, 2);
    expect(done).toMatchObject({ lines: 6, accepted: 3, unchanged: 0, rejected: 3 });
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(rejects.map((r) => [r.line, r.issues.map((i) => i.code)])).toEqual([
      [2, ['2006']],
      [3, ['2006']],
      [6, ['2006']],
    ]);
    expect(rejects[1].issues[0].field).toBe('dischargeWay');
    expect(rejects[2].issues[0].field).toBe('totalCost');
    expect(await storedCount(good.map((g) => g.settlementId))).toBe(3);

    // again: nothing new
    const again = await runImport(token, lines, 2);
    expect(again.done).toMatchObject({ accepted: 0, unchanged: 3, rejected: 3 });
  });

  it("runs as the token's principal: another hospital's token imports none of this hospital's cases", async () => {
    const list = validList({ hospitalCode: H1 });
    const other = await t.token(Scope.HOSPITAL, H2);
    const { done, rejects } = await runImport(other, [JSON.stringify(list)]);
    expect(done).toMatchObject({ accepted: 0, rejected: 1 });
    expect(rejects[0]).toMatchObject({ line: 1, settlementId: list.settlementId });
    expect(rejects[0].issues.map((i) => i.code)).toEqual(['NOT_PERMITTED']);
    expect(await storedCount([list.settlementId])).toBe(0);
    // positive control: the region of the hospital may
    const region = await t.token(Scope.REGION, CHENGDU);
    expect((await runImport(region, [JSON.stringify(list)])).done.accepted).toBe(1);
    expect(await storedCount([list.settlementId])).toBe(1);
  });

  it('refuses a bad token before reading anything', async () => {
    const list = validList();
    await expect(runImport('not-a-token', [JSON.stringify(list)])).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const province = await t.token(Scope.PROVINCE, '510000');
    await expect(runImport(province, [JSON.stringify(list)])).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await storedCount([list.settlementId])).toBe(0);
  });

  it('imports a few thousand lists in batches (and reports the rate)', async () => {
    const token = await t.token(Scope.REGION, CHENGDU);
    const n = 5000;
    const lists = Array.from({ length: n }, (_, i) =>
      validList({
        settlementId: `BULK-${i}`,
        stayId: `BULK-${i}`,
        hospitalCode: i % 2 ? H1 : H2,
        insuredPersonId: `P${i}`,
      }),
    );
    const { done } = await runImport(
      token,
      lists.map((l) => JSON.stringify(l)),
    );
    expect(done).toMatchObject({ lines: n, accepted: n, rejected: 0 });
    const rate = Math.round((n * 1000) / done.elapsedMs);
    process.stderr.write(`import: ${n} cases in ${done.elapsedMs} ms (${rate}/s)\n`);
    const [grouped] = await t.asOwner<{ n: number }>(
      "select count(*)::int as n from case_revision where settlement_id like 'BULK-%' and drg_status = 'SUCCESS'",
    );
    expect(grouped.n).toBe(n);
    expect(readFileSync).toBeDefined();
  });
});
