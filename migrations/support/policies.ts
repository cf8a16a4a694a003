import { roleNamesFor } from '../../src/db/role-names';

/**
 * SQL building blocks for row-level security in migrations.
 *
 * Every policy reads the request's transaction-local settings, set by the server from the
 * verified token before anything else runs in the request's transaction:
 *   app.scope     NATIONAL | PROVINCE | REGION | HOSPITAL
 *   app.code      the principal's own code (province, region or hospital code)
 *   app.province  the principal's province code ('' for NATIONAL)
 * A request without settings reads them as NULL (or '' once a transaction has set them), which
 * matches no predicate built here: policies fail closed.
 *
 * Migrations are history. An applied migration must go on producing the SQL it produced when it
 * ran (test/unit/migration-history.test.ts pins every migration's SQL), so never change what an
 * exported helper emits: add a new helper, or a new option whose default keeps the old output.
 */

export type SettingName = 'scope' | 'code' | 'province';
export type Scope = 'NATIONAL' | 'PROVINCE' | 'REGION' | 'HOSPITAL';

/** `(select current_setting('app.x', true))`: evaluated once per statement, never per row. */
export const setting = (name: SettingName): string =>
  `(select current_setting('app.${name}', true))`;

/** The request's principal has this scope. */
export const scopeIs = (scope: Scope): string => `${setting('scope')} = '${scope}'`;

/** Any authenticated principal: the request set a known scope. */
export const AUTHENTICATED = `${setting('scope')} in ('NATIONAL', 'PROVINCE', 'REGION', 'HOSPITAL')`;

/**
 * The caller is the owner recorded on the row (owner_scope/owner_code), within its province (a
 * NATIONAL owner's rows have no province).
 */
export const IS_OWNER = `(owner_scope = ${setting('scope')} and owner_code = ${setting('code')}
  and (owner_scope = 'NATIONAL' or province_code = ${setting('province')}))`;

/** Something that knows the database a migration runs against (a MikroORM Configuration). */
export interface DatabaseNamed {
  get(key: 'dbName'): unknown;
}

/**
 * The installation's application role, quoted, for `grant … to ${appRole(this.config)}` in a
 * migration. Roles are named per database (see src/db/role-names.ts), so grants follow the
 * database a migration runs in.
 */
export function appRole(config: DatabaseNamed): string {
  const databaseName = config.get('dbName');
  if (typeof databaseName !== 'string' || !databaseName)
    throw new Error('migration needs the database name to name the application role');
  return quoteIdentifier(roleNamesFor(databaseName).app);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Migration SQL writes plain lower-case identifiers unquoted; anything else is a mistake. */
function identifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name) || name.length > 63)
    throw new Error(`${what} must be a plain lower-case identifier of at most 63 bytes: ${name}`);
  return name;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A party to a co-owned row. */
export type CoOwner = 'HOSPITAL' | 'TREATMENT_REGION' | 'INSURED_REGION' | 'PROVINCE';

export interface CoOwnedColumns {
  /** Treating hospital (定点医疗机构) code. Default `hospital_code`. */
  hospitalColumn?: string;
  /** Treatment-site region (就医地). Default `treatment_region_code`. */
  treatmentRegionColumn?: string;
  /** Insured-site region (参保地). Default `insured_region_code`. */
  insuredRegionColumn?: string;
  /** The row's province: the distribution key on Citus. Default `province_code`. */
  provinceColumn?: string;
}

export interface CoOwnedOptions extends CoOwnedColumns {
  /** The quoted application role: `appRole(this.config)`. */
  appRole: string;
  /**
   * Parties that may insert and update rows, each only rows it is a party to, within its
   * province. Default none: the application only reads (rows arrive through the owner role or
   * through another table's functions).
   */
  writers?: readonly CoOwner[];
}

/**
 * Row-level security for a **co-owned** table: a row (a case, a settlement line) belongs to
 * several parties at once — the treating hospital, the treatment-site region, the insured-site
 * region and their province — and nobody else.
 *
 *   NATIONAL  reads every row;
 *   PROVINCE  reads the rows of its province;
 *   REGION    reads rows whose treatment-site or insured-site region it is, in its province;
 *   HOSPITAL  reads rows it treated, in its province.
 *
 * Every branch but NATIONAL also requires `province_code = app.province`, and every policy the
 * table gets names `province_code`: on Citus the table is distributed by province, and a policy
 * that constrains the distribution column routes to one shard group (ARCHITECTURE.md §6). A row
 * therefore has exactly one province: a region of another province never sees it.
 *
 * Returns, for `up()`: ENABLE + FORCE row level security; the read policy (and insert/update
 * policies for `writers`); a COMMENT ON POLICY for each, saying who may see or write what; the
 * grants to the application role (select, plus insert and update when there are writers, never
 * delete); and the indexes the policies need, province first: (province, hospital),
 * (province, treatment region), (province, insured region). The table must exist.
 */
