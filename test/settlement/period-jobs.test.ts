import { inTenantTransaction, enqueueJob } from '../../src/db';
import { Dec } from '../../src/domain/decimal';
import {
  priceCase,
  type CaseFacts,
  type GroupFacts,
  type HospitalGrade,
  type HospitalLevel,
  type PaymentStandard as PricingStandard,
} from '../../src/domain/pricing';
import { toGlobalId } from '../../src/graphql/relay';
import { rlsSettings } from '../../src/modules/identity';
import { repricePeriodJob } from '../../src/modules/settlement';
import { pricingStandardOf, type PaymentStandard } from '../../src/modules/standard';
import {
  CaseRegroupingsDocument,
  CreatePaymentStandardDocument,
  JobDocument,
  PublishPaymentStandardDocument,
  RegroupPeriodDocument,
  RepricePeriodDocument,
  SetPaymentStandardParametersDocument,
  SetPaymentStandardRowsDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { CHENGDU, H1, H2, PANZHIHUA, validList, ZIGONG, ZIGONG_HOSPITAL } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { principal, waitFor } from '../support/job-fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * The period jobs end to end through the API: `repricePeriod` replaces a region's payments for
 * a discharge period (equal to ingest-time pricing for unchanged inputs, following a new
 * standard version to the fen — checked against the pure priceCase — idempotent on rerun, the
 * pure path for variants the set-based twin refuses); `regroupPeriod` rewrites a changed grouping
 * in place with an audit, and the payment follows. Who may start them, and what a job touches
 * under its starter's row-level security, with positive controls.
 */
let t: TestApp;
let hospital: string;
let region: string;
let zigong: string;
let province: string;
let catalogVersionId: string;
let group: { code: string; weight: string; averageCost: Dec };

const DAYS = ['2025-07-27', '2025-07-28', '2025-07-29'];
const FROM = DAYS[0];
const TO = DAYS[DAYS.length - 1];
const PARAMETERS = {
  method: 'DRG_POINTS',
  pointValueEmployee: '98.8120',
  pointValueResident: '85.0000',
  highThresholdBasis: 'BASE_POINT_TIER',
  highRatioTiers: [
    { maxBase: '100', ratio: '3' },
    { maxBase: null, ratio: '2' },
  ],
  lowRatio: '0.4',
  highFormula: 'BASE_PLUS_EXCESS',
  lowFormula: 'BASE_TIMES_RATIO',
  comparator: 'GROUP_AVERAGE',
  defaultCoefficient: '1',
  outOfRegionMode: 'SINGLE_COEFFICIENT',
  outOfRegionCoefficient: '1.02',
  incompleteStayMaxDays: 3,
  specialCaseCapScope: 'REGION',
  specialCaseCapShare: '0.05',
  specialCaseCapPeriod: 'QUARTER',
};

const submit = (token: string, input: SettlementListInput[]) =>
  send(t.url, SubmitSettlementListsDocument, { input }, token);

/** A list discharged on `day` at 11:00 China time, costing `factor` × the group average. */
function listOn(
  day: string,
  factor: string,
  overrides: Partial<SettlementListInput> = {},
): SettlementListInput {
  const cost = group ? group.averageCost.times(factor).toDecimalPlaces(2) : new Dec(10000);
  const total = cost.toFixed(2);
  const patient = cost.times('0.3').toDecimalPlaces(2).toFixed(2);
  return validList({
    dischargedAt: `${day}T03:00:00.000Z`,
    settlementTo: day,
    los: Number(day.slice(8)) - 20,
    fees: [{ category: 'SURGERY', amount: total }],
    totalCost: total,
    fundPayments: [{ fund: 'POOLING', amount: cost.minus(patient).toFixed(2) }],
    patientPaid: patient,
    ...overrides,
  });
}

async function createStandard(versionLabel: string, parameters: Record<string, unknown>) {
  const id = dataWithoutErrors(
    await send(
      t.url,
      CreatePaymentStandardDocument,
      {
        input: {
          method: 'DRG_POINTS',
          name: '成都市2025年DRG点数法支付标准（重算测试）',
          versionLabel,
          year: 2025,
          effectiveFrom: '2025-07-01',
          catalogVersionId: toGlobalId('CatalogVersion', catalogVersionId),
        },
      },
      region,
    ),
  ).createPaymentStandard.paymentStandard.id;
  dataWithoutErrors(
    await send(t.url, SetPaymentStandardParametersDocument, { id, parameters }, region),
  );
  dataWithoutErrors(
    await send(
      t.url,
      SetPaymentStandardRowsDocument,
      { input: { id, coefficients: [{ hospitalCode: H1, coefficient: '0.9000' }] } },
      region,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishPaymentStandardDocument, { id }, region));
  const [row] = await t.asOwner<Record<string, unknown>>(
    `select id as uuid, owner_code as "ownerCode", name, version_label as "versionLabel", parameters
     from payment_standard where owner_code = $1 and version_label = $2`,
    [CHENGDU, versionLabel],
  );
  const asOwner = <R>(sql: string, params?: readonly unknown[]) =>
    t.asOwner<R>(sql, params as unknown[]);
  return {
    uuid: String(row.uuid),
    standard: await pricingStandardOf(asOwner, row as unknown as PaymentStandard),
  };
}

interface PaymentRow {
  revision_id: string;
  case_class: string;
  rule: string;
  group_code: string | null;
  points: string | null;
  point_value: string | null;
  amount: string;
  provisional_amount: string;
  patient_share: string;
  fund_due: string;
  coefficients: unknown;
  flags: string[];
  payment_standard_id: string;
  priced_at: Date;
}

/** A region's payments of the period's current revisions, as the owner reads them. */
async function payments(treatmentRegion = CHENGDU): Promise<PaymentRow[]> {
  return t.asOwner<PaymentRow>(
    `select p.revision_id, p.case_class, p.rule, p.group_code, p.points::text,
       p.point_value::text, p.amount::text, p.provisional_amount::text, p.patient_share::text,
       p.fund_due::text, p.coefficients, p.flags, p.payment_standard_id, p.priced_at
     from settlement_case c
     join case_payment p on p.province_code = c.province_code and p.revision_id = c.current_revision_id
     where c.treatment_region_code = $1 and c.discharge_date between $2 and $3
     order by p.revision_id`,
    [treatmentRegion, FROM, TO],
  );
}

async function unpriced(treatmentRegion: string) {
  return t.asOwner<{ revision_id: string; reason: string; created_at: Date }>(
    `select u.revision_id, u.reason, u.created_at from settlement_case c
     join case_unpriced u on u.province_code = c.province_code and u.revision_id = c.current_revision_id
     where c.treatment_region_code = $1 and c.discharge_date between $2 and $3
     order by u.revision_id`,
    [treatmentRegion, FROM, TO],
  );
}

/**
 * The rows without their write time, decimals by value: the set-based statement keeps
 * PostgreSQL's numeric scale ("0.9000", "476.520…0") where the pure path writes "0.9", "476.52".
 */
const withoutTime = (rows: PaymentRow[]) =>
  rows.map(({ priced_at: _, coefficients, ...rest }) => ({
    ...rest,
    points: rest.points === null ? null : new Dec(rest.points).toFixed(),
    point_value: rest.point_value === null ? null : new Dec(rest.point_value).toFixed(),
    amount: new Dec(rest.amount).toFixed(),
    coefficients: (coefficients as { kind: string; value: string; source: string }[]).map((c) => ({
      ...c,
      value: new Dec(c.value).toFixed(),
    })),
  }));

/** Waits for a job to finish, reading it through the API as its starter. */
async function finished(id: string, token: string) {
  return waitFor(
    async () => dataWithoutErrors(await send(t.url, JobDocument, { id }, token)).job!,
    (job) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status),
    60_000,
    100,
  );
}

