import { createHash } from 'node:crypto';
import type { MigrationObject } from '@mikro-orm/core';
import { migrationsList } from '../../migrations';

/**
 * Migrations are history: once applied somewhere, a migration must go on producing the same SQL,
 * or new databases drift from old ones. Each migration's SQL (for a database named
 * `yibao_graph`) is pinned here; a shared helper that changes its output fails this test.
 * A new migration gets its line when it is merged (the failure message prints the hash).
 */
const PINNED: Record<string, string> = {
  Migration20261123000000_registry:
    '426a8223797fe04c923635e9b01db50e96a70ea2428ce6e57a08c7dff8c19512',
  Migration20261123100000_catalogs:
    '5670e8f5f1cb69144a96702f9ae826a7927b145a2dec06c1ea50d254893f554d',
  Migration20261202100000_fail_closed:
    '93462bbf2643ba861411a5d47b83da9e566e9dede7585d9a350869109a081520',
  Migration20261202110000_jobs: '66c739f78a393d6a645866bf997ab00847a7e3603512ac922eeb2f24375b65f1',
  Migration20261202120000_payment_standards:
    '2be5d7784f222611308d2a34b6498d179c11b6d0fae5a66afad560151fa38357',
  Migration20261202130000_settlement_lists:
    '49db83e91beebd0df4b8bf9329fe89d67e2beeb88b235a553ac3474cb0e19c44',
  Migration20261202140000_case_payments:
    '158b1ed6f11f88e3c15c35704b91fbaf9165e1b08ca07e0eea8e288eee242604',
  Migration20261202210000_inter_region_clearing:
    '7b45593191b64eecaf5be1328bd8077f9b2db9746be6e6e0076b2134c4c63ce4',
  Migration20261202220000_capitation:
    'd7080f547c6b0833f846a02736611158595b3b3b04fb70469fe384b4e01f3b72',
  Migration20261202200000_monthly_settlement:
    'd85e64e3ce6d3f32a2e996e346f1c845b67fcb8d50ac0c19dd855b0d67a4b0e7',
  Migration20261202160000_special_case_review:
    '8fc1c36c85be729c1c80c4e79698348818688ac025fa08bbc51fd8ec7b7f222c',
  Migration20261202190000_budgets:
    '5a44101cd100a77cbc2b68f649c399b2926df49f04f67a5206045761f206cbbc',
  Migration20261202150000_pricing_facts:
    'f30ae160f370197b704527eac18bcb48a53fb825216158cb6564a5ed0d9e7744',
  Migration20261203120000_annual_clearing:
    '3e5997ff96fd430e0fc35c5b9e4f5ba5fec32359e50ec65b44695d72343d234c',
  Migration20261203130000_monthly_budgeted_point_value:
    '6e93386e546274ef0530f053ff4485f6dbaee65f14e16532a2fbac80ff59fd1e',
  Migration20261203150000_budget_year:
    '8b6a800a8d4155f4f9ba076f6969d8c952e23d2c0543648e67be142240ccfe11',
  Migration20261202180000_period_jobs:
    'e3d1869accc8831941dd5eb037e03b980968bf87e0d6b141c82f559b381d9897',
  Migration20261203100000_ingest_indexes:
    '5bbfada1f7f898da1c4ec2022432e41529d633a0f9aaf337c2f2a0e2086409a8',
};

/**
 * The first two migrations granted to the shared role `yibao_app` until roles were named per
 * database; with the grantee put back they must produce exactly the SQL that was applied.
 */
const APPLIED_WITH_SHARED_ROLES: Record<string, string> = {
  Migration20261123000000_registry:
    '8f233c28945e9cd33774710b26d3e3d77676d5b6071730882fc233f2e1395e88',
  Migration20261123100000_catalogs:
    '8faf09f6ec5a98b9caf347ef128fa7e3a6210a5534875f1fdf6dbe98c489b61e',
};

type Runnable = { up(): Promise<void> | void; getQueries(): unknown[] };

async function sqlOf(entry: MigrationObject, databaseName: string): Promise<string> {
  const Class = entry.class as unknown as new (driver: unknown, config: unknown) => Runnable;
  const migration = new Class(undefined, {
    get: (key: string) => (key === 'dbName' ? databaseName : undefined),
  });
  await migration.up();
  return migration.getQueries().join('\n;\n');
}
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('migration history', () => {
  it.each(migrationsList.map((m) => [m.name, m] as const))(
    '%s produces the SQL it was applied with',
    async (name, entry) => {
      const hash = sha256(await sqlOf(entry, 'yibao_graph'));
      expect({ name, hash }).toEqual({ name, hash: PINNED[name] ?? 'not pinned yet' });
    },
  );

  it.each(Object.entries(APPLIED_WITH_SHARED_ROLES))(
    '%s differs from what the shared-role databases applied only in the grantee',
    async (name, hash) => {
      const entry = migrationsList.find((m) => m.name === name)!;
      const sql = await sqlOf(entry, 'yibao_graph');
      expect(sql).toContain('to "yibao_graph_app"');
      expect(sha256(sql.replaceAll('"yibao_graph_app"', 'yibao_app'))).toBe(hash);
    },
  );

  it('grants to the application role of the database it runs in', async () => {
    const sql = await sqlOf(migrationsList[0], 'city_510100');
    expect(sql).toContain('to "city_510100_app"');
    expect(sql).not.toContain('yibao_app');
  });
});
