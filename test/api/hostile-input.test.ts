import { codes, sendRaw, type GraphQLResult } from '../support/client';
import { countStatements } from '../support/statement-counter';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { FIELD_COST } from '../../src/graphql/field-cost';

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

describe('a request’s work is bounded however many expensive fields it asks for', () => {
  const aliases = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `a${i}: groupCase(asOf: "2025-08-01", input: { sex: 2, age: 88, los: 9, diagnoses: ["K22.301", "K11.901"], procedures: [] }) { status drg { drg } }`,
    ).join(' ');
  const groupCases = (n: number) => `{ ${aliases(n)} }`;
  const allowed = Math.floor(25_000 / FIELD_COST.GROUPING);

  it('concurrent aliases load and compile a rule package once (cold cache)', async () => {
    const counter = countStatements(t.app);
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await sendRaw<Record<string, { status: string }>>(
      t.url,
      body(groupCases(allowed)),
      region,
    );
    counter.stop();
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {})).toHaveLength(allowed);
    expect(new Set(Object.values(result.data!).map((r) => r.status))).toEqual(new Set(['SUCCESS']));
    const contentReads = counter.dataStatements.filter(
      (sql) => /from "?rule_package"? where/i.test(sql) && /content/i.test(sql),
    );
    expect(contentReads).toHaveLength(1);
    // 60 concurrent compilations of the 1.8 MB package took ~500 MB; one takes ~10 MB
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
  });

  it.each([
    ['more aliases of groupCase than the cost limit allows', groupCases(allowed + 1)],
    [
      'groupCase beside a page of hospitals',
      `{ hospitals(first: 100) { edges { node { region { hospitals(first: 3) { totalCount } } } } } ${aliases(allowed)} }`,
    ],
    [
      'aliases of catalogDiff',
      `{ ${Array.from({ length: 26 }, (_, i) => `d${i}: catalogDiff(from: "a", to: "b") { added { code } }`).join(' ')} }`,
    ],
    [
      'groupCase through a fragment spread many times',
      `{ ...G ...G } fragment G on Query ${groupCases(allowed / 2 + 1)}`,
    ],
  ])('%s → QUERY_TOO_COSTLY before any resolver runs', async (_label, query) => {
    const counter = countStatements(t.app);
    const result = await sendRaw(t.url, body(query), region);
    counter.stop();
    expectRefused(result);
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COSTLY');
    expect(counter.dataStatements.filter((sql) => !/set_config/.test(sql))).toEqual([]);
  });

  it.each([
    [
      'rule-package uploads',
      'uploadRulePackage(input: { name: "x", version: "1", content: "{}" }) { rulePackage { id } }',
      FIELD_COST.UPLOAD,
    ],
    [
      'catalog publications',
      'publishCatalogVersion(id: "x") { catalogVersion { id } }',
      FIELD_COST.CATALOG_BUILD,
    ],
  ])('aliases of %s beyond the cost limit are refused', async (_label, field, cost) => {
    const n = Math.floor(25_000 / cost) + 1;
    const query = `mutation { ${Array.from({ length: n }, (_, i) => `m${i}: ${field}`).join(' ')} }`;
    const result = await sendRaw(t.url, body(query), region);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
    });
  });

  it('the description tells clients what a field costs', async () => {
    const result = await sendRaw<{ __type: { fields: { name: string; description: string }[] } }>(
      t.url,
      body('{ __type(name: "Query") { fields { name description } } }'),
      region,
    );
    const groupCase = result.data?.__type.fields.find((f) => f.name === 'groupCase');
    expect(groupCase?.description).toContain(`Counts as ${FIELD_COST.GROUPING} objects`);
  });
});

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

