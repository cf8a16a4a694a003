import {
  CreateHospitalDocument,
  CreatePoolingRegionDocument,
  CreateProvinceDocument,
  CreateTwoHospitalsDocument,
  HospitalsDocument,
  UpdateHospitalDocument,
  UpdatePoolingRegionDocument,
  UpdateProvinceDocument,
} from '../generated/graphql';
import { codes, send, sendRaw } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
});
afterAll(() => t.stop());

/** Snapshot of the whole registry as the owner: "changes nothing" is checked against it. */
const registry = () =>
  t.asOwner(
    `select 'p' as k, code, name, null as level, null as grade, null as type, updated_at::text from province
     union all select 'r', code, name, level, null, null, updated_at::text from pooling_region
     union all select 'h', code, name, level, grade, type, updated_at::text from hospital
     order by 1, 2`,
  );

const hospitalInput = (code: string) => ({
  code,
  name: '测试医院',
  level: 'PRIMARY' as const,
  type: 'GENERAL' as const,
});

describe('owning scopes write their own records', () => {
  it('NATIONAL creates and renames a province', async () => {
    const token = await t.token(Scope.NATIONAL);
    const created = await send(
      t.url,
      CreateProvinceDocument,
      { input: { code: '530000', name: ' 云南省 ' } },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProvince.province).toMatchObject({ code: '530000', name: '云南省' });
    const renamed = await send(
      t.url,
      UpdateProvinceDocument,
      { input: { code: '530000', name: '云南' } },
      token,
    );
    expect(renamed.data?.updateProvince.province.name).toBe('云南');
    expect(await t.asOwner("select name from province where code = '530000'")).toEqual([
      { name: '云南' },
    ]);
  });

  it('a province creates and updates its regions', async () => {
    const token = await t.token(Scope.PROVINCE, '510000');
    const created = await send(
      t.url,
      CreatePoolingRegionDocument,
      { input: { code: '511700', name: '达州市', level: 'CITY' } },
      token,
    );
    expect(created.data?.createPoolingRegion.poolingRegion).toMatchObject({
      code: '511700',
      provinceCode: '510000',
    });
    const updated = await send(
      t.url,
      UpdatePoolingRegionDocument,
      { input: { code: '511700', level: 'COUNTY' } },
      token,
    );
    expect(updated.data?.updatePoolingRegion.poolingRegion).toMatchObject({
      name: '达州市',
      level: 'COUNTY',
    });
  });

  it('a region registers and updates its hospitals; explicit null clears the grade', async () => {
    const token = await t.token(Scope.REGION, '510100');
    const created = await send(
      t.url,
      CreateHospitalDocument,
      { input: { ...hospitalInput('H51010700001'), grade: 'B' } },
      token,
    );
    expect(created.data?.createHospital.hospital).toMatchObject({
      code: 'H51010700001',
      regionCode: '510100',
      provinceCode: '510000',
      grade: 'B',
      region: { code: '510100' },
    });
    const updated = await send(
      t.url,
      UpdateHospitalDocument,
      { input: { code: 'H51010700001', grade: null, level: 'SECONDARY' } },
      token,
    );
    expect(updated.data?.updateHospital.hospital).toMatchObject({
      grade: null,
      level: 'SECONDARY',
      name: '测试医院',
    });
  });
});

describe('writes across tenants are refused and change nothing', () => {
  const cases: [
    string,
    () => Promise<{ errors?: { extensions?: { code?: string } }[] }>,
    string,
  ][] = [
    [
      'a province creating a province',
      async () =>
        send(
          t.url,
          CreateProvinceDocument,
          { input: { code: '540000', name: 'x' } },
          await t.token(Scope.PROVINCE, '510000'),
        ),
      'FORBIDDEN',
    ],
    [
      'a region renaming its province',
      async () =>
        send(
          t.url,
          UpdateProvinceDocument,
          { input: { code: '510000', name: 'x' } },
          await t.token(Scope.REGION, '510100'),
        ),
      'FORBIDDEN',
    ],
    [
      'a province creating a region in another province',
      async () =>
        send(
          t.url,
          CreatePoolingRegionDocument,
          { input: { code: '520500', name: 'x', level: 'CITY' } },
          await t.token(Scope.PROVINCE, '510000'),
        ),
      'BAD_USER_INPUT',
    ],
    [
      'a province renaming another province’s region',
      async () =>
        send(
          t.url,
          UpdatePoolingRegionDocument,
          { input: { code: '520100', name: 'x' } },
          await t.token(Scope.PROVINCE, '510000'),
        ),
      'NOT_FOUND',
    ],
    [
      'a region creating a region',
      async () =>
        send(
          t.url,
          CreatePoolingRegionDocument,
          { input: { code: '510199', name: 'x', level: 'CITY' } },
          await t.token(Scope.REGION, '510100'),
        ),
      'FORBIDDEN',
    ],
    [
      'a region renaming a sibling region’s hospital',
      async () =>
        send(
          t.url,
          UpdateHospitalDocument,
          { input: { code: 'H51030000001', name: 'x' } },
          await t.token(Scope.REGION, '510100'),
        ),
      'FORBIDDEN',
    ],
    [
      'a region renaming another province’s hospital',
      async () =>
        send(
          t.url,
          UpdateHospitalDocument,
          { input: { code: 'H52010000001', name: 'x' } },
          await t.token(Scope.REGION, '510100'),
        ),
      'NOT_FOUND',
    ],
    [
      'a region registering a hospital coded in another province',
      async () =>
        send(
          t.url,
          CreateHospitalDocument,
          { input: hospitalInput('H52010099999') },
          await t.token(Scope.REGION, '510100'),
        ),
      'BAD_USER_INPUT',
    ],
    [
      'a province registering a hospital',
      async () =>
        send(
          t.url,
          CreateHospitalDocument,
          { input: hospitalInput('H51010099998') },
          await t.token(Scope.PROVINCE, '510000'),
        ),
      'FORBIDDEN',
    ],
    [
      'a hospital renaming itself',
      async () =>
        send(
          t.url,
          UpdateHospitalDocument,
          { input: { code: 'H51010000001', name: 'x' } },
          await t.token(Scope.HOSPITAL, 'H51010000001'),
        ),
      'FORBIDDEN',
    ],
    [
      'an owner without the ADMIN role',
      async () =>
        send(
          t.url,
          CreateHospitalDocument,
          { input: hospitalInput('H51010099997') },
          await t.token(Scope.REGION, '510100', []),
        ),
      'FORBIDDEN',
    ],
  ];

  it.each(cases)('%s', async (_label, attempt, code) => {
    const before = await registry();
    const result = await attempt();
    expect(codes(result as never)).toEqual([code]);
    expect(await registry()).toEqual(before);
  });
});

