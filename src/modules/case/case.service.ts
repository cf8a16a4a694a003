import type { SqlCondition } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { loadConnection } from '../../graphql/page-loaders';
import type { ConnectionShape, PageArgs } from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { isValidTenantCode, provinceOf, Scope } from '../identity';
import { CaseError } from './case.errors';
import type { QcSeverityEnum } from './case.enums';
import type { SettlementCaseFilter } from './case.inputs';
import type { QcRule } from './case.types';
import { caseLoaders, parseRowKey, type CaseParentColumn } from './case.loaders';
import type { CaseRevision } from './case-revision.entity';
import type { SettlementCase } from './settlement-case.entity';

const CODE = /^[A-Za-z0-9.+x/-]{1,40}$/;

function code(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!CODE.test(value)) throw new CaseError('INVALID_FILTER', `${field} is not a code`, field);
  return value;
}

function caseConditions(
  ctx: RequestContext,
  filter: SettlementCaseFilter | undefined,
  nested: boolean,
): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  // defence in depth for root lists (RLS decides): a principal's own province
  if (!nested && ctx.principal.scope !== Scope.NATIONAL)
    conditions.push({ sql: 't.province_code = ?', params: [ctx.principal.provinceCode] });
  if (!filter) return conditions;
  if (filter.dischargedFrom != null)
    conditions.push({ sql: 't.discharge_date >= ?::date', params: [filter.dischargedFrom] });
  if (filter.dischargedTo != null)
    conditions.push({ sql: 't.discharge_date <= ?::date', params: [filter.dischargedTo] });
  const eq = (column: string, value: string | null) => {
    if (value !== null) conditions.push({ sql: `t.${column} = ?`, params: [value] });
  };
  eq('drg_code', code(filter.drgCode, 'drgCode'));
  eq('dip_group_code', code(filter.dipGroupCode, 'dipGroupCode'));
  eq('treatment_region_code', code(filter.treatmentRegionCode, 'treatmentRegionCode'));
  eq('insured_region_code', code(filter.insuredRegionCode, 'insuredRegionCode'));
  eq('hospital_code', code(filter.hospitalCode, 'hospitalCode'));
  eq('insurance_type', filter.insuranceType ?? null);
  eq('qc_status', filter.qcStatus ?? null);
  return conditions;
}

/** Cases the principal can see (row-level security decides), under a parent or at the root. */
export function listCases(
  ctx: RequestContext,
  args: PageArgs,
  filter: SettlementCaseFilter | undefined,
  selection: ConnectionSelection,
  parent?: { column: CaseParentColumn; code: string },
): Promise<ConnectionShape<SettlementCase>> {
  const source = caseLoaders(ctx).cases(parent?.column);
  return loadConnection(
    ctx,
    source,
    args,
    caseConditions(ctx, filter, parent !== undefined),
    selection,
    parent?.code,
  );
}

/** A case by its row key `province:uuid` (the key inside its global id). */
export function findCase(ctx: RequestContext, key: string): Promise<SettlementCase | null> {
  return parseRowKey(key) ? caseLoaders(ctx).caseById.load(key) : Promise.resolve(null);
}

export async function findCaseByKey(
  ctx: RequestContext,
  hospitalCode: string,
  settlementId: string,
): Promise<SettlementCase | null> {
  const province = provinceOf(Scope.HOSPITAL, hospitalCode);
  if (!isValidTenantCode(Scope.HOSPITAL, hospitalCode) || !province) return null;
  const rows = await ctx.sql<{ id: string }>(
    'select id from settlement_case where province_code = $1 and hospital_code = $2 and settlement_id = $3',
    [province, hospitalCode, settlementId],
  );
  return rows[0] ? findCase(ctx, `${province}:${rows[0].id}`) : null;
}

/** A revision by its row key `province:uuid`. */
export function findRevision(ctx: RequestContext, key: string): Promise<CaseRevision | null> {
  return parseRowKey(key) ? caseLoaders(ctx).revisionById.load(key) : Promise.resolve(null);
}

export function revisionsOf(ctx: RequestContext, c: SettlementCase): Promise<CaseRevision[]> {
  return caseLoaders(ctx).revisionsOfCase.load(c.rowKey);
}

/**
 * The insured person's identifier of a revision, or null when the principal may not see it: the
 * database decides (case_identity admits the treating hospital, and other co-owners only with
 * the PII role).
 */
export function insuredPersonIdOf(ctx: RequestContext, r: CaseRevision): Promise<string | null> {
  return caseLoaders(ctx).identityOfRevision.load(`${r.provinceCode}:${r.uuid}`);
}

/**
 * The QC rules as they apply in a region (defaults with the region's override), in code order;
 * without a region (a province or NATIONAL asking), the defaults.
 */
export async function qcRulesFor(
  ctx: RequestContext,
  regionCode: string | null,
): Promise<QcRule[]> {
  if (regionCode !== null && !/^[1-9][0-9]{5}$/.test(regionCode))
    throw new CaseError('INVALID_FILTER', 'regionCode is not a region code', 'regionCode');
  const rows = await ctx.sql<{
    code: string;
    name: string;
    description: string;
    severity: QcSeverityEnum;
    parameters: string;
    affects_drg: boolean;
    affects_dip: boolean;
    enabled: boolean;
    overridden: boolean;
  }>(
    `select r.code, r.name, r.description, coalesce(o.severity, r.severity) as severity,
       (r.parameters || coalesce(o.parameters, '{}'::jsonb))::text as parameters,
       r.affects_drg, r.affects_dip, coalesce(o.enabled, r.enabled) as enabled,
       o.rule_code is not null as overridden
     from qc_rule r
     left join qc_rule_region o on o.rule_code = r.code and o.region_code = $1
       and o.province_code = left($1, 2) || '0000'
     order by r.code`,
    [regionCode ?? ''],
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    description: r.description,
    severity: r.severity,
    parameters: r.parameters,
    affectsDrg: r.affects_drg,
    affectsDip: r.affects_dip,
    enabled: r.enabled,
    overridden: r.overridden,
  }));
}
