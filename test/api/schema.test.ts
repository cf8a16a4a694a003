import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { projectRoot } from '../../src/config';
import { buildAppSchema } from '../../src/app';
import { printAppSchema } from '../../src/graphql/schema';

/** The schema is a product: committed, in sync with the code, and described everywhere. */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

it('matches the committed schema/schema.graphql (run `npm run schema:emit` after changing the API)', () => {
  const committed = readFileSync(join(projectRoot(), 'schema', 'schema.graphql'), 'utf8');
  expect(printAppSchema(schema)).toBe(committed);
});

it('describes every type, field, argument, input field and enum value', () => {
  const missing: string[] = [];
  const need = (description: string | null | undefined, where: string) => {
    if (!description?.trim()) missing.push(where);
  };
  let checked = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
    )
      continue;
    need(type.description, type.name);
    checked++;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(field.description, `${type.name}.${field.name}`);
        checked++;
        for (const arg of field.args) {
          // paging arguments are described once on their shared ArgsType
          need(arg.description, `${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        need(field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(value.description, `${type.name}.${value.name}`);
    } else if (!isScalarType(type) && !isUnionType(type)) {
      missing.push(`${String(type)}: unexpected kind`);
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(missing).toEqual([]);
});

it('exposes Decimal and Date scalars for money and days', () => {
  expect(schema.getType('Decimal')).toBeDefined();
  expect(schema.getType('Date')).toBeDefined();
});
