import { atomically, type SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { loadConnection } from '../../graphql/page-loaders';
import type { ConnectionShape, PageArgs } from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { Scope } from '../identity';
import { Hospital } from './hospital.entity';
import { registryLoaders as loaders } from './registry.loaders';
import { provinceScopeCondition, requireScope } from './tenancy.access';
import { TenancyError } from './tenancy.errors';
import type { CreateHospitalInput, HospitalFilter, UpdateHospitalInput } from './tenancy.inputs';
import {
  containsPattern,
  HOSPITAL_CODE,
  optionalFilterText,
  requireCode,
  requireName,
} from './tenancy.validation';

export function findHospital(ctx: RequestContext, code: string): Promise<Hospital | null> {
  return loaders(ctx).hospital.load(code);
}

function hospitalConditions(
  ctx: RequestContext,
  filter: HospitalFilter | undefined,
  nested: boolean,
): SqlCondition[] {
  // defence in depth for root lists; a nested list's parent was itself read under RLS, and the
  // extra column would only steer PostgreSQL away from the (parent, code) index
  const conditions = nested ? [] : provinceScopeCondition(ctx.principal);
  if (filter?.provinceCode != null)
    conditions.push({ sql: 't.province_code = ?', params: [filter.provinceCode] });
  if (filter?.regionCode != null)
    conditions.push({ sql: 't.region_code = ?', params: [filter.regionCode] });
  if (filter?.level != null) conditions.push({ sql: 't.level = ?', params: [filter.level] });
  if (filter?.grade != null) conditions.push({ sql: 't.grade = ?', params: [filter.grade] });
  if (filter?.type != null) conditions.push({ sql: 't.type = ?', params: [filter.type] });
  const name = optionalFilterText(filter?.nameContains, 'nameContains');
  if (name) conditions.push({ sql: 't.name ilike ?', params: [containsPattern(name)] });
  return conditions;
}

/** What a hospital list hangs under: nothing (root), a province or a pooling region. */
export type HospitalParent = { provinceCode: string } | { regionCode: string } | undefined;

export async function listHospitals(
  ctx: RequestContext,
  args: PageArgs,
  filter: HospitalFilter | undefined,
  selection: ConnectionSelection,
  parent: HospitalParent,
): Promise<ConnectionShape<Hospital>> {
  const [partitionBy, key] = !parent
    ? [undefined, undefined]
    : 'regionCode' in parent
      ? (['region_code', parent.regionCode] as const)
      : (['province_code', parent.provinceCode] as const);
  const source = loaders(ctx).hospitals(partitionBy);
  const conditions = hospitalConditions(ctx, filter, partitionBy !== undefined);
  return loadConnection(ctx, source, args, conditions, selection, key);
}

export async function createHospital(
  ctx: RequestContext,
  input: CreateHospitalInput,
): Promise<Hospital> {
  requireScope(ctx.principal, Scope.REGION, 'create hospitals');
  const regionCode = ctx.principal.code;
  const provinceCode = ctx.principal.provinceCode!;
  const code = requireCode(
    input.code,
    HOSPITAL_CODE,
    'code',
    'national hospital code (H + 11 digits)',
  );
  if (code.slice(1, 3) !== provinceCode.slice(0, 2)) {
    throw new TenancyError(
      'CODE_OUTSIDE_PROVINCE',
      `Hospital code ${code} is not inside province ${provinceCode}`,
      'code',
    );
  }
  const name = requireName(input.name, 'name', 200);
  const hospital = await atomically(ctx.em, async (em) =>
    em.create(Hospital, {
      code,
      provinceCode,
      regionCode,
      name,
      level: input.level,
      grade: input.grade ?? null,
      type: input.type,
    } as Hospital),
  );
  loaders(ctx).written(hospital);
  return hospital;
}

export async function updateHospital(
  ctx: RequestContext,
  input: UpdateHospitalInput,
): Promise<Hospital> {
  requireScope(ctx.principal, Scope.REGION, 'change hospitals');
  const name = input.name == null ? undefined : requireName(input.name, 'name', 200);
  const hospital = await atomically(ctx.em, async (em) => {
    const found = await em.findOne(Hospital, { code: input.code });
    if (!found) throw new TenancyError('NOT_FOUND', `No hospital "${input.code}"`, 'code');
    if (found.regionCode !== ctx.principal.code) {
      throw new TenancyError(
        'NOT_OWNER',
        `Hospital ${found.code} belongs to pooling region ${found.regionCode}`,
        'code',
      );
    }
    if (name !== undefined) found.name = name;
    if (input.level != null) found.level = input.level;
    if (input.type != null) found.type = input.type;
    if (input.grade !== undefined) found.grade = input.grade;
    return found;
  });
  loaders(ctx).written(hospital);
  return hospital;
}
