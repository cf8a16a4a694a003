import PgBoss from 'pg-boss';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PG_BOSS_SCHEMA_V24,
  PG_BOSS_SCHEMA_VERSION,
} from '../../migrations/support/pg-boss-schema';
import { projectRoot } from '../../src/config';

/**
 * The jobs migration installs a frozen copy of the queue library's schema. When pg-boss is
 * upgraded to a version whose schema differs, this fails: write a new migration with
 * `PgBoss.getMigrationPlans` (as the owner) before the new library runs against old databases.
 */
describe('the frozen pg-boss schema', () => {
  it('is what the installed pg-boss builds, without its own transaction and lock wrapper', () => {
    const lines = PgBoss.getConstructionPlans('pgboss').split('\n');
    const start = lines.findIndex((line) => line.includes('CREATE SCHEMA'));
    const end = lines.findIndex((line) => line.trim() === 'COMMIT;');
    const body = lines
      .slice(start, end)
      .map((line) => line.replace(/\s+$/, ''))
      .join('\n')
      .trim();
    expect(PG_BOSS_SCHEMA_V24.trim()).toBe(body);
  });

  it('matches the library’s schema version and the exact pinned package version', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies['pg-boss']).toBe('10.4.2');
    const installed = JSON.parse(
      readFileSync(join(projectRoot(), 'node_modules/pg-boss/version.json'), 'utf8'),
    ) as { schema: number };
    expect(installed.schema).toBe(PG_BOSS_SCHEMA_VERSION);
  });
});
