import { atomically, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { loadConnection } from '../../graphql/page-loaders';
import type { ConnectionShape, PageArgs } from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { Scope } from '../identity';
import { Province } from './province.entity';
import { registryLoaders as loaders } from './registry.loaders';
import { provinceScopeCondition, requireScope } from './tenancy.access';
import { TenancyError } from './tenancy.errors';
import type { CreateProvinceInput, ProvinceFilter, UpdateProvinceInput } from './tenancy.inputs';
import {
  containsPattern,
  optionalFilterText,
  PROVINCE_CODE,
  requireCode,
  requireName,
} from './tenancy.validation';

export function findProvince(ctx: RequestContext, code: string): Promise<Province | null> {
  return loaders(ctx).province.load(code);
}

export async function listProvinces(
  ctx: RequestContext,
  args: PageArgs,
  filter: ProvinceFilter | undefined,
  selection: ConnectionSelection,
): Promise<ConnectionShape<Province>> {
  const conditions: SqlCondition[] = provinceScopeCondition(ctx.principal, 't.code');
  const name = optionalFilterText(filter?.nameContains, 'nameContains');
  if (name) conditions.push({ sql: `t.name ilike ?`, params: [containsPattern(name)] });
  return loadConnection(ctx, loaders(ctx).provinces(), args, conditions, selection);
}

export async function createProvince(
  ctx: RequestContext,
  input: CreateProvinceInput,
): Promise<Province> {
  requireScope(ctx.principal, Scope.NATIONAL, 'create provinces');
  const code = requireCode(
    input.code,
    PROVINCE_CODE,
    'code',
    'province code (6 digits ending in 0000)',
  );
  const name = requireName(input.name);
  const province = await atomically(ctx.em, async (em) =>
    em.create(Province, { code, name } as Province),
  );
  loaders(ctx).written(province);
  return province;
}

export async function updateProvince(
  ctx: RequestContext,
  input: UpdateProvinceInput,
): Promise<Province> {
  requireScope(ctx.principal, Scope.NATIONAL, 'change provinces');
  const name = input.name == null ? undefined : requireName(input.name);
  const province = await atomically(ctx.em, async (em) => {
    const found = await em.findOne(Province, { code: input.code });
    if (!found) throw new TenancyError('NOT_FOUND', `No province "${input.code}"`, 'code');
    if (name !== undefined) found.name = name;
    return found;
  });
  loaders(ctx).written(province);
  return province;
}