describe('NUL characters are refused where they enter, as BAD_USER_INPUT', () => {
  const nulId = (type: string, key: string) =>
    Buffer.from(`${type}:${key}\u0000`, 'utf8').toString('base64url');
  const nulCursor = Buffer.from('c:H5101\u0000', 'utf8').toString('base64url');

  it.each([
    ['a \\u0000 escape in a string literal', '{ hospital(code: "H\\u0000") { code } }'],
    ['a \\u{0} escape in a string literal', '{ hospital(code: "H\\u{0}") { code } }'],
    [
      'an escape in a nested input literal',
      '{ hospitals(filter: { nameContains: "医\\u0000院" }) { totalCount } }',
    ],
    [
      'an escape in an argument of a nested field',
      '{ province(code: "510000") { hospitals(filter: { nameContains: "\\u0000" }) { totalCount } } }',
    ],
    ['a raw NUL inside a block string', '{ hospital(code: """H\u0000""") { code } }'],
    [
      'a global id that decodes to one',
      `{ node(id: "${nulId('Hospital', 'H51010000001')}") { id } }`,
    ],
    ['global ids in a list', `{ nodes(ids: ["${nulId('Province', '510000')}"]) { id } }`],
    [
      'a catalog version id',
      `{ groupCase(catalogVersion: "${nulId('CatalogVersion', 'x')}", input: { diagnoses: ["K80.100"], procedures: [] }) { status } }`,
    ],
    ['a cursor that decodes to one', `{ hospitals(after: "${nulCursor}") { totalCount } }`],
    [
      'a cursor on a nested connection',
      `{ province(code: "510000") { hospitals(after: "${nulCursor}") { totalCount } } }`,
    ],
  ])('%s', async (_label, query) => {
    expectRefused(await sendRaw(t.url, body(query), region));
  });

  it.each([
    ['a top-level string', { c: 'H\u0000' }],
    ['a string in a list', { ids: ['x', 'y\u0000'] }],
    ['an object key', { f: { ['name\u0000']: 'x' } }],
  ])('in a variable, POST: %s', async (_label, variables) => {
    const result = await sendRaw(
      t.url,
      body('query($c: String) { hospital(code: $c) { code } }', variables),
      region,
    );
    expectRefused(result);
  });

  it('in a variable, GET (a JSON escape the URL check cannot see)', async () => {
    const url = new URL(t.url);
    url.searchParams.set('query', 'query($c: String!) { hospital(code: $c) { code } }');
    url.searchParams.set('variables', '{"c":"H\\u0000"}');
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${region}`, 'apollo-require-preflight': 'true' },
    });
    const result = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NUL_CHARACTER',
    });
  });

  it('positive control: the same requests without the NUL are answered', async () => {
    const ok = await sendRaw<{ hospital: { code: string } }>(
      t.url,
      body('{ hospital(code: "H51010000001") { code } }'),
      region,
    );
    expect(ok.data?.hospital.code).toBe('H51010000001');
    const id = Buffer.from('Hospital:H51010000001').toString('base64url');
    const node = await sendRaw(t.url, body(`{ node(id: "${id}") { id } }`), region);
    expect(node.errors).toBeUndefined();
  });
});

describe('documents nested beyond reason are refused before graphql-js recurses', () => {
  const deepTrees = (n: number) =>
    `{ ${['a', 'a']
      .map(
        (alias) =>
          `${alias}: hospital(code: "H51010000001") { ${'region { province { poolingRegions { edges { node { '.repeat(n)}code${' } } } } }'.repeat(n)} }`,
      )
      .join(' ')} }`;
  const chain = (n: number, inner = (i: number) => `...F${i + 1}`) =>
    `{ viewer { ...F0 } }\n${Array.from({ length: n }, (_, i) => `fragment F${i} on Viewer { ${inner(i)} }`).join('\n')}\nfragment F${n} on Viewer { code }`;

  it.each([
    ['selections 5,000 deep', `{ ${'viewer { '.repeat(5000)}code${' }'.repeat(5001)}`],
    ['two same-named trees 1,500 deep (overflowed validation)', deepTrees(300)],
    [
      'lists 20,000 deep in an argument',
      `{ hospital(code: ${'['.repeat(20000)}"x"${']'.repeat(20000)}) { code } }`,
    ],
    [
      'input objects 5,000 deep',
      `{ hospitals(filter: ${'{ a: '.repeat(5000)}1${' }'.repeat(5000)}) { totalCount } }`,
    ],
    ['a chain of 3,000 fragments', chain(3000)],
    [
      'a chain of fragments with inline fragments',
      chain(200, (i) => `... on Viewer { code ...F${i + 1} }`),
    ],
    [
      'a fragment cycle 3,000 long',
      chain(3000).replace(
        'fragment F3000 on Viewer { code }',
        'fragment F3000 on Viewer { ...F0 }',
      ),
    ],
  ])('%s → 400 BAD_USER_INPUT', async (_label, query) => {
    const result = await sendRaw(t.url, body(query), region);
    expect(result.status).toBe(400);
    expectRefused(result);
  });

  it('over GET too', async () => {
    const url = new URL(t.url);
    url.searchParams.set('query', `{ ${'viewer { '.repeat(150)}code${' }'.repeat(151)}`);
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${region}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' } }],
    });
  });

  it('a document over the token limit is refused', async () => {
    const query = `{ ${Array.from({ length: 9000 }, (_, i) => `a${i}: viewer { code }`).join(' ')} }`;
    expectRefused(await sendRaw(t.url, body(query), region));
  });

  it('positive control: a chain of 20 fragments and a 10-deep query still run', async () => {
    const result = await sendRaw<{ viewer: { code: string } }>(t.url, body(chain(20)), region);
    expect(result.errors).toBeUndefined();
    expect(result.data?.viewer.code).toBe('510100');
  });
});

describe('operations the endpoint does not serve', () => {
  it.each([
    ['a subscription', 'subscription { viewer { code } }', undefined],
    [
      'a named subscription beside a query',
      'query Q { viewer { code } } subscription S { viewer { code } }',
      'S',
    ],
    ['a subscription of an unknown field', 'subscription { ticks }', undefined],
  ])('%s → BAD_USER_INPUT', async (_label, query, operationName) => {
    const result = await sendRaw(t.url, JSON.stringify({ query, operationName }), region);
    expect(result.status).toBe(400);
    expectRefused(result);
  });
});

describe('uploads whose JSON does not fit the format are refused row by row', () => {
  let draft: string;
  beforeAll(async () => {
    const created = await sendRaw<{ createCatalogVersion: { catalogVersion: { id: string } } }>(
      t.url,
      body(
        'mutation { createCatalogVersion(input: { kind: DIP, name: "上传测试", versionLabel: "1", effectiveFrom: "2026-01-01" }) { catalogVersion { id } } }',
      ),
      region,
    );
    draft = created.data!.createCatalogVersion.catalogVersion.id;
  });
  const uploadDip = (groups: unknown, auxFactors?: unknown) =>
    sendRaw(
      t.url,
      body('mutation($i: UploadDipCatalogInput!) { uploadDipCatalog(input: $i) { count } }', {
        i: {
          versionId: draft,
          format: 'JSON',
          groups: typeof groups === 'string' ? groups : JSON.stringify(groups),
          ...(auxFactors === undefined
            ? {}
            : {
                auxFactors:
                  typeof auxFactors === 'string' ? auxFactors : JSON.stringify(auxFactors),
              }),
        },
      }),
      region,
    );
  const stored = async () =>
    (
      await t.asOwner<{ n: number }>(
        'select (select count(*) from dip_group where version_id = $1) + (select count(*) from dip_aux_factor where version_id = $1) as n',
        [Buffer.from(draft, 'base64url').toString().split(':')[1]],
      )
    )[0].n;
  const good = {
    code: 'K80.1-A',
    kind: 'CORE',
    diagnosisKey: 'K80.1',
    procedureExpression: '51.2300',
    name: '胆囊结石',
    score: '140',
    averageCost: '14000',
  };
  const rowErrors = (result: GraphQLResult<unknown>) =>
    result.errors?.[0].extensions?.rowErrors as { row: string; field?: string; reason: string }[];

  it.each([
    ['code', {}],
    ['name', { toString: 1 }],
    ['kind', ['CORE']],
    ['diagnosisKey', true],
    ['score', { value: '140' }],
    ['procedureExpression', [['51.2300']]],
  ])('a group row whose %s is %j', async (field, value) => {
    const result = await uploadDip([good, { ...good, code: 'K80.1-B', [field]: value }]);
    expectRefused(result);
    expect(rowErrors(result)).toContainEqual(expect.objectContaining({ row: 'groups[2]', field }));
    expect(Number(await stored())).toBe(0);
  });

  it.each([
    ['a NUL in a name', [{ ...good, name: '胆\u0000囊' }], { row: 'groups[1]', field: 'name' }],
    ['a NUL in a key', [{ ...good, ['x\u0000']: 1 }], { row: 'groups[1]' }],
    [
      'rows nested too deep',
      [{ ...good, extra: JSON.parse('['.repeat(50) + ']'.repeat(50)) }],
      { row: 'groups[1]', field: expect.stringMatching(/^extra/) },
    ],
    [
      'rows nested 100,000 deep',
      `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`,
      { row: 'groups[1]' },
    ],
    ['not an array', { rows: [good] }, { row: 'groups' }],
  ])('%s', async (_label, groups, expected) => {
    const result = await uploadDip(groups);
    expectRefused(result);
    expect(rowErrors(result)).toContainEqual(expect.objectContaining(expected));
    expect(Number(await stored())).toBe(0);
  });

  it.each([
    ['40 deep', `${'('.repeat(40)}51.2300${')'.repeat(40)}`],
    ['5,000 deep', `${'('.repeat(5000)}51.2300${')'.repeat(5000)}`],
    ['unbalanced', `${'('.repeat(20)}51.2300`],
  ])('a procedure expression nested %s', async (_label, procedureExpression) => {
    const result = await uploadDip([good, { ...good, code: 'K80.1-B', procedureExpression }]);
    expectRefused(result);
    expect(rowErrors(result).map((e) => e.row)).toEqual(['groups[2]']);
    expect(Number(await stored())).toBe(0);
  });

  const oldAge = (condition: string, factor = '"1.1"') =>
    `[{"code":"OLD","kind":"AGE","name":"高龄","condition":${condition},"factor":${factor}}]`;
  it.each([
    [
      'a condition nested 10,000 deep',
      oldAge(`{"minAge":80,"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
    ],
    ['a condition with a NUL', oldAge('{"minAge":80,"note":"\\u0000"}')],
    ['a condition that is a list', oldAge('[80]')],
    ['a factor that is an object', oldAge('{"minAge":80}', '{"v":1.1}')],
  ])('an auxiliary row with %s', async (_label, auxFactors) => {
    const result = await uploadDip([good], auxFactors);
    expectRefused(result);
    expect(rowErrors(result)[0].row).toBe('auxFactors[1]');
    expect(Number(await stored())).toBe(0);
  });

  it('an auxiliary CSV row whose JSON condition is nested 10,000 deep', async () => {
    const condition = `{""minAge"":80,""x"":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const result = await sendRaw(
      t.url,
      body('mutation($i: UploadDipCatalogInput!) { uploadDipCatalog(input: $i) { count } }', {
        i: {
          versionId: draft,
          format: 'CSV',
          groups: `code,kind,diagnosisKey,procedureExpression,name,score,averageCost\nA,CORE,K80.1,51.2300,x,1,1`,
          auxFactors: `code,kind,name,condition,factor\nOLD,AGE,高龄,"${condition}",1.1`,
        },
      }),
      region,
    );
    expectRefused(result);
    expect(rowErrors(result)[0]).toMatchObject({
      row: 'auxFactors[1]',
      field: expect.stringMatching(/^condition/),
    });
    expect(Number(await stored())).toBe(0);
  });

  it('positive control: the good row alone is stored', async () => {
    const result = await uploadDip([good]);
    expect(result.errors).toBeUndefined();
    expect(Number(await stored())).toBe(1);
  });

  const uploadRules = (content: string) =>
    sendRaw(
      t.url,
      body(
        'mutation($i: UploadRulePackageInput!) { uploadRulePackage(input: $i) { rulePackage { id } } }',
        {
          i: { name: '测试规则', version: '1', content },
        },
      ),
      region,
    );
  const packages = async () => (await t.asOwner('select id from rule_package')).length;

  it.each([
    [
      'conditions nested 20,000 deep',
      `{"format":"drg-rule-package","formatVersion":1,"mdcs":{"A":{"when":${'{"not":'.repeat(20_000)}{"always":true}${'}'.repeat(20_000)},"adrgs":[]}}}`,
      /^mdcs\.A\.when\.not/,
    ],
    [
      'conditions nested 70 deep',
      `{"format":"drg-rule-package","formatVersion":1,"mdcs":{"A":{"when":${'{"not":'.repeat(70)}{"always":true}${'}'.repeat(70)},"adrgs":[]}}}`,
      /^mdcs\.A\.when/,
    ],
    [
      'a NUL in a name',
      '{"format":"drg-rule-package","formatVersion":1,"meta":{"name":"x\\u0000"}}',
      /^\$\.meta\.name$/,
    ],
  ])('a rule package with %s', async (_label, content, path) => {
    const before = await packages();
    const result = await uploadRules(content);
    expectRefused(result);
    expect(rowErrors(result)[0].row).toMatch(path);
    expect(await packages()).toBe(before);
  });
});

describe('a request that fails part-way leaves no work behind', () => {
  const id = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64url');
  const good = id('Hospital', 'H51010000001');

  it.each([
    ['a malformed id after a good one', `{ nodes(ids: ["${good}", "!!"]) { id } }`],
    [
      'a malformed id after several good ones',
      `{ nodes(ids: ["${good}", "${id('Province', '510000')}", "${id('PoolingRegion', '510100')}", "${id('CatalogVersion', 'x')}", "bm90LWFuLWlk"]) { id } }`,
    ],
    [
      'a NUL id after a good one',
      `{ nodes(ids: ["${good}", "${Buffer.from('Hospital:\u0000').toString('base64url')}"]) { id } }`,
    ],
    [
      'a failing field beside pending loads',
      `{ a: nodes(ids: ["${good}"]) { id } b: hospitals(after: "!!") { totalCount } c: province(code: "510000") { poolingRegions { edges { node { province { code } } } } } }`,
    ],
  ])('%s: refused, and the server keeps serving', async (_label, query) => {
    expectRefused(await sendRaw(t.url, body(query), region));
    // the loads the failed request started settle after it answered: nothing may escape
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sendRaw<{ viewer: { code: string } }>(
      t.url,
      body('{ viewer { code } }'),
      region,
    );
    expect(after.data?.viewer.code).toBe('510100');
  });
});

describe('an explicit null argument means the same as an absent one', () => {
  it.each([
    ['catalogInForce', '{ x: catalogInForce(kind: DRG, asOf: "2025-08-01"$ARG) { id } }'],
    [
      'groupCase',
      '{ x: groupCase(asOf: "2025-08-01", input: { diagnoses: ["K22.301"], procedures: [] }$ARG) { status catalogVersion { id } } }',
    ],
  ])('%s(regionCode: null)', async (_label, query) => {
    const absent = await sendRaw(t.url, body(query.replace('$ARG', '')), region);
    const explicit = await sendRaw(
      t.url,
      body(query.replace('$ARG', ', regionCode: null')),
      region,
    );
    expect(absent.errors).toBeUndefined();
    expect(explicit.errors).toBeUndefined();
    expect(explicit.data).toEqual(absent.data);
  });
});
