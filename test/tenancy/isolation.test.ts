import {
  HospitalDocument,
  HospitalsDocument,
  type HospitalsQuery,
  NodeDocument,
  NodesDocument,
  PoolingRegionDocument,
  PoolingRegionsDocument,
  ProvinceDocument,
  ProvinceHospitalsDocument,
  ProvincesDocument,
  ViewerDocument,
} from '../generated/graphql';
import { dataWithoutErrors, send, type GraphQLResult } from '../support/client';
import { createGuizhou, GUIZHOU, GUIZHOU_HOSPITALS } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/** The registry is public within a province and invisible across provinces; NATIONAL sees all. */
let t: TestApp;
let sichuanHospitals: string[];
let sichuanRegions: string[];

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  sichuanHospitals = (
    await t.asOwner<{ code: string }>(
      "select code from hospital where province_code = '510000' order by code",
    )
  ).map((r) => r.code);
  sichuanRegions = (
    await t.asOwner<{ code: string }>(
      "select code from pooling_region where province_code = '510000' order by code",
    )
  ).map((r) => r.code);
});
afterAll(() => t.stop());

const idOf = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64url');

// Every Sichuan principal kind, and what each must (and must not) see.
const sichuanPrincipals: [string, Scope, string][] = [
  ['province', Scope.PROVINCE, '510000'],
  ['city region', Scope.REGION, '510100'],
  ['provincial pool', Scope.REGION, '519900'],
  ['hospital', Scope.HOSPITAL, 'H51030000002'],
];

describe.each(sichuanPrincipals)('a Sichuan %s principal', (_label, scope, code) => {
  let token: string;
  beforeAll(async () => {
    token = await t.token(scope, code, []);
  });

  it('reads its own province and no other', async () => {
    const list = await send(t.url, ProvincesDocument, { first: 100 }, token);
    expect(list.data?.provinces.edges.map((e) => e.node.code)).toEqual(['510000']);
    expect(list.data?.provinces.totalCount).toBe(1);
    expect(
      (await send(t.url, ProvinceDocument, { code: '510000' }, token)).data?.province?.name,
    ).toBe('四川省');
    expect(
      dataWithoutErrors(await send(t.url, ProvinceDocument, { code: GUIZHOU.code }, token))
        .province,
    ).toBeNull();
  });

  it('reads every region of its province and none of another', async () => {
    const list = await send(t.url, PoolingRegionsDocument, { first: 100 }, token);
    expect(list.data?.poolingRegions.edges.map((e) => e.node.code)).toEqual(sichuanRegions);
    expect(list.data?.poolingRegions.totalCount).toBe(sichuanRegions.length);
    const asked = await send(
      t.url,
      PoolingRegionsDocument,
      { first: 100, filter: { provinceCode: GUIZHOU.code } },
      token,
    );
    expect(asked.data?.poolingRegions.totalCount).toBe(0);
    expect(
      (await send(t.url, PoolingRegionDocument, { code: '510500' }, token)).data?.poolingRegion
        ?.code,
    ).toBe('510500');
    expect(
      dataWithoutErrors(await send(t.url, PoolingRegionDocument, { code: '520100' }, token))
        .poolingRegion,
    ).toBeNull();
  });

  it('reads every hospital of its province and none of another', async () => {
    const list = await send(t.url, HospitalsDocument, { first: 100 }, token);
    expect(list.data?.hospitals.edges.map((e) => e.node.code)).toEqual(sichuanHospitals);
    const asked = await send(
      t.url,
      HospitalsDocument,
      { first: 100, filter: { regionCode: '520100' } },
      token,
    );
    expect(asked.data?.hospitals.totalCount).toBe(0);
    expect(
      (await send(t.url, HospitalDocument, { code: 'H51050000001' }, token)).data?.hospital?.region
        .code,
    ).toBe('510500');
    expect(
      dataWithoutErrors(await send(t.url, HospitalDocument, { code: GUIZHOU_HOSPITALS[0] }, token))
        .hospital,
    ).toBeNull();
    const nested = await send(
      t.url,
      ProvinceHospitalsDocument,
      { code: GUIZHOU.code, first: 100 },
      token,
    );
    expect(dataWithoutErrors(nested).province).toBeNull();
  });

  it('resolves node(id:) for its province and returns null for another tenant’s ids', async () => {
    for (const [type, key] of [
      ['Province', '510000'],
      ['PoolingRegion', '510100'],
      ['Hospital', 'H51010000001'],
    ]) {
      const own = await send(t.url, NodeDocument, { id: idOf(type, key) }, token);
      expect(own.data?.node).toMatchObject({ __typename: type, code: key });
    }
    for (const [type, key] of [
      ['Province', '520000'],
      ['PoolingRegion', '520100'],
      ['Hospital', 'H52010000001'],
    ]) {
      const other = await send(t.url, NodeDocument, { id: idOf(type, key) }, token);
      expect(other.errors).toBeUndefined();
      expect(other.data?.node).toBeNull();
    }
    const mixed = await send(
      t.url,
      NodesDocument,
      { ids: [idOf('Hospital', 'H51010000001'), idOf('Hospital', 'H52010000001')] },
      token,
    );
    expect(mixed.data?.nodes.map((n) => n?.id ?? null)).toEqual([
      idOf('Hospital', 'H51010000001'),
      null,
    ]);
  });

  it('sees itself as the viewer, with its tenant record', async () => {
    const { data } = await send(t.url, ViewerDocument, {}, token);
    expect(data?.viewer).toMatchObject({
      scope,
      code,
      provinceCode: '510000',
      province: { code: '510000' },
    });
    expect(data?.viewer.tenant).toMatchObject({ code });
  });
});

