import { codes, sendRaw, type GraphQLResult } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Requests an attacker or an unlucky operator would send: each class gets a coded 4xx (never a
 * 5xx or INTERNAL_SERVER_ERROR) and changes nothing, and a valid request's work stays bounded.
 */
let t: TestApp;
let national: string;
let region: string;
beforeAll(async () => {
  t = await startTestApp();
  national = await t.token(Scope.NATIONAL);
  region = await t.token(Scope.REGION, '510100');
});
afterAll(() => t.stop());

const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

function expectRefused(result: GraphQLResult<unknown>, code = 'BAD_USER_INPUT') {
  expect(result.status).toBeLessThan(500);
  expect(codes(result)).toContain(code);
  expect(codes(result)).not.toContain('INTERNAL_SERVER_ERROR');
}

describe('a write is acknowledged only once the database has it', () => {
  const registry = () =>
    t.asOwner(
      `select 'p' as k, code, name from province union all select 'r', code, name from pooling_region
       union all select 'h', code, name from hospital order by 1, 2`,
    );

  it.each([
    [
      'two provinces with one code',
      () => national,
      'createProvince(input: { code: "530000", name: "$NAME" }) { province { code name } }',
    ],
    [
      'two pooling regions with one code',
      () => t.token(Scope.PROVINCE, '510000'),
      'createPoolingRegion(input: { code: "511900", name: "$NAME", level: CITY }) { poolingRegion { code name } }',
    ],
    [
      'two hospitals with one code',
      () => region,
      'createHospital(input: { code: "H51010077701", name: "$NAME", level: PRIMARY, type: GENERAL }) { hospital { code name } }',
    ],
  ])('%s in one request: CONFLICT on the second, nothing stored', async (_label, who, field) => {
    const before = await registry();
    const result = await sendRaw(
      t.url,
      body(`mutation { a: ${field.replace('$NAME', '甲')} b: ${field.replace('$NAME', '乙')} }`),
      await who(),
    );
    expectRefused(result, 'CONFLICT');
    expect(result.errors?.[0].path).toEqual(['b']);
    // the first answer is not left standing either: the whole request is rolled back
    expect(result.data ?? null).toBeNull();
    expect(await registry()).toEqual(before);
  });

  it('a create after an update of the same key in one request is refused', async () => {
    const before = await registry();
    const result = await sendRaw(
      t.url,
      body(
        `mutation {
          a: updateHospital(input: { code: "H51010000001", name: "改名" }) { hospital { name } }
          b: createHospital(input: { code: "H51010000001", name: "冒名", level: PRIMARY, type: GENERAL }) { hospital { name } }
        }`,
      ),
      region,
    );
    expectRefused(result, 'CONFLICT');
    expect(await registry()).toEqual(before);
  });

  it('positive control: one create alone is stored and answered as stored', async () => {
    const result = await sendRaw<{ createProvince: { province: { name: string } } }>(
      t.url,
      body(
        'mutation { createProvince(input: { code: "540000", name: "西藏自治区" }) { province { name } } }',
      ),
      national,
    );
    expect(result.errors).toBeUndefined();
    expect(await t.asOwner("select name from province where code = '540000'")).toEqual([
      { name: result.data?.createProvince.province.name },
    ]);
  });
});
