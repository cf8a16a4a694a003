import { Dec } from '../../src/domain/decimal';
import { monthlyCaseDue } from '../../src/domain/clearing';
import {
  ComputeMonthlySettlementDocument,
  CreateBudgetDocument,
  JobDocument,
  MonthlySettlementDocument,
  PublishBudgetDocument,
  SubmitSettlementListsDocument,
} from '../generated/graphql';
import { CHENGDU, H1, validList } from '../case/support';
import { dataWithoutErrors, send } from '../support/client';
import { waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Monthly settlement at the budget's budgeted point value (月度结算预算点值, §5): points cases
 * are paid points × the budgeted value of their fund − patient share, rounded once; a fund
 * without one is paid at the standard's point value. Expected amounts are worked from the
 * stored payments with the pure `monthlyCaseDue`.
 */
let t: TestApp;
let region: string;

beforeAll(async () => {
  t = await startTestApp();
  region = await t.token(Scope.REGION, CHENGDU);
  const budget = dataWithoutErrors(
    await send(
      t.url,
      CreateBudgetDocument,
      {
        input: {
          name: '成都市2025年医保基金总额预算（预算点值）',
          versionLabel: '2025.6-bpv',
          year: 2025,
          effectiveFrom: '2025-06-01',
          effectiveTo: '2026-01-01',
          parameters: {
            fundBudgetEmployee: '5000000',
            fundBudgetResident: '3000000',
            reserveShare: '0',
            pointValueFormula: 'FUND_OVER_POINTS',
            budgetedPointValueEmployee: '80',
            monthlyPaymentShare: '1',
            qualityDepositShare: '0',
          },
        },
      },
      region,
    ),
  ).createBudget.budget.id;
  dataWithoutErrors(await send(t.url, PublishBudgetDocument, { id: budget }, region));
  const lists = [
    validList({ settlementId: 'B1', insuredRegionCode: CHENGDU, insuredPersonId: 'b1' }),
    validList({ settlementId: 'B2', insuredRegionCode: CHENGDU, insuredPersonId: 'b2' }),
    validList({
      settlementId: 'B3',
      insuredRegionCode: CHENGDU,
      insuredPersonId: 'b3',
      insuranceType: 'RESIDENT',
    }),
  ];
  const submitted = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: lists }, region),
  );
  expect(submitted.submitSettlementLists.results.map((r) => r.status)).toEqual([
    'ACCEPTED',
    'ACCEPTED',
    'ACCEPTED',
  ]);
}, 120_000);

afterAll(() => t?.stop());

it('pays points at the budgeted point value of their fund, the standard’s for a fund without one', async () => {
  const job = dataWithoutErrors(
    await send(
      t.url,
      ComputeMonthlySettlementDocument,
      { regionCode: CHENGDU, month: '2025-07' },
      region,
    ),
  ).computeMonthlySettlement.job;
  const done = await waitFor(
    async () => dataWithoutErrors(await send(t.url, JobDocument, { id: job.id }, region)).job,
    (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
  );
  expect(done?.status).toBe('SUCCEEDED');
  const batch = dataWithoutErrors(
    await send(t.url, MonthlySettlementDocument, { regionCode: CHENGDU, month: '2025-07' }, region),
  ).monthlySettlement!;
  expect(batch.pointValueEmployee).toBe('80');
  expect(batch.pointValueResident).toBeNull();

  const cases = await t.asOwner<{
    insurance_type: string;
    points: string | null;
    case_class: string;
    patient_share: string;
    fund_due: string;
  }>(
    `select c.insurance_type, p.points::text, p.case_class, p.patient_share::text,
       p.fund_due::text
     from settlement_case c join case_payment p on p.revision_id = c.current_revision_id
     where c.hospital_code = $1`,
    [H1],
  );
  expect(cases).toHaveLength(3);
  const expected = cases.reduce(
    (sum, c) =>
      sum.plus(
        monthlyCaseDue(
          {
            points: c.points !== null && c.case_class !== 'EXCLUDED' ? new Dec(c.points) : null,
            patientShare: new Dec(c.patient_share),
            fundDue: new Dec(c.fund_due),
            decidedFundDue: null,
          },
          c.insurance_type === 'EMPLOYEE' ? new Dec(80) : null,
        ),
      ),
    new Dec(0),
  );
  const standardOnly = cases.reduce((sum, c) => sum.plus(c.fund_due), new Dec(0));
  // the budgeted value changes what is paid: it is not the standard's fund due
  expect(expected.eq(standardOnly)).toBe(false);
  const line = batch.lines.find((l) => l.hospitalCode === H1)!;
  expect(line.fundDue).toBe(expected.toFixed(2));
});
