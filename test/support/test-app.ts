import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { startApp, type RunningApp, type StartOptions } from '../../src/app';
import { loadConfig, projectRoot, type AppConfig } from '../../src/config';
import { dropDatabase, type PreparedDatabase } from '../../src/db';
import { createLogger } from '../../src/logger';
import { issueToken, Scope, type TokenRequest } from '../../src/modules/identity';

export const TEST_JWT_SECRET = 'test-secret-for-integration-tests-only-0123456789';

export interface TestApp {
  app: RunningApp;
  config: AppConfig;
  url: string;
  db: PreparedDatabase;
  token(
    scope: Scope,
    code?: string,
    roles?: string[],
    extra?: Partial<TokenRequest>,
  ): Promise<string>;
  /** Runs SQL as the application role with the given tenant settings in one transaction. */
  asApp<T = Record<string, unknown>>(
    settings: { scope: string; code: string; province: string } | null,
    sql: string,
    params?: unknown[],
  ): Promise<T[]>;
  /** Runs SQL as the owner role (BYPASSRLS): the positive control that rows exist. */
  asOwner<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * Starts the real server on a fresh, throwaway database (created, provisioned, migrated and
 * demo-seeded by the same bootstrap the start command uses) on the test PostgreSQL.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: Pick<StartOptions, 'serveAs' | 'jobs'> = {},
): Promise<TestApp> {
  const adminUrl = process.env.TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_ADMIN_URL missing: run through jest (global setup)');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: adminUrl,
    YIBAO_DATA_DIR: join(projectRoot(), '.data', 'test'),
    JWT_SECRET: TEST_JWT_SECRET,
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  const databaseName = `yibao_test_${randomBytes(5).toString('hex')}`;
  const app = await startApp(config, createLogger(config), { databaseName, ...options });
  const db = app.database;

  async function run<T>(url: string, statements: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await statements(client);
    } finally {
      await client.end();
    }
  }

  return {
    app,
    config,
    url: app.url,
    db,
    token: (scope, code, roles = ['ADMIN'], extra = {}) =>
      issueToken(config, { scope, code, roles, ...extra }),
    asApp: (settings, sql, params = []) =>
      run(db.appUrl, async (client) => {
        await client.query('begin');
        try {
          if (settings) {
            await client.query(
              "select set_config('app.scope', $1, true), set_config('app.code', $2, true), set_config('app.province', $3, true)",
              [settings.scope, settings.code, settings.province],
            );
          }
          const result = await client.query(sql, params);
          await client.query('commit');
          return result.rows;
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
      }),
    asOwner: (sql, params = []) =>
      run(db.ownerUrl, async (client) => (await client.query(sql, params)).rows),
    stop: async () => {
      await app.stop();
      await dropDatabase(adminUrl, databaseName);
    },
  };
}

export { Scope };
