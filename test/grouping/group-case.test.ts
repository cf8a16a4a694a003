import { readFileSync } from 'node:fs';
import { GroupCaseDocument } from '../generated/graphql';
import { codes, send } from '../support/client';
import { CASES_DEV_JSONL } from '../support/reference';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/** groupCase over the stored catalogs and rule package, through the API, as any principal. */
let t: TestApp;
let national: string;
let chengdu: string;

interface DevCase {
  id: string;
  sex: number;
  age: number;
  ageDays: number | null;
  birthWeight: number | null;
  los: number;
  dischargeWay: number;
  diagnoses: string[];
  procedures: string[];
  expected: { status: string; mdc: string | null; adrg: string | null; drg: string | null };
}
const cases: DevCase[] = readFileSync(CASES_DEV_JSONL, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as DevCase);
const input = ({
  id,
  sex,
  age,
  ageDays,
  birthWeight,
  los,
  dischargeWay,
  diagnoses,
  procedures,
}: DevCase) => ({
  id,
  sex,
  age,
  ageDays,
  birthWeight,
  los,
  dischargeWay,
  diagnoses,
  procedures,
});

beforeAll(async () => {
  t = await startTestApp();
  const gid = (uuid: string) => Buffer.from(`CatalogVersion:${uuid}`).toString('base64url');
  const rows = await t.asOwner<{ id: string; owner_code: string }>(
    "select id, owner_code from catalog_version where kind = 'DRG' and status = 'PUBLISHED'",
  );
  national = gid(rows.find((r) => r.owner_code === '000000')!.id);
  chengdu = gid(rows.find((r) => r.owner_code === '510100')!.id);
});
afterAll(() => t.stop());

it('groups dev cases exactly as expected with the stored CHS-DRG 1.1 package (every 10th of the 3,000)', async () => {
  const token = await t.token(Scope.HOSPITAL, 'H51010000001', []);
  const mismatches: string[] = [];
  let checked = 0;
  for (const c of cases.filter((_, i) => i % 10 === 0)) {
    const result = await send(
      t.url,
      GroupCaseDocument,
      { input: input(c), catalogVersion: national },
      token,
    );
    const drg = result.data?.groupCase.drg;
    const got = {
      status: drg?.status,
      mdc: drg?.mdc ?? null,
      adrg: drg?.adrg ?? null,
      drg: drg?.drg ?? null,
    };
    if (JSON.stringify(got) !== JSON.stringify(c.expected))
      mismatches.push(`${c.id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(c.expected)}`);
    checked++;
  }
  expect(checked).toBe(300);
  expect(mismatches).toEqual([]);
});

it('explains the decision: MDC, ADRG, split, and each secondary’s MCC/CC after the exclusion table', async () => {
  const readme = cases.find((c) => c.id === 'opendrg-readme-22058878')!;
  const result = await send(
    t.url,
    GroupCaseDocument,
    { input: input(readme), catalogVersion: national },
    await t.token(Scope.REGION, '510100', []),
  );
  const g = result.data!.groupCase;
  expect(g).toMatchObject({
    groupedBy: 'DRG',
    status: 'SUCCESS',
    drg: { mdc: 'MDCG', adrg: 'GZ1', drg: 'GZ13', group: { code: 'GZ13' } },
  });
  const text = g.explanation.join('\n');
  expect(text).toContain('MDCG entered');
  expect(text).toContain('GZ1 matched');
  expect(text).toMatch(/exclusion table \d+/);
  expect(text).toContain('secondary K11.901');
  expect(text).toContain('Split GZ13');
  const trace = JSON.parse(g.trace) as {
    drg: { complications: { secondaries: { code: string }[] }; rulePackage: { sha256: string } };
  };
  expect(trace.drg.complications.secondaries.map((s) => s.code)).toEqual([
    'K11.901',
    'E11.900',
    'I10.x05',
  ]);
  expect(trace.drg.rulePackage.sha256).toBe(g.drg!.rulePackage.sha256);
});

it('resolves the catalog in force for the region and day, with its local weights', async () => {
  const ir = cases.find((c) => c.expected.drg === 'IR29')!;
  const token = await t.token(Scope.REGION, '510100', []);
  const local = await send(
    t.url,
    GroupCaseDocument,
    { input: input(ir), asOf: '2025-08-01' },
    token,
  );
  expect(local.data?.groupCase.catalogVersion.id).toBe(chengdu);
  expect(local.data?.groupCase.drg?.group).toMatchObject({ code: 'IR29', origin: 'OVERRIDDEN' });
  const earlier = await send(
    t.url,
    GroupCaseDocument,
    { input: input(ir), asOf: '2024-08-01' },
    token,
  );
  expect(earlier.data?.groupCase.catalogVersion.id).toBe(national);
  expect(earlier.data?.groupCase.drg?.group?.origin).toBe('ADDED');
  expect(earlier.data?.groupCase.drg?.group?.weight).not.toBe(
    local.data?.groupCase.drg?.group?.weight,
  );
});

it('refuses bad requests with coded errors', async () => {
  const token = await t.token(Scope.REGION, '510100', []);
  const c = input(cases[1]);
  const tooMany = await send(
    t.url,
    GroupCaseDocument,
    { input: { ...c, diagnoses: Array.from({ length: 51 }, () => 'A00.000') } },
    token,
  );
  expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  const none = await send(t.url, GroupCaseDocument, { input: c, asOf: '2020-01-01' }, token);
  expect(codes(none)).toEqual(['NOT_FOUND']);
  const [bed] = await t.asOwner<{ id: string }>(
    "select id from catalog_version where kind = 'BED_DAY'",
  );
  const wrongKind = await send(
    t.url,
    GroupCaseDocument,
    { input: c, catalogVersion: Buffer.from(`CatalogVersion:${bed.id}`).toString('base64url') },
    token,
  );
  expect(codes(wrongKind)).toEqual(['BAD_USER_INPUT']);
  const badDate = await send(t.url, GroupCaseDocument, { input: c, asOf: '2025-02-30' }, token);
  expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
});
