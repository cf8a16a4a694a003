import type { ClientBase } from 'pg';
import type { RoleNames } from './role-names';

const USER_NAMESPACE = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp)'`;

/**
 * `alter … owner to` for everything the legacy owner owns in this database: relations (a
 * sequence owned by a column follows its table), routines, types and domains, schemas.
 * REASSIGN OWNED is not used on purpose: it also hands over every *database* the old role owns,
 * which on a shared cluster are other installations' databases.
 */
const OWNERSHIP_STATEMENTS = `
select format('alter %s %s owner to %I', kind, name, $2::text) as statement from (
  select case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
           when 'f' then 'foreign table' when 'S' then 'sequence' else 'table' end as kind,
         c.oid::regclass::text as name
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relowner = $1::text::regrole and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and ${USER_NAMESPACE}
    and not exists (select 1 from pg_depend d
                    where d.classid = 'pg_class'::regclass and d.objid = c.oid
                      and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))
  union all
  select case p.prokind when 'a' then 'aggregate' when 'p' then 'procedure' else 'function' end,
         p.oid::regprocedure::text
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  where p.proowner = $1::text::regrole and ${USER_NAMESPACE}
  union all
  select case t.typtype when 'd' then 'domain' else 'type' end, t.oid::regtype::text
  from pg_type t join pg_namespace n on n.oid = t.typnamespace
  where t.typowner = $1::text::regrole and t.typtype in ('e', 'd', 'r') and ${USER_NAMESPACE}
  union all
  select 'schema', quote_ident(n.nspname) from pg_namespace n
  where n.nspowner = $1::text::regrole and ${USER_NAMESPACE}
) owned`;

/**
 * The legacy application role's privileges in this database, re-granted to the new one and then
 * revoked from the old: tables, sequences, routines, schemas.
 */
const GRANT_STATEMENTS = `
with granted as (
  select case c.relkind when 'S' then 'sequence' else 'table' end as kind, c.oid::regclass::text as name, a.privilege_type
  from pg_class c join pg_namespace n on n.oid = c.relnamespace, aclexplode(c.relacl) a
  where a.grantee = $1::text::regrole and ${USER_NAMESPACE}
  union all
  select 'routine', p.oid::regprocedure::text, a.privilege_type
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace, aclexplode(p.proacl) a
  where a.grantee = $1::text::regrole and ${USER_NAMESPACE}
  union all
  select 'schema', quote_ident(n.nspname), a.privilege_type
  from pg_namespace n, aclexplode(n.nspacl) a
  where a.grantee = $1::text::regrole and ${USER_NAMESPACE}
)
select format('grant %s on %s %s to %I', string_agg(distinct privilege_type, ', '), kind, name, $2::text) as statement
from granted group by kind, name
union all
select format('revoke all on %s %s from %I', kind, name, $1::text)
from granted group by kind, name`;

async function roleExists(client: ClientBase, name: string): Promise<boolean> {
  const found = await client.query('select 1 from pg_roles where rolname = $1', [name]);
  return (found.rowCount ?? 0) > 0;
}

/**
 * Moves a database made before roles were named per database (shared `yibao_owner` /
 * `yibao_app`) to this installation's roles: ownership of every object to `roles.owner`, every
 * privilege of the legacy application role to `roles.app`. Idempotent: a database that has
 * nothing of the legacy roles is left as it is. Runs in one transaction on a superuser
 * connection to the target database; returns how many statements it ran.
 */
export async function adoptLegacyObjects(
  client: ClientBase,
  legacy: RoleNames,
  roles: RoleNames,
): Promise<number> {
  const statements: string[] = [];
  if (legacy.owner !== roles.owner && (await roleExists(client, legacy.owner))) {
    const owned = await client.query<{ statement: string }>(OWNERSHIP_STATEMENTS, [
      legacy.owner,
      roles.owner,
    ]);
    statements.push(...owned.rows.map((r) => r.statement));
  }
  if (legacy.app !== roles.app && (await roleExists(client, legacy.app))) {
    const grants = await client.query<{ statement: string }>(GRANT_STATEMENTS, [
      legacy.app,
      roles.app,
    ]);
    statements.push(...grants.rows.map((r) => r.statement));
  }
  if (statements.length === 0) return 0;
  await client.query('begin');
  try {
    for (const statement of statements) await client.query(statement);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  return statements.length;
}
