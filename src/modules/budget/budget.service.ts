import { randomUUID } from 'node:crypto';
import {
  atomically,
  insertFromUnnest,
  sqlClientOf,
  type EntityManager,
  type SqlCondition,
} from '../../db';
import {
  BUDGET_INSURANCE_TYPES,
  budgetParametersToJson,
  parseBudgetParameters,
  type BudgetParameters,
} from '../../domain/budget';
import { Dec } from '../../domain/decimal';
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
import { Scope, type Principal } from '../identity';
import { findPoolingRegion } from '../tenancy';
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
import { Budget } from './budget.entity';
import { BudgetError, type FieldError } from './budget.errors';
import type {
  BudgetFilter,
  CreateBudgetInput,
  SetBudgetRowsInput,
  UpdateBudgetInput,
} from './budget.inputs';
import { budgetLoaders, type BudgetRowTable } from './budget.loaders';
import { grantFor } from './budget-grants';
import { validateRows, type ValidatedRows } from './budget-rows.validation';

/** How lifecycle errors name a budget. */
const NOUN = 'budget';

// ——— identity and access (application-side mirror of the policies; the database decides) ———

/** Budgets are written by a pooling region, its own (总额预算 is set per region). */
function ownerOf(principal: Principal): { ownerCode: string; provinceCode: string } {
  if (principal.scope !== Scope.REGION)
    throw new BudgetError('WRONG_SCOPE', 'Budgets are written by a pooling region, its own');
  return { ownerCode: principal.code, provinceCode: principal.provinceCode! };
}

function requireOwner(principal: Principal, budget: Budget): void {
  if (principal.scope !== Scope.REGION || budget.ownerCode !== principal.code)
    throw new BudgetError(
      'NOT_OWNER',
      `Budget ${budget.name} ${budget.versionLabel} belongs to region ${budget.ownerCode}`,
    );
}

// ——— lookups ———

function budgetUuid(id: string, field = 'id'): string {
  const { type, key } = fromGlobalId(id);
  if (type !== Budget.typename || !isUuid(key))
    throw new BudgetError('INVALID_INPUT', `${field} is not a Budget id`, { field });
  return key;
}

/** A visible budget by uuid, or null (another region's, a draft not the caller's: invisible). */
export function findBudget(ctx: RequestContext, uuid: string): Promise<Budget | null> {
  return isUuid(uuid) ? budgetLoaders(ctx).budget.load(uuid) : Promise.resolve(null);
}

async function requireBudget(ctx: RequestContext, id: string, field = 'id'): Promise<Budget> {
  const budget = await findBudget(ctx, budgetUuid(id, field));
  if (!budget) throw new BudgetError('NOT_FOUND', `No budget ${id}`, { field });
  return budget;
}

// ——— reads ———

/** Budgets the caller can see (its own; published ones for its province / NATIONAL). */
export function listBudgets(
  ctx: RequestContext,
  args: PageArgs,
  filter: BudgetFilter | undefined,
  selection: ConnectionSelection,
): Promise<ConnectionShape<Budget>> {
  if (args.after != null && !isUuid(decodeCursor(args.after)))
    throw new BudgetError('INVALID_INPUT', 'Malformed cursor', { field: 'after' });
  // the caller's province, unless NATIONAL (defence in depth beside the policies)
  const conditions: SqlCondition[] =
    ctx.principal.scope === Scope.NATIONAL
      ? []
      : [{ sql: 't.province_code = ?', params: [ctx.principal.provinceCode] }];
  if (filter?.status) conditions.push({ sql: 't.status = ?', params: [filter.status] });
  if (filter?.year != null) conditions.push({ sql: 't.year = ?', params: [filter.year] });
  if (filter?.regionCode != null)
    conditions.push({ sql: 't.owner_code = ?', params: [filter.regionCode] });
  return loadConnection(ctx, budgetLoaders(ctx).budgets(), args, conditions, selection);
}

