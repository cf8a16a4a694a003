import { atomically, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { loadConnection } from '../../graphql/page-loaders';
import type { ConnectionShape, PageArgs } from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { Scope } from '../identity';
import { PoolingRegion } from './pooling-region.entity';
import { registryLoaders as loaders } from './registry.loaders';
import { provinceScopeCondition, requireScope } from './tenancy.access';
import { TenancyError } from './tenancy.errors';
import type {
  CreatePoolingRegionInput,
  PoolingRegionFilter,
  UpdatePoolingRegionInput,
} from './tenancy.inputs';
import {
  containsPattern,
  optionalFilterText,
  REGION_CODE,
  requireCode,
  requireName,
} from './tenancy.validation';

export function findPoolingRegion(
  ctx: RequestContext,
  code: string,
): Promise<PoolingRegion | null> {
  return loaders(ctx).region.load(code);
}

function regionConditions(
  ctx: RequestContext,
  filter: PoolingRegionFilter | undefined,
  nested: boolean,
): SqlCondition[] {
  // defence in depth for root lists; a nested list's parent was itself read under RLS, and the
  // extra column would only steer PostgreSQL away from the (parent, code) index
  const conditions = nested ? [] : provinceScopeCondition(ctx.principal);
  if (filter?.provinceCode != null)
    conditions.push({ sql: 't.province_code = ?', params: [filter.provinceCode] });
  if (filter?.level != null) conditions.push({ sql: 't.level = ?', params: [filter.level] });
  const name = optionalFilterText(filter?.nameContains, 'nameContains');
  if (name) conditions.push({ sql: 't.name ilike ?', params: [containsPattern(name)] });
  const prefix = optionalFilterText(filter?.codePrefix, 'codePrefix');
  if (prefix !== undefined) {
    if (!/^[0-9]{1,6}$/.test(prefix))
      throw new TenancyError('INVALID_CODE', 'codePrefix must be 1–6 digits', 'codePrefix');
    conditions.push({ sql: 't.code like ?', params: [`${prefix}%`] });
  }
  return conditions;
}

/** Regions of one province (nested under `Province.poolingRegions`), or all visible when `provinceCode` is undefined. */
export async function listPoolingRegions(
  ctx: RequestContext,
  args: PageArgs,
  filter: PoolingRegionFilter | undefined,
  selection: ConnectionSelection,
  provinceCode?: string,
): Promise<ConnectionShape<PoolingRegion>> {
  const source = loaders(ctx).regions(provinceCode === undefined ? undefined : 'province_code');
  const conditions = regionConditions(ctx, filter, provinceCode !== undefined);
  return loadConnection(ctx, source, args, conditions, selection, provinceCode);
}

export async function createPoolingRegion(
  ctx: RequestContext,
  input: CreatePoolingRegionInput,
): Promise<PoolingRegion> {
  requireScope(ctx.principal, Scope.PROVINCE, 'create pooling regions');
  const provinceCode = ctx.principal.code;
  const code = requireCode(input.code, REGION_CODE, 'code', 'pooling region code (6 digits)');
  if (code.slice(0, 2) !== provinceCode.slice(0, 2) || code === provinceCode) {
    throw new TenancyError(
      'CODE_OUTSIDE_PROVINCE',
      `Region code ${code} is not inside province ${provinceCode}`,
      'code',
    );
  }
  const name = requireName(input.name);
  const region = await atomically(ctx.em, async (em) =>
    em.create(PoolingRegion, { code, provinceCode, name, level: input.level } as PoolingRegion),
  );
  loaders(ctx).written(region);
  return region;
}

export async function updatePoolingRegion(
  ctx: RequestContext,
  input: UpdatePoolingRegionInput,
): Promise<PoolingRegion> {
  requireScope(ctx.principal, Scope.PROVINCE, 'change pooling regions');
  const name = input.name == null ? undefined : requireName(input.name);
  const region = await atomically(ctx.em, async (em) => {
    const found = await em.findOne(PoolingRegion, { code: input.code });
    if (!found) throw new TenancyError('NOT_FOUND', `No pooling region "${input.code}"`, 'code');
    if (found.provinceCode !== ctx.principal.code) {
      throw new TenancyError(
        'NOT_OWNER',
        `Pooling region ${found.code} belongs to province ${found.provinceCode}`,
        'code',
      );
    }
    if (name !== undefined) found.name = name;
    if (input.level != null) found.level = input.level;
    return found;
  });
  loaders(ctx).written(region);
  return region;
}
