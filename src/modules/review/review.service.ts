import { randomUUID } from 'node:crypto';
import { sqlClientOf, type SqlCondition } from '../../db';
import { Dec } from '../../domain/decimal';
import { parseStandardParameters } from '../../domain/pricing';
import { amountProblem, capPeriodOf, checkCap, finalPaymentOf } from '../../domain/review';
import type { RequestContext } from '../../graphql/context';
import { loadConnection } from '../../graphql/page-loaders';
import { fromGlobalId, type ConnectionShape, type PageArgs } from '../../graphql/relay';
import type { ConnectionSelection } from '../../graphql/selection';
import { findCase, findRevision, parseRowKey, SettlementCase } from '../case';
import { Scope } from '../identity';
import { paymentOf } from '../settlement';
import { findPaymentStandard } from '../standard';
import { SpecialCaseOutcome, SpecialCasePaymentKind, SpecialCaseStatus } from './review.enums';
import { ReviewError } from './review.errors';
import type {
  ApplySpecialCaseInput,
  CommentSpecialCaseInput,
  DecideSpecialCaseInput,
  SpecialCaseApplicationFilter,
} from './review.inputs';
import { reviewLoaders, type ApplicationParentColumn } from './review.loaders';
import {
  FinalCasePayment,
  type SpecialCaseComment,
  type SpecialCaseDecision,
} from './review.types';
import { SpecialCaseApplication } from './special-case-application.entity';

/** Reasons, decisions and comments: free text, bounded (the columns check the same bound). */
const MAX_TEXT = 2000;

function text(value: string | null | undefined, field: string): string {
  const trimmed = (value ?? '').trim();
  // NUL is refused for every string at the door (nul guard); repeated here because PostgreSQL
  // text cannot hold it and the error must be the client's, not the driver's
  if (!trimmed || trimmed.length > MAX_TEXT || trimmed.includes('\u0000'))
    throw ReviewError.invalid(`${field} must be 1–${MAX_TEXT} characters`, field);
  return trimmed;
}

function rowKeyOf(id: string, typename: string, field: string): string {
  let parsed: { type: string; key: string };
  try {
    parsed = fromGlobalId(id);
  } catch {
    throw ReviewError.invalid(`${field} is not a ${typename} id`, field);
  }
  if (parsed.type !== typename || !parseRowKey(parsed.key))
    throw ReviewError.invalid(`${field} is not a ${typename} id`, field);
  return parsed.key;
}