/** A page of a budget's rows of one table (nested under the budget; batched per table). */
export function listBudgetRows<T extends object>(
  ctx: RequestContext,
  budget: Budget,
  table: BudgetRowTable<T>,
  args: PageArgs,
  selection: ConnectionSelection,
): Promise<ConnectionShape<T>> {
  return loadConnection(ctx, budgetLoaders(ctx).rows(table), args, [], selection, budget.uuid);
}

/**
 * The region's budget in force on `day`: its published budgets (retired ones for the days
 * before their retirement), the latest effective date first — as payment standards.
 */
export async function budgetInForce(
  ctx: RequestContext,
  regionCode: string,
  day: string,
): Promise<Budget | null> {
  if (!/^[1-9][0-9]{5}$/.test(regionCode) || !(await findPoolingRegion(ctx, regionCode)))
    throw new BudgetError('NOT_FOUND', `No pooling region ${regionCode}`, { field: 'regionCode' });
  const rows = await ctx.sql(
    `select id from budget
     where owner_code = $1 and province_code = $2 and status in ('PUBLISHED', 'RETIRED')
       and effective_from <= $3::date and (effective_to is null or effective_to > $3::date)
       and (retired_on is null or $3::date < retired_on)
     order by effective_from desc, published_at desc
     limit 1`,
    [regionCode, `${regionCode.slice(0, 2)}0000`, day],
  );
  return rows[0] ? findBudget(ctx, String(rows[0].id)) : null;
}

// ——— writes ———

/** Parameters from a client: every problem with its path; stored normalised. */
function validParameters(input: Record<string, unknown>, field: string): Record<string, unknown> {
  const parsed = parseBudgetParameters(input);
  if (!parsed.ok)
    throw BudgetError.invalid(
      'INVALID_PARAMETERS',
      'Parameters refused',
      parsed.errors.map((e) => ({ ...e, path: `${field}${e.path.slice(1)}` })),
    );
  return budgetParametersToJson(parsed.value);
}

const ROW_COLUMNS: Record<string, string> = {
  budget_out_of_region: 'insured_region_code, insurance_type, amount',
  budget_prepayment:
    'hospital_code, insurance_type, monthly_spending, fund_balance_months, granted',
  budget_alliance:
    'code, name, lead_hospital_code, budget_employee, budget_resident, monthly_prepayment, surplus_bands, overspend_bands',
  budget_alliance_member: 'alliance_code, hospital_code, tilt',
};

/** Copies every row of the parent into the child (alliances before their members). */
async function copyRows(em: EntityManager, child: string, parent: string): Promise<void> {
  for (const [table, columns] of Object.entries(ROW_COLUMNS)) {
    const from = columns
      .split(', ')
      .map((c) => `r.${c}`)
      .join(', ');
    await em.execute(
      `insert into ${table} (version_id, province_code, owner_code, ${columns})
       select ?::uuid, r.province_code, r.owner_code, ${from} from ${table} r where r.version_id = ?::uuid`,
      [child, parent],
    );
  }
}

export async function createBudget(ctx: RequestContext, input: CreateBudgetInput): Promise<Budget> {
  const owner = ownerOf(ctx.principal);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw new BudgetError('INVALID_INPUT', 'year must be between 2000 and 2100', {
      field: 'year',
    });
  requireVersionPeriod(input.effectiveFrom, input.effectiveTo);
  const name = requireVersionText(input.name, 'name');
  const versionLabel = requireVersionText(input.versionLabel, 'versionLabel', 50);
  const notes = requireVersionNotes(input.notes);
  let parent: Budget | null = null;
  if (input.parentId != null) {
    parent = await requireBudget(ctx, input.parentId, 'parentId');
    if (parent.status !== VersionStatus.PUBLISHED)
      throw new BudgetError('NOT_PUBLISHED', 'Only a published budget can be derived from', {
        field: 'parentId',
      });
    requireOwner(ctx.principal, parent);
  }
  const parameters =
    input.parameters != null
      ? validParameters(input.parameters, 'parameters')
      : (parent?.parameters ?? {});
  const budget = await atomically(ctx.em, async (em) => {
    const created = em.create(Budget, {
      uuid: randomUUID(),
      name,
      versionLabel,
      year: input.year,
      ownerScope: 'REGION',
      ...owner,
      parentId: parent?.uuid ?? null,
      status: VersionStatus.DRAFT,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      parameters,
      demo: parent?.demo ?? false,
      notes,
      publishedAt: null,
      retiredAt: null,
      retiredOn: null,
    } as Budget);
    await em.flush();
    if (parent) await copyRows(em, created.uuid, parent.uuid);
    return created;
  });
  budgetLoaders(ctx).written(budget);
  return budget;
}

