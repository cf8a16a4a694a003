import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tinyRulePackage } from '../../src/domain/grouping/drg/rule-package.example';
import { UploadRulePackageDocument } from '../generated/graphql';
import { codes, send } from '../support/client';
import { RULES_JSON } from '../support/reference';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

/** The tiny example package of FORMAT.md. */
const TINY = tinyRulePackage();

const packages = async () =>
  (await t.asOwner<{ n: number }>('select count(*)::int as n from rule_package'))[0].n;

it('stores a valid package with its owner and sha256', async () => {
  const content = JSON.stringify(TINY);
  const result = await send(
    t.url,
    UploadRulePackageDocument,
    { input: { name: 'Tiny', version: '1', content } },
    await t.token(Scope.REGION, '510100'),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.uploadRulePackage.rulePackage).toMatchObject({
    name: 'Tiny',
    ownerScope: 'REGION',
    ownerCode: '510100',
    sha256: createHash('sha256').update(content).digest('hex'),
  });
});

it('stores the real CHS-DRG 1.1 package (≈2 MB of JSON)', async () => {
  const content = readFileSync(RULES_JSON, 'utf8');
  const result = await send(
    t.url,
    UploadRulePackageDocument,
    { input: { name: 'CHS-DRG 1.1', version: '1.1', content } },
    await t.token(Scope.PROVINCE, '510000'),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.uploadRulePackage.rulePackage.ownerCode).toBe('510000');
});

it('refuses a bad package with every problem listed (path and reason), storing nothing', async () => {
  const bad = structuredClone(TINY) as Record<string, unknown> & typeof TINY;
  (bad.mdcs.MDCG.when as unknown) = { principalDiagnosisIn: 'NO_SUCH_LIST' };
  (bad.adrgs.GZ1.drgs[1].when as unknown) = { sometimes: true };
  bad.mdcOrder = ['MDCG', 'MDCX'];
  const before = await packages();
  const result = await send(
    t.url,
    UploadRulePackageDocument,
    { input: { name: 'Bad', version: '1', content: JSON.stringify(bad) } },
    await t.token(Scope.REGION, '510100'),
  );
  expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  const rows = result.errors![0].extensions!.rowErrors as { row: string; reason: string }[];
  expect(rows.length).toBeGreaterThanOrEqual(3);
  const paths = rows.map((r) => r.row).join(' ');
  expect(paths).toContain('mdcs.MDCG.when');
  expect(paths).toContain('adrgs.GZ1.drgs[1].when');
  expect(paths).toContain('mdcOrder');
  expect(await packages()).toBe(before);
});

it('refuses text that is not JSON, and uploads by a hospital', async () => {
  const before = await packages();
  const notJson = await send(
    t.url,
    UploadRulePackageDocument,
    { input: { name: 'x', version: '1', content: '{"format":' } },
    await t.token(Scope.REGION, '510100'),
  );
  expect(codes(notJson)).toEqual(['BAD_USER_INPUT']);
  const hospital = await send(
    t.url,
    UploadRulePackageDocument,
    { input: { name: 'x', version: '1', content: JSON.stringify(TINY) } },
    await t.token(Scope.HOSPITAL, 'H51010000001'),
  );
  expect(codes(hospital)).toEqual(['FORBIDDEN']);
  expect(await packages()).toBe(before);
});