async function reprice(token = region, regionCode = CHENGDU) {
  const started = dataWithoutErrors(
    await send(t.url, RepricePeriodDocument, { regionCode, from: FROM, to: TO }, token),
  ).repricePeriod.job;
  expect(started).toMatchObject({ kind: 'settlement.reprice-period', status: 'QUEUED' });
  return finished(started.id, token);
}

/** The pure priceCase of a stored revision under `standard` (what the job must agree with). */
async function pure(revisionId: string, standard: PricingStandard) {
  const [r] = await t.asOwner<{
    total_cost: string;
    patient_paid: string;
    los: number;
    discharge_way: number;
    admission_day: string;
    discharge_day: string;
    insurance_type: 'EMPLOYEE' | 'RESIDENT';
    insured_region_code: string;
    hospital_code: string;
    level: HospitalLevel;
    grade: HospitalGrade | null;
    drg_code: string;
    weight: string;
    average_cost: string;
  }>(
    `select r.total_cost::text, r.patient_paid::text, r.los, r.discharge_way,
       to_char(r.admitted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as admission_day,
       to_char(r.discharge_date, 'YYYY-MM-DD') as discharge_day, r.insurance_type,
       r.insured_region_code, r.hospital_code, h.level, h.grade, r.drg_code, g.weight::text,
       g.average_cost::text
     from case_revision r join hospital h on h.code = r.hospital_code
     join drg_group g on g.version_id = r.drg_catalog_version_id and g.code = r.drg_code
     where r.id = $1`,
    [revisionId],
  );
  const facts: CaseFacts = {
    totalCost: new Dec(r.total_cost),
    patientShare: new Dec(r.patient_paid),
    los: r.los,
    dischargeWay: String(r.discharge_way),
    admissionDate: r.admission_day,
    dischargeDate: r.discharge_day,
    insuranceType: r.insurance_type,
    insuredRegionCode: r.insured_region_code,
    hospital: { code: r.hospital_code, level: r.level, grade: r.grade },
    tcmTreatment: false,
    bilateralSurgery: false,
    items: [],
    previousStay: null,
  };
  const groupFacts: GroupFacts = {
    kind: 'DRG',
    code: r.drg_code,
    weight: new Dec(r.weight),
    score: null,
    averageCost: new Dec(r.average_cost),
    auxFactor: null,
    levelAverageCost: null,
  };
  return priceCase(facts, groupFacts, standard);
}

