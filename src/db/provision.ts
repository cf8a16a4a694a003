import { Client } from 'pg';

/** The two database roles. Fixed names: migrations grant to them by name. */
export const OWNER_ROLE = 'yibao_owner';
export const APP_ROLE = 'yibao_app';

export interface RolePasswords {
  owner: string;
  app: string;
}

/** Connection strings for the two roles on the provisioned database. */
export interface ProvisionedDatabase {
  readonly databaseName: string;
  readonly ownerUrl: string;
  readonly appUrl: string;
}

export class ProvisionError extends Error {}

export function withCredentials(
  url: string,
  user: string,
  password: string,
  database?: string,
): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  if (database !== undefined) parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseNameOf(url: string, fallback: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  return name || fallback;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Ignores "already exists" races between processes provisioning the same cluster at once. */
async function ignoringDuplicate(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 42710 duplicate_object, 42P04 duplicate_database, 23505 unique_violation (pg_authid race)
    if (code !== '42710' && code !== '42P04' && code !== '23505') throw error;
  }
}

/**
 * Creates (or repairs) the owner and application roles and the target database through an
 * administrative connection, and grants the minimum each role needs.
 *
 * - `yibao_owner` owns the schema and runs migrations. It has BYPASSRLS so migrations, the demo
 *   seed and the benchmark's RLS-bypassed baseline see every row; it never serves requests.
 * - `yibao_app` serves requests: NOSUPERUSER, NOBYPASSRLS, not the owner of any table, so every
 *   policy applies to it. Its attributes are re-asserted on every start, so a role someone
 *   altered by hand is put back.
 *
 * Creating a BYPASSRLS role needs a superuser administrative connection.
 */
export async function provisionDatabase(
  adminUrl: string,
  databaseName: string,
  passwords: RolePasswords,
): Promise<ProvisionedDatabase> {
  let maintenance: Client;
  try {
    maintenance = await connect(withMaintenanceDb(adminUrl));
  } catch (error) {
    throw new ProvisionError(`cannot connect to PostgreSQL: ${(error as Error).message}`);
  }
  try {
    const lit = (value: string) => maintenance.escapeLiteral(value);
    const roles = [
      {
        name: OWNER_ROLE,
        attrs: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS',
        pw: passwords.owner,
      },
      {
        name: APP_ROLE,
        attrs: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT',
        pw: passwords.app,
      },
    ];
    for (const role of roles) {
      await ignoringDuplicate(() => maintenance.query(`CREATE ROLE ${role.name} ${role.attrs}`));
      await maintenance.query(`ALTER ROLE ${role.name} ${role.attrs} PASSWORD ${lit(role.pw)}`);
    }
    const exists = await maintenance.query('select 1 from pg_database where datname = $1', [
      databaseName,
    ]);
    if (exists.rowCount === 0) {
      await ignoringDuplicate(() =>
        maintenance.query(
          `CREATE DATABASE ${maintenance.escapeIdentifier(databaseName)} OWNER ${OWNER_ROLE} ENCODING 'UTF8' TEMPLATE template0`,
        ),
      );
    }
    const db = maintenance.escapeIdentifier(databaseName);
    await maintenance.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE ${db} TO ${OWNER_ROLE}`);
    await maintenance.query(`GRANT CONNECT ON DATABASE ${db} TO ${APP_ROLE}`);
  } finally {
    await maintenance.end();
  }

  const target = await connect(withDatabase(adminUrl, databaseName));
  try {
    // Only the owner creates objects; the app role may use what migrations grant it, no more.
    await target.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await target.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${OWNER_ROLE}`);
    await target.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
  } finally {
    await target.end();
  }

  return {
    databaseName,
    ownerUrl: withCredentials(adminUrl, OWNER_ROLE, passwords.owner, databaseName),
    appUrl: withCredentials(adminUrl, APP_ROLE, passwords.app, databaseName),
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function withMaintenanceDb(url: string): string {
  return withDatabase(url, 'postgres');
}

/** Drops a database (tests and benchmarks use throwaway databases). */
export async function dropDatabase(adminUrl: string, databaseName: string): Promise<void> {
  const client = await connect(withMaintenanceDb(adminUrl));
  try {
    await client.query(
      `DROP DATABASE IF EXISTS ${client.escapeIdentifier(databaseName)} WITH (FORCE)`,
    );
  } finally {
    await client.end();
  }
}