describe('bad writes get coded errors and change nothing', () => {
  it.each([
    ['an invalid hospital code', hospitalInput('X123'), 'BAD_USER_INPUT'],
    ['an empty name', { ...hospitalInput('H51010099996'), name: '   ' }, 'BAD_USER_INPUT'],
    ['a duplicate code', hospitalInput('H51010000001'), 'CONFLICT'],
  ])('%s', async (_label, input, code) => {
    const before = await registry();
    const result = await send(
      t.url,
      CreateHospitalDocument,
      { input },
      await t.token(Scope.REGION, '510100'),
    );
    expect(codes(result)).toEqual([code]);
    expect(JSON.stringify(result.errors)).not.toMatch(/insert|select|constraint "|duplicate key/i);
    expect(await registry()).toEqual(before);
  });

  it('rolls back the first write when a later write in the same operation fails', async () => {
    const before = await registry();
    const result = await send(
      t.url,
      CreateTwoHospitalsDocument,
      { first: hospitalInput('H51010088801'), second: hospitalInput('H51010000001') },
      await t.token(Scope.REGION, '510100'),
    );
    // `a` ran first and inserted; `b` failed, so the whole operation is rolled back
    expect(codes(result)).toEqual(['CONFLICT']);
    expect(result.errors?.[0].path).toEqual(['b']);
    expect(await registry()).toEqual(before);
    // positive control: the same first write alone commits
    const alone = await send(
      t.url,
      CreateHospitalDocument,
      { input: hospitalInput('H51010088801') },
      await t.token(Scope.REGION, '510100'),
    );
    expect(alone.errors).toBeUndefined();
    expect(await t.asOwner("select code from hospital where code = 'H51010088801'")).toHaveLength(
      1,
    );
  });
});

describe('later fields of the same operation see earlier writes', () => {
  it('re-reads a region’s hospital page after each create in one operation', async () => {
    const token = await t.token(Scope.REGION, '510100');
    const [{ n }] = await t.asOwner<{ n: number }>(
      "select count(*)::int as n from hospital where region_code = '510100'",
    );
    const create = (alias: string, code: string) =>
      `${alias}: createHospital(input: { code: "${code}", name: "同批医院", level: PRIMARY, type: GENERAL }) { hospital { region { hospitals(first: 100) { totalCount } } } }`;
    const result = await sendRaw<
      Record<string, { hospital: { region: { hospitals: { totalCount: number } } } }>
    >(
      t.url,
      JSON.stringify({
        query: `mutation { ${create('m1', 'H51010077701')} ${create('m2', 'H51010077702')} }`,
      }),
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.m1.hospital.region.hospitals.totalCount).toBe(n + 1);
    expect(result.data?.m2.hospital.region.hospitals.totalCount).toBe(n + 2);
  });

  it('stores and finds names with SQL-ish characters verbatim', async () => {
    const token = await t.token(Scope.REGION, '510100');
    const name = "a?b ?? $1 'c' \\d %_";
    const created = await send(
      t.url,
      CreateHospitalDocument,
      { input: { ...hospitalInput('H51010077703'), name } },
      token,
    );
    expect(created.data?.createHospital.hospital.name).toBe(name);
    expect(await t.asOwner("select name from hospital where code = 'H51010077703'")).toEqual([
      { name },
    ]);
    const found = await send(
      t.url,
      HospitalsDocument,
      { filter: { nameContains: "a?b ?? $1 'c'" } },
      token,
    );
    expect(found.data?.hospitals.edges.map((e) => e.node.code)).toEqual(['H51010077703']);
  });
});
