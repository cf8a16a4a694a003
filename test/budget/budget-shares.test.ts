import {
  CreateBudgetDocument,
  HospitalAlliancesDocument,
  HospitalPrepaymentsDocument,
  OutOfRegionBudgetsDocument,
  PublishBudgetDocument,
  SetBudgetRowsDocument,
} from '../generated/graphql';
import { CHENGDU, H1, H2, PANZHIHUA, ZIGONG } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * What other parties read of a region's published budgets without reading the budget itself:
 * the insured region its out-of-region budgets (seed 003 二(二)), a hospital its prepayment,
 * an alliance's members their alliance — each with positive controls, and nobody else.
 */
let t: TestApp;
const DEYANG_MEMBER = 'H51060000002';

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  const chengdu = await t.token(Scope.REGION, CHENGDU);
  const id = dataWithoutErrors(
    await send(
      t.url,
      CreateBudgetDocument,
      {
        input: {
          name: '成都市2026年医保基金总额预算',
          versionLabel: '2026.1',
          year: 2026,
          effectiveFrom: '2026-01-01',
          parameters: {
            fundBudgetEmployee: '5000000',
            fundBudgetResident: '3000000',
            pointValueFormula: 'FUND_OVER_POINTS',
          },
        },
      },
      chengdu,
    ),
  ).createBudget.budget.id;
  dataWithoutErrors(
    await send(
      t.url,
      SetBudgetRowsDocument,
      {
        input: {
          id,
          outOfRegion: [{ insuredRegionCode: ZIGONG, insuranceType: 'EMPLOYEE', amount: '120000' }],
        },
      },
      chengdu,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishBudgetDocument, { id }, chengdu));
}, 120_000);

afterAll(() => t?.stop());

const outOfRegion = async (token: string, insuredRegionCode = ZIGONG) =>
  dataWithoutErrors(
    await send(t.url, OutOfRegionBudgetsDocument, { insuredRegionCode, year: 2026 }, token),
  ).outOfRegionBudgets;

it('shows an out-of-region budget to its insured region, the treatment region and the province only', async () => {
  const rows = await outOfRegion(await t.token(Scope.REGION, ZIGONG));
  expect(rows).toEqual([
    expect.objectContaining({
      treatmentRegionCode: CHENGDU,
      insuredRegionCode: ZIGONG,
      insuranceType: 'EMPLOYEE',
      amount: '120000.00',
    }),
  ]);
  expect(await outOfRegion(await t.token(Scope.REGION, CHENGDU))).toHaveLength(1);
  expect(await outOfRegion(await t.token(Scope.PROVINCE, '510000'))).toHaveLength(1);
  expect(await outOfRegion(await t.token(Scope.REGION, PANZHIHUA))).toEqual([]);
  expect(await outOfRegion(await t.token(Scope.HOSPITAL, H1))).toEqual([]);
  expect(await outOfRegion(await t.token(Scope.PROVINCE, '520000'))).toEqual([]);
});

it('shows a hospital its own prepayment, and not another hospital’s', async () => {
  const read = async (token: string, hospitalCode = H1) =>
    dataWithoutErrors(
      await send(t.url, HospitalPrepaymentsDocument, { hospitalCode, year: 2025 }, token),
    ).hospitalPrepayments;
  const own = await read(await t.token(Scope.HOSPITAL, H1));
  expect(own).toHaveLength(1);
  expect(own[0]).toMatchObject({
    regionCode: CHENGDU,
    hospitalCode: H1,
    insuranceType: 'EMPLOYEE',
  });
  expect(Number(own[0]!.granted)).toBeGreaterThan(0);
  expect(await read(await t.token(Scope.REGION, CHENGDU))).toHaveLength(1);
  expect(await read(await t.token(Scope.HOSPITAL, H2))).toEqual([]);
  expect(await read(await t.token(Scope.REGION, ZIGONG))).toEqual([]);
});

it('shows an alliance and its members to a member, and not to another region’s hospital', async () => {
  const read = async (token: string) =>
    dataWithoutErrors(
      await send(
        t.url,
        HospitalAlliancesDocument,
        { hospitalCode: DEYANG_MEMBER, year: 2025 },
        token,
      ),
    ).hospitalAlliances;
  const own = await read(await t.token(Scope.HOSPITAL, DEYANG_MEMBER));
  expect(own).toHaveLength(1);
  expect(own[0]!.regionCode).toBe('510600');
  expect(own[0]!.members.map((m) => m.hospitalCode)).toContain(DEYANG_MEMBER);
  expect(own[0]!.members.map((m) => m.hospitalCode)).toContain(own[0]!.leadHospitalCode);
  expect(await read(await t.token(Scope.REGION, '510600'))).toHaveLength(1);
  expect(await read(await t.token(Scope.HOSPITAL, H1))).toEqual([]);
  expect(await read(await t.token(Scope.REGION, CHENGDU))).toEqual([]);
});

it('refuses a year out of range with a coded error', async () => {
  const result = await send(
    t.url,
    OutOfRegionBudgetsDocument,
    { insuredRegionCode: ZIGONG, year: 1999 },
    await t.token(Scope.REGION, ZIGONG),
  );
  expect(codes(result)).toEqual(['BAD_USER_INPUT']);
});