/** Every payment of the period equals priceCase under `standard`, to the fen (and exactly). */
async function expectPricedBy(uuid: string, standard: PricingStandard) {
  const rows = await payments();
  expect(rows.length).toBeGreaterThanOrEqual(15);
  for (const row of rows) {
    const expected = await pure(row.revision_id, standard);
    expect({
      id: row.revision_id,
      standard: row.payment_standard_id,
      caseClass: row.case_class,
      provisional: row.provisional_amount,
      fundDue: row.fund_due,
      amountExact: new Dec(row.amount).eq(expected.amount),
    }).toEqual({
      id: row.revision_id,
      standard: uuid,
      caseClass: expected.caseClass,
      provisional: expected.provisionalAmount.toFixed(2),
      fundDue: expected.fundDue.toFixed(2),
      amountExact: true,
    });
  }
  return rows;
}

let baseline: PaymentRow[];

beforeAll(async () => {
  t = await startTestApp({ JOB_POLL_INTERVAL_MS: '500', JOB_MAINTENANCE_INTERVAL_SECONDS: '1' });
  hospital = await t.token(Scope.HOSPITAL, H1);
  region = await t.token(Scope.REGION, CHENGDU);
  zigong = await t.token(Scope.REGION, ZIGONG);
  province = await t.token(Scope.PROVINCE, '510000');
  const [demo] = await t.asOwner<{ catalog_version_id: string }>(
    `select catalog_version_id from payment_standard
     where owner_code = $1 and status = 'PUBLISHED' and method = 'DRG_POINTS'`,
    [CHENGDU],
  );
  catalogVersionId = demo.catalog_version_id;
  await createStandard('2025.7', PARAMETERS);

  // which group the cholecystectomy falls in (a case outside the period)
  const probe = listOn('2025-07-25', '1');
  dataWithoutErrors(await submit(hospital, [probe]));
  const [g] = await t.asOwner<{ code: string; weight: string; average_cost: string }>(
    `select g.code, g.weight::text, g.average_cost::text from case_revision r
     join drg_group g on g.version_id = r.drg_catalog_version_id and g.code = r.drg_code
     where r.settlement_id = $1`,
    [probe.settlementId],
  );
  group = { code: g.code, weight: g.weight, averageCost: new Dec(g.average_cost) };

  // 3 days × 2 hospitals × 5 cost classes, local and out-of-region, employee and resident
  const lists: SettlementListInput[] = [];
  for (const day of DAYS)
    for (const hospitalCode of [H1, H2])
      for (const [i, factor] of ['0.3', '0.8', '1', '1.7', '3.5'].entries())
        lists.push(
          listOn(day, factor, {
            hospitalCode,
            insuredRegionCode: i % 2 === 0 ? CHENGDU : ZIGONG,
            insuranceType: i % 3 === 0 ? 'RESIDENT' : 'EMPLOYEE',
          }),
        );
  const uploaded = dataWithoutErrors(await submit(region, lists));
  expect(
    uploaded.submitSettlementLists.results.every(
      (r: { status: string }) => r.status === 'ACCEPTED',
    ),
  ).toBe(true);
  // cases treated in Zigong, insured in Chengdu: Chengdu sees them, and must never touch them
  const zigongHospital = await t.token(Scope.HOSPITAL, ZIGONG_HOSPITAL);
  dataWithoutErrors(
    await submit(zigongHospital, [
      listOn('2025-07-28', '1', { hospitalCode: ZIGONG_HOSPITAL, insuredRegionCode: CHENGDU }),
      listOn('2025-07-28', '2', { hospitalCode: ZIGONG_HOSPITAL, insuredRegionCode: CHENGDU }),
    ]),
  );
  baseline = await payments();
}, 120_000);
afterAll(() => t?.stop());

