import { Dec } from '../../src/domain/decimal';
import {
  ApproveInterRegionClearingDocument,
  ComputeInterRegionClearingDocument,
  InterRegionClearingDocument,
  InterRegionStatementDocument,
  JobDocument,
  SetInterRegionPrepaymentsDocument,
  SetInterRegionVariantDocument,
  SubmitSettlementListsDocument,
} from '../generated/graphql';
import { CHENGDU, H1, H2, PANZHIHUA, ZIGONG, ZIGONG_HOSPITAL, validList } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * The province's inter-region clearing (省内异地年度清算): every (treatment, insured, insurance
 * type) pair's §5 figures under the province's variant, the matrix netting to zero, each region's
 * statement equal to its rows, RLS on pairs, frozen once approved. Expected figures are summed
 * here from the case rows, not by the clearing's SQL.
 */
let t: TestApp;
let province: string;
const SICHUAN = '510000';
const YEAR = 2025;

async function clearing(token = province, regionCode?: string) {
  return dataWithoutErrors(
    await send(
      t.url,
      InterRegionClearingDocument,
      { provinceCode: SICHUAN, year: YEAR, regionCode },
      token,
    ),
  ).interRegionClearing;
}

async function compute(token = province) {
  const result = await send(
    t.url,
    ComputeInterRegionClearingDocument,
    { provinceCode: SICHUAN, year: YEAR },
    token,
  );
  if (result.errors) return codes(result);
  const job = dataWithoutErrors(result).computeInterRegionClearing.job;
  const done = await waitFor(
    async () => dataWithoutErrors(await send(t.url, JobDocument, { id: job.id }, token)).job,
    (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
  );
  expect(done?.status).toBe('SUCCEEDED');
  return null;
}

const count = async (table: string) =>
  (await t.asOwner<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  province = await t.token(Scope.PROVINCE, SICHUAN);
  const h1 = await t.token(Scope.HOSPITAL, H1);
  const h2 = await t.token(Scope.HOSPITAL, H2);
  const zh = await t.token(Scope.HOSPITAL, ZIGONG_HOSPITAL);
  const ok = async (token: string, lists: ReturnType<typeof validList>[]) => {
    const data = dataWithoutErrors(
      await send(t.url, SubmitSettlementListsDocument, { input: lists }, token),
    );
    expect(data.submitSettlementLists.results.map((r) => r.status)).toEqual(
      lists.map(() => 'ACCEPTED'),
    );
  };
  // Chengdu treats Zigong's insured (default list), Panzhihua's, and its own (not a pair);
  // Zigong treats one of Chengdu's insured
  await ok(h1, [validList(), validList(), validList({ insuredRegionCode: PANZHIHUA })]);
  await ok(h2, [
    validList({ hospitalCode: H2, insuranceType: 'RESIDENT' }),
    validList({ hospitalCode: H2, insuredRegionCode: CHENGDU }),
  ]);
  await ok(zh, [validList({ hospitalCode: ZIGONG_HOSPITAL, insuredRegionCode: CHENGDU })]);
}, 120_000);

afterAll(() => t?.stop());

/** The pairs as summed here from the cases' current revisions and payments (owner role). */
async function expectedPairs() {
  const rows = await t.asOwner<{
    t: string;
    i: string;
    type: string;
    fund_paid: string;
    fund_due: string | null;
    total_cost: string;
    patient_paid: string;
    points: string | null;
  }>(
    `select c.treatment_region_code as t, c.insured_region_code as i, c.insurance_type as type,
       r.fund_paid::text, p.fund_due::text, r.total_cost::text, r.patient_paid::text, p.points::text
     from settlement_case c join case_revision r on r.id = c.current_revision_id
     left join case_payment p on p.revision_id = c.current_revision_id
     where c.treatment_region_code <> c.insured_region_code`,
  );
  const pairs = new Map<string, { n: number; paid: Dec; due: Dec; cost: Dec; patient: Dec }>();
  for (const r of rows) {
    const key = `${r.t}|${r.i}|${r.type}`;
    const p = pairs.get(key) ?? {
      n: 0,
      paid: new Dec(0),
      due: new Dec(0),
      cost: new Dec(0),
      patient: new Dec(0),
    };
    p.n += 1;
    p.paid = p.paid.plus(r.fund_paid);
    p.due = p.due.plus(r.fund_due ?? r.fund_paid);
    p.cost = p.cost.plus(r.total_cost);
    p.patient = p.patient.plus(r.patient_paid);
    pairs.set(key, p);
  }
  return pairs;
}