/** Runs a change on the caller's own budget, locked, inside one savepoint. */
async function changeOwnBudget(
  ctx: RequestContext,
  id: string,
  change: (budget: Budget, em: EntityManager) => void | Promise<void>,
): Promise<Budget> {
  const found = await requireBudget(ctx, id);
  requireOwner(ctx.principal, found);
  const budget = await changeLockedVersion(ctx.em, Budget, found.uuid, change);
  budgetLoaders(ctx).written(budget);
  return budget;
}

export function updateBudget(ctx: RequestContext, input: UpdateBudgetInput): Promise<Budget> {
  // validated before anything is written or locked
  const name = input.name != null ? requireVersionText(input.name, 'name') : undefined;
  const label =
    input.versionLabel != null
      ? requireVersionText(input.versionLabel, 'versionLabel', 50)
      : undefined;
  const notes = input.notes !== undefined ? requireVersionNotes(input.notes) : undefined;
  return changeOwnBudget(ctx, input.id, (b) => {
    requireDraft(b, NOUN);
    if (name !== undefined) b.name = name;
    if (label !== undefined) b.versionLabel = label;
    if (input.effectiveFrom != null) b.effectiveFrom = input.effectiveFrom;
    if (input.effectiveTo !== undefined) b.effectiveTo = input.effectiveTo;
    requireVersionPeriod(b.effectiveFrom, b.effectiveTo);
    if (notes !== undefined) b.notes = notes;
  });
}

/** Replaces the draft's parameters whole (validated; stored normalised). */
export async function setBudgetParameters(
  ctx: RequestContext,
  id: string,
  parameters: Record<string, unknown>,
): Promise<Budget> {
  const current = await requireBudget(ctx, id);
  requireOwner(ctx.principal, current);
  const normalised = validParameters(parameters, 'parameters');
  return changeOwnBudget(ctx, id, (b) => {
    requireDraft(b, NOUN);
    b.parameters = normalised;
  });
}

/** Writes the validated row lists: each list given replaces its table's rows of the draft. */
async function writeRows(em: EntityManager, budget: Budget, rows: ValidatedRows): Promise<void> {
  const client = await sqlClientOf(em);
  for (const { table, columns, values } of rows) {
    await em.execute(`delete from ${table} where version_id = ?::uuid`, [budget.uuid]);
    if (values.length === 0) continue;
    await insertFromUnnest(
      client,
      table,
      [
        { name: 'version_id', type: 'uuid' },
        { name: 'province_code', type: 'text' },
        { name: 'owner_code', type: 'text' },
        ...columns,
      ],
      values.map((row) => [budget.uuid, budget.provinceCode, budget.ownerCode, ...row]),
    );
  }
}

/** Replaces the rows of the lists given, all or nothing. */
export async function setBudgetRows(
  ctx: RequestContext,
  input: SetBudgetRowsInput,
): Promise<Budget> {
  const current = await requireBudget(ctx, input.id);
  requireOwner(ctx.principal, current);
  requireDraft(current, NOUN);
  const rows = await validateRows(ctx, current, input);
  return changeOwnBudget(ctx, input.id, async (b, em) => {
    requireDraft(b, NOUN);
    await writeRows(em, b, rows);
  });
}

const TYPE_SUFFIX = { EMPLOYEE: 'Employee', RESIDENT: 'Resident' } as const;

