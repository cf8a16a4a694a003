import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { codes, sendRaw } from '../support/client';
import { Scope, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/** Every kind of bad request gets a coded error and a 4xx (never a 500, a stack or SQL). */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp({
    MAX_QUERY_DEPTH: '10',
    MAX_QUERY_COST: '5000',
    MAX_BODY_BYTES: '65536',
  });
  token = await t.token(Scope.REGION, '510100');
});
afterAll(() => t.stop());

const query = (q: string, variables?: unknown) => JSON.stringify({ query: q, variables });

function expectClean(result: { status: number; raw: string }) {
  expect(result.status).toBeLessThan(500);
  expect(result.raw).not.toMatch(/\bat .+\.(js|ts):\d+|select .* from|insert into|stacktrace/i);
}

const sign = (
  claims: Record<string, unknown>,
  configure: (jwt: SignJWT) => SignJWT,
  secret = TEST_JWT_SECRET,
) =>
  configure(
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('test')
      .setIssuer('yibao-graph')
      .setAudience('yibao-graph'),
  ).sign(createSecretKey(Buffer.from(secret)));

describe('request shape', () => {
  it('malformed JSON → 400 BAD_USER_INPUT', async () => {
    const result = await sendRaw(t.url, '{"query": "{ viewer { code } }"', token);
    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('unparseable GraphQL → BAD_USER_INPUT (GRAPHQL_PARSE_FAILED)', async () => {
    const result = await sendRaw(t.url, query('{ viewer { code '), token);
    expectClean(result);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('unknown field → BAD_USER_INPUT (GRAPHQL_VALIDATION_FAILED)', async () => {
    const result = await sendRaw(t.url, query('{ viewer { code password } }'), token);
    expectClean(result);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('unknown input field → BAD_USER_INPUT', async () => {
    const result = await sendRaw(
      t.url,
      query(
        'mutation($i: CreateHospitalInput!) { createHospital(input: $i) { hospital { code } } }',
        {
          i: { code: 'H51010012345', name: 'x', level: 'PRIMARY', type: 'GENERAL', secret: 1 },
        },
      ),
      token,
    );
    expectClean(result);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await t.asOwner("select 1 from hospital where code = 'H51010012345'")).toEqual([]);
  });

  it('wrong variable type → BAD_USER_INPUT', async () => {
    const result = await sendRaw(
      t.url,
      query('query($n: Int) { hospitals(first: $n) { totalCount } }', { n: 'ten' }),
      token,
    );
    expectClean(result);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('wrong enum value → BAD_USER_INPUT', async () => {
    const result = await sendRaw(
      t.url,
      query('{ hospitals(filter: { level: QUATERNARY }) { totalCount } }'),
      token,
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('oversize page → BAD_USER_INPUT, and the largest allowed page works', async () => {
    const over = await sendRaw(t.url, query('{ hospitals(first: 101) { totalCount } }'), token);
    expect(over.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PAGE_SIZE_OUT_OF_RANGE',
    });
    const negative = await sendRaw(t.url, query('{ hospitals(first: -1) { totalCount } }'), token);
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    const max = await sendRaw<{ hospitals: { totalCount: number } }>(
      t.url,
      query('{ hospitals(first: 100) { totalCount } }'),
      token,
    );
    expect(max.errors).toBeUndefined();
    expect(max.data?.hospitals.totalCount).toBeGreaterThan(0);
  });

  it('malformed cursor and global id → BAD_USER_INPUT', async () => {
    const cursor = await sendRaw(t.url, query('{ hospitals(after: "!!") { totalCount } }'), token);
    expect(cursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MALFORMED_CURSOR',
    });
    const id = await sendRaw(t.url, query('{ node(id: "bm90LWFuLWlk") { id } }'), token);
    expect(id.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MALFORMED_ID',
    });
  });

  it('too-deep query → BAD_USER_INPUT (QUERY_TOO_DEEP); one level less runs', async () => {
    // depth 11: hospital › region › province › poolingRegions › edges › node › province › poolingRegions › edges › node › code
    const deep =
      '{ hospital(code: "H51010000001") { region { province { poolingRegions { edges { node { province { poolingRegions { edges { node { code } } } } } } } } } } }';
    const result = await sendRaw(t.url, query(deep), token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
    });
    const shallower =
      '{ hospital(code: "H51010000001") { region { province { poolingRegions { edges { node { province { code } } } } } } } }';
    const ok = await sendRaw(t.url, query(shallower), token);
    expect(ok.errors).toBeUndefined();
  });

  it('too-deep query through fragments is measured too', async () => {
    const q = `
      query { hospital(code: "H51010000001") { ...H } }
      fragment H on Hospital { region { province { poolingRegions { edges { node { ...R } } } } } }
      fragment R on PoolingRegion { province { poolingRegions { edges { node { code } } } } }`;
    const result = await sendRaw(t.url, query(q), token);
    expect(result.errors?.[0].extensions).toMatchObject({ reason: 'QUERY_TOO_DEEP' });
  });

  it('too-costly query → BAD_USER_INPUT (QUERY_TOO_COSTLY), counting variables', async () => {
    const q =
      'query($n: Int) { poolingRegions(first: $n) { edges { node { hospitals(first: $n) { totalCount } } } } }';
    const costly = await sendRaw(t.url, query(q, { n: 100 }), token);
    expect(costly.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
    });
    const cheap = await sendRaw(t.url, query(q, { n: 10 }), token);
    expect(cheap.errors).toBeUndefined();
  });

  it('standard introspection works; self-nesting introspection → BAD_USER_INPUT', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const standard = await sendRaw<{ __schema: { types: unknown[] } }>(
      t.url,
      query(getIntrospectionQuery()),
      token,
    );
    expect(standard.errors).toBeUndefined();
    expect(standard.data?.__schema.types.length).toBeGreaterThan(20);
    const nested = await sendRaw(
      t.url,
      query('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }'),
      token,
    );
    expect(nested.status).toBe(400);
    // graphql-js's own MaxIntrospectionDepthRule may answer first; our limit is the second line
    expect(nested.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COSTLY']).toContain(
      nested.errors?.[0].extensions?.reason,
    );
  });

  it('variable defaults count toward the cost', async () => {
    const q =
      'query($n: Int = 100) { poolingRegions(first: $n) { edges { node { hospitals(first: $n) { totalCount } } } } }';
    const result = await sendRaw(t.url, query(q), token);
    expect(result.errors?.[0].extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
  });

  it('body over the size limit → 413', async () => {
    const result = await sendRaw(
      t.url,
      query(`{ viewer { code } } # ${'x'.repeat(70_000)}`),
      token,
    );
    expect(result.status).toBe(413);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('wrong method → 405; unknown path → 404', async () => {
    const put = await fetch(t.url, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    const other = await fetch(t.url.replace('/graphql', '/nope'));
    expect(other.status).toBe(404);
  });
});

describe('authentication', () => {
  const viewer = query('{ viewer { code } }');
  const expectUnauthenticated = (result: {
    status: number;
    raw: string;
    errors?: { extensions?: { code?: string } }[];
  }) => {
    expect(result.status).toBe(401);
    expect(codes(result as never)).toEqual(['UNAUTHENTICATED']);
  };

  it('positive control: a valid token is accepted', async () => {
    const result = await sendRaw<{ viewer: { code: string } }>(t.url, viewer, token);
    expect(result.status).toBe(200);
    expect(result.data?.viewer.code).toBe('510100');
  });

  it('no token → 401 UNAUTHENTICATED', async () => {
    expectUnauthenticated(await sendRaw(t.url, viewer, undefined));
  });

  it('garbage token → 401 UNAUTHENTICATED', async () => {
    expectUnauthenticated(await sendRaw(t.url, viewer, 'not-a-jwt'));
    expectUnauthenticated(
      await sendRaw(t.url, viewer, undefined, { authorization: 'Basic dXNlcjpwYXNz' }),
    );
  });

  it('token signed with another key → 401', async () => {
    const forged = await sign(
      { scope: 'NATIONAL', code: '000000' },
      (j) => j.setExpirationTime('1h'),
      'another-secret-another-secret-another-secret',
    );
    expectUnauthenticated(await sendRaw(t.url, viewer, forged));
  });

  it('expired token → 401 "Token expired"', async () => {
    const expired = await sign({ scope: 'REGION', code: '510100' }, (j) =>
      j
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600),
    );
    const result = await sendRaw(t.url, viewer, expired);
    expectUnauthenticated(result);
    expect(result.errors?.[0].message).toBe('Token expired');
  });

  it('token without expiry, with a bad scope, or with a bad tenant code → 401', async () => {
    expectUnauthenticated(
      await sendRaw(t.url, viewer, await sign({ scope: 'REGION', code: '510100' }, (j) => j)),
    );
    expectUnauthenticated(
      await sendRaw(
        t.url,
        viewer,
        await sign({ scope: 'GOD', code: '510100' }, (j) => j.setExpirationTime('1h')),
      ),
    );
    expectUnauthenticated(
      await sendRaw(
        t.url,
        viewer,
        await sign({ scope: 'REGION', code: '510000' }, (j) => j.setExpirationTime('1h')),
      ),
    );
    expectUnauthenticated(
      await sendRaw(
        t.url,
        viewer,
        await sign({ scope: 'REGION', code: "510100' or 1=1" }, (j) => j.setExpirationTime('1h')),
      ),
    );
  });

  it('unsigned (alg: none) token → 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        scope: 'NATIONAL',
        code: '000000',
        sub: 'x',
        iss: 'yibao-graph',
        aud: 'yibao-graph',
        exp: 9999999999,
      }),
    ).toString('base64url');
    expectUnauthenticated(await sendRaw(t.url, viewer, `${header}.${body}.`));
  });
});

describe('health', () => {
  it('answers /healthz and /readyz without a token', async () => {
    const base = t.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes a given x-request-id and makes one otherwise', async () => {
    const given = await fetch(t.url, {
      method: 'POST',
      headers: { 'x-request-id': 'abc-123', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
