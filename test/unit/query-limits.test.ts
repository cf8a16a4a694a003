import { getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../src/app';
import { FIELD_COST } from '../../src/graphql/field-cost';
import { measureOperation } from '../../src/graphql/query-limits';

const limits = { maxQueryDepth: 12, maxQueryCost: 25000, defaultPageSize: 20, maxPageSize: 100 };

async function measure(source: string, variables: Record<string, unknown> = {}) {
  const schema = await buildAppSchema();
  const document = parse(source);
  return measureOperation(
    schema,
    document,
    document.definitions[0] as OperationDefinitionNode,
    variables,
    limits,
  );
}

it('counts depth in fields and cost as the objects a query can return', async () => {
  const m = await measure(
    '{ province(code: "510000") { poolingRegions(first: 10) { edges { node { hospitals(first: 5) { edges { node { code } } } } } } } }',
  );
  expect(m.depth).toBe(8);
  expect(m.cost).toBe(10 + 10 * 5);
});

it('uses the default page size when first is absent and variables when given', async () => {
  expect((await measure('{ hospitals { totalCount } }')).cost).toBe(20);
  expect(
    (await measure('query($n: Int) { hospitals(first: $n) { totalCount } }', { n: 7 })).cost,
  ).toBe(7);
});

it('says whether a variable sized the query, so a measure without one can be reused', async () => {
  const sized = await measure('query($n: Int) { hospitals(first: $n) { totalCount } }', { n: 7 });
  expect(sized.readsVariables).toBe(true);
  // the variable picks rows, it does not size anything: the measure holds for any value
  const picking = await measure(
    'query($code: String!) { province(code: $code) { poolingRegions(first: 15) { totalCount } } }',
    { code: '510000' },
  );
  expect(picking).toMatchObject({ cost: 15, readsVariables: false });
  const ids = await measure('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
    ids: ['a', 'b', 'c'],
  });
  expect(ids).toMatchObject({ cost: 3, readsVariables: true });
});

it('follows fragments and inline fragments', async () => {
  const viaFragment = await measure(
    '{ hospitals(first: 3) { ...C } } fragment C on HospitalConnection { edges { node { region { hospitals(first: 4) { totalCount } } } } }',
  );
  expect(viaFragment.cost).toBe(3 + 3 * 4);
  expect(viaFragment.depth).toBe(6);
});

it('prices variables by their defaults when the request leaves them out', async () => {
  const q =
    'query($n: Int = 100) { hospitals(first: $n) { edges { node { region { hospitals(first: $n) { totalCount } } } } } }';
  expect((await measure(q)).cost).toBe(100 + 100 * 100);
  expect((await measure(q, { n: 2 })).cost).toBe(2 + 2 * 2);
});

it('measures fragments spread many times in linear time', async () => {
  // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^30 paths if walked naively
  const fragments = Array.from({ length: 30 }, (_, i) =>
    i < 29
      ? `fragment F${i} on Query { a${i}: viewer { code } ...F${i + 1} ...F${i + 1} }`
      : `fragment F${i} on Query { viewer { code } }`,
  );
  const started = performance.now();
  const m = await measure(`{ ...F0 } ${fragments.join(' ')}`);
  expect(performance.now() - started).toBeLessThan(5000); // naive walking takes ~30 minutes
  expect(m.depth).toBe(2);
});

it('measures introspection apart: the standard query passes, nested list fields are flagged', async () => {
  const standard = await measure(getIntrospectionQuery());
  expect(standard).toMatchObject({ depth: 0, cost: 0, introspectionRepeats: false });
  expect(standard.introspectionDepth).toBeGreaterThan(10);
  const nested = await measure(
    '{ __schema { types { fields { type { fields { type { name } } } } } } }',
  );
  expect(nested.introspectionRepeats).toBe(true);
  const typed = await measure(
    '{ __type(name: "Hospital") { fields { type { fields { name } } } } }',
  );
  expect(typed.introspectionRepeats).toBe(true);
});

it('adds the cost an expensive field declares, multiplied by the pages around it', async () => {
  const one = await measure(
    '{ groupCase(input: { diagnoses: ["K80.100"], procedures: [] }) { status } }',
  );
  expect(one.cost).toBe(FIELD_COST.GROUPING);
  const aliases = await measure(
    `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: groupCase(input: { diagnoses: [] procedures: [] }) { status }`).join(' ')} }`,
  );
  expect(aliases.cost).toBe(10 * FIELD_COST.GROUPING);
  const viaFragment = await measure(
    '{ ...G ...G } fragment G on Query { groupCase(input: { diagnoses: [] procedures: [] }) { status } diff: catalogDiff(from: "a", to: "b") { added { code } } }',
  );
  // each spread counts: an upper bound (execution merges the two into one selection)
  expect(viaFragment.cost).toBe(FIELD_COST.GROUPING * 2 + FIELD_COST.CATALOG_DIFF * 2);
});
