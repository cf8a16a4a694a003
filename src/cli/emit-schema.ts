import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config';
import { buildAppSchema } from '../app';
import { printAppSchema } from '../graphql/schema';

/** Writes schema/schema.graphql from the code (`npm run schema:emit`; `npm run check` diffs it). */
async function main(): Promise<void> {
  const dir = join(projectRoot(), 'schema');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'schema.graphql'), printAppSchema(await buildAppSchema()));
  console.log('wrote schema/schema.graphql');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