describe('inter-region clearing', () => {
  it('refuses to compute before the variant is chosen, and anyone but the province', async () => {
    expect(await compute()).toEqual(['PRECONDITION_FAILED']);
    const region = await t.token(Scope.REGION, CHENGDU);
    expect(
      codes(
        await send(
          t.url,
          SetInterRegionVariantDocument,
          { provinceCode: SICHUAN, year: YEAR, variant: 'DRG_DIP_BASED' },
          region,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await count('inter_region_settings')).toBe(0);
    expect(await count('inter_region_run')).toBe(0);
  });

  it('refuses bad prepayments whole, storing nothing', async () => {
    const bad = await send(
      t.url,
      SetInterRegionPrepaymentsDocument,
      {
        provinceCode: SICHUAN,
        year: YEAR,
        prepayments: [
          {
            treatmentRegionCode: CHENGDU,
            insuredRegionCode: ZIGONG,
            insuranceType: 'EMPLOYEE',
            amount: '1000.00',
          },
          {
            treatmentRegionCode: CHENGDU,
            insuredRegionCode: CHENGDU,
            insuranceType: 'EMPLOYEE',
            amount: '5.00',
          },
        ],
      },
      province,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(await count('inter_region_prepayment')).toBe(0);
  });

  it('clears every pair under DRG_DIP_BASED, as summed from the cases', async () => {
    dataWithoutErrors(
      await send(
        t.url,
        SetInterRegionVariantDocument,
        { provinceCode: SICHUAN, year: YEAR, variant: 'DRG_DIP_BASED' },
        province,
      ),
    );
    dataWithoutErrors(
      await send(
        t.url,
        SetInterRegionPrepaymentsDocument,
        {
          provinceCode: SICHUAN,
          year: YEAR,
          prepayments: [
            {
              treatmentRegionCode: CHENGDU,
              insuredRegionCode: ZIGONG,
              insuranceType: 'EMPLOYEE',
              amount: '1000.00',
            },
          ],
        },
        province,
      ),
    );
    expect(await compute()).toBeNull();
    const run = (await clearing())!;
    expect(run).toMatchObject({ status: 'COMPUTED', variant: 'DRG_DIP_BASED' });
    const expected = await expectedPairs();
    // positive control: four pairs exist (Chengdu←Zigong EMPLOYEE and RESIDENT, Chengdu←Panzhihua,
    // Zigong←Chengdu); the local case is in none
    expect(
      run.pairs
        .map((p) => `${p.treatmentRegionCode}|${p.insuredRegionCode}|${p.insuranceType}`)
        .sort(),
    ).toEqual([...expected.keys()].sort());
    for (const p of run.pairs) {
      const e = expected.get(`${p.treatmentRegionCode}|${p.insuredRegionCode}|${p.insuranceType}`)!;
      const prepaid =
        p.treatmentRegionCode === CHENGDU &&
        p.insuredRegionCode === ZIGONG &&
        p.insuranceType === 'EMPLOYEE'
          ? '1000.00'
          : '0.00';
      expect(p).toMatchObject({
        caseCount: e.n,
        itemisedFundPaid: e.paid.toFixed(2),
        drgDipFundDue: e.due.toFixed(2),
        totalCost: e.cost.toFixed(2),
        patientShare: e.patient.toFixed(2),
        due: e.due.toFixed(2),
        delta: e.due.minus(e.paid).toFixed(2),
        balance: e.due.minus(e.paid).minus(prepaid).toFixed(2),
      });
      expect(new Dec(p.prepayment).toFixed(2)).toBe(prepaid);
    }
  });

  it('nets the positions to zero, and each region’s statement is its rows of the matrix', async () => {
    const run = (await clearing())!;
    const sum = run.positions.reduce((s, p) => s.plus(p.net), new Dec(0));
    expect(sum.toFixed(2)).toBe('0.00');
    const chengdu = run.positions.find((p) => p.regionCode === CHENGDU)!;
    const asTreatment = run.pairs
      .filter((p) => p.treatmentRegionCode === CHENGDU)
      .reduce((s, p) => s.plus(p.balance), new Dec(0));
    const asInsured = run.pairs
      .filter((p) => p.insuredRegionCode === CHENGDU)
      .reduce((s, p) => s.plus(p.balance), new Dec(0));
    expect(chengdu.net).toBe(asTreatment.minus(asInsured).toFixed(2));

    expect(run.matrixCsv.startsWith('\uFEFF')).toBe(true);
    const matrixLines = run.matrixCsv.slice(1).trimEnd().split('\r\n');
    expect(matrixLines).toHaveLength(1 + run.pairs.length);
    const statement = dataWithoutErrors(
      await send(
        t.url,
        InterRegionStatementDocument,
        { provinceCode: SICHUAN, year: YEAR, regionCode: CHENGDU },
        province,
      ),
    ).interRegionClearing!.statementCsv;
    expect(statement.startsWith('\uFEFF')).toBe(true);
    const lines = statement.slice(1).trimEnd().split('\r\n');
    const chengduRows = matrixLines
      .slice(1)
      .filter((l) => l.split(',')[0] === CHENGDU || l.split(',')[1] === CHENGDU);
    expect(chengduRows.length).toBeGreaterThan(0);
    expect(lines.slice(1, 1 + chengduRows.length)).toEqual(chengduRows);
    expect(lines.at(-1)).toBe(
      `,${CHENGDU},${chengdu.receivable},${chengdu.payable},${chengdu.net}`,
    );
  });

  it('shows a region only the pairs it is party to; hospitals and other provinces nothing', async () => {
    const all = (await clearing())!.pairs;
    for (const code of [CHENGDU, ZIGONG, PANZHIHUA]) {
      const token = await t.token(Scope.REGION, code);
      const seen = (await clearing(token))!;
      const party = all.filter(
        (p) => p.treatmentRegionCode === code || p.insuredRegionCode === code,
      );
      expect(party.length).toBeGreaterThan(0); // positive control
      expect(seen.pairs).toEqual(party);
      expect(seen.positions.map((p) => p.regionCode)).toEqual([code]);
    }
    const national = await t.token(Scope.NATIONAL);
    expect((await clearing(national))!.pairs).toEqual(all);
    for (const token of [
      await t.token(Scope.HOSPITAL, H1),
      await t.token(Scope.PROVINCE, '520000'),
      await t.token(Scope.REGION, '520100'),
    ])
      expect(await clearing(token)).toBeNull();
    // a region with no out-of-region care sees the run but no pair
    const other = await t.token(Scope.REGION, '510600');
    const seen = await clearing(other);
    expect(seen?.pairs ?? []).toEqual([]);
  });

  it('recomputes to identical lines (replay), then approves for good', async () => {
    const before = (await clearing())!;
    expect(await compute()).toBeNull();
    const after = (await clearing())!;
    expect(after.pairs).toEqual(before.pairs);
    expect(after.positions).toEqual(before.positions);
    expect(await count('inter_region_pair')).toBe(before.pairs.length);

    const approved = dataWithoutErrors(
      await send(
        t.url,
        ApproveInterRegionClearingDocument,
        { provinceCode: SICHUAN, year: YEAR },
        province,
      ),
    ).approveInterRegionClearing;
    expect(approved.status).toBe('APPROVED');
    expect(
      codes(
        await send(
          t.url,
          ApproveInterRegionClearingDocument,
          { provinceCode: SICHUAN, year: YEAR },
          province,
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect(await compute()).toEqual(['CONFLICT']);
    await expect(t.asOwner('update inter_region_pair set balance = 0')).rejects.toThrow(/approved/);
    await expect(t.asOwner("update inter_region_run set variant = 'ITEMISED'")).rejects.toThrow(
      /approved/,
    );
  });

  it('clears POOLED at once for a year without out-of-region care: no point value is waited for', async () => {
    // the POOLED path with annual point values is tested with the annual clearing
    dataWithoutErrors(
      await send(
        t.url,
        SetInterRegionVariantDocument,
        { provinceCode: SICHUAN, year: 2026, variant: 'POOLED' },
        province,
      ),
    );
    const job = dataWithoutErrors(
      await send(
        t.url,
        ComputeInterRegionClearingDocument,
        { provinceCode: SICHUAN, year: 2026 },
        province,
      ),
    ).computeInterRegionClearing.job;
    const done = await waitFor(
      async () => dataWithoutErrors(await send(t.url, JobDocument, { id: job.id }, province)).job,
      (j) => j?.status === 'SUCCEEDED' || j?.status === 'FAILED',
    );
    expect(done?.status).toBe('SUCCEEDED');
    const run = dataWithoutErrors(
      await send(
        t.url,
        InterRegionClearingDocument,
        { provinceCode: SICHUAN, year: 2026 },
        province,
      ),
    ).interRegionClearing!;
    expect(run).toMatchObject({ variant: 'POOLED', pairs: [], positions: [] });
  });
});
