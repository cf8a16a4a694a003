import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../src/app';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Schema-driven fuzzing: operations generated from the built schema — every query and mutation
 * field, selections down a few levels, and argument values from a pool of valid, wrong and
 * hostile shapes (wrong types, huge numbers, NUL, long strings, deep nesting, unknown enum
 * values, malformed ids and cursors, big lists, literals and variables) — sent over HTTP as
 * several principals. Whatever comes in, the server must answer with a coded error or data:
 * never HTTP 5xx, never INTERNAL_SERVER_ERROR, never SQL or a stack trace.
 *
 * Reproduce a failure with its seed: FUZZ_SEED=<seed> npx jest test/api/fuzz.test.ts
 * (FUZZ_REQUESTS and FUZZ_SECONDS widen a run).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 700);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 30);
const PARALLEL = 4;

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** This operation's values all have the argument's type (hostile content only). */
    typed: false,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
type Random = ReturnType<typeof prng>;

/** A GraphQL literal (rendered) together with the JSON a variable would carry. */
interface Value {
  literal: string;
  json: unknown;
}
const raw = (json: unknown, literal = JSON.stringify(json)): Value => ({ json, literal });
const enumValue = (name: string): Value => ({ json: name, literal: name });
const list = (items: Value[]): Value => ({
  json: items.map((v) => v.json),
  literal: `[${items.map((v) => v.literal).join(', ')}]`,
});
const object = (fields: [string, Value][]): Value => ({
  json: Object.fromEntries(fields.map(([k, v]) => [k, v.json])),
  literal: `{ ${fields.map(([k, v]) => `${k}: ${v.literal}`).join(', ')} }`,
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const CODES = [
  '510000',
  '510100',
  '510300',
  '520000',
  '000000',
  'H51010000001',
  'H52010000001',
  'K80.100',
  'K22.301',
  '51.2300',
  'BWG000',
  'MDCG',
  'GZ13',
];
const HOSTILE_TEXT = [
  '',
  ' ',
  'H\u0000',
  '\u0000',
  'x'.repeat(10_000),
  "' or 1=1 --",
  '%',
  '_%\\',
  '\\',
  '"; drop table hospital; --',
  '\uD800',
  '医院'.repeat(200),
  '../../etc/passwd',
  '\u202e\u0007\u001b[31m',
  '{}',
  '[]',
  'null',
];
const HOSTILE_NUMBERS = [0, -1, 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, 0.5, 1e-7];

function stringValue(r: Random, hint: string): Value {
  // a lone surrogate is not a valid GraphQL string escape: only where parse errors are wanted
  const text = () => {
    const value = r.pick(HOSTILE_TEXT);
    return r.typed && value === '\uD800' ? 'x' : value;
  };
  if (/id$/i.test(hint) || hint === 'ids' || hint === 'versionId' || hint === 'catalogVersion') {
    return raw(
      r.pick([
        b64(
          `CatalogVersion:${r.pick(['00000000-0000-0000-0000-000000000000', 'x', '\u0000', "'"])}`,
        ),
        b64(`Hospital:${r.pick(CODES)}`),
        b64(`Province:510000`),
        b64(`RulePackage:${'f'.repeat(8)}-0000-0000-0000-000000000000`),
        b64(`Nope:${text()}`),
        b64(text()),
        '!!',
        'bm90LWFuLWlk',
        'A'.repeat(401),
        text(),
      ]),
    );
  }
  if (hint === 'after') {
    return raw(
      r.pick([
        b64(`c:${r.pick(CODES)}`),
        b64('c:\u0000'),
        b64('x'),
        '!!',
        b64(`c:${'z'.repeat(300)}`),
      ]),
    );
  }
  if (/content|groups|auxFactors/.test(hint)) {
    return raw(
      r.pick([
        '{}',
        '[]',
        'not json',
        '[{"code":{"toString":1}}]',
        `[${'['.repeat(5000)}${']'.repeat(5000)}]`,
        '[{"kind":"CORE","code":"A","diagnosisKey":"K80.1","procedureExpression":"((((((((((((((((((((((((((((((((((51.2300))))))))))))))))))))))))))))))))))","name":"x","score":"1","averageCost":"1"}]',
        'code,kind\nA,CORE',
        '{"format":"drg-rule-package","formatVersion":1,"mdcs":{"A":{"when":{"not":{"not":{"always":true}}},"adrgs":[]}}}',
        '[{"code":"A\\u0000"}]',
      ]),
    );
  }
  if (r.chance(0.5)) return raw(r.pick(CODES));
  return raw(text());
}

function scalarValue(r: Random, type: GraphQLNamedType, hint: string): Value {
  // now and then a value of the wrong kind altogether (the document then fails validation)
  if (!r.typed && r.chance(0.1)) {
    return r.pick([
      raw(r.pick(HOSTILE_NUMBERS)),
      raw(r.pick(HOSTILE_TEXT)),
      raw(true),
      object([['a', raw(1)]]),
      list([raw('x')]),
      enumValue('SOME_ENUM'),
    ]);
  }
  switch (type.name) {
    case 'Int':
      if (r.typed) return raw(r.pick([0, 1, 5, 20, 100, 101, -1, 2 ** 31 - 1, -(2 ** 31)]));
      return raw(r.chance(0.6) ? r.pick([1, 5, 20, 100]) : r.pick(HOSTILE_NUMBERS));
    case 'Float':
      return raw(r.pick(HOSTILE_NUMBERS));
    case 'Boolean':
      return raw(r.chance(0.5));
    case 'Decimal': {
      const wellFormed = [
        '1',
        '0.4527',
        '0',
        '-1',
        '0.0000001',
        '99999999999999999999999999999.99',
      ];
      return raw(
        r.pick(r.typed ? wellFormed : [...wellFormed, '1e5', 'NaN', '', '1.', '0x10', 12]),
      );
    }
    case 'Date': {
      const days = ['2025-08-01', '2026-01-01', '9999-12-31', '1900-01-01', '2000-02-29'];
      return raw(r.pick(r.typed ? days : [...days, '2025-02-30', '0000-01-01', '2025-8-1', '']));
    }
    case 'DateTime':
      return raw(r.pick(r.typed ? ['2025-01-01T08:00:00.000Z'] : ['not a time', '']));
    default:
      return stringValue(r, hint);
  }
}

function inputValue(
  r: Random,
  type: GraphQLInputType,
  hint: string,
  depth: number,
  required = false,
): Value {
  if (isNonNullType(type)) {
    if (!r.typed && r.chance(0.05)) return raw(null, 'null');
    return inputValue(r, type.ofType, hint, depth, true);
  }
  if (!required && r.chance(0.08)) return raw(null, 'null');
  if (isListType(type)) {
    const size = r.chance(0.05) ? 1000 : r.int(4);
    if (!r.typed && r.chance(0.05)) {
      // nested lists where the schema has one level
      let v = inputValue(r, type.ofType, hint, depth + 1);
      for (let i = 0; i < 20; i++) v = list([v]);
      return v;
    }
    const one = inputValue(r, type.ofType, hint, depth + 1);
    return list(
      Array.from({ length: size }, (_, i) =>
        i === 0 || r.chance(0.5) ? one : inputValue(r, type.ofType, hint, depth + 1),
      ),
    );
  }
  if (isEnumType(type)) {
    return enumValue(
      r.typed || r.chance(0.8)
        ? r.pick(type.getValues()).name
        : r.pick(['UNKNOWN', 'drg', 'DRG_', '__typename']),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3 && !r.typed) return raw({});
    const fields = Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) || r.chance(0.6))
      .map((f): [string, Value] => [f.name, inputValue(r, f.type, f.name, depth + 1)]);
    if (!r.typed && r.chance(0.1)) fields.push(['unknownField', raw('x')]);
    return object(fields);
  }
  return scalarValue(r, type, hint);
}