describe('repricePeriod', () => {
  it('with unchanged inputs gives what the ingest priced, replacing every row, day by day', async () => {
    expect(baseline).toHaveLength(30);
    const job = await reprice();
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: 3, total: 3, error: null });
    const after = await payments();
    expect(withoutTime(after)).toEqual(withoutTime(baseline));
    // replaced, not left alone: every row was written again
    for (const [i, row] of after.entries())
      expect(row.priced_at.getTime()).toBeGreaterThan(baseline[i].priced_at.getTime());
  });

  it('cuts a year into chunks of consecutive days (at most 60): the same rows as day by day', async () => {
    const before = await payments();
    // 364 days: 7 days a chunk, 52 chunks; 2025-07-28 is day 203 = 29 × 7, so the cases' days
    // 07-27 | 07-28, 07-29 fall in two chunks, the second pricing two days in one transaction
    const started = dataWithoutErrors(
      await send(
        t.url,
        RepricePeriodDocument,
        { regionCode: CHENGDU, from: '2025-01-06', to: '2026-01-04' },
        region,
      ),
    ).repricePeriod.job;
    const job = await finished(started.id, region);
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: 52, total: 52, error: null });
    const after = await payments();
    expect(withoutTime(after)).toEqual(withoutTime(before));
    for (const [i, row] of after.entries())
      expect(row.priced_at.getTime()).toBeGreaterThan(before[i].priced_at.getTime());
  });

  it('is idempotent: a rerun leaves the same rows, each once, every amount identical', async () => {
    const first = await payments();
    expect((await reprice()).status).toBe('SUCCEEDED');
    const second = await payments();
    expect(withoutTime(second)).toEqual(withoutTime(first));
    const [{ n, distinct }] = await t.asOwner<{ n: number; distinct: number }>(
      `select count(*)::int as n, count(distinct revision_id)::int as distinct from case_payment
       where treatment_region_code = $1`,
      [CHENGDU],
    );
    expect(n).toBe(distinct);
  });

  it('follows a new standard version (other point values) to the fen, as priceCase computes', async () => {
    const { uuid, standard } = await createStandard('2025.7b', {
      ...PARAMETERS,
      pointValueEmployee: '103.4567',
      pointValueResident: '88.1234',
    });
    expect((await reprice()).status).toBe('SUCCEEDED');
    const rows = await expectPricedBy(uuid, standard);
    // the figures did move: the new point value is on every row
    expect(new Set(rows.map((r) => r.point_value))).toEqual(new Set(['103.4567', '88.1234']));
    expect(rows.map((r) => r.fund_due)).not.toEqual(baseline.map((r) => r.fund_due));
  });

  it('prices a standard the set-based twin refuses (STANDARD_PLUS_ITEMS) by the pure path, not failing', async () => {
    const { uuid, standard } = await createStandard('2025.7c', {
      ...PARAMETERS,
      pointValueEmployee: '101.0000',
      exclusionPayment: 'STANDARD_PLUS_ITEMS',
    });
    const job = await reprice();
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: 3, total: 3 });
    await expectPricedBy(uuid, standard);
  });

  it('may be started by the province; not by a hospital, another region, or with a bad period', async () => {
    const before = await payments();
    expect((await reprice(province)).status).toBe('SUCCEEDED');
    expect(withoutTime(await payments())).toEqual(withoutTime(before));

    const [{ n: jobsBefore }] = await t.asOwner<{ n: number }>(
      'select count(*)::int as n from job_run',
    );
    const vars = { regionCode: CHENGDU, from: FROM, to: TO };
    expect(codes(await send(t.url, RepricePeriodDocument, vars, hospital))).toEqual(['FORBIDDEN']);
    expect(codes(await send(t.url, RepricePeriodDocument, vars, zigong))).toEqual(['FORBIDDEN']);
    expect(codes(await send(t.url, RegroupPeriodDocument, vars, zigong))).toEqual(['FORBIDDEN']);
    for (const bad of [
      { ...vars, to: '2025-07-01' },
      { ...vars, to: '2026-12-31' },
      { ...vars, regionCode: 'x' },
    ])
      expect(codes(await send(t.url, RepricePeriodDocument, bad, region))).toEqual([
        'BAD_USER_INPUT',
      ]);
    const [{ n: jobsAfter }] = await t.asOwner<{ n: number }>(
      'select count(*)::int as n from job_run',
    );
    expect(jobsAfter).toBe(jobsBefore);
  });

  it("runs under its starter's RLS: Zigong's job touches Zigong's cases only, never Chengdu's", async () => {
    const chengdu = await payments();
    const zigongBefore = [...(await payments(ZIGONG)), ...(await unpriced(ZIGONG))];
    expect(zigongBefore).toHaveLength(2);
    // Zigong sees Chengdu's cases insured with it (positive control: they exist and are visible)
    const visible = await t.asApp<{ n: number }>(
      { scope: 'REGION', code: ZIGONG, province: '510000' },
      `select count(*)::int as n from case_payment where treatment_region_code = $1`,
      [CHENGDU],
    );
    expect(visible[0].n).toBeGreaterThan(0);

    // its own period: its two cases replaced, Chengdu's untouched
    expect((await reprice(zigong, ZIGONG)).status).toBe('SUCCEEDED');
    const zigongAfter = [...(await payments(ZIGONG)), ...(await unpriced(ZIGONG))];
    expect(zigongAfter).toHaveLength(2);
    expect(await payments()).toEqual(chengdu);

    // asked for Chengdu's period behind the mutation's back: the job refuses, nothing written
    const forged = principal(Scope.REGION, ZIGONG);
    const id = await inTenantTransaction(t.app.orm, rlsSettings(forged), (tx) =>
      enqueueJob({ em: tx.em, principal: forged }, repricePeriodJob, {
        regionCode: CHENGDU,
        from: FROM,
        to: TO,
      }),
    );
    const job = await finished(toGlobalId('Job', id), zigong);
    expect(job).toMatchObject({
      status: 'FAILED',
      error: { code: 'FORBIDDEN', reason: 'NOT_REGION_AUTHORITY' },
    });
    expect(await payments()).toEqual(chengdu);
  });
});