function money(value: { toString(): string }, totalCost: Dec, field: string): Dec {
  const amount = new Dec(value.toString());
  const problem = amountProblem(amount, totalCost);
  if (problem)
    throw new ReviewError(
      'INVALID_INPUT',
      problem === 'ABOVE_TOTAL_COST'
        ? `${field} may not exceed the case's total cost ${totalCost.toFixed(2)}`
        : `${field} must be above 0 with at most 2 decimals`,
      { field, problem },
    );
  return amount;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

// ——— reads ———

/** An application by its row key `province:uuid`, or null (absent or not visible). */
export function findApplication(
  ctx: RequestContext,
  key: string,
): Promise<SpecialCaseApplication | null> {
  return parseRowKey(key) ? reviewLoaders(ctx).applicationById.load(key) : Promise.resolve(null);
}

export function decisionOf(
  ctx: RequestContext,
  a: SpecialCaseApplication,
): Promise<SpecialCaseDecision | null> {
  return reviewLoaders(ctx).decisionOfApplication.load(a.rowKey);
}

export function commentsOf(
  ctx: RequestContext,
  a: SpecialCaseApplication,
): Promise<SpecialCaseComment[]> {
  return reviewLoaders(ctx).commentsOfApplication.load(a.rowKey);
}

/** The approved decision on a revision, or null (none, rejected, or not visible). */
export function approvedDecisionOf(
  ctx: RequestContext,
  provinceCode: string,
  revisionUuid: string,
): Promise<SpecialCaseDecision | null> {
  return reviewLoaders(ctx).approvedDecisionOfRevision.load(`${provinceCode}:${revisionUuid}`);
}

/**
 * What a revision is finally paid: an approved special-case decision's amounts, else the
 * formula's (the settlement module's payment, unchanged); null when neither exists.
 */
export async function finalPaymentOfRevision(
  ctx: RequestContext,
  provinceCode: string,
  revisionUuid: string,
): Promise<FinalCasePayment | null> {
  const [decision, payment] = await Promise.all([
    approvedDecisionOf(ctx, provinceCode, revisionUuid),
    paymentOf(ctx, provinceCode, revisionUuid),
  ]);
  if (decision)
    return Object.assign(new FinalCasePayment(), {
      source: 'SPECIAL_CASE',
      amount: decision.finalAmount!,
      patientShare: decision.patientShare,
      fundDue: decision.fundDue!,
      decision,
    });
  if (payment)
    return Object.assign(new FinalCasePayment(), {
      source: 'FORMULA',
      amount: payment.provisionalAmount,
      patientShare: payment.patientShare,
      fundDue: payment.fundDue,
      decision: null,
    });
  return null;
}

function applicationConditions(
  ctx: RequestContext,
  filter: SpecialCaseApplicationFilter | undefined,
  nested: boolean,
): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  // defence in depth for root lists (RLS decides): a principal's own province
  if (!nested && ctx.principal.scope !== Scope.NATIONAL)
    conditions.push({ sql: 't.province_code = ?', params: [ctx.principal.provinceCode] });
  if (!filter) return conditions;
  if (filter.status != null) conditions.push({ sql: 't.status = ?', params: [filter.status] });
  if (filter.category != null)
    conditions.push({ sql: 't.category = ?', params: [filter.category] });
  if (filter.dischargedFrom != null)
    conditions.push({ sql: 't.discharge_date >= ?::date', params: [filter.dischargedFrom] });
  if (filter.dischargedTo != null)
    conditions.push({ sql: 't.discharge_date <= ?::date', params: [filter.dischargedTo] });
  return conditions;
}

/** Applications the principal can see (row-level security decides), under a parent or at the root. */
export function listApplications(
  ctx: RequestContext,
  args: PageArgs,
  filter: SpecialCaseApplicationFilter | undefined,
  selection: ConnectionSelection,
  parent?: { column: ApplicationParentColumn; code: string },
): Promise<ConnectionShape<SpecialCaseApplication>> {
  return loadConnection(
    ctx,
    reviewLoaders(ctx).applications(parent?.column),
    args,
    applicationConditions(ctx, filter, parent !== undefined),
    selection,
    parent?.code,
  );
}

/** The applications of one case, in application order. */
export function applicationsOfCase(
  ctx: RequestContext,
  c: SettlementCase,
  args: PageArgs,
  filter: SpecialCaseApplicationFilter | undefined,
  selection: ConnectionSelection,
): Promise<ConnectionShape<SpecialCaseApplication>> {
  return listApplications(ctx, args, filter, selection, { column: 'case_id', code: c.uuid });
}

async function requireApplication(
  ctx: RequestContext,
  id: string,
): Promise<SpecialCaseApplication> {
  const key = rowKeyOf(id, SpecialCaseApplication.typename, 'applicationId');
  const application = await findApplication(ctx, key);
  if (!application)
    throw new ReviewError('NOT_FOUND', `No special-case application ${id}`, {
      field: 'applicationId',
    });
  return application;
}

async function reloaded(ctx: RequestContext, key: string): Promise<SpecialCaseApplication> {
  reviewLoaders(ctx).written();
  const application = await findApplication(ctx, key);
  if (!application) throw new Error('a written application is not readable by its writer');
  return application;
}

// ——— writes ———

/**
 * The treating hospital applies for special-case review of its case's current revision. One
 * open application per case, and a revision once decided is not applied for again (a corrected
 * list makes a new revision, which may be). The standard has no application-window parameter
 * and DOMAIN-FORMULAS names none: an application is accepted whenever the revision is current.
 */
