import { createGuizhou, GUIZHOU_HOSPITALS } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Thousands of mixed-tenant requests in parallel over a pool of four connections: settings are
 * transaction-local and every request has its own transaction, EntityManager and loaders, so no
 * response may ever contain a row of another province.
 */
const REQUESTS = 2000;
const IN_FLIGHT = 48;
const POOL = 4;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DB_POOL_MAX: String(POOL) });
  await createGuizhou(t);
});
afterAll(() => t.stop());

const QUERY = /* GraphQL */ `
  query Leak($foreign: ID!) {
    viewer {
      code
    }
    hospitals(first: 100) {
      totalCount
      edges {
        node {
          code
          provinceCode
          region {
            provinceCode
          }
        }
      }
    }
    poolingRegions(first: 100) {
      edges {
        node {
          provinceCode
        }
      }
    }
    foreign: node(id: $foreign) {
      id
    }
  }
`;

interface LeakResult {
  viewer: { code: string };
  hospitals: {
    totalCount: number;
    edges: { node: { code: string; provinceCode: string; region: { provinceCode: string } } }[];
  };
  poolingRegions: { edges: { node: { provinceCode: string } }[] };
  foreign: { id: string } | null;
}

const hospitalId = (code: string) => Buffer.from(`Hospital:${code}`).toString('base64url');

it(`isolates ${REQUESTS} parallel mixed-tenant requests on a pool of ${POOL}`, async () => {
  const pool = (t.app.orm.em.getConnection().getKnex().client as { pool: { max: number } }).pool;
  expect(pool.max).toBe(POOL);

  const [sichuanCount] = await t.asOwner<{ n: number }>(
    "select count(*)::int as n from hospital where province_code = '510000'",
  );
  const sichuan = sichuanCount.n;
  const guizhou = GUIZHOU_HOSPITALS.length;
  const tenant = async (scope: Scope, code: string, foreign: string, expected: number) => ({
    token: await t.token(scope, code, []),
    code,
    province: scope === Scope.HOSPITAL ? `${code.slice(1, 3)}0000` : `${code.slice(0, 2)}0000`,
    foreign,
    expected,
  });
  const tenants = await Promise.all([
    tenant(Scope.PROVINCE, '510000', GUIZHOU_HOSPITALS[0], sichuan),
    tenant(Scope.REGION, '510100', GUIZHOU_HOSPITALS[1], sichuan),
    tenant(Scope.HOSPITAL, 'H51050000001', GUIZHOU_HOSPITALS[2], sichuan),
    tenant(Scope.PROVINCE, '520000', 'H51010000001', guizhou),
    tenant(Scope.REGION, '520300', 'H51030000001', guizhou),
  ]);

  let next = 0;
  const problems: string[] = [];
  let checkedRows = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      const tenant = tenants[next++ % tenants.length];
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` },
        body: JSON.stringify({ query: QUERY, variables: { foreign: hospitalId(tenant.foreign) } }),
      });
      const body = (await response.json()) as { data?: LeakResult; errors?: unknown[] };
      if (response.status !== 200 || body.errors || !body.data) {
        problems.push(`status ${response.status}: ${JSON.stringify(body.errors)}`);
        continue;
      }
      const data = body.data;
      if (data.viewer.code !== tenant.code)
        problems.push(`viewer ${data.viewer.code} for ${tenant.code}`);
      if (data.foreign !== null) problems.push(`${tenant.code} saw foreign ${tenant.foreign}`);
      if (data.hospitals.totalCount !== tenant.expected)
        problems.push(`${tenant.code} counted ${data.hospitals.totalCount}`);
      for (const { node } of data.hospitals.edges) {
        checkedRows++;
        if (node.provinceCode !== tenant.province || node.region.provinceCode !== tenant.province) {
          problems.push(`${tenant.code} saw hospital ${node.code} of ${node.provinceCode}`);
        }
      }
      for (const { node } of data.poolingRegions.edges) {
        if (node.provinceCode !== tenant.province)
          problems.push(`${tenant.code} saw a region of ${node.provinceCode}`);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

  expect(problems.slice(0, 10)).toEqual([]);
  // positive control: the responses really carried rows to check
  expect(checkedRows).toBeGreaterThan(REQUESTS * 5);
});