function selection(r: Random, type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth >= 4) return '{ __typename }';
  if (isUnionType(named) || isInterfaceType(named)) {
    const possible = r.pick(isUnionType(named) ? named.getTypes() : schema.getPossibleTypes(named));
    const fragment = possible ? `... on ${possible.name} ${selection(r, possible, depth + 1)}` : '';
    const common = isInterfaceType(named) ? Object.keys(named.getFields()).join(' ') : '';
    return `{ __typename ${common} ${fragment} }`;
  }
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields());
  const chosen = fields.filter((f) => isLeafType(getNamedType(f.type)) || r.chance(0.35));
  const parts = (chosen.length ? chosen : fields.slice(0, 1)).map((f) => {
    const args = argumentText(r, f.args, depth + 10, []);
    return `${f.name}${args ? `(${args})` : ''} ${selection(r, f.type, depth + 1)}`;
  });
  return `{ __typename ${parts.join(' ')} }`;
}

/** Arguments as literals; at the root, some as variables instead (collected in `variables`). */
function argumentText(
  r: Random,
  args: readonly GraphQLArgument[],
  depth: number,
  variables: { name: string; type: string; value: unknown }[],
): string {
  return args
    .filter((a) => isNonNullType(a.type) || r.chance(0.5))
    .map((a) => {
      const value = inputValue(r, a.type, a.name, 0);
      if (depth < 10 && r.chance(0.4)) {
        const name = `v${variables.length}`;
        // sometimes declared with a type that does not match the argument
        const declared =
          !r.typed && r.chance(0.1)
            ? r.pick(['Int', 'String!', '[ID!]', 'Boolean'])
            : String(a.type);
        variables.push({ name, type: declared, value: value.json });
        return `${a.name}: $${name}`;
      }
      return `${a.name}: ${value.literal}`;
    })
    .join(', ');
}

interface Request {
  body: string;
  get?: boolean;
  typed: boolean;
}

