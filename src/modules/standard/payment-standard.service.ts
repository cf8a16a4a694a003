import { randomUUID } from 'node:crypto';
import {
  atomically,
  insertFromUnnest,
  sqlClientOf,
  type EntityManager,
  type SqlCondition,
} from '../../db';
import { Dec } from '../../domain/decimal';
import {
  parametersToJson,
  parseStandardParameters,
  tcmStandardsBelowPrePilot,
  type StandardParameters,
} from '../../domain/pricing';
import type { RequestContext } from '../../graphql/context';
import { loadConnection } from '../../graphql/page-loaders';
import {
  decodeCursor,
  fromGlobalId,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { todayInChina } from '../../shared/dates';
import { isUuid } from '../../shared/ids';
import { CatalogKind, CatalogVersion, findCatalogVersion } from '../catalog';
import {
  VersionStatus,
  changeLockedVersion,
  markPublished,
  markRetired,
  requireDraft,
  requireVersionNotes,
  requireVersionPeriod,
  requireVersionText,
} from '../versioning';
import { Scope, type Principal } from '../identity';
import { findHospital, findPoolingRegion } from '../tenancy';
import { PaymentStandard } from './payment-standard.entity';
import { PaymentMethod, StandardOwnerScope } from './standard.enums';
import { StandardError, type FieldError } from './standard.errors';
import type {
  CreatePaymentStandardInput,
  PaymentStandardFilter,
  SetPaymentStandardRowsInput,
  UpdatePaymentStandardInput,
} from './standard.inputs';
import { ROW_TABLES, standardLoaders, type StandardRowTable } from './standard.loaders';
import { validateRows, type ValidatedRows } from './standard-rows.validation';

// ——— identity and access (application-side mirror of the policies; the database decides) ———

/** The owner a principal writes standards as: a region its standards, a province its templates. */
function ownerOf(principal: Principal): {
  ownerScope: StandardOwnerScope;
  ownerCode: string;
  provinceCode: string;
} {
  if (principal.scope !== Scope.REGION && principal.scope !== Scope.PROVINCE) {
    throw new StandardError(
      'WRONG_SCOPE',
      'Payment standards are written by a pooling region (its standards) or a province (templates)',
    );
  }
  return {
    ownerScope: principal.scope as unknown as StandardOwnerScope,
    ownerCode: principal.code,
    provinceCode: principal.provinceCode!,
  };
}

function requireOwner(principal: Principal, standard: PaymentStandard): void {
  if (standard.ownerScope !== (principal.scope as string) || standard.ownerCode !== principal.code)
    throw new StandardError(
      'NOT_OWNER',
      `Payment standard ${standard.name} ${standard.versionLabel} belongs to ${standard.ownerScope} ${standard.ownerCode}`,
    );
}

/**
 * Derivation follows the administrative tree: a province's template may be derived by the
 * province itself (its next template) or its regions; a region's standard only by the region.
 */
function requireAncestor(principal: Principal, parent: PaymentStandard): void {
  const ok =
    (parent.ownerScope === StandardOwnerScope.PROVINCE &&
      parent.ownerCode === principal.provinceCode &&
      (principal.scope === Scope.REGION || principal.scope === Scope.PROVINCE)) ||
    (parent.ownerScope === StandardOwnerScope.REGION &&
      parent.ownerCode === principal.code &&
      principal.scope === Scope.REGION);
  if (!ok)
    throw new StandardError(
      'NOT_AN_ANCESTOR',
      `Cannot derive from ${parent.ownerScope} ${parent.ownerCode}'s standard: it is not above the caller`,
      { field: 'parentId' },
    );
}

// ——— lookups ———

function standardUuid(id: string, field = 'id'): string {
  const { type, key } = fromGlobalId(id);
  if (type !== PaymentStandard.typename || !isUuid(key))
    throw new StandardError('INVALID_INPUT', `${field} is not a PaymentStandard id`, { field });
  return key;
}

/** A visible standard by uuid, or null (another owner's draft, another province: invisible). */
export function findPaymentStandard(
  ctx: RequestContext,
  uuid: string,
): Promise<PaymentStandard | null> {
  return isUuid(uuid) ? standardLoaders(ctx).standard.load(uuid) : Promise.resolve(null);
}

async function requireStandard(ctx: RequestContext, id: string, field = 'id') {
  const standard = await findPaymentStandard(ctx, standardUuid(id, field));
  if (!standard) throw new StandardError('NOT_FOUND', `No payment standard ${id}`, { field });
  return standard;
}

const CATALOG_KIND_OF: Record<PaymentMethod, CatalogKind> = {
  [PaymentMethod.DRG_RATE]: CatalogKind.DRG,
  [PaymentMethod.DRG_POINTS]: CatalogKind.DRG,
  [PaymentMethod.DIP_SCORE]: CatalogKind.DIP,
};

/** The catalog a standard prices: visible, published, of the kind its method groups with. */
async function requireCatalog(
  ctx: RequestContext,
  id: string,
  method: PaymentMethod,
): Promise<string> {
  const field = 'catalogVersionId';
  const { type, key } = fromGlobalId(id);
  if (type !== CatalogVersion.typename || !isUuid(key))
    throw new StandardError('INVALID_INPUT', `${field} is not a CatalogVersion id`, { field });
  const catalog = await findCatalogVersion(ctx, key);
  if (!catalog) throw new StandardError('NOT_FOUND', `No catalog version ${id}`, { field });
  if (catalog.kind !== CATALOG_KIND_OF[method] || catalog.status === VersionStatus.DRAFT)
    throw new StandardError(
      'CATALOG_MISMATCH',
      `A ${method} standard prices a published ${CATALOG_KIND_OF[method]} catalog, not a ${catalog.status.toLowerCase()} ${catalog.kind} one`,
      { field },
    );
  return catalog.uuid;
}

// ——— reads ———

/** The caller's province, unless NATIONAL (defence in depth beside the policies). */
function provinceCondition(principal: Principal): SqlCondition[] {
  return principal.scope === Scope.NATIONAL
    ? []
    : [{ sql: 't.province_code = ?', params: [principal.provinceCode] }];
}

/** Standards the caller can see, optionally of one owner (a region's standards, a province's templates). */
export function listPaymentStandards(
  ctx: RequestContext,
  args: PageArgs,
  ownerCode: string | undefined,
  filter: PaymentStandardFilter | undefined,
  selection: ConnectionSelection,
): Promise<ConnectionShape<PaymentStandard>> {
  if (args.after != null && !isUuid(decodeCursor(args.after)))
    throw new StandardError('INVALID_INPUT', 'Malformed cursor', { field: 'after' });
  const conditions = provinceCondition(ctx.principal);
  if (ownerCode != null) conditions.push({ sql: 't.owner_code = ?', params: [ownerCode] });
  if (filter?.method) conditions.push({ sql: 't.method = ?', params: [filter.method] });
  if (filter?.status) conditions.push({ sql: 't.status = ?', params: [filter.status] });
  if (filter?.year != null) conditions.push({ sql: 't.year = ?', params: [filter.year] });
  if (filter?.ownerScope)
    conditions.push({ sql: 't.owner_scope = ?', params: [filter.ownerScope] });
  return loadConnection(ctx, standardLoaders(ctx).standards(), args, conditions, selection);
}

/** A region's own standards (nested under the region: every region of a level in one statement). */
export function listRegionStandards(
  ctx: RequestContext,
  regionCode: string,
  args: PageArgs,
  filter: PaymentStandardFilter | undefined,
  selection: ConnectionSelection,
): Promise<ConnectionShape<PaymentStandard>> {
  if (args.after != null && !isUuid(decodeCursor(args.after)))
    throw new StandardError('INVALID_INPUT', 'Malformed cursor', { field: 'after' });
  // the parent region was itself read under RLS; the policies decide which standards show
  const conditions: SqlCondition[] = [{ sql: "t.owner_scope = 'REGION'", params: [] }];
  if (filter?.method) conditions.push({ sql: 't.method = ?', params: [filter.method] });
  if (filter?.status) conditions.push({ sql: 't.status = ?', params: [filter.status] });
  if (filter?.year != null) conditions.push({ sql: 't.year = ?', params: [filter.year] });
  const source = standardLoaders(ctx).standards('owner_code');
  return loadConnection(ctx, source, args, conditions, selection, regionCode);
}

/** A page of a standard's rows of one table (nested under the standard; batched per table). */
export function listStandardRows<T extends object>(
  ctx: RequestContext,
  standard: PaymentStandard,
  table: StandardRowTable<T>,
  args: PageArgs,
  selection: ConnectionSelection,
): Promise<ConnectionShape<T>> {
  return loadConnection(ctx, standardLoaders(ctx).rows(table), args, [], selection, standard.uuid);
}

/** The region a lookup is for: the given one (checked against the registry), else the caller's. */
async function regionFor(ctx: RequestContext, regionCode: string | null | undefined) {
  if (regionCode != null) {
    if (!/^[1-9][0-9]{5}$/.test(regionCode) || !(await findPoolingRegion(ctx, regionCode)))
      throw new StandardError('NOT_FOUND', `No pooling region ${regionCode}`, {
        field: 'regionCode',
      });
    return regionCode;
  }
  if (ctx.principal.scope === Scope.REGION) return ctx.principal.code;
  if (ctx.principal.scope === Scope.HOSPITAL)
    return (await findHospital(ctx, ctx.principal.code))?.regionCode;
  throw new StandardError('INVALID_INPUT', 'regionCode is required for this caller', {
    field: 'regionCode',
  });
}

/**
 * The region's standard of a method in force on `asOf`: its own published standards (retired
 * ones for the days before their retirement), the latest effective date first. A province's
 * template is never in force: regions derive their standards from it.
 */
export async function paymentStandardInForce(
  ctx: RequestContext,
  method: PaymentMethod,
  asOf: string,
  regionCode: string | null | undefined,
): Promise<PaymentStandard | null> {
  const region = await regionFor(ctx, regionCode);
  if (!region) return null;
  const rows = await ctx.sql(
    `select id from payment_standard
     where owner_scope = 'REGION' and owner_code = $1 and province_code = $2 and method = $3
       and status in ('PUBLISHED', 'RETIRED')
       and effective_from <= $4::date and (effective_to is null or effective_to > $4::date)
       and (retired_on is null or $4::date < retired_on)
     order by effective_from desc, published_at desc
     limit 1`,
    [region, `${region.slice(0, 2)}0000`, method, asOf],
  );
  return rows[0] ? findPaymentStandard(ctx, String(rows[0].id)) : null;
}

// ——— writes ———

/**
 * Parameters from a client: the standard's method goes in (the parameters may repeat it, not
 * contradict it), every problem comes back with its path under `field`, and what is stored is
 * the normalised form (every parameter present, decimals as strings).
 */
function validParameters(
  input: Record<string, unknown>,
  method: PaymentMethod,
  field: string,
): Record<string, unknown> {
  if (input.method !== undefined && input.method !== method)
    throw StandardError.invalid('INVALID_PARAMETERS', 'Parameters refused', [
      {
        path: `${field}.method`,
        code: 'INCONSISTENT',
        message: `must be the standard's method ${method}`,
      },
    ]);
  const parsed = parseStandardParameters({ ...input, method });
  if (!parsed.ok)
    throw StandardError.invalid(
      'INVALID_PARAMETERS',
      'Parameters refused',
      parsed.errors.map((e) => ({ ...e, path: `${field}${e.path.slice(1)}` })),
    );
  return parametersToJson(parsed.value);
}

/** Copies every row of the parent into the child, in one `insert … select` per table. */
async function copyRows(em: EntityManager, child: string, parent: string): Promise<void> {
  const columns: Record<string, string> = {
    standard_coefficient: 'hospital_code, level, grade, group_code, coefficient',
    standard_out_of_region_coefficient: 'insured_region_code, coefficient',
    standard_bed_day: 'category_code, daily_points, daily_amount, max_days',
    standard_tcm_advantage: 'disease_code, standard, pre_pilot_standard',
    standard_exclusion_item: 'item_kind, code, name, effective_from, effective_to',
  };
  for (const { table } of ROW_TABLES) {
    await em.execute(
      `insert into ${table} (version_id, province_code, ${columns[table]})
       select ?::uuid, s.province_code, ${columns[table]
         .split(', ')
         .map((c) => `r.${c}`)
         .join(', ')}
       from ${table} r join payment_standard s on s.id = ?::uuid
       where r.version_id = ?::uuid`,
      [child, child, parent],
    );
  }
}

export async function createPaymentStandard(
  ctx: RequestContext,
  input: CreatePaymentStandardInput,
): Promise<PaymentStandard> {
  const owner = ownerOf(ctx.principal);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw new StandardError('INVALID_INPUT', 'year must be between 2000 and 2100', {
      field: 'year',
    });
  requireVersionPeriod(input.effectiveFrom, input.effectiveTo);
  const name = requireVersionText(input.name, 'name');
  const versionLabel = requireVersionText(input.versionLabel, 'versionLabel', 50);
  const notes = requireVersionNotes(input.notes);
  let parent: PaymentStandard | null = null;
  if (input.parentId != null) {
    parent = await requireStandard(ctx, input.parentId, 'parentId');
    if (parent.status !== VersionStatus.PUBLISHED)
      throw new StandardError('NOT_PUBLISHED', 'Only a published standard can be derived from', {
        field: 'parentId',
      });
    requireAncestor(ctx.principal, parent);
    if (parent.method !== input.method)
      throw new StandardError(
        'INVALID_INPUT',
        `The parent is a ${parent.method} standard; a derived standard keeps its method`,
        { field: 'method' },
      );
  }
  const catalogVersionId =
    input.catalogVersionId != null
      ? await requireCatalog(ctx, input.catalogVersionId, input.method)
      : (parent?.catalogVersionId ?? null);
  const parameters =
    input.parameters != null
      ? validParameters(input.parameters, input.method, 'parameters')
      : (parent?.parameters ?? {});

  const standard = await atomically(ctx.em, async (em) => {
    const created = em.create(PaymentStandard, {
      uuid: randomUUID(),
      method: input.method,
      name,
      versionLabel,
      year: input.year,
      ...owner,
      parentId: parent?.uuid ?? null,
      catalogVersionId,
      status: VersionStatus.DRAFT,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      parameters,
      demo: parent?.demo ?? false,
      notes,
      publishedAt: null,
      retiredAt: null,
      retiredOn: null,
    } as PaymentStandard);
    await em.flush();
    if (parent) await copyRows(em, created.uuid, parent.uuid);
    return created;
  });
  standardLoaders(ctx).written(standard);
  return standard;
}

/** How lifecycle errors name a payment standard. */
const NOUN = 'standard';

/** Runs a change on the caller's own standard, locked, inside one savepoint. */
async function changeOwnStandard(
  ctx: RequestContext,
  id: string,
  change: (standard: PaymentStandard, em: EntityManager) => void | Promise<void>,
): Promise<PaymentStandard> {
  const found = await requireStandard(ctx, id);
  requireOwner(ctx.principal, found);
  const standard = await changeLockedVersion(ctx.em, PaymentStandard, found.uuid, change);
  standardLoaders(ctx).written(standard);
  return standard;
}

export async function updatePaymentStandard(
  ctx: RequestContext,
  input: UpdatePaymentStandardInput,
): Promise<PaymentStandard> {
  // validated before anything is written or locked
  const name = input.name != null ? requireVersionText(input.name, 'name') : undefined;
  const label =
    input.versionLabel != null
      ? requireVersionText(input.versionLabel, 'versionLabel', 50)
      : undefined;
  const notes = input.notes !== undefined ? requireVersionNotes(input.notes) : undefined;
  const current = await requireStandard(ctx, input.id);
  const catalogVersionId =
    input.catalogVersionId != null
      ? await requireCatalog(ctx, input.catalogVersionId, current.method)
      : undefined;
  return changeOwnStandard(ctx, input.id, (s) => {
    requireDraft(s, NOUN);
    if (name !== undefined) s.name = name;
    if (label !== undefined) s.versionLabel = label;
    if (input.effectiveFrom != null) s.effectiveFrom = input.effectiveFrom;
    if (input.effectiveTo !== undefined) s.effectiveTo = input.effectiveTo;
    requireVersionPeriod(s.effectiveFrom, s.effectiveTo);
    if (catalogVersionId !== undefined) s.catalogVersionId = catalogVersionId;
    if (notes !== undefined) s.notes = notes;
  });
}

/** Replaces the draft's scalar parameters whole (validated; stored normalised). */
export async function setPaymentStandardParameters(
  ctx: RequestContext,
  id: string,
  parameters: Record<string, unknown>,
): Promise<PaymentStandard> {
  const current = await requireStandard(ctx, id);
  requireOwner(ctx.principal, current);
  const normalised = validParameters(parameters, current.method, 'parameters');
  return changeOwnStandard(ctx, id, (s) => {
    requireDraft(s, NOUN);
    s.parameters = normalised;
  });
}

/** Writes the validated row lists: each list given replaces its table's rows of the draft. */
async function writeRows(em: EntityManager, standard: PaymentStandard, rows: ValidatedRows) {
  const client = await sqlClientOf(em);
  for (const { table, columns, values } of rows) {
    await em.execute(`delete from ${table} where version_id = ?::uuid`, [standard.uuid]);
    if (values.length === 0) continue;
    await insertFromUnnest(
      client,
      table,
      [{ name: 'version_id', type: 'uuid' }, { name: 'province_code', type: 'text' }, ...columns],
      values.map((row) => [standard.uuid, standard.provinceCode, ...row]),
    );
  }
}

/** Replaces the rows of the lists given, all or nothing. */
export async function setPaymentStandardRows(
  ctx: RequestContext,
  input: SetPaymentStandardRowsInput,
): Promise<PaymentStandard> {
  const current = await requireStandard(ctx, input.id);
  requireOwner(ctx.principal, current);
  requireDraft(current, NOUN);
  const rows = await validateRows(ctx, current, input);
  return changeOwnStandard(ctx, input.id, async (s, em) => {
    requireDraft(s, NOUN);
    await writeRows(em, s, rows);
  });
}

/** What publishing checks of the rows, beside the parameters. */
async function publishProblems(
  em: EntityManager,
  standard: PaymentStandard,
  parameters: StandardParameters,
): Promise<void> {
  const tcm = await em.execute<
    { disease_code: string; standard: string; pre_pilot_standard: string }[]
  >(
    'select disease_code, standard, pre_pilot_standard from standard_tcm_advantage where version_id = ?::uuid order by disease_code',
    [standard.uuid],
  );
  // seed 000 二(二): a TCM-advantage standard is not lower than before the pilot
  const below = tcmStandardsBelowPrePilot(
    tcm.map((r) => ({
      diseaseCode: r.disease_code,
      standard: new Dec(r.standard),
      prePilotStandard: new Dec(r.pre_pilot_standard),
    })),
  );
  if (below.length > 0)
    throw new StandardError(
      'TCM_BELOW_PRE_PILOT',
      `${below.length} TCM-advantage standard(s) below their pre-pilot standard: ${below.map((r) => r.diseaseCode).join(', ')}`,
      {
        rows: below.map((r) => ({
          diseaseCode: r.diseaseCode,
          standard: r.standard.toFixed(2),
          prePilotStandard: r.prePilotStandard.toFixed(2),
        })),
      },
    );
  // bed-day rows must carry the figure the method pays with
  const column = parameters.method === 'DRG_RATE' ? 'daily_amount' : 'daily_points';
  const missing = await em.execute<{ category_code: string }[]>(
    `select category_code from standard_bed_day where version_id = ?::uuid and ${column} is null order by category_code`,
    [standard.uuid],
  );
  if (missing.length > 0)
    throw new StandardError(
      'INCOMPLETE_PARAMETERS',
      `Bed-day standards without ${column === 'daily_amount' ? 'dailyAmount' : 'dailyPoints'} for a ${parameters.method} standard: ${missing.map((r) => r.category_code).join(', ')}`,
      {
        fieldErrors: missing.map((r) => ({
          path: `bedDays[${r.category_code}]`,
          code: 'REQUIRED',
          message: `${column} is required for ${parameters.method}`,
        })),
      },
    );
}

/** DRAFT → PUBLISHED: from now on the standard and its rows never change. */
export function publishPaymentStandard(ctx: RequestContext, id: string): Promise<PaymentStandard> {
  return changeOwnStandard(ctx, id, async (s, em) => {
    requireDraft(s, NOUN);
    // a standard prices the groups of one catalog version: payments must be reproducible
    if (!s.catalogVersionId)
      throw new StandardError(
        'NO_CATALOG',
        'A standard needs the catalog version it prices (catalogVersionId) before it is published',
      );
    const parsed = parseStandardParameters(s.parameters);
    if (!parsed.ok)
      throw new StandardError(
        'INCOMPLETE_PARAMETERS',
        'The standard’s parameters are incomplete or invalid; set them before publishing',
        {
          fieldErrors: parsed.errors.map((e): FieldError => ({
            ...e,
            path: `parameters${e.path.slice(1)}`,
          })),
        },
      );
    await publishProblems(em, s, parsed.value);
    markPublished(s, NOUN);
  });
}

/**
 * PUBLISHED → RETIRED from `retiredOn` (default today in China, never earlier): the standard
 * stays in force for days before it, so payments already computed stay reproducible.
 */
export function retirePaymentStandard(
  ctx: RequestContext,
  id: string,
  retiredOn: string | undefined,
): Promise<PaymentStandard> {
  return changeOwnStandard(ctx, id, (s) => {
    markRetired(s, retiredOn, todayInChina(), NOUN);
  });
}
