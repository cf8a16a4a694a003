import {
  ApplySpecialCaseDocument,
  DecideSpecialCaseDocument,
  SubmitSettlementListsDocument,
  type DecideSpecialCaseInput,
  type SettlementListInput,
} from '../generated/graphql';
import { toGlobalId } from '../../src/graphql/relay';
import { validList } from '../case/support';
import { dataWithoutErrors, send } from '../support/client';
import type { TestApp } from '../support/test-app';

/** The base list's admission: 2025-07-20 (China time); `shifted` moves the whole stay. */
const BASE_ADMISSION = Date.parse('2025-07-20T02:00:00.000Z');
const DAY_MS = 86_400_000;

const shift = (iso: string | null | undefined, days: number) =>
  iso == null ? iso : new Date(Date.parse(iso) + days * DAY_MS).toISOString();
const shiftDay = (day: string | null | undefined, days: number) =>
  day == null
    ? day
    : new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A valid list (cholecystectomy, 8 days) admitted on `admittedOn` (YYYY-MM-DD, China time):
 * every instant of the stay moved together, so the QC time rules still pass.
 */
export function listAdmittedOn(
  admittedOn: string,
  overrides: Partial<SettlementListInput> = {},
): SettlementListInput {
  const days = Math.round((Date.parse(`${admittedOn}T02:00:00.000Z`) - BASE_ADMISSION) / DAY_MS);
  const base = validList();
  return {
    ...base,
    admittedAt: shift(base.admittedAt as string, days),
    dischargedAt: shift(base.dischargedAt as string, days),
    settlementFrom: shiftDay(base.settlementFrom as string, days),
    settlementTo: shiftDay(base.settlementTo as string, days),
    procedures: base.procedures!.map((p) => ({
      ...p,
      performedAt: shift(p!.performedAt as string, days),
      anaesthesiaFrom: shift(p!.anaesthesiaFrom as string, days),
      anaesthesiaTo: shift(p!.anaesthesiaTo as string, days),
    })),
    ...overrides,
  };
}

/** Uploads lists and expects every one accepted. */
export async function upload(t: TestApp, token: string, lists: SettlementListInput[]) {
  const result = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: lists }, token),
  ).submitSettlementLists;
  expect({
    accepted: result.accepted,
    results: result.results.filter((r) => r.status === 'REJECTED'),
  }).toEqual({
    accepted: lists.length,
    results: [],
  });
}

/** The global id of a case, by hospital and settlement id (read as the owner role). */
export async function caseGlobalId(t: TestApp, hospitalCode: string, settlementId: string) {
  const [row] = await t.asOwner<{ province_code: string; id: string }>(
    'select province_code, id from settlement_case where hospital_code = $1 and settlement_id = $2',
    [hospitalCode, settlementId],
  );
  if (!row) throw new Error(`no case ${hospitalCode}/${settlementId}`);
  return toGlobalId('SettlementCase', `${row.province_code}:${row.id}`);
}

export async function apply(
  t: TestApp,
  token: string,
  caseId: string,
  reason = 'Cost far above the group average: ECMO for 6 days',
) {
  return send(
    t.url,
    ApplySpecialCaseDocument,
    { input: { caseId, category: 'HIGH_COST', reason } },
    token,
  );
}

/** Applies and returns the application's global id (the call must succeed). */
export async function applied(t: TestApp, token: string, caseId: string): Promise<string> {
  return dataWithoutErrors(await apply(t, token, caseId)).applySpecialCase.application.id;
}

export function decide(t: TestApp, token: string, input: DecideSpecialCaseInput) {
  return send(t.url, DecideSpecialCaseDocument, { input }, token);
}

/** Rows in the review tables (owner role: every row). */
export async function reviewRowCounts(t: TestApp) {
  const [row] = await t.asOwner<{ applications: number; decisions: number; comments: number }>(
    `select (select count(*)::int from special_case_application) as applications,
            (select count(*)::int from special_case_decision) as decisions,
            (select count(*)::int from special_case_comment) as comments`,
  );
  return row;
}
