import { randomUUID } from 'node:crypto';
import { atomically, entityColumns, readOnlyMapper, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import {
  fromGlobalId,
  pageRequest,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/relay';
import { Dec } from '../../domain/decimal';
import { todayInChina } from '../../shared/dates';
import { isUuid } from '../../shared/ids';
import { Scope } from '../identity';
import { findHospital, findPoolingRegion } from '../tenancy';
import { CatalogKind, CatalogOwnerScope, DemoCatalogs } from './catalog.enums';
import {
  VersionStatus,
  changeLockedVersion,
  markPublished,
  markRetired,
  requireDraft,
  requireVersionPeriod,
  requireVersionText,
} from '../versioning';
import { CatalogError } from './catalog.errors';
import { ownerOf, requireAncestor, requireOwner } from './catalog-access';
import { catalogLoaders } from './catalog.loaders';
import { copySql, tablesOf } from './catalog-tables';
import { compileDipVersion, compileTcmVersion } from './engine-sources';
import { CatalogVersion } from './catalog-version.entity';
import type {
  CatalogVersionFilter,
  CreateCatalogVersionInput,
  DeriveCatalogVersionInput,
  UpdateCatalogVersionInput,
} from './catalog.inputs';
import { RulePackage } from './rule-package.entity';

/** Resolves a CatalogVersion global ID to its uuid (BAD_USER_INPUT when it names another type). */
export function versionUuid(id: string, field = 'id'): string {
  const { type, key } = fromGlobalId(id);
  if (type !== CatalogVersion.typename || !isUuid(key)) {
    throw new CatalogError('INVALID_INPUT', `${field} is not a CatalogVersion id`, { field });
  }
  return key;
}

function rulePackageUuid(id: string): string {
  const { type, key } = fromGlobalId(id);
  if (type !== RulePackage.typename || !isUuid(key)) {
    throw new CatalogError('INVALID_INPUT', 'rulePackageId is not a RulePackage id', {
      field: 'rulePackageId',
    });
  }
  return key;
}

/** A visible version by global ID, or NOT_FOUND (another owner's draft is invisible). */
export async function requireVersion(
  ctx: RequestContext,
  id: string,
  field = 'id',
): Promise<CatalogVersion> {
  const version = await catalogLoaders(ctx).version.load(versionUuid(id, field));
  if (!version) throw new CatalogError('NOT_FOUND', `No catalog version ${id}`, { field });
  return version;
}

export function findCatalogVersion(
  ctx: RequestContext,
  uuid: string,
): Promise<CatalogVersion | null> {
  return isUuid(uuid) ? catalogLoaders(ctx).version.load(uuid) : Promise.resolve(null);
}

async function requireRulePackage(ctx: RequestContext, id: string): Promise<string> {
  const uuid = rulePackageUuid(id);
  const found = await catalogLoaders(ctx).rulePackage.load(uuid);
  if (!found)
    throw new CatalogError('NOT_FOUND', `No rule package ${id}`, { field: 'rulePackageId' });
  return uuid;
}

export async function listCatalogVersions(
  ctx: RequestContext,
  args: PageArgs,
  filter: CatalogVersionFilter | undefined,
): Promise<ConnectionShape<CatalogVersion>> {
  const conditions: SqlCondition[] = [];
  if (filter?.kind) conditions.push({ sql: 't.kind = ?', params: [filter.kind] });
  if (filter?.status) conditions.push({ sql: 't.status = ?', params: [filter.status] });
  if (filter?.ownerScope)
    conditions.push({ sql: 't.owner_scope = ?', params: [filter.ownerScope] });
  if (filter?.ownerCode) conditions.push({ sql: 't.owner_code = ?', params: [filter.ownerCode] });
  // stable order by id (a uuid): versions are few, and filters narrow them
  const page = pageRequest(args, ctx.limits);
  if (page.after !== null && !isUuid(page.after)) {
    throw new CatalogError('INVALID_INPUT', 'Malformed cursor', { field: 'after' });
  }
  return toConnection(await catalogLoaders(ctx).versionPage(page, conditions).load(''));
}

export async function createCatalogVersion(
  ctx: RequestContext,
  input: CreateCatalogVersionInput,
): Promise<CatalogVersion> {
  const owner = ownerOf(ctx.principal);
  requireVersionPeriod(input.effectiveFrom, input.effectiveTo);
  if (input.kind !== CatalogKind.DRG && input.rulePackageId) {
    throw new CatalogError('INVALID_INPUT', 'Only DRG catalogs take a rule package', {
      field: 'rulePackageId',
    });
  }
  if (input.kind !== CatalogKind.DIP && input.scaleK) {
    throw new CatalogError('INVALID_INPUT', 'Only DIP catalogs take a scale constant K', {
      field: 'scaleK',
    });
  }
  const rulePackageId = input.rulePackageId
    ? await requireRulePackage(ctx, input.rulePackageId)
    : null;
  const version = await atomically(ctx.em, async (em) =>
    em.create(CatalogVersion, {
      uuid: randomUUID(),
      kind: input.kind,
      name: requireVersionText(input.name, 'name'),
      versionLabel: requireVersionText(input.versionLabel, 'versionLabel', 50),
      ...owner,
      parentId: null,
      status: VersionStatus.DRAFT,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      scaleK: input.kind === CatalogKind.DIP ? (input.scaleK ?? new Dec(100)).toFixed() : null,
      rulePackageId,
      demo: false,
      notes: input.notes ?? null,
      publishedAt: null,
      retiredAt: null,
    } as CatalogVersion),
  );
  catalogLoaders(ctx).written(version);
  return version;
}

/**
 * A new DRAFT owned by the caller whose rows start as a copy of the parent's (INHERITED), in one
 * `insert … select` per row table. Local overrides and additions are then written into it.
 */
export async function deriveCatalogVersion(
  ctx: RequestContext,
  input: DeriveCatalogVersionInput,
): Promise<CatalogVersion> {
  const owner = ownerOf(ctx.principal);
  const parent = await requireVersion(ctx, input.parentId, 'parentId');
  if (parent.status !== VersionStatus.PUBLISHED) {
    throw new CatalogError('NOT_PUBLISHED', 'Only a published version can be derived from', {
      field: 'parentId',
    });
  }
  requireAncestor(ctx.principal, parent);
  requireVersionPeriod(input.effectiveFrom, input.effectiveTo);
  const version = await atomically(ctx.em, async (em) => {
    const child = em.create(CatalogVersion, {
      uuid: randomUUID(),
      kind: parent.kind,
      name: requireVersionText(input.name, 'name'),
      versionLabel: requireVersionText(input.versionLabel, 'versionLabel', 50),
      ...owner,
      parentId: parent.uuid,
      status: VersionStatus.DRAFT,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      scaleK: parent.scaleK,
      rulePackageId: parent.rulePackageId,
      demo: parent.demo,
      notes: null,
      publishedAt: null,
      retiredAt: null,
    } as CatalogVersion);
    await em.flush();
    for (const table of tablesOf(parent.kind))
      await em.execute(copySql(table), [child.uuid, parent.uuid]);
    return child;
  });
  catalogLoaders(ctx).written(version);
  return version;
}

/** How lifecycle errors name a catalog version. */
const NOUN = 'catalog version';

/** Runs a change on the caller's own version, locked, inside one savepoint. */
async function changeOwnVersion(
  ctx: RequestContext,
  id: string,
  change: (version: CatalogVersion) => void | Promise<void>,
): Promise<CatalogVersion> {
  const found = await requireVersion(ctx, id);
  requireOwner(ctx.principal, found);
  const version = await changeLockedVersion(ctx.em, CatalogVersion, found.uuid, change);
  catalogLoaders(ctx).written(version);
  return version;
}

export function updateCatalogVersion(
  ctx: RequestContext,
  input: UpdateCatalogVersionInput,
): Promise<CatalogVersion> {
  return changeOwnVersion(ctx, input.id, async (v) => {
    requireDraft(v, NOUN);
    if (input.name != null) v.name = requireVersionText(input.name, 'name');
    if (input.versionLabel != null)
      v.versionLabel = requireVersionText(input.versionLabel, 'versionLabel', 50);
    if (input.effectiveFrom != null) v.effectiveFrom = input.effectiveFrom;
    if (input.effectiveTo !== undefined) v.effectiveTo = input.effectiveTo;
    requireVersionPeriod(v.effectiveFrom, v.effectiveTo);
    if (input.scaleK != null) {
      if (v.kind !== CatalogKind.DIP)
        throw new CatalogError('INVALID_INPUT', 'Only DIP catalogs take K', { field: 'scaleK' });
      v.scaleK = input.scaleK.toFixed();
    }
    if (input.rulePackageId != null) {
      if (v.kind !== CatalogKind.DRG) {
        throw new CatalogError('INVALID_INPUT', 'Only DRG catalogs take a rule package', {
          field: 'rulePackageId',
        });
      }
      v.rulePackageId = await requireRulePackage(ctx, input.rulePackageId);
    }
    if (input.notes !== undefined) v.notes = input.notes;
  });
}

/** DRAFT → PUBLISHED: from now on the version and its rows never change. */
export function publishCatalogVersion(ctx: RequestContext, id: string): Promise<CatalogVersion> {
  return changeOwnVersion(ctx, id, async (v) => {
    requireDraft(v, NOUN);
    if (v.kind === CatalogKind.DRG && !v.rulePackageId) {
      throw new CatalogError(
        'NO_RULE_PACKAGE',
        'A DRG catalog needs a rule package before it is published',
      );
    }
    const [{ n }] = await ctx.em.execute<{ n: number }[]>(
      `select (${tablesOf(v.kind)
        .map((t) => `(select count(*) from ${t.table} where version_id = ?::uuid)`)
        .join(' + ')})::int as n`,
      tablesOf(v.kind).map(() => v.uuid),
    );
    if (n === 0)
      throw new CatalogError('EMPTY_CATALOG', 'A catalog with no rows cannot be published');
    // the engine that will use the catalog must accept it whole (e.g. TCD codes added in
    // separate calls, or DIP rows it cannot compile together)
    if (v.kind === CatalogKind.DIP) await compileDipVersion(ctx.em, v);
    if (v.kind === CatalogKind.TCM_ADVANTAGE) await compileTcmVersion(ctx.em, v);
    markPublished(v, NOUN);
  });
}

/**
 * PUBLISHED → RETIRED from `retiredOn` (default today in China, never earlier): the version stays
 * in force for days before it, so grouping history stays reproducible; a version retired before
 * it took effect is never in force.
 */
export function retireCatalogVersion(
  ctx: RequestContext,
  id: string,
  retiredOn: string | undefined,
): Promise<CatalogVersion> {
  return changeOwnVersion(ctx, id, (v) => {
    // history is not rewritten: cases already grouped under the version keep their grouping
    markRetired(v, retiredOn, todayInChina(), NOUN);
  });
}

/**
 * Where an in-force lookup is for: a region code the caller gave (checked against the registry
 * the caller can see), the caller's own region (undefined), or the region owning a catalog
 * version the caller is grouping with. Published catalogs are usable by everyone, whole, so that
 * owner needs no registry lookup: another province's region is invisible there.
 */
export type InForceRegion = string | null | undefined | { readonly ownerOf: CatalogVersion };

/** The region a catalog lookup is for: the given one (checked), else the caller's own. */
async function regionFor(
  ctx: RequestContext,
  regionCode: InForceRegion,
): Promise<string | undefined> {
  if (regionCode !== null && typeof regionCode === 'object') {
    const { ownerScope, ownerCode } = regionCode.ownerOf;
    return ownerScope === CatalogOwnerScope.REGION ? ownerCode : regionFor(ctx, undefined);
  }
  // an explicit null (GraphQL) means the same as no region given
  if (regionCode != null) {
    // a typo must not silently fall back to the national catalog
    if (!/^[1-9][0-9]{5}$/.test(regionCode) || !(await findPoolingRegion(ctx, regionCode))) {
      throw new CatalogError('NOT_FOUND', `No pooling region ${regionCode}`, {
        field: 'regionCode',
      });
    }
    return regionCode;
  }
  if (ctx.principal.scope === Scope.REGION) return ctx.principal.code;
  if (ctx.principal.scope === Scope.HOSPITAL)
    return (await findHospital(ctx, ctx.principal.code))?.regionCode;
  return undefined;
}

/** Which of the region's published versions a lookup may pick, by their demo flag. */
const DEMO_FILTER: Record<DemoCatalogs, string> = {
  [DemoCatalogs.EXCLUDE]: 'not demo',
  [DemoCatalogs.ONLY]: 'demo',
  // A region with any official catalog (any kind, any day, at its own, its province's or the
  // national level) never gets a demo one: synthetic weights must not fill a gap in real data,
  // e.g. days before the official catalog took effect, or a kind only the demo has (a demo
  // TCM-advantage catalog would otherwise re-classify cases grouped by an official DRG catalog).
  [DemoCatalogs.UNLESS_OFFICIAL]: 'demo = not __official',
};

const inForceTexts = new Map<DemoCatalogs, string>();

/**
 * The in-force lookup as one statement: the chain of owners (region, province, national) with,
 * per row, whether the chain holds any official version (the demo rule). Its columns are listed
 * (never `*`), so it runs as a prepared statement: RLS makes planning the costly part of it.
 */
function inForceSql(ctx: RequestContext, demo: DemoCatalogs): string {
  let text = inForceTexts.get(demo);
  if (!text) {
    const columns = [
      ...entityColumns(ctx.metadata, CatalogVersion as new () => CatalogVersion).values(),
    ];
    text = `select ${columns.map((c) => `c.${c}`).join(', ')} from (
       select ${columns.map((c) => `v.${c}`).join(', ')}, bool_or(not v.demo) over () as __official
       from catalog_version v
       where v.status in ('PUBLISHED', 'RETIRED')
         and ((v.owner_scope = 'REGION' and v.owner_code = $1) or (v.owner_scope = 'PROVINCE' and v.owner_code = $2) or v.owner_scope = 'NATIONAL')) c
     where kind = any($3::text[]) and effective_from <= $4::date and (effective_to is null or effective_to > $4::date)
       and (retired_on is null or $4::date < retired_on)
       and ${DEMO_FILTER[demo]}
     order by case owner_scope when 'REGION' then 0 when 'PROVINCE' then 1 else 2 end,
       case kind when 'DRG' then 0 else 1 end, effective_from desc, published_at desc
     limit 1`;
    inForceTexts.set(demo, text);
  }
  return text;
}

/**
 * The catalog version in force for a region on `asOf`, among `kinds`: the region's own, else its
 * province's, else the national one; at the same level, the latest effective date. Published
 * versions count, and retired ones for the days before their retirement. Demonstration versions
 * are picked only as `demo` allows (by default: only for a region with no official catalog).
 */
export async function catalogInForceOf(
  ctx: RequestContext,
  kinds: CatalogKind[],
  asOf: string,
  regionCode: InForceRegion,
  demo: DemoCatalogs = DemoCatalogs.UNLESS_OFFICIAL,
): Promise<CatalogVersion | null> {
  const region = await regionFor(ctx, regionCode);
  const province = region ? `${region.slice(0, 2)}0000` : ctx.principal.provinceCode;
  // one statement for the whole version (this is one level of a query), prepared: see inForceSql
  const rows = await ctx.sql(inForceSql(ctx, demo), [region ?? '', province ?? '', kinds, asOf], {
    prepared: true,
  });
  if (!rows[0]) return null;
  const loaders = catalogLoaders(ctx);
  const version = readOnlyMapper(ctx.metadata, CatalogVersion as new () => CatalogVersion)(rows[0]);
  // nested fields and later lookups of the same version need no query
  loaders.version.prime(version.uuid, version);
  return loaders.version.load(version.uuid);
}

const inForceDaysTexts = new Map<DemoCatalogs, string>();

/** `inForceSql` for many days at once: one pick per day (lateral). */
function inForceDaysSql(ctx: RequestContext, demo: DemoCatalogs): string {
  let text = inForceDaysTexts.get(demo);
  if (!text) {
    const columns = [
      ...entityColumns(ctx.metadata, CatalogVersion as new () => CatalogVersion).values(),
    ];
    // a plain select (the tenant runner runs reads only): the owner chain is a small derived
    // table, read per day inside the lateral
    text = `select d.day::text as __day, ${columns.map((c) => `c.${c}`).join(', ')}
     from unnest($4::date[]) as d(day)
     cross join lateral (
       select * from (
         select ${columns.map((c) => `v.${c}`).join(', ')}, bool_or(not v.demo) over () as __official
         from catalog_version v
         where v.status in ('PUBLISHED', 'RETIRED')
           and ((v.owner_scope = 'REGION' and v.owner_code = $1) or (v.owner_scope = 'PROVINCE' and v.owner_code = $2) or v.owner_scope = 'NATIONAL')) chain
       where kind = any($3::text[]) and effective_from <= d.day and (effective_to is null or effective_to > d.day)
         and (retired_on is null or d.day < retired_on)
         and ${DEMO_FILTER[demo]}
       order by case owner_scope when 'REGION' then 0 when 'PROVINCE' then 1 else 2 end,
         case kind when 'DRG' then 0 else 1 end, effective_from desc, published_at desc
       limit 1) c`;
    inForceDaysTexts.set(demo, text);
  }
  return text;
}

/**
 * `catalogInForceOf` for many days in one statement (the ingest groups a batch discharged over a
 * whole year): the same rules and the same answer per day; a day with none maps to null.
 */
export async function catalogsInForceOn(
  ctx: RequestContext,
  kinds: CatalogKind[],
  days: readonly string[],
  regionCode: InForceRegion,
  demo: DemoCatalogs = DemoCatalogs.UNLESS_OFFICIAL,
): Promise<Map<string, CatalogVersion | null>> {
  const found = new Map<string, CatalogVersion | null>(days.map((d) => [d, null]));
  if (days.length === 0) return found;
  const region = await regionFor(ctx, regionCode);
  const province = region ? `${region.slice(0, 2)}0000` : ctx.principal.provinceCode;
  const rows = await ctx.sql<Record<string, unknown>>(
    inForceDaysSql(ctx, demo),
    [region ?? '', province ?? '', kinds, days],
    { prepared: true },
  );
  const loaders = catalogLoaders(ctx);
  const map = readOnlyMapper(ctx.metadata, CatalogVersion as new () => CatalogVersion);
  const versions = new Map<string, Promise<CatalogVersion | null>>();
  for (const { __day, ...row } of rows) {
    const mapped = map(row);
    let version = versions.get(mapped.uuid);
    if (!version) {
      loaders.version.prime(mapped.uuid, mapped);
      version = loaders.version.load(mapped.uuid);
      versions.set(mapped.uuid, version);
    }
    found.set(String(__day), await version);
  }
  return found;
}

/** The version of one kind in force for a region on a day (see `catalogInForceOf`). */
export function catalogInForce(
  ctx: RequestContext,
  kind: CatalogKind,
  asOf: string,
  regionCode: InForceRegion,
  demo: DemoCatalogs = DemoCatalogs.UNLESS_OFFICIAL,
): Promise<CatalogVersion | null> {
  return catalogInForceOf(ctx, [kind], asOf, regionCode, demo);
}

export { CatalogOwnerScope };
