import { codes, sendRaw } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Queries run as compiled JavaScript; these are the places where a compiled query could answer
 * differently from graphql-js, each checked against the reference behaviour.
 */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token(Scope.PROVINCE, '510000', []);
});
afterAll(() => t.stop());

const body = (query: string, variables?: unknown, operationName?: string) =>
  JSON.stringify({ query, variables, operationName });

it('an unknown operationName is a client error, as in graphql-js', async () => {
  const result = await sendRaw(t.url, body('query Tree { viewer { scope } }', {}, 'Other'), token);
  expect(result.status).toBeLessThan(500);
  expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  // positive control: the named operation runs
  const named = await sendRaw(t.url, body('query Tree { viewer { scope } }', {}, 'Tree'), token);
  expect(named.errors).toBeUndefined();
  expect(named.data).toEqual({ viewer: { scope: 'PROVINCE' } });
});

it('a Decimal written as a literal reaches the resolver as a Decimal, like a variable', async () => {
  const input = (share: string) =>
    `{ sex: 1, age: 40, los: 5, diagnoses: ["K35.800"], procedures: [], totalCost: "12000.50", tcmPrincipalDiagnosis: "BNS040", tcmTreatmentShare: ${share} }`;
  const literal = await sendRaw<{ groupCase: unknown }>(
    t.url,
    body(
      `{ groupCase(asOf: "2025-08-01", method: DRG, input: ${input('"0.35"')}) { status drg { drg } } }`,
    ),
    token,
  );
  const variable = await sendRaw<{ groupCase: unknown }>(
    t.url,
    body(
      `query($s: Decimal) { groupCase(asOf: "2025-08-01", method: DRG, input: ${input('$s')}) { status drg { drg } } }`,
      { s: '0.35' },
    ),
    token,
  );
  expect(literal.errors).toBeUndefined();
  expect(variable.errors).toBeUndefined();
  expect(literal.data).toEqual(variable.data);
  expect(literal.data?.groupCase).toBeTruthy();
});

it('resolver errors keep their code and path in a compiled query', async () => {
  const result = await sendRaw(
    t.url,
    body('{ viewer { scope } hospitals(first: 1000) { totalCount } }'),
    token,
  );
  expect(result.errors?.[0]).toMatchObject({
    path: ['hospitals'],
    extensions: { code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' },
  });
});
