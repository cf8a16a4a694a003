import { randomUUID } from 'node:crypto';
import { atomically, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import {
  fromGlobalId,
  pageRequest,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../../graphql/relay';
import { Dec } from '../../shared/decimal';
import { Scope } from '../identity';
import { findHospital } from '../tenancy';
import { CatalogKind, CatalogOwnerScope, CatalogStatus } from './catalog.enums';
import { CatalogError } from './catalog.errors';
import { ownerOf, requireAncestor, requireOwner } from './catalog-access';
import { catalogLoaders } from './catalog.loaders';
import { copySql, tablesOf } from './catalog-tables';
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
  if (type !== CatalogVersion.typename || !/^[0-9a-f-]{36}$/.test(key)) {
    throw new CatalogError('INVALID_INPUT', `${field} is not a CatalogVersion id`, { field });
  }
  return key;
}

function rulePackageUuid(id: string): string {
  const { type, key } = fromGlobalId(id);
  if (type !== RulePackage.typename || !/^[0-9a-f-]{36}$/.test(key)) {
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
  return /^[0-9a-f-]{36}$/.test(uuid)
    ? catalogLoaders(ctx).version.load(uuid)
    : Promise.resolve(null);
}

function requireText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (!text || text.length > max)
    throw new CatalogError('INVALID_INPUT', `${field} must be 1–${max} characters`, { field });
  return text;
}

function requirePeriod(from: string, to: string | null | undefined): void {
  if (to != null && to <= from) {
    throw new CatalogError('INVALID_INPUT', 'effectiveTo must be after effectiveFrom', {
      field: 'effectiveTo',
    });
  }
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
  // stable order: by kind, then owner, then effective date, then id
  return toConnection(
    await catalogLoaders(ctx).versionPage(pageRequest(args, ctx.limits), conditions).load(''),
  );
}

export async function createCatalogVersion(
  ctx: RequestContext,
  input: CreateCatalogVersionInput,
): Promise<CatalogVersion> {
  const owner = ownerOf(ctx.principal);
  requirePeriod(input.effectiveFrom, input.effectiveTo);
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
      name: requireText(input.name, 'name'),
      versionLabel: requireText(input.versionLabel, 'versionLabel', 50),
      ...owner,
      parentId: null,
      status: CatalogStatus.DRAFT,
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
  if (parent.status !== CatalogStatus.PUBLISHED) {
    throw new CatalogError('NOT_PUBLISHED', 'Only a published version can be derived from', {
      field: 'parentId',
    });
  }
  requireAncestor(ctx.principal, parent);
  requirePeriod(input.effectiveFrom, input.effectiveTo);
  const version = await atomically(ctx.em, async (em) => {
    const child = em.create(CatalogVersion, {
      uuid: randomUUID(),
      kind: parent.kind,
      name: requireText(input.name, 'name'),
      versionLabel: requireText(input.versionLabel, 'versionLabel', 50),
      ...owner,
      parentId: parent.uuid,
      status: CatalogStatus.DRAFT,
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

async function changeOwnVersion(
  ctx: RequestContext,
  id: string,
  change: (version: CatalogVersion) => void | Promise<void>,
): Promise<CatalogVersion> {
  const found = await requireVersion(ctx, id);
  requireOwner(ctx.principal, found);
  const version = await atomically(ctx.em, async (em) => {
    const managed = await em.findOneOrFail(CatalogVersion, { uuid: found.uuid });
    await change(managed);
    return managed;
  });
  catalogLoaders(ctx).written(version);
  return version;
}

export function updateCatalogVersion(
  ctx: RequestContext,
  input: UpdateCatalogVersionInput,
): Promise<CatalogVersion> {
  return changeOwnVersion(ctx, input.id, async (v) => {
    if (v.status !== CatalogStatus.DRAFT) {
      throw new CatalogError(
        'NOT_DRAFT',
        'Only a draft can be edited; published versions are immutable (make a new version)',
      );
    }
    if (input.name != null) v.name = requireText(input.name, 'name');
    if (input.versionLabel != null)
      v.versionLabel = requireText(input.versionLabel, 'versionLabel', 50);
    if (input.effectiveFrom != null) v.effectiveFrom = input.effectiveFrom;
    if (input.effectiveTo !== undefined) v.effectiveTo = input.effectiveTo;
    requirePeriod(v.effectiveFrom, v.effectiveTo);
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
    if (v.status !== CatalogStatus.DRAFT)
      throw new CatalogError('NOT_DRAFT', `Version is ${v.status.toLowerCase()}, not a draft`);
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
    v.status = CatalogStatus.PUBLISHED;
    v.publishedAt = new Date();
  });
}

/**
 * PUBLISHED → RETIRED on `retiredOn` (default today): the version stays in force for dates before
 * it, so grouping history stays reproducible.
 */
export function retireCatalogVersion(
  ctx: RequestContext,
  id: string,
  retiredOn: string | undefined,
): Promise<CatalogVersion> {
  return changeOwnVersion(ctx, id, (v) => {
    if (v.status !== CatalogStatus.PUBLISHED) {
      throw new CatalogError(
        'NOT_PUBLISHED',
        `Version is ${v.status.toLowerCase()}; only a published version can be retired`,
      );
    }
    const day = retiredOn ?? new Date().toISOString().slice(0, 10);
    if (day > v.effectiveFrom && (v.effectiveTo === null || day < v.effectiveTo))
      v.effectiveTo = day;
    v.status = CatalogStatus.RETIRED;
    v.retiredAt = new Date();
  });
}

/**
 * The version of `kind` in force for a region on `asOf`: the region's own, else its province's,
 * else the national one; among several, the latest effective date. Published versions count,
 * and retired ones for the days before they were retired.
 */
export async function catalogInForce(
  ctx: RequestContext,
  kind: CatalogKind,
  asOf: string,
  regionCode: string | undefined,
): Promise<CatalogVersion | null> {
  let region = regionCode;
  if (!region && ctx.principal.scope === Scope.REGION) region = ctx.principal.code;
  if (!region && ctx.principal.scope === Scope.HOSPITAL)
    region = (await findHospital(ctx, ctx.principal.code))?.regionCode;
  const province = region ? `${region.slice(0, 2)}0000` : ctx.principal.provinceCode;
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select id from catalog_version
     where kind = ? and effective_from <= ?::date and (effective_to is null or effective_to > ?::date)
       and (status = 'PUBLISHED' or (status = 'RETIRED' and effective_to is not null))
       and ((owner_scope = 'REGION' and owner_code = ?) or (owner_scope = 'PROVINCE' and owner_code = ?) or owner_scope = 'NATIONAL')
     order by case owner_scope when 'REGION' then 0 when 'PROVINCE' then 1 else 2 end, effective_from desc, published_at desc
     limit 1`,
    [kind, asOf, asOf, region ?? '', province ?? ''],
  );
  return rows[0] ? catalogLoaders(ctx).version.load(rows[0].id) : null;
}

export { CatalogOwnerScope };
