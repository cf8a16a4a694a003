import type { EmbeddedPostgres } from '../../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __testPostgres?: EmbeddedPostgres }).__testPostgres?.stop();
}
