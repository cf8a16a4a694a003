import { join } from 'node:path';
import { projectRoot } from '../../src/config';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

/**
 * Gives every test suite a PostgreSQL administrative URL in TEST_ADMIN_URL: DATABASE_URL when
 * set (an existing server), otherwise an embedded cluster started here for the whole run. Each
 * suite then creates, provisions and drops its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const embedded = await startEmbeddedPostgres(join(projectRoot(), '.data', 'test-postgres'), {
    info: () => undefined,
    warn: (msg) => process.stderr.write(`[test postgres] ${msg}\n`),
  });
  process.env.TEST_ADMIN_URL = embedded.adminUrl;
  (globalThis as { __testPostgres?: typeof embedded }).__testPostgres = embedded;
}
