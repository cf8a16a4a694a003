import { join, resolve } from 'node:path';
import { projectRoot } from './project-root';

/** Validated process configuration. This module is the only reader of `process.env`. */
export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** Administrative connection (provisions roles and the database it names); unset = embedded. */
  readonly databaseUrl: string | undefined;
  /** Where the embedded database, the development signing key and generated passwords live. */
  readonly dataDir: string;
  readonly db: {
    readonly ownerPassword: string | undefined;
    readonly appPassword: string | undefined;
    readonly poolMax: number;
    /** How long opening a database connection may take before the request is answered 503. */
    readonly connectTimeoutMs: number;
  };
  readonly jwt: {
    readonly secret: string | undefined;
    readonly publicKey: string | undefined;
    readonly issuer: string;
    readonly audience: string;
  };
  /** Seed the demo province and demo catalogs into an empty database (off by default in production). */
  readonly demo: boolean;
  /**
   * Demo cases (a year of settlement lists, ingested as each demo region) seeded on start when
   * `demo` is on; 0 skips. Default 20,000, and 0 under tests (a suite asks for cases itself).
   */
  readonly demoCases: number;
  readonly limits: {
    readonly defaultPageSize: number;
    readonly maxPageSize: number;
    readonly maxQueryDepth: number;
    readonly maxQueryCost: number;
    readonly maxBodyBytes: number;
  };
  /** Background jobs (src/db/jobs). */
  readonly jobs: {
    /** Run jobs inside the server process (`npm run worker` runs them in processes of their own). */
    readonly inProcess: boolean;
    /** Chunks one process runs at the same time. */
    readonly concurrency: number;
    /** How often an idle worker asks the queue for work. */
    readonly pollIntervalMs: number;
    /** How often lost chunks (a crashed worker's) are expired for another worker to run. */
    readonly maintenanceIntervalSeconds: number;
  };
  readonly logLevel: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer in [${min}, ${max}], got "${raw}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/**
 * Reads and validates configuration. `argv` flags override the environment (`--no-demo`).
 * Pure over its inputs so tests can build configurations without touching `process.env`.
 */
export function loadConfig(env: Env = process.env, argv: readonly string[] = []): AppConfig {
  const nodeEnv =
    env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const config: AppConfig = {
    env: nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.YIBAO_DATA_DIR || join(projectRoot(), '.data')),
    db: {
      ownerPassword: env.DB_OWNER_PASSWORD || undefined,
      appPassword: env.DB_APP_PASSWORD || undefined,
      poolMax: int(env, 'DB_POOL_MAX', 10, 1, 500),
      connectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 10_000, 100, 600_000),
    },
    jwt: {
      secret: env.JWT_SECRET || undefined,
      publicKey: env.JWT_PUBLIC_KEY || undefined,
      issuer: env.JWT_ISSUER || 'yibao-graph',
      audience: env.JWT_AUDIENCE || 'yibao-graph',
    },
    // synthetic demo catalogs must never land in a production database by default
    demo: argv.includes('--no-demo') ? false : bool(env, 'DEMO_DATA', nodeEnv !== 'production'),
    demoCases: int(env, 'DEMO_CASES', nodeEnv === 'test' ? 0 : 20_000, 0, 10_000_000),
    limits: {
      defaultPageSize: int(env, 'DEFAULT_PAGE_SIZE', 20, 1, 1000),
      maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 1000),
      maxQueryDepth: int(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      maxQueryCost: int(env, 'MAX_QUERY_COST', 25000, 10, 10_000_000),
      // large enough for a bureau's rule package or DIP catalog upload (CHS-DRG 1.1 is ~2 MB of JSON)
      maxBodyBytes: int(env, 'MAX_BODY_BYTES', 8_388_608, 1024, 100_000_000),
    },
    jobs: {
      inProcess: bool(env, 'JOBS_IN_PROCESS', true),
      concurrency: int(env, 'JOB_CONCURRENCY', 2, 1, 64),
      pollIntervalMs: int(env, 'JOB_POLL_INTERVAL_MS', 2000, 500, 600_000),
      maintenanceIntervalSeconds: int(env, 'JOB_MAINTENANCE_INTERVAL_SECONDS', 60, 1, 3600),
    },
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
  };
  if (config.limits.defaultPageSize > config.limits.maxPageSize) {
    throw new ConfigError('DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE');
  }
  if (config.jwt.secret !== undefined && config.jwt.secret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  if (config.env === 'production' && !config.jwt.secret && !config.jwt.publicKey) {
    throw new ConfigError('In production JWT_SECRET or JWT_PUBLIC_KEY must be set');
  }
  return config;
}
