import { createHash } from 'node:crypto';

/** The two database roles of one installation. */
export interface RoleNames {
  /** Owns the database and the schema, runs migrations (BYPASSRLS). */
  readonly owner: string;
  /** Serves requests under row-level security. */
  readonly app: string;
}

/** PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN − 1). */
const MAX_IDENTIFIER_BYTES = 63;
const SUFFIXES = { owner: '_owner', app: '_app' } as const;
const LONGEST_SUFFIX = Math.max(...Object.values(SUFFIXES).map((s) => s.length));
const PLAIN = /^[a-z_][a-z0-9_]*$/;

/**
 * The roles of the installation that uses `databaseName`: `<database>_owner` and
 * `<database>_app`. Roles are cluster-wide in PostgreSQL, so naming them after the database keeps
 * two installations on one cluster (two databases, two data directories, two passwords) from
 * resetting each other's passwords.
 *
 * A name that is not a plain lower-case identifier, or too long for the suffix to fit in 63
 * bytes, becomes a lower-case prefix of it plus a hash of the full name (`my_db_1a2b3c4d5e_app`),
 * so every result is a plain identifier of at most 63 bytes and distinct databases get distinct
 * roles. Pure: migrations derive the application role from the database name the same way.
 */
export function roleNamesFor(databaseName: string): RoleNames {
  if (!databaseName) throw new Error('a database name is needed to name its roles');
  const base =
    PLAIN.test(databaseName) && databaseName.length + LONGEST_SUFFIX <= MAX_IDENTIFIER_BYTES
      ? databaseName
      : hashedBase(databaseName);
  return { owner: `${base}${SUFFIXES.owner}`, app: `${base}${SUFFIXES.app}` };
}

function hashedBase(databaseName: string): string {
  const hash = createHash('sha256').update(databaseName, 'utf8').digest('hex').slice(0, 10);
  const readable = databaseName
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^([^a-z_])/, 'd$1')
    .slice(0, 40);
  return `${readable}_${hash}`;
}

/** The roles every installation shared before roles were named per database. */
export const LEGACY_ROLES: RoleNames = { owner: 'yibao_owner', app: 'yibao_app' };
