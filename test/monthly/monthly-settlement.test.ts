import { Dec } from '../../src/domain/decimal';
import { monthlyLine, type MonthlyTerms } from '../../src/domain/clearing';
import {
  CloseMonthlySettlementDocument,
  ComputeMonthlySettlementDocument,
  JobDocument,
  MonthlySettlementDocument,
  MonthlySettlementsDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { CHENGDU, H1, H2, PANZHIHUA, ZIGONG, ZIGONG_HOSPITAL, validList } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Monthly settlement (月度结算): a region's batch of a month, computed as a job from the cases'
 * payments, paid per hospital; closed for good by the database; later changes as corrections of
 * the next month. Expected lines are worked from the case_payment rows with the pure
 * `monthlyLine`, not by the batch's SQL.
 */
let t: TestApp;
let region: string;
let h1: string;
let h2: string;
const SICHUAN = '510000';

/** A valid list of `hospital` discharged on `day` (YYYY-MM-DD), costing `cost`. */
function listOn(
  hospital: string,
  day: string,
  cost = '10000.00',
  id?: string,
): SettlementListInput {
  const admitted = new Date(`${day}T02:00:00.000Z`);
  admitted.setUTCDate(admitted.getUTCDate() - 8);
  const admittedDay = admitted.toISOString().slice(0, 10);
  const patient = new Dec(cost).times('0.3').toFixed(2);
  return validList({
    ...(id ? { settlementId: id, stayId: `M${id}` } : {}),
    hospitalCode: hospital,
    admittedAt: `${admittedDay}T02:00:00.000Z`,
    dischargedAt: `${day}T03:00:00.000Z`,
    settlementFrom: admittedDay,
    settlementTo: day,
    procedures: [
      {
        code: '51.2200',
        name: '胆囊切除术',
        performedAt: `${admittedDay}T09:00:00.000Z`,
        anaesthesiaFrom: `${admittedDay}T08:30:00.000Z`,
        anaesthesiaTo: `${admittedDay}T11:00:00.000Z`,
      },
    ],
    fees: [{ category: 'SURGERY', amount: cost }],
    totalCost: cost,
    fundPayments: [{ fund: 'POOLING', amount: new Dec(cost).minus(patient).toFixed(2) }],
    patientPaid: patient,
  });
}

async function submit(token: string, lists: SettlementListInput[]) {
  const data = dataWithoutErrors(
    await send(t.url, SubmitSettlementListsDocument, { input: lists }, token),
  );
  const statuses = data.submitSettlementLists.results.map((r) => r.status);
  expect(statuses.every((s) => s === 'ACCEPTED')).toBe(true);
}

async function compute(month: string, token = region) {
  const result = await send(
    t.url,
    ComputeMonthlySettlementDocument,
    { regionCode: CHENGDU, month },
    token,
  );
  if (result.errors) return { errors: codes(result) };
  const job = dataWithoutErrors(result).computeMonthlySettlement.job;
  const done = await waitFor(
    async () => dataWithoutErrors(await send(t.url, JobDocument, { id: job.id }, token)).job,
    (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
  );
  expect(done?.status).toBe('SUCCEEDED');
  return { errors: null };
}

const batch = async (month: string, token = region, hospitalCode?: string) =>
  dataWithoutErrors(
    await send(
      t.url,
      MonthlySettlementDocument,
      { regionCode: CHENGDU, month, hospitalCode },
      token,
    ),
  ).monthlySettlement;

/** Each hospital's fund due of its current priced revisions discharged in [from, to). */
async function fundDueByHospital(from: string, to: string) {
  const rows = await t.asOwner<{ hospital_code: string; fund_due: string; n: number }>(
    `select c.hospital_code, sum(p.fund_due)::text as fund_due, count(*)::int as n
     from settlement_case c join case_payment p on p.revision_id = c.current_revision_id
     where c.treatment_region_code = $1 and c.discharge_date >= $2 and c.discharge_date < $3
     group by c.hospital_code order by 1`,
    [CHENGDU, from, to],
  );
  return rows;
}

const count = async (table: string) =>
  (await t.asOwner<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  region = await t.token(Scope.REGION, CHENGDU);
  h1 = await t.token(Scope.HOSPITAL, H1);
  h2 = await t.token(Scope.HOSPITAL, H2);
  await submit(h1, [
    listOn(H1, '2025-07-05', '10000.00', 'JUL-H1-A'),
    listOn(H1, '2025-07-12', '12000.00'),
    listOn(H1, '2025-07-28', '9000.00'),
    listOn(H1, '2025-08-03', '11000.00'),
  ]);
  await submit(h2, [listOn(H2, '2025-07-09', '8000.00'), listOn(H2, '2025-07-30', '15000.00')]);
}, 120_000);

afterAll(() => t?.stop());

describe('monthly settlement', () => {
  it('pays the month’s priced cases per hospital, as the pure monthlyLine says', async () => {
    const before = await count('monthly_batch');
    expect((await compute('2025-07')).errors).toBeNull();
    expect(await count('monthly_batch')).toBe(before + 1);
    const b = (await batch('2025-07'))!;
    const expected = await fundDueByHospital('2025-07-01', '2025-08-01');
    // positive control: the cases were priced, both hospitals have July cases
    expect(expected.map((r) => [r.hospital_code, r.n])).toEqual([
      [H1, 3],
      [H2, 2],
    ]);
    // the terms are the budget in force's (the demo budget of Chengdu: 95 % paid, 5 % deposit)
    const [budget] = await t.asOwner<{ pay: string; deposit: string }>(
      `select parameters->>'monthlyPaymentShare' as pay, parameters->>'qualityDepositShare' as deposit
       from budget where owner_code = $1 and year = 2025 and status = 'PUBLISHED'`,
      [CHENGDU],
    );
    const terms: MonthlyTerms = {
      paymentShare: new Dec(budget!.pay),
      depositShare: new Dec(budget!.deposit),
    };
    expect(terms.paymentShare.lt(1)).toBe(true); // positive control: shares other than 100 %
    expect(new Dec(b.paymentShare).eq(terms.paymentShare)).toBe(true);
    expect(new Dec(b.depositShare).eq(terms.depositShare)).toBe(true);
    expect(b).toMatchObject({
      month: '2025-07-01',
      status: 'OPEN',
      caseCount: 5,
      correctionCount: 0,
    });
    expect(b.lines).toEqual(
      expected.map((r) => {
        const line = monthlyLine(new Dec(r.fund_due), terms);
        return {
          hospitalCode: r.hospital_code,
          caseCount: r.n,
          correctionCount: 0,
          fundDue: line.fundDue.toFixed(2),
          provisional: line.provisional.toFixed(2),
          deposit: line.deposit.toFixed(2),
          paid: line.paid.toFixed(2),
        };
      }),
    );
    const total = expected.reduce((s, r) => s.plus(r.fund_due), new Dec(0));
    expect(b.fundDue).toBe(total.toFixed(2));
  });

  it('recomputes an open batch to the same rows, never twice', async () => {
    const first = await batch('2025-07');
    const rows = await count('monthly_batch_case');
    expect((await compute('2025-07')).errors).toBeNull();
    expect(await count('monthly_batch_case')).toBe(rows);
    expect(await batch('2025-07')).toMatchObject({ ...first, computedAt: expect.any(String) });
  });

  it('settles months in order, and refuses what is not the region’s', async () => {
    const before = await count('monthly_batch');
    expect((await compute('2025-08')).errors).toEqual(['PRECONDITION_FAILED']);
    expect((await compute('2025-13')).errors).toEqual(['BAD_USER_INPUT']);
    expect((await compute('2025-07', h1)).errors).toEqual(['FORBIDDEN']);
    const zigong = await t.token(Scope.REGION, ZIGONG);
    expect(
      codes(
        await send(
          t.url,
          ComputeMonthlySettlementDocument,
          { regionCode: CHENGDU, month: '2025-07' },
          zigong,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await count('monthly_batch')).toBe(before);
  });

  it('closes once: the second close is a CONFLICT, and the database freezes the batch', async () => {
    const closed = dataWithoutErrors(
      await send(
        t.url,
        CloseMonthlySettlementDocument,
        { regionCode: CHENGDU, month: '2025-07' },
        region,
      ),
    );
    expect(closed.closeMonthlySettlement.batch.status).toBe('CLOSED');
    const again = await send(
      t.url,
      CloseMonthlySettlementDocument,
      { regionCode: CHENGDU, month: '2025-07' },
      region,
    );
    expect(codes(again)).toEqual(['CONFLICT']);
    expect((await compute('2025-07')).errors).toEqual(['CONFLICT']);
    // not an application check: even the owner role cannot change a closed batch or its rows
    await expect(
      t.asOwner("update monthly_batch set paid = 0 where month = '2025-07-01'"),
    ).rejects.toThrow(/closed/);
    await expect(
      t.asOwner(
        "delete from monthly_batch_case where batch_id = (select id from monthly_batch where month = '2025-07-01')",
      ),
    ).rejects.toThrow(/closed/);
    // and one closed batch per region and month: a second July batch cannot exist
    await expect(
      t.asOwner(
        `insert into monthly_batch (province_code, region_code, month) values ('${SICHUAN}', '${CHENGDU}', '2025-07-01')`,
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it('puts a later revision and a late case into the next month, as a correction and a new case', async () => {
    const [old] = await t.asOwner<{ fund_due: string }>(
      `select p.fund_due::text as fund_due from settlement_case c
       join case_payment p on p.revision_id = c.current_revision_id
       where c.settlement_id = 'JUL-H1-A'`,
    );
    // a new revision of a July case (dearer), and a July case of H2 uploaded late
    await submit(h1, [listOn(H1, '2025-07-05', '30000.00', 'JUL-H1-A')]);
    await submit(h2, [listOn(H2, '2025-07-31', '7000.00')]);
    const [now] = await t.asOwner<{ fund_due: string }>(
      `select p.fund_due::text as fund_due from settlement_case c
       join case_payment p on p.revision_id = c.current_revision_id
       where c.settlement_id = 'JUL-H1-A'`,
    );
    expect(now!.fund_due).not.toBe(old!.fund_due);

    expect((await compute('2025-08')).errors).toBeNull();
    const aug = (await batch('2025-08'))!;
    // H1: its August case (new) + the correction; H2: the late July case (new)
    expect(aug).toMatchObject({ caseCount: 2, correctionCount: 1 });
    const [august] = await fundDueByHospital('2025-08-01', '2025-09-01');
    const [late] = await t.asOwner<{ fund_due: string }>(
      `select p.fund_due::text as fund_due from settlement_case c
       join case_payment p on p.revision_id = c.current_revision_id
       where c.hospital_code = $1 and c.discharge_date = '2025-07-31'`,
      [H2],
    );
    const delta = new Dec(now!.fund_due).minus(old!.fund_due);
    const h1Due = new Dec(august!.fund_due).plus(delta);
    expect(aug.lines).toEqual([
      expect.objectContaining({
        hospitalCode: H1,
        caseCount: 1,
        correctionCount: 1,
        fundDue: h1Due.toFixed(2),
      }),
      expect.objectContaining({
        hospitalCode: H2,
        caseCount: 1,
        correctionCount: 0,
        fundDue: new Dec(late!.fund_due).toFixed(2),
      }),
    ]);
    // the closed July batch is unchanged
    expect((await batch('2025-07'))!.caseCount).toBe(5);
    const months = dataWithoutErrors(
      await send(t.url, MonthlySettlementsDocument, { regionCode: CHENGDU, year: 2025 }, region),
    ).monthlySettlements;
    expect(months.map((m) => [m.month, m.status])).toEqual([
      ['2025-07-01', 'CLOSED'],
      ['2025-08-01', 'OPEN'],
    ]);
  });

  it('shows a batch to the region, its hospitals (own line only), the province and NATIONAL', async () => {
    // positive controls: the region sees both lines, each hospital its own
    expect((await batch('2025-07'))!.lines.map((l) => l.hospitalCode)).toEqual([H1, H2]);
    expect((await batch('2025-07', h1))!.lines.map((l) => l.hospitalCode)).toEqual([H1]);
    expect((await batch('2025-07', h2))!.lines.map((l) => l.hospitalCode)).toEqual([H2]);
    const province = await t.token(Scope.PROVINCE, SICHUAN);
    expect((await batch('2025-07', province))!.lines).toHaveLength(2);
    const national = await t.token(Scope.NATIONAL);
    expect((await batch('2025-07', national))!.lines).toHaveLength(2);
    // nobody else: another region, a hospital of another region, another province
    for (const token of [
      await t.token(Scope.REGION, PANZHIHUA),
      await t.token(Scope.HOSPITAL, ZIGONG_HOSPITAL),
      await t.token(Scope.PROVINCE, '520000'),
      await t.token(Scope.REGION, '520100'),
    ])
      expect(await batch('2025-07', token)).toBeNull();
  });

  it('lets the insured region read the batch rows of its insured cases, and no others', async () => {
    // the demo lists are insured in Zigong (valid out-of-region cases)
    const zigong = await t.asApp<{ n: number }>(
      { scope: 'REGION', code: ZIGONG, province: SICHUAN },
      'select count(*)::int as n from monthly_batch_case',
    );
    const owner = await t.asOwner<{ n: number }>(
      `select count(*)::int as n from monthly_batch_case where insured_region_code = '${ZIGONG}'`,
    );
    expect(owner[0]!.n).toBeGreaterThan(0);
    expect(zigong[0]!.n).toBe(owner[0]!.n);
    const panzhihua = await t.asApp<{ n: number }>(
      { scope: 'REGION', code: PANZHIHUA, province: SICHUAN },
      'select count(*)::int as n from monthly_batch_case',
    );
    expect(panzhihua[0]!.n).toBe(0);
  });
});