export function coOwnedPolicies(table: string, options: CoOwnedOptions): string {
  const t = identifier(table, 'table');
  const province = identifier(options.provinceColumn ?? 'province_code', 'provinceColumn');
  const hospital = identifier(options.hospitalColumn ?? 'hospital_code', 'hospitalColumn');
  const treatment = identifier(
    options.treatmentRegionColumn ?? 'treatment_region_code',
    'treatmentRegionColumn',
  );
  const insured = identifier(
    options.insuredRegionColumn ?? 'insured_region_code',
    'insuredRegionColumn',
  );
  const writers = [...new Set(options.writers ?? [])];
  const inProvince = `${province} = ${setting('province')}`;

  // One predicate per party; each also pins the row to the caller's province.
  const party: Record<CoOwner, string> = {
    HOSPITAL: `(${scopeIs('HOSPITAL')} and ${hospital} = ${setting('code')} and ${inProvince})`,
    TREATMENT_REGION: `(${scopeIs('REGION')} and ${treatment} = ${setting('code')} and ${inProvince})`,
    INSURED_REGION: `(${scopeIs('REGION')} and ${insured} = ${setting('code')} and ${inProvince})`,
    PROVINCE: `(${scopeIs('PROVINCE')} and ${province} = ${setting('code')} and ${inProvince})`,
  };
  const read = `${scopeIs('NATIONAL')}
  or (${inProvince} and (
    ${scopeIs('PROVINCE')}
    or (${scopeIs('REGION')} and (${treatment} = ${setting('code')} or ${insured} = ${setting('code')}))
    or (${scopeIs('HOSPITAL')} and ${hospital} = ${setting('code')})
  ))`;
  const write = writers.map((w) => party[w]).join('\n  or ');
  const writerNames = writers.map((w) => w.toLowerCase().replace('_', '-')).join(', ');

  const indexes: [string, string][] = [
    ['hospital', hospital],
    ['treatment_region', treatment],
    ['insured_region', insured],
  ];
  const indexName = (suffix: string) => identifier(`${t}_${suffix}_idx`, 'index name');
  const policyName = (suffix: string) => identifier(`${t}_${suffix}`, 'policy name');

  const sql = [
    `-- co-owned rows: NATIONAL reads all; PROVINCE its province; REGION rows it treated or insured,`,
    `-- HOSPITAL rows it treated, both within their province; nobody else (no settings: nothing)`,
    `alter table ${t} enable row level security;`,
    `alter table ${t} force row level security;`,
    `create policy ${policyName('read')} on ${t} for select using (
  ${read}
);`,
    `comment on policy ${policyName('read')} on ${t} is ${literal(
      `Co-owned rows. Read: NATIONAL every row; PROVINCE the rows of its province; REGION the rows whose ${treatment} or ${insured} is its code, in its province; HOSPITAL the rows whose ${hospital} is its code, in its province. Nobody else; a request without settings sees nothing.`,
    )};`,
  ];
  if (writers.length > 0) {
    sql.push(
      `create policy ${policyName('insert')} on ${t} for insert with check (
  ${write}
);`,
      `create policy ${policyName('update')} on ${t} for update
  using (
  ${write}
)
  with check (
  ${write}
);`,
      `comment on policy ${policyName('insert')} on ${t} is ${literal(
        `Co-owned rows. Insert: only ${writerNames}, each a row it is a party to, in its own province.`,
      )};`,
      `comment on policy ${policyName('update')} on ${t} is ${literal(
        `Co-owned rows. Update: only ${writerNames}, each a row it is a party to and stays a party to, in its own province.`,
      )};`,
    );
  }
  sql.push(
    `grant ${writers.length > 0 ? 'select, insert, update' : 'select'} on ${t} to ${options.appRole};`,
    ...indexes.map(
      ([suffix, column]) => `create index ${indexName(suffix)} on ${t} (${province}, ${column});`,
    ),
  );
  return sql.join('\n');
}