function operation(r: Random, schema: GraphQLSchema): Request {
  // half the operations are well typed, so they pass validation and reach the resolvers
  r.typed = r.chance(0.5);
  const kind = r.chance(0.7) ? 'query' : 'mutation';
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const fields: GraphQLField<unknown, unknown>[] = Object.values(root.getFields());
  const variables: { name: string; type: string; value: unknown }[] = [];
  const selections = Array.from({ length: 1 + r.int(3) }, (_, i) => {
    const field = r.pick(fields);
    const args = argumentText(r, field.args, 0, variables);
    return `f${i}: ${field.name}${args ? `(${args})` : ''} ${selection(r, field.type, 1)}`;
  });
  const header = variables.length
    ? `(${variables.map((v) => `$${v.name}: ${v.type}`).join(', ')})`
    : '';
  let query = `${kind} Fuzz${header} { ${selections.join(' ')} }`;
  // now and then the document itself is broken
  const mangle = r.typed ? -1 : r.int(20);
  if (mangle === 0) query = query.slice(0, r.int(query.length));
  if (mangle === 1) query = `${query} fragment F on Query { ...F }`;
  if (mangle === 2) query = `${'{ viewer '.repeat(150)}${'}'.repeat(150)}`;
  if (mangle === 3) query = `subscription { viewer { code } }`;
  const payload: Record<string, unknown> = {
    query,
    variables: Object.fromEntries(variables.map((v) => [v.name, v.value])),
  };
  if (mangle === 4) payload.operationName = 'Missing';
  if (mangle === 5) payload.variables = r.pick(['not an object', [1, 2], 42]);
  return { body: JSON.stringify(payload), get: kind === 'query' && r.chance(0.1), typed: r.typed };
}

let t: TestApp;
let schema: GraphQLSchema;
let principals: (string | undefined)[];
beforeAll(async () => {
  t = await startTestApp();
  schema = await buildAppSchema();
  principals = [
    await t.token(Scope.NATIONAL),
    await t.token(Scope.PROVINCE, '510000'),
    await t.token(Scope.REGION, '510100'),
    await t.token(Scope.REGION, '510300', []),
    await t.token(Scope.HOSPITAL, 'H51010000001', []),
    undefined,
  ];
  // the seed is what reproduces a failure: show it whatever happens
  process.stdout.write(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} to repeat)\n`);
});
afterAll(() => t.stop());

async function send(request: Request, token: string | undefined) {
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  let response: Response;
  if (request.get) {
    const url = new URL(t.url);
    const payload = JSON.parse(request.body) as Record<string, unknown>;
    for (const [key, value] of Object.entries(payload)) {
      url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    response = await fetch(url, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
  } else {
    response = await fetch(t.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: request.body,
    });
  }
  return { status: response.status, raw: await response.text() };
}

it(`answers generated hostile operations without a 5xx or INTERNAL_SERVER_ERROR (seed ${SEED})`, async () => {
  const r = prng(SEED);
  const deadline = Date.now() + SECONDS * 1000;
  const failures: string[] = [];
  const seen = { requests: 0, errors: 0, data: 0 };
  const outcomes = new Map<string, number>();
  while (seen.requests < REQUESTS && Date.now() < deadline && failures.length < 5) {
    const batch = Array.from({ length: PARALLEL }, () => ({
      request: operation(r, schema),
      token: r.pick(principals),
    }));
    const results = await Promise.all(batch.map((b) => send(b.request, b.token)));
    results.forEach((result, i) => {
      seen.requests++;
      const { request } = batch[i];
      let internal = false;
      try {
        const parsed = JSON.parse(result.raw) as {
          errors?: { extensions?: { code?: string } }[];
          data?: unknown;
        };
        internal = (parsed.errors ?? []).some(
          (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        const first = parsed.errors?.[0]?.extensions as
          { code?: string; reason?: string } | undefined;
        const outcome = first ? `${first.code}/${first.reason ?? '-'}` : 'data';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (parsed.errors?.length) seen.errors++;
        else seen.data++;
      } catch {
        internal = result.status >= 500;
      }
      const leaked = /\bat .+\.(js|ts):\d+|select .* from|insert into|stacktrace/i.test(result.raw);
      if (result.status >= 500 || internal || leaked) {
        failures.push(
          `#${seen.requests} (seed ${SEED}) ${request.get ? 'GET' : 'POST'} → ${result.status} ${result.raw.slice(0, 300)}\n  request: ${request.body.slice(0, 600)}`,
        );
      }
    });
  }
  process.stdout.write(
    `fuzz: ${seen.requests} requests (${seen.errors} refused, ${seen.data} answered), seed ${SEED}\n` +
      [...outcomes]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `  ${n} ${k}`)
        .join('\n') +
      '\n',
  );
  expect(failures).toEqual([]);
  expect(seen.requests).toBeGreaterThan(100);
});
