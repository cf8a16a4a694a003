import { parse, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
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

it('follows fragments and inline fragments, and ignores introspection', async () => {
  const viaFragment = await measure(
    '{ hospitals(first: 3) { ...C } } fragment C on HospitalConnection { edges { node { region { hospitals(first: 4) { totalCount } } } } }',
  );
  expect(viaFragment.cost).toBe(3 + 3 * 4);
  expect(viaFragment.depth).toBe(6);
  const introspection = await measure(
    '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }',
  );
  expect(introspection).toEqual({ depth: 0, cost: 0 });
});
