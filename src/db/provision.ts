import { Client } from 'pg';
import { adoptLegacyObjects } from './legacy-roles';
import { LEGACY_ROLES, roleNamesFor, type RoleNames } from './role-names';

export interface RolePasswords {
  owner: string;
  app: string;
}

/** Connection strings for the two roles on the provisioned database. */
export interface ProvisionedDatabase {
  readonly databaseName: string;
  /** This installation's roles, named after the database (see role-names.ts). */
  readonly roles: RoleNames;
  readonly ownerUrl: string;
  readonly appUrl: string;
}

export interface ProvisionOptions {
  /**
   * The shared roles of databases made before roles were named per database; their objects and
   * grants in this database move to its own roles. Tests pass throwaway names.
   */
  legacyRoles?: RoleNames;
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
 * Creates (or repairs) the installation's owner and application roles and the target database
 * through an administrative connection, and grants the minimum each role needs.
 *
 * Roles are named after the database (`<database>_owner`, `<database>_app`, see role-names.ts):
 * PostgreSQL roles are cluster-wide, and per-database names let two installations share a
 * cluster (different databases, different data directories and passwords) without resetting
 * each other's passwords. Only the installation's own roles may connect to its database
 * (CONNECT is revoked from PUBLIC).
 *
 * - `<database>_owner` owns the database and the schema and runs migrations. It has BYPASSRLS so
 *   migrations, the demo seed and the benchmark's RLS-bypassed baseline see every row; it never
 *   serves requests.
 * - `<database>_app` serves requests: NOSUPERUSER, NOBYPASSRLS, not the owner of any table, so
 *   every policy applies to it. May create temporary tables (bulk staging).
 *
 * Attributes and passwords are re-asserted on every start, so a role someone altered by hand is
 * put back. A database made before per-database roles (owned by the shared `yibao_owner`) is
 * adopted: its objects and the shared application role's grants move to its own roles.
 *
 * Creating a BYPASSRLS role needs a superuser administrative connection.
 */
export async function provisionDatabase(
  adminUrl: string,
  databaseName: string,
  passwords: RolePasswords,
  options: ProvisionOptions = {},
): Promise<ProvisionedDatabase> {
  const roles = roleNamesFor(databaseName);
  const legacy = options.legacyRoles ?? LEGACY_ROLES;
  let maintenance: Client;
  try {
    maintenance = await connect(withMaintenanceDb(adminUrl));
  } catch (error) {
    throw new ProvisionError(`cannot connect to PostgreSQL: ${(error as Error).message}`);
  }
  const owner = maintenance.escapeIdentifier(roles.owner);
  const app = maintenance.escapeIdentifier(roles.app);
  const db = maintenance.escapeIdentifier(databaseName);
  try {
    const lit = (value: string) => maintenance.escapeLiteral(value);
    for (const role of [
      {
        name: owner,
        attrs: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS',
        pw: passwords.owner,
      },
      {
        name: app,
        attrs: 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT',
        pw: passwords.app,
      },
    ]) {
      await ignoringDuplicate(() => maintenance.query(`CREATE ROLE ${role.name} ${role.attrs}`));
      await maintenance.query(`ALTER ROLE ${role.name} ${role.attrs} PASSWORD ${lit(role.pw)}`);
    }
    const existing = await maintenance.query<{ owner: string }>(
      'select pg_get_userbyid(datdba) as owner from pg_database where datname = $1',
      [databaseName],
    );
    if (existing.rowCount === 0) {
      await ignoringDuplicate(() =>
        maintenance.query(
          `CREATE DATABASE ${db} OWNER ${owner} ENCODING 'UTF8' TEMPLATE template0`,
        ),
      );
    } else {
      const target = await connect(withDatabase(adminUrl, databaseName));
      try {
        await adoptLegacyObjects(target, legacy, roles);
      } finally {
        await target.end();
      }
      if (existing.rows[0].owner === legacy.owner && legacy.owner !== roles.owner)
        await maintenance.query(`ALTER DATABASE ${db} OWNER TO ${owner}`);
    }
    // Only this installation's roles connect; the owner has every database privilege.
    await maintenance.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    for (const legacyRole of [legacy.owner, legacy.app]) {
      if (legacyRole === roles.owner || legacyRole === roles.app) continue;
      await maintenance.query(
        `do $$ begin
           if exists (select 1 from pg_roles where rolname = ${lit(legacyRole)}) then
             execute format('revoke all on database %I from %I', ${lit(databaseName)}, ${lit(legacyRole)});
           end if;
         end $$`,
      );
    }
    await maintenance.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE ${db} TO ${owner}`);
    await maintenance.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${app}`);
  } finally {
    await maintenance.end();
  }

  const target = await connect(withDatabase(adminUrl, databaseName));
  try {
    // Only the owner creates objects; the app role may use what migrations grant it, no more.
    await target.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await target.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${owner}`);
    await target.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
  } finally {
    await target.end();
  }

  return {
    databaseName,
    roles,
    ownerUrl: withCredentials(adminUrl, roles.owner, passwords.owner, databaseName),
    appUrl: withCredentials(adminUrl, roles.app, passwords.app, databaseName),
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

/**
 * Drops a database and the installation's two roles (tests and benchmarks use throwaway
 * databases). A role that still holds privileges elsewhere is left in place.
 */
export async function dropDatabase(adminUrl: string, databaseName: string): Promise<void> {
  const client = await connect(withMaintenanceDb(adminUrl));
  try {
    await client.query(
      `DROP DATABASE IF EXISTS ${client.escapeIdentifier(databaseName)} WITH (FORCE)`,
    );
    const roles = roleNamesFor(databaseName);
    for (const role of [roles.app, roles.owner]) {
      try {
        await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
      } catch (error) {
        // 2BP01 dependent_objects_still_exist: the role owns or was granted something elsewhere
        if ((error as { code?: string }).code !== '2BP01') throw error;
      }
    }
  } finally {
    await client.end();
  }
}
