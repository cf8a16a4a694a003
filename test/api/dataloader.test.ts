import { ProvinceRegionsHospitalsDocument, ProvinceTreeDocument } from '../generated/graphql';
import { send } from '../support/client';
import { countStatements } from '../support/statement-counter';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/** No N+1: the statements for a nested query do not grow with the page size. */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token(Scope.PROVINCE, '510000', []);
});
afterAll(() => t.stop());

async function run(regions: number, hospitals: number) {
  const counter = countStatements(t.app);
  try {
    const result = await send(
      t.url,
      ProvinceTreeDocument,
      { code: '510000', regions, hospitals },
      token,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.province!.poolingRegions.edges.reduce(
      (n, e) => n + e.node.hospitals.edges.length,
      0,
    );
    return {
      statements: counter.statements,
      data: counter.dataStatements,
      roundTrips: counter.roundTrips,
      nodes,
      result,
    };
  } finally {
    counter.stop();
  }
}

it('answers province → regions → hospitals with the same statements at any page size', async () => {
  const small = await run(2, 2);
  const large = await run(100, 100);
  expect(small.nodes).toBe(4);
  expect(large.nodes).toBeGreaterThan(40); // positive control: the big page really fetched more rows
  expect(large.statements.length).toBe(small.statements.length);
  // the transaction AND the tenant settings open in the first statement's round trip (settings
  // first); then one data statement per level: province, regions page, hospitals page, and
  // hospital.region (a fourth level; region.province is the root province, already loaded);
  // then COMMIT
  expect(large.statements[0]).toMatch(/^BEGIN; select set_config\('app.scope'/);
  expect(large.roundTrips).toBe(large.statements.length - 1);
  expect(large.data).toHaveLength(4);
  expect(large.statements.at(-1)).toMatch(/^COMMIT/);
});

it('serves the three-level tree in four round trips, selecting only the asked columns', async () => {
  const counter = countStatements(t.app);
  try {
    const result = await send(
      t.url,
      ProvinceRegionsHospitalsDocument,
      { code: '510000', regions: 100, hospitals: 100 },
      token,
    );
    expect(result.errors).toBeUndefined();
    const hospitals = result.data!.province!.poolingRegions.edges.flatMap(
      (e) => e.node.hospitals.edges,
    );
    expect(hospitals.length).toBeGreaterThan(40);
    expect(hospitals.every((h) => h.node.name.length > 0 && h.node.level)).toBe(true);
    // BEGIN + settings with the province, regions, hospitals, COMMIT
    expect(counter.statements).toHaveLength(5);
    expect(counter.roundTrips).toBe(4);
    expect(counter.statements[0]).toMatch(/^BEGIN; select set_config\('app.scope'/);
    expect(counter.statements[4]).toMatch(/^COMMIT/);
    const hospitalPage = counter.dataStatements.find((sql) => sql.includes('from hospital t'))!;
    // lookahead: neither unasked columns nor a count nobody reads
    expect(hospitalPage).not.toMatch(/created_at|updated_at|count\(\*\)/);
    expect(hospitalPage).toMatch(/t\.name/);
  } finally {
    counter.stop();
  }
});

it('returns every hospital of every region, with correct counts and page info', async () => {
  const { result } = await run(100, 100);
  const expected = await t.asOwner<{ region_code: string; n: number }>(
    "select region_code, count(*)::int as n from hospital where province_code = '510000' group by 1 order by 1",
  );
  const got = result.data!.province!.poolingRegions.edges.map((e) => ({
    region_code: e.node.code,
    n: e.node.hospitals.totalCount,
    onPage: e.node.hospitals.edges.length,
    allOwn: e.node.hospitals.edges.every((h) => h.node.region.code === e.node.code),
  }));
  expect(got).toEqual(expected.map((x) => ({ ...x, onPage: x.n, allOwn: true })));
  const paged = await run(2, 2);
  for (const edge of paged.result.data!.province!.poolingRegions.edges) {
    expect(edge.node.hospitals.pageInfo.hasNextPage).toBe(edge.node.hospitals.totalCount > 2);
  }
});

it('applies one cursor to every parent of a nested connection, keeping each parent’s total', async () => {
  const after = Buffer.from('c:H51050000000').toString('base64url'); // between 泸州 (5105…) and earlier regions
  const query = `query($after: String) { province(code: "510000") { poolingRegions(first: 100) { edges { node { code
    hospitals(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { code } } } } } } } }`;
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { after } }),
  });
  const body = (await response.json()) as {
    data: {
      province: {
        poolingRegions: {
          edges: {
            node: {
              code: string;
              hospitals: {
                totalCount: number;
                pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
                edges: { node: { code: string } }[];
              };
            };
          }[];
        };
      };
    };
  };
  const counts = await t.asOwner<{ region_code: string; n: number }>(
    "select region_code, count(*)::int as n from hospital where province_code = '510000' group by 1",
  );
  for (const { node } of body.data.province.poolingRegions.edges) {
    const total = counts.find((c) => c.region_code === node.code)!.n;
    const all = (
      await t.asOwner<{ code: string }>(
        'select code from hospital where region_code = $1 order by code',
        [node.code],
      )
    ).map((r) => r.code);
    const afterCursor = all.filter((code) => code > 'H51050000000');
    expect({
      region: node.code,
      total: node.hospitals.totalCount,
      page: node.hospitals.edges.map((e) => e.node.code),
    }).toEqual({
      region: node.code,
      total,
      page: afterCursor.slice(0, 2),
    });
    expect(node.hospitals.pageInfo).toEqual({
      hasNextPage: afterCursor.length > 2,
      hasPreviousPage: true,
    });
  }
  // positive control: some regions lie wholly before the cursor, some after it
  const pages = body.data.province.poolingRegions.edges.map((e) => e.node.hospitals.edges.length);
  expect(pages).toContain(0);
  expect(pages).toContain(2);
});