describe('a Guizhou principal (the mirror image)', () => {
  it('sees only Guizhou', async () => {
    const token = await t.token(Scope.REGION, '520300', []);
    const hospitals = await send(t.url, HospitalsDocument, { first: 100 }, token);
    expect(hospitals.data?.hospitals.edges.map((e) => e.node.code).sort()).toEqual(
      [...GUIZHOU_HOSPITALS].sort(),
    );
    expect(
      dataWithoutErrors(await send(t.url, HospitalDocument, { code: 'H51010000001' }, token))
        .hospital,
    ).toBeNull();
    expect(
      (await send(t.url, HospitalDocument, { code: 'H52010000001' }, token)).data?.hospital?.code,
    ).toBe('H52010000001');
  });
});

describe('a NATIONAL principal', () => {
  it('reads every province, region and hospital', async () => {
    const token = await t.token(Scope.NATIONAL, undefined, []);
    const provinces = await send(t.url, ProvincesDocument, { first: 100 }, token);
    expect(provinces.data?.provinces.edges.map((e) => e.node.code)).toEqual(['510000', '520000']);
    const hospitals = await send(t.url, HospitalsDocument, { first: 100 }, token);
    expect(hospitals.data?.hospitals.totalCount).toBe(
      sichuanHospitals.length + GUIZHOU_HOSPITALS.length,
    );
    const node = await send(t.url, NodeDocument, { id: idOf('Hospital', 'H52010000001') }, token);
    expect(node.data?.node).toMatchObject({ code: 'H52010000001' });
    const viewer = await send(t.url, ViewerDocument, {}, token);
    expect(viewer.data?.viewer).toMatchObject({
      scope: 'NATIONAL',
      code: '000000',
      provinceCode: null,
      tenant: null,
    });
  });
});

describe('paging and filters', () => {
  it('pages by cursor through all hospitals with stable order and correct page info', async () => {
    const token = await t.token(Scope.PROVINCE, '510000', []);
    const seen: string[] = [];
    let after: string | null | undefined = undefined;
    for (let i = 0; i < 100; i++) {
      const page: GraphQLResult<HospitalsQuery> = await send(
        t.url,
        HospitalsDocument,
        { first: 7, after },
        token,
      );
      const conn: HospitalsQuery['hospitals'] = page.data!.hospitals;
      seen.push(...conn.edges.map((e) => e.node.code));
      expect(conn.totalCount).toBe(sichuanHospitals.length);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(sichuanHospitals);
  });

  it('filters by level, type, grade, name fragment and code prefix', async () => {
    const token = await t.token(Scope.PROVINCE, '510000', []);
    const tcm = await send(
      t.url,
      HospitalsDocument,
      { first: 100, filter: { type: 'TCM' } },
      token,
    );
    const expectedTcm = await t.asOwner<{ code: string }>(
      "select code from hospital where province_code = '510000' and type = 'TCM' order by code",
    );
    expect(tcm.data?.hospitals.edges.map((e) => e.node.code)).toEqual(
      expectedTcm.map((r) => r.code),
    );
    expect(expectedTcm.length).toBeGreaterThan(3);
    const named = await send(
      t.url,
      HospitalsDocument,
      { first: 100, filter: { nameContains: '中医', level: 'SECONDARY' } },
      token,
    );
    for (const edge of named.data!.hospitals.edges) {
      expect(edge.node.name).toContain('中医');
      expect(edge.node.level).toBe('SECONDARY');
    }
    expect(named.data!.hospitals.totalCount).toBeGreaterThan(0);
    // wildcards and quotes are literal text, never SQL
    for (const nasty of ['%', '_', "' or '1'='1", "\\'; drop table hospital; --", '?', '$1']) {
      const literal = await send(
        t.url,
        HospitalsDocument,
        { first: 100, filter: { nameContains: nasty } },
        token,
      );
      expect({ nasty, errors: literal.errors, count: literal.data?.hospitals.totalCount }).toEqual({
        nasty,
        errors: undefined,
        count: 0,
      });
    }
    expect(await t.asOwner('select count(*)::int as n from hospital')).not.toEqual([{ n: 0 }]);
    const prefix = await send(
      t.url,
      PoolingRegionsDocument,
      { first: 100, filter: { codePrefix: '5101' } },
      token,
    );
    expect(prefix.data?.poolingRegions.edges.map((e) => e.node.code)).toEqual(['510100']);
  });
});