/**
 * What publishing checks of the rows: per insurance type, the alliances' budgets and the
 * out-of-region budgets together stay within the fund budget of that type (both are parts of the
 * region's global budget, seed 001 二(一)4 and seed 003 二(二)); an alliance's monthly
 * prepayment × 12 stays within its combined budget. Every excess is listed.
 */
async function overBudget(
  em: EntityManager,
  budget: Budget,
  p: BudgetParameters,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const sums = await em.execute<{ insurance_type: string; total: string }[]>(
    `select t.insurance_type, sum(t.amount)::text as total from (
       select insurance_type, amount from budget_out_of_region where version_id = ?::uuid
       union all select 'EMPLOYEE', budget_employee from budget_alliance where version_id = ?::uuid
       union all select 'RESIDENT', budget_resident from budget_alliance where version_id = ?::uuid
     ) t group by t.insurance_type`,
    [budget.uuid, budget.uuid, budget.uuid],
  );
  for (const type of BUDGET_INSURANCE_TYPES) {
    const fund = p[`fundBudget${TYPE_SUFFIX[type]}`];
    const total = new Dec(sums.find((s) => s.insurance_type === type)?.total ?? '0');
    if (total.gt(fund))
      problems.push({
        path: `parameters.fundBudget${TYPE_SUFFIX[type]}`,
        code: 'OVER_BUDGET',
        message: `alliance and out-of-region budgets of ${type} total ${total.toFixed(2)}, above the fund budget ${fund.toFixed(2)}`,
      });
  }
  const alliances = await em.execute<{ code: string; over: boolean }[]>(
    `select code, monthly_prepayment * 12 > budget_employee + budget_resident as over
     from budget_alliance where version_id = ?::uuid order by code`,
    [budget.uuid],
  );
  for (const a of alliances.filter((x) => x.over))
    problems.push({
      path: `alliances[${a.code}].monthlyPrepayment`,
      code: 'OVER_BUDGET',
      message: 'twelve monthly prepayments exceed the alliance’s combined budget',
    });
  return problems;
}

/** The prepayments granted under the final parameters (医保办函〔2024〕101号), written to the draft. */
async function grantPrepayments(
  em: EntityManager,
  budget: Budget,
  p: BudgetParameters,
): Promise<void> {
  const rows = await em.execute<
    { row_key: string; insurance_type: string; monthly_spending: string[]; months: string }[]
  >(
    `select row_key, insurance_type, monthly_spending, fund_balance_months::text as months
     from budget_prepayment where version_id = ?::uuid`,
    [budget.uuid],
  );
  for (const r of rows)
    await em.execute(
      'update budget_prepayment set granted = ?::numeric where version_id = ?::uuid and row_key = ?',
      [grantFor(r.insurance_type, r.monthly_spending, r.months, p), budget.uuid, r.row_key],
    );
}

/** DRAFT → PUBLISHED: from now on the budget and its rows never change. */
export function publishBudget(ctx: RequestContext, id: string): Promise<Budget> {
  return changeOwnBudget(ctx, id, async (b, em) => {
    requireDraft(b, NOUN);
    const parsed = parseBudgetParameters(b.parameters);
    if (!parsed.ok)
      throw BudgetError.invalid(
        'INCOMPLETE_PARAMETERS',
        'The budget’s parameters are incomplete or invalid; set them before publishing',
        parsed.errors.map((e) => ({ ...e, path: `parameters${e.path.slice(1)}` })),
      );
    const problems = await overBudget(em, b, parsed.value);
    if (problems.length > 0)
      throw BudgetError.invalid('OVER_BUDGET', 'The budget does not add up', problems);
    await grantPrepayments(em, b, parsed.value);
    markPublished(b, NOUN);
  });
}

/** PUBLISHED → RETIRED from `retiredOn` (default today in China, never earlier). */
export function retireBudget(
  ctx: RequestContext,
  id: string,
  retiredOn: string | undefined,
): Promise<Budget> {
  return changeOwnBudget(ctx, id, (b) => {
    markRetired(b, retiredOn, todayInChina(), NOUN);
  });
}
