import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker';
import { createNodeResolver, type NodeFetchers } from './node.resolver';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars';

/** What the feature modules bring to the schema. The wiring (src/app.ts) passes it in. */
export interface SchemaParts {
  /** type-graphql resolver classes. */
  readonly resolvers: readonly Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  /** Fetchers for `node(id:)`, by GraphQL type name. */
  readonly nodeFetchers: NodeFetchers;
}

/** Builds the executable schema from the modules' resolvers and node fetchers. */
export async function assembleSchema(parts: SchemaParts): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ...parts.resolvers,
      createNodeResolver(parts.nodeFetchers),
    ] as unknown as NonEmptyArray<Function>, // eslint-disable-line @typescript-eslint/no-unsafe-function-type
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: false,
  });
  // Decimal and Date are part of the contract before any field uses them, so generated clients
  // already map them to strings.
  // type-graphql has no option for root type descriptions; set them before copying the config.
  Object.assign(schema.getQueryType()!, {
    description: 'Read access to the graph (查询), filtered by the caller’s tenancy.',
  });
  Object.assign(schema.getMutationType()!, {
    description:
      'Changes to the graph (变更); each runs atomically and only within the caller’s own scope.',
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, DecimalScalar, DateScalar] });
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