describe('regroupPeriod', () => {
  it('with unchanged catalogs changes no grouping and writes no audit', async () => {
    const before = await payments();
    const started = dataWithoutErrors(
      await send(t.url, RegroupPeriodDocument, { regionCode: CHENGDU, from: FROM, to: TO }, region),
    ).regroupPeriod.job;
    expect(started.kind).toBe('case.regroup-period');
    expect(await finished(started.id, region)).toMatchObject({ status: 'SUCCEEDED', done: 3 });
    expect(withoutTime(await payments())).toEqual(withoutTime(before));
    const audit = await t.asOwner('select * from case_regrouping');
    expect(audit).toHaveLength(0);
  });

  it('rewrites a wrong grouping in place, keeps the old one in the audit, and re-prices the case', async () => {
    // a case stored with a grouping from a faulty rule package: another group, no payment
    const [victim] = await t.asOwner<{
      revision_id: string;
      case_id: string;
      settlement_id: string;
    }>(
      `select c.current_revision_id as revision_id, c.id as case_id, c.settlement_id
       from settlement_case c
       where c.treatment_region_code = $1 and c.discharge_date = $2 and c.hospital_code = $3
       order by c.id limit 1`,
      [CHENGDU, '2025-07-28', H1],
    );
    await t.asOwner(`update case_revision set drg_code = 'ZZ19' where id = $1`, [
      victim.revision_id,
    ]);
    await t.asOwner(`update settlement_case set drg_code = 'ZZ19' where id = $1`, [victim.case_id]);
    await t.asOwner(`delete from case_payment where revision_id = $1`, [victim.revision_id]);
    const before = await payments();
    expect(before.find((p) => p.revision_id === victim.revision_id)).toBeUndefined();

    const started = dataWithoutErrors(
      await send(
        t.url,
        RegroupPeriodDocument,
        { regionCode: CHENGDU, from: FROM, to: TO },
        province,
      ),
    ).regroupPeriod.job;
    expect(await finished(started.id, province)).toMatchObject({ status: 'SUCCEEDED', done: 3 });

    const [revision] = await t.asOwner<{ drg_code: string; case_drg: string }>(
      `select r.drg_code, c.drg_code as case_drg from case_revision r
       join settlement_case c on c.id = r.case_id where r.id = $1`,
      [victim.revision_id],
    );
    expect(revision).toEqual({ drg_code: group.code, case_drg: group.code });
    const audit = await t.asOwner<{
      revision_id: string;
      before: { drgCode: string };
      after: { drgCode: string };
    }>('select revision_id, before, after, job_run_id from case_regrouping');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      revision_id: victim.revision_id,
      before: { drgCode: 'ZZ19' },
      after: { drgCode: group.code },
    });
    // the payment followed: the case is priced again, the others as before
    const after = await payments();
    expect(after).toHaveLength(30);
    expect(after.find((p) => p.revision_id === victim.revision_id)).toMatchObject({
      group_code: group.code,
    });
    // on the API: the revision's grouping now, and what it was, by which job
    const read = async (token: string) =>
      (
        await send(
          t.url,
          CaseRegroupingsDocument,
          { hospitalCode: H1, settlementId: victim.settlement_id },
          token,
        )
      ).data?.settlementCase?.current ?? null;
    const current = await read(hospital);
    expect(current).toMatchObject({
      grouping: { drgCode: group.code },
      regroupings: [
        {
          before: { drgCode: 'ZZ19', drgCatalogVersionId: catalogVersionId },
          after: { drgCode: group.code, drgCatalogVersionId: catalogVersionId },
          jobId: started.id,
        },
      ],
    });
    expect((await read(region))?.regroupings).toHaveLength(1);
    expect(await read(await t.token(Scope.REGION, PANZHIHUA))).toBeNull();
    // the audit is co-owned: the hospital reads its case's; another hospital, a third region nothing
    const seen = (settings: { scope: string; code: string; province: string }) =>
      t.asApp<{ n: number }>(settings, 'select count(*)::int as n from case_regrouping');
    expect((await seen({ scope: 'HOSPITAL', code: H1, province: '510000' }))[0].n).toBe(1);
    expect((await seen({ scope: 'HOSPITAL', code: H2, province: '510000' }))[0].n).toBe(0);
    expect((await seen({ scope: 'REGION', code: PANZHIHUA, province: '510000' }))[0].n).toBe(0);
  });
});