export async function applySpecialCase(
  ctx: RequestContext,
  input: ApplySpecialCaseInput,
): Promise<SpecialCaseApplication> {
  const principal = ctx.principal;
  if (principal.scope !== Scope.HOSPITAL)
    throw new ReviewError(
      'WRONG_SCOPE',
      'Special-case review is applied for by the treating hospital',
    );
  const caseKey = rowKeyOf(input.caseId, SettlementCase.typename, 'caseId');
  const reason = text(input.reason, 'reason');
  // a case the hospital cannot see (another hospital's) is simply not found
  const found = await findCase(ctx, caseKey);
  if (!found || found.hospitalCode !== principal.code)
    throw new ReviewError('NOT_FOUND', `No case ${input.caseId} of this hospital`, {
      field: 'caseId',
    });
  const revision = await findRevision(ctx, `${found.provinceCode}:${found.currentRevisionId}`);
  if (!revision)
    throw new ReviewError('NOT_FOUND', `No current revision of case ${input.caseId}`, {
      field: 'caseId',
    });
  const claimed =
    input.claimedAmount == null
      ? null
      : money(input.claimedAmount, new Dec(revision.totalCost), 'claimedAmount');

  // clear answers first; the partial unique indexes decide under concurrency
  const existing = await ctx.sql<{ status: SpecialCaseStatus }>(
    `select status from special_case_application
     where province_code = $1 and case_id = $2::uuid
       and (status = 'PENDING' or (revision_id = $3::uuid and status <> 'WITHDRAWN'))`,
    [found.provinceCode, found.uuid, revision.uuid],
  );
  if (existing.some((r) => r.status === SpecialCaseStatus.PENDING))
    throw new ReviewError('APPLICATION_OPEN', 'The case already has a pending application');
  if (existing.length > 0)
    throw new ReviewError(
      'ALREADY_DECIDED',
      'This revision of the case was already decided: a new revision may be applied for',
    );

  const id = randomUUID();
  const client = await sqlClientOf(ctx.em);
  try {
    // the parties, revision and discharge day come from the revision row (under RLS), never
    // from the input; the foreign key to case_revision holds them to it
    await client.query(
      `insert into special_case_application (province_code, id, case_id, revision_id, revision,
         hospital_code, treatment_region_code, insured_region_code, discharge_date, category,
         reason, claimed_amount, sort_key)
       select r.province_code, $3::uuid, r.case_id, r.id, r.revision, r.hospital_code,
         r.treatment_region_code, r.insured_region_code, r.discharge_date, $4, $5, $6::numeric,
         to_char(clock_timestamp() at time zone 'UTC', 'YYYYMMDDHH24MISSUS') || '/' || $7
       from case_revision r where r.province_code = $1 and r.id = $2::uuid`,
      [
        revision.provinceCode,
        revision.uuid,
        id,
        input.category,
        reason,
        claimed?.toFixed(2) ?? null,
        id,
      ],
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ReviewError('APPLICATION_OPEN', 'The case already has an open application');
    throw error;
  }
  return reloaded(ctx, `${revision.provinceCode}:${id}`);
}

/** The treating hospital withdraws its application while it is pending. */
export async function withdrawSpecialCase(
  ctx: RequestContext,
  applicationId: string,
): Promise<SpecialCaseApplication> {
  const principal = ctx.principal;
  if (principal.scope !== Scope.HOSPITAL)
    throw new ReviewError('WRONG_SCOPE', 'Only the applying hospital withdraws an application');
  const application = await requireApplication(ctx, applicationId);
  if (application.hospitalCode !== principal.code)
    throw new ReviewError('NOT_FOUND', `No special-case application ${applicationId}`, {
      field: 'applicationId',
    });
  if (application.status !== SpecialCaseStatus.PENDING)
    throw new ReviewError(
      'ALREADY_CLOSED',
      `The application is ${application.status.toLowerCase()}: only a pending one is withdrawn`,
    );
  const client = await sqlClientOf(ctx.em);
  const updated = await client.query(
    `update special_case_application set status = 'WITHDRAWN', closed_at = now()
     where province_code = $1 and id = $2::uuid and status = 'PENDING'`,
    [application.provinceCode, application.uuid],
  );
  if (updated.rowCount !== 1)
    throw new ReviewError('ALREADY_CLOSED', 'The application was decided or withdrawn meanwhile');
  return reloaded(ctx, application.rowKey);
}

interface ValidDecision {
  outcome: SpecialCaseOutcome;
  payment: SpecialCasePaymentKind | null;
  amount: Dec | null;
  reason: string | null;
}

function validDecision(input: DecideSpecialCaseInput, totalCost: Dec): ValidDecision {
  const reason = input.reason == null ? null : text(input.reason, 'reason');
  if (input.outcome === SpecialCaseOutcome.REJECTED) {
    if (input.payment != null || input.amount != null)
      throw ReviewError.invalid('A rejection pays nothing: give no payment or amount', 'payment');
    if (reason === null) throw ReviewError.invalid('A rejection gives its reason', 'reason');
    return { outcome: input.outcome, payment: null, amount: null, reason };
  }
  if (input.payment == null) throw ReviewError.invalid('An approval says how it pays', 'payment');
  if (input.payment === SpecialCasePaymentKind.FEE_FOR_SERVICE) {
    if (input.amount != null)
      throw ReviewError.invalid('FEE_FOR_SERVICE pays the total cost: give no amount', 'amount');
    return { outcome: input.outcome, payment: input.payment, amount: null, reason };
  }
  if (input.amount == null)
    throw ReviewError.invalid('ADJUSTED_AMOUNT needs the decided amount', 'amount');
  return {
    outcome: input.outcome,
    payment: input.payment,
    amount: money(input.amount, totalCost, 'amount'),
    reason,
  };
}

/**
 * The treatment region decides a pending application. An approval is checked against the
 * special-case cap of the payment standard that priced the revision (scope, share, period) and
 * fixes the final amount and fund due on the decision row. The cap check is race-free: a
 * transaction-scoped advisory lock per treatment region serialises approvals, and the count runs
 * after the lock is granted (a new statement, so a new snapshot under READ COMMITTED: it sees
 * every approval committed before).
 */
export async function decideSpecialCase(
  ctx: RequestContext,
  input: DecideSpecialCaseInput,
): Promise<SpecialCaseApplication> {
  const principal = ctx.principal;
  if (principal.scope !== Scope.REGION)
    throw new ReviewError('WRONG_SCOPE', 'Special-case applications are decided by a region');
  const application = await requireApplication(ctx, input.applicationId);
  if (application.treatmentRegionCode !== principal.code)
    throw new ReviewError(
      'NOT_TREATMENT_REGION',
      'Only the treatment region (就医地) decides; the insured region reads and comments',
    );
  if (application.status !== SpecialCaseStatus.PENDING)
    throw new ReviewError(
      application.status === SpecialCaseStatus.WITHDRAWN ? 'ALREADY_CLOSED' : 'ALREADY_DECIDED',
      `The application is ${application.status.toLowerCase()}: only a pending one is decided`,
    );
  const province = application.provinceCode;
  const current = await findCase(ctx, `${province}:${application.caseId}`);
  const revision = await findRevision(ctx, `${province}:${application.revisionId}`);
  if (!current || !revision) throw new Error('an application’s case is not readable by its region');
  // a decision holds for the revision it was taken on: a newer list needs a new application
  if (current.currentRevisionId !== application.revisionId)
    throw new ReviewError(
      'REVISION_SUPERSEDED',
      `The case has a newer revision (${current.currentRevision}) than the one applied for (${application.revision}): the hospital withdraws and applies again`,
    );
  const totalCost = new Dec(revision.totalCost);
  const patientShare = new Dec(revision.patientPaid);
  const decision = validDecision(input, totalCost);

  let approval: {
    formulaAmount: string;
    finalAmount: string;
    fundDue: string;
    adjustment: string;
    standardId: string;
    cap: {
      scope: string;
      period: string;
      from: string;
      to: string;
      share: string;
      caseCount: number;
      allowed: number;
      used: number;
    };
  } | null = null;
  if (decision.outcome === SpecialCaseOutcome.APPROVED) {
    const payment = await paymentOf(ctx, province, revision.uuid);
    if (!payment)
      throw new ReviewError(
        'CASE_UNPRICED',
        'The revision has no payment: the special-case cap is a parameter of the payment standard that prices it',
      );
    const standard = await findPaymentStandard(ctx, payment.trace.paymentStandardId);
    const parsed = standard ? parseStandardParameters(standard.parameters) : null;
    if (!parsed?.ok)
      throw new ReviewError(
        'STANDARD_INCOMPLETE',
        'The payment standard that priced the revision has no readable special-case cap',
      );
    const { specialCaseCapScope: scope, specialCaseCapShare: share } = parsed.value;
    const period = capPeriodOf(application.dischargeDate, parsed.value.specialCaseCapPeriod);

    // serialise approvals of this treatment region until commit (both scopes count inside it)
    await ctx.sql(`select pg_advisory_xact_lock(hashtext('special_case_cap'), hashtext($1))`, [
      `${province}:${application.treatmentRegionCode}`,
    ]);
    const byHospital = scope === 'HOSPITAL';
    const scopeParams = [
      province,
      application.treatmentRegionCode,
      period.from,
      period.to,
      ...(byHospital ? [application.hospitalCode] : []),
    ];
    const [{ cases }] = await ctx.sql<{ cases: number }>(
      `select count(*)::int as cases from settlement_case
       where province_code = $1 and treatment_region_code = $2
         and discharge_date >= $3::date and discharge_date < $4::date
         ${byHospital ? 'and hospital_code = $5' : ''}`,
      scopeParams,
    );
    // approvals count while they still pay: on the case's current revision (a superseded
    // revision's approval no longer changes any payment)
    const [{ used }] = await ctx.sql<{ used: number }>(
      `select count(*)::int as used from special_case_decision d
       join settlement_case c on c.province_code = d.province_code and c.id = d.case_id
         and c.current_revision_id = d.revision_id
       where d.outcome = 'APPROVED' and d.province_code = $1 and d.treatment_region_code = $2
         and d.discharge_date >= $3::date and d.discharge_date < $4::date
         ${byHospital ? 'and d.hospital_code = $5' : ''}`,
      scopeParams,
    );
    const cap = checkCap({ scope, share, caseCount: cases, used });
    if (!cap.fits)
      throw new ReviewError(
        'SPECIAL_CASE_CAP_EXCEEDED',
        `Approving would exceed the special-case cap: ${cap.used} of ${cap.allowed} allowed (${share.toString()} of ${cases} cases, ${scope.toLowerCase()}, ${period.from} to ${period.to})`,
        {
          used: cap.used,
          allowed: cap.allowed,
          caseCount: cases,
          share: share.toString(),
          scope,
          periodFrom: period.from,
          periodTo: period.to,
        },
      );
    const final = finalPaymentOf({
      payment: decision.payment!,
      totalCost,
      adjustedAmount: decision.amount,
      patientShare,
      formulaAmount: new Dec(payment.provisionalAmount),
    });
    approval = {
      formulaAmount: payment.provisionalAmount,
      finalAmount: final.finalAmount.toFixed(2),
      fundDue: final.fundDue.toFixed(2),
      adjustment: final.adjustment!.toFixed(2),
      standardId: payment.trace.paymentStandardId,
      cap: {
        scope,
        period: parsed.value.specialCaseCapPeriod,
        from: period.from,
        to: period.to,
        share: share.toString(),
        caseCount: cases,
        allowed: cap.allowed,
        used: cap.used,
      },
    };
  }

  const client = await sqlClientOf(ctx.em);
  const updated = await client.query(
    `update special_case_application set status = $3, closed_at = now()
     where province_code = $1 and id = $2::uuid and status = 'PENDING'`,
    [province, application.uuid, decision.outcome],
  );
  if (updated.rowCount !== 1)
    throw new ReviewError('ALREADY_DECIDED', 'The application was decided or withdrawn meanwhile');
  const a = approval;
  await client.query(
    `insert into special_case_decision (province_code, application_id, case_id, revision_id,
       hospital_code, treatment_region_code, insured_region_code, discharge_date, outcome, payment,
       reason, total_cost, formula_amount, final_amount, patient_share, fund_due, adjustment,
       payment_standard_id, cap_scope, cap_period, cap_period_from, cap_period_to, cap_share,
       cap_case_count, cap_allowed, cap_used)
     select a.province_code, a.id, a.case_id, a.revision_id, a.hospital_code,
       a.treatment_region_code, a.insured_region_code, a.discharge_date, $3, $4, $5, $6::numeric,
       $7::numeric, $8::numeric, $9::numeric, $10::numeric, $11::numeric, $12::uuid, $13, $14,
       $15::date, $16::date, $17::numeric, $18::int, $19::int, $20::int
     from special_case_application a where a.province_code = $1 and a.id = $2::uuid`,
    [
      province,
      application.uuid,
      decision.outcome,
      decision.payment,
      decision.reason,
      totalCost.toFixed(2),
      a?.formulaAmount ?? null,
      a?.finalAmount ?? null,
      patientShare.toFixed(2),
      a?.fundDue ?? null,
      a?.adjustment ?? null,
      a?.standardId ?? null,
      a?.cap.scope ?? null,
      a?.cap.period ?? null,
      a?.cap.from ?? null,
      a?.cap.to ?? null,
      a?.cap.share ?? null,
      a?.cap.caseCount ?? null,
      a?.cap.allowed ?? null,
      a?.cap.used ?? null,
    ],
  );
  return reloaded(ctx, application.rowKey);
}

/**
 * A remark on an application, by a party to the review: the treating hospital, the treatment
 * region, or the insured region (联办: seed 003 六(二) — the insured site takes part in the
 * treatment site's special-case review). The province and NATIONAL read, they do not comment.
 */
export async function commentSpecialCase(
  ctx: RequestContext,
  input: CommentSpecialCaseInput,
): Promise<SpecialCaseApplication> {
  const principal = ctx.principal;
  if (principal.scope !== Scope.HOSPITAL && principal.scope !== Scope.REGION)
    throw new ReviewError(
      'WRONG_SCOPE',
      'Comments come from the hospital, the treatment region or the insured region',
    );
  const application = await requireApplication(ctx, input.applicationId);
  const party =
    principal.scope === Scope.HOSPITAL
      ? application.hospitalCode === principal.code
      : application.treatmentRegionCode === principal.code ||
        application.insuredRegionCode === principal.code;
  if (!party) throw new ReviewError('NOT_A_PARTY', 'Only the parties to the review comment on it');
  const body = text(input.body, 'body');
  const id = randomUUID();
  const client = await sqlClientOf(ctx.em);
  await client.query(
    `insert into special_case_comment (province_code, id, application_id, case_id, revision_id,
       hospital_code, treatment_region_code, insured_region_code, author_scope, author_code, body,
       sort_key)
     select a.province_code, $3::uuid, a.id, a.case_id, a.revision_id, a.hospital_code,
       a.treatment_region_code, a.insured_region_code, $4, $5, $6,
       to_char(clock_timestamp() at time zone 'UTC', 'YYYYMMDDHH24MISSUS') || '/' || $7
     from special_case_application a where a.province_code = $1 and a.id = $2::uuid`,
    [application.provinceCode, application.uuid, id, principal.scope, principal.code, body, id],
  );
  return reloaded(ctx, application.rowKey);
}
