import { Dec } from '../../src/domain/decimal';
import {
  CloseMonthlySettlementDocument,
  ComputeMonthlySettlementDocument,
  JobDocument,
  MonthlySettlementDocument,
  SubmitSettlementListsDocument,
} from '../generated/graphql';
import { CHENGDU, H1, validList } from '../case/support';
import { applied, caseGlobalId, decide } from '../review/support';
import { dataWithoutErrors, send } from '../support/client';
import { waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * A special-case decision taken after its case's month was closed (特例单议 decided late) is paid
 * in the next open month as a correction: the decided fund due − what the closed month paid.
 */
let t: TestApp;
let region: string;

async function computeAndMaybeClose(month: string, close: boolean) {
  const job = dataWithoutErrors(
    await send(t.url, ComputeMonthlySettlementDocument, { regionCode: CHENGDU, month }, region),
  ).computeMonthlySettlement.job;
  const done = await waitFor(
    async () => dataWithoutErrors(await send(t.url, JobDocument, { id: job.id }, region)).job,
    (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
  );
  expect(done?.status).toBe('SUCCEEDED');
  if (close)
    dataWithoutErrors(
      await send(t.url, CloseMonthlySettlementDocument, { regionCode: CHENGDU, month }, region),
    );
  return dataWithoutErrors(
    await send(t.url, MonthlySettlementDocument, { regionCode: CHENGDU, month }, region),
  ).monthlySettlement!;
}

beforeAll(async () => {
  t = await startTestApp();
  region = await t.token(Scope.REGION, CHENGDU);
  // twenty July cases: the special-case cap (5 % of the quarter's cases) allows one approval
  const lists = Array.from({ length: 20 }, (_, i) =>
    validList({ settlementId: `L${i}`, insuredRegionCode: CHENGDU, insuredPersonId: `l${i}` }),
  );
  const data = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: lists }, region),
  );
  expect(data.submitSettlementLists.results.every((r) => r.status === 'ACCEPTED')).toBe(true);
}, 120_000);

afterAll(() => t?.stop());

it('pays a decision taken after the month closed as a correction of the next month', async () => {
  const july = await computeAndMaybeClose('2025-07', true);
  expect(july.caseCount).toBe(20);
  const [paid] = await t.asOwner<{ fund_due: string }>(
    `select p.fund_due::text from settlement_case c
     join case_payment p on p.revision_id = c.current_revision_id where c.settlement_id = 'L0'`,
  );

  const application = await applied(
    t,
    await t.token(Scope.HOSPITAL, H1),
    await caseGlobalId(t, H1, 'L0'),
  );
  dataWithoutErrors(
    await decide(t, region, {
      applicationId: application,
      outcome: 'APPROVED',
      payment: 'ADJUSTED_AMOUNT',
      amount: '9800.00',
    }),
  );
  const [decided] = await t.asOwner<{ fund_due: string }>(
    "select fund_due::text from special_case_decision where outcome = 'APPROVED'",
  );
  const delta = new Dec(decided!.fund_due).minus(paid!.fund_due);
  expect(delta.isZero()).toBe(false);

  const august = await computeAndMaybeClose('2025-08', false);
  expect(august).toMatchObject({ caseCount: 0, correctionCount: 1 });
  expect(new Dec(august.fundDue).eq(delta)).toBe(true);
  const [row] = await t.asOwner<{ kind: string; amount: string; settled: string }>(
    `select kind, amount::text, settled_fund_due::text as settled from monthly_batch_case b
     join monthly_batch m on m.id = b.batch_id where m.month = '2025-08-01'`,
  );
  expect(row).toMatchObject({ kind: 'CORRECTION', settled: decided!.fund_due });
  expect(new Dec(row!.amount).eq(delta)).toBe(true);
});
