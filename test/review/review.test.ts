import { Client } from 'pg';
import {
  ApplySpecialCaseDocument,
  CaseSpecialCaseDocument,
  CommentSpecialCaseDocument,
  HospitalSpecialCaseApplicationsDocument,
  RegionSpecialCaseApplicationsDocument,
  SpecialCaseApplicationsDocument,
  WithdrawSpecialCaseDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { fromGlobalId, toGlobalId } from '../../src/graphql/relay';
import { CHENGDU, H1, H2, PANZHIHUA, ZIGONG } from '../case/support';
import { codes, dataWithoutErrors, send, type GraphQLResult } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import {
  applied,
  apply,
  caseGlobalId,
  decide,
  listAdmittedOn,
  reviewRowCounts,
  upload,
} from './support';

/**
 * Special-case review end to end over HTTP, as the real application role: the lifecycle, comment
 * rights (联办), what an approval does to the case's final payment (worked to the fen), a newer
 * revision, the cap at and over its limit, two approvals racing for the last place under the
 * cap, and bad input refused with a code and nothing written.
 *
 * Chengdu's demo DRG standard (in force from 2025-01-01) caps approvals at 5% of the region's
 * cases per quarter, so each scenario uses its own quarter and uploads the cases it needs.
 */
let t: TestApp;
let hospital: string;
let otherHospital: string;
let chengdu: string;
let zigong: string;

/** A list of H1 (insured in Zigong: out of region) admitted on `day`, costing 48,765.43. */
function costly(settlementId: string, day: string, overrides: Partial<SettlementListInput> = {}) {
  return listAdmittedOn(day, {
    settlementId,
    hospitalCode: H1,
    insuredRegionCode: ZIGONG,
    fees: [
      { category: 'SURGERY', amount: '40000.00' },
      { category: 'DRUG_WESTERN', amount: '8765.43' },
    ],
    totalCost: '48765.43',
    fundPayments: [{ fund: 'POOLING', amount: '34135.80' }],
    patientPaid: '14629.63',
    ...overrides,
  });
}

/** `count` lists of H2 (local) admitted on `day`: the region's other cases of the period. */
const fillers = (prefix: string, day: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    listAdmittedOn(day, {
      settlementId: `${prefix}-${i}`,
      hospitalCode: H2,
      insuredRegionCode: CHENGDU,
    }),
  );

const reasonOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.reason;

async function caseView(settlementId: string, token = hospital) {
  return dataWithoutErrors(
    await send(t.url, CaseSpecialCaseDocument, { hospitalCode: H1, settlementId }, token),
  ).settlementCase!;
}

beforeAll(async () => {
  t = await startTestApp();
  hospital = await t.token(Scope.HOSPITAL, H1);
  otherHospital = await t.token(Scope.HOSPITAL, H2);
  chengdu = await t.token(Scope.REGION, CHENGDU);
  zigong = await t.token(Scope.REGION, ZIGONG);
  // Q3 2025: 40 cases of H2 beside H1's: at 5% at least two approvals fit
  await upload(t, chengdu, fillers('Q3', '2025-07-05', 40));
  await upload(t, hospital, [
    costly('L1', '2025-07-20'),
    costly('F1', '2025-08-02'),
    costly('W1', '2025-08-03'),
    costly('S1', '2025-08-04'),
    costly('X1', '2025-08-05'),
  ]);
});
afterAll(() => t.stop());

describe('the lifecycle of an application', () => {
  let applicationId: string;

  it('the hospital applies for its case’s current revision; a second application is a CONFLICT', async () => {
    const caseId = await caseGlobalId(t, H1, 'L1');
    const result = dataWithoutErrors(
      await send(
        t.url,
        ApplySpecialCaseDocument,
        {
          input: {
            caseId,
            category: 'NEW_TECHNOLOGY',
            reason: '  Implanted left-ventricular assist system (seed 004 new technology)  ',
            claimedAmount: '45000.00',
          },
        },
        hospital,
      ),
    ).applySpecialCase.application;
    applicationId = result.id;
    expect(result).toMatchObject({
      status: 'PENDING',
      revision: 1,
      hospitalCode: H1,
      treatmentRegionCode: CHENGDU,
      insuredRegionCode: ZIGONG,
      category: 'NEW_TECHNOLOGY',
      reason: 'Implanted left-ventricular assist system (seed 004 new technology)',
      claimedAmount: '45000.00',
      decision: null,
      closedAt: null,
    });
    const again = await apply(t, hospital, caseId);
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(reasonOf(again)).toBe('APPLICATION_OPEN');
  });

  it('the hospital, the treatment region and the insured region comment; nobody else', async () => {
    const comment = (token: string, body: string) =>
      send(t.url, CommentSpecialCaseDocument, { input: { applicationId, body } }, token);
    dataWithoutErrors(await comment(hospital, 'Device invoice attached'));
    dataWithoutErrors(await comment(chengdu, 'Expert panel on 2025-09-10'));
    const last = dataWithoutErrors(await comment(zigong, 'Insured site joins the review (联办)'));
    expect(last.commentSpecialCase.application.comments).toEqual([
      { authorScope: 'HOSPITAL', authorCode: H1, body: 'Device invoice attached' },
      { authorScope: 'REGION', authorCode: CHENGDU, body: 'Expert panel on 2025-09-10' },
      { authorScope: 'REGION', authorCode: ZIGONG, body: 'Insured site joins the review (联办)' },
    ]);
    const before = await reviewRowCounts(t);
    // a third region and another hospital do not even see the application
    expect(codes(await comment(await t.token(Scope.REGION, PANZHIHUA), 'x'))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await comment(otherHospital, 'x'))).toEqual(['NOT_FOUND']);
    // the province reads it but is no party to the review
    const province = await comment(await t.token(Scope.PROVINCE, '510000'), 'x');
    expect(codes(province)).toEqual(['FORBIDDEN']);
    expect(reasonOf(province)).toBe('WRONG_SCOPE');
    expect(codes(await comment(hospital, ' '))).toEqual(['BAD_USER_INPUT']);
    expect(await reviewRowCounts(t)).toEqual(before);
  });

  it('only the treatment region decides', async () => {
    const before = await reviewRowCounts(t);
    const byInsured = await decide(t, zigong, {
      applicationId,
      outcome: 'APPROVED',
      payment: 'FEE_FOR_SERVICE',
    });
    expect(codes(byInsured)).toEqual(['FORBIDDEN']);
    expect(reasonOf(byInsured)).toBe('NOT_TREATMENT_REGION');
    const byHospital = await decide(t, hospital, {
      applicationId,
      outcome: 'APPROVED',
      payment: 'FEE_FOR_SERVICE',
    });
    expect(codes(byHospital)).toEqual(['FORBIDDEN']);
    expect(await reviewRowCounts(t)).toEqual(before);
  });

  it('an approval with an adjusted amount fixes the final amount and fund due (worked to the fen)', async () => {
    const formula = (await caseView('L1')).payment!;
    const decided = dataWithoutErrors(
      await decide(t, chengdu, {
        applicationId,
        outcome: 'APPROVED',
        payment: 'ADJUSTED_AMOUNT',
        amount: '40000.00',
        reason: 'Device cost accepted, stay at the group standard',
      }),
    ).decideSpecialCase.application;
    expect(decided.status).toBe('APPROVED');
    expect(decided.closedAt).not.toBeNull();
    // final 40,000.00; patient share 14,629.63; fund due 40,000.00 − 14,629.63 = 25,370.37
    expect(decided.decision).toMatchObject({
      outcome: 'APPROVED',
      payment: 'ADJUSTED_AMOUNT',
      revision: 1,
      totalCost: '48765.43',
      formulaAmount: formula.provisionalAmount,
      finalAmount: '40000.00',
      patientShare: '14629.63',
      fundDue: '25370.37',
      cap: {
        scope: 'REGION',
        period: 'QUARTER',
        periodFrom: '2025-07-01',
        periodTo: '2025-10-01',
        share: '0.05',
        used: 0,
      },
    });
    const cap = decided.decision!.cap!;
    expect(cap.caseCount).toBeGreaterThanOrEqual(45);
    expect(cap.allowed).toBe(Math.floor(cap.caseCount * 0.05));
    // the adjustment settlement will sum: final − formula, exact in SQL
    const [sum] = await t.asApp<{ adjustment: string }>(
      { scope: 'REGION', code: CHENGDU, province: '510000' },
      `select sum(adjustment)::text as adjustment from special_case_decision
       where treatment_region_code = $1 and outcome = 'APPROVED'`,
      [CHENGDU],
    );
    expect(sum.adjustment).toBe(
      (Math.round((40000 - Number(formula.provisionalAmount)) * 100) / 100).toFixed(2),
    );

    // the formula's payment stays as it was; the final payment is the decision's
    const view = await caseView('L1');
    expect(view.payment).toEqual(formula);
    expect(view.finalPayment).toEqual({
      source: 'SPECIAL_CASE',
      amount: '40000.00',
      patientShare: '14629.63',
      fundDue: '25370.37',
      decision: { outcome: 'APPROVED', finalAmount: '40000.00' },
    });
    // the insured region reads the same (联办)
    expect((await caseView('L1', zigong)).finalPayment?.fundDue).toBe('25370.37');
  });

  it('deciding twice, withdrawing a decided one, or applying again for the decided revision is a CONFLICT', async () => {
    const before = await reviewRowCounts(t);
    const twice = await decide(t, chengdu, {
      applicationId,
      outcome: 'REJECTED',
      reason: 'changed our mind',
    });
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(reasonOf(twice)).toBe('ALREADY_DECIDED');
    const withdraw = await send(t.url, WithdrawSpecialCaseDocument, { applicationId }, hospital);
    expect(codes(withdraw)).toEqual(['CONFLICT']);
    const reapply = await apply(t, hospital, await caseGlobalId(t, H1, 'L1'));
    expect(codes(reapply)).toEqual(['CONFLICT']);
    expect(reasonOf(reapply)).toBe('ALREADY_DECIDED');
    expect(await reviewRowCounts(t)).toEqual(before);
  });

  it('a newer revision is paid by the formula again; the decision stays on its revision; the new one may be applied for', async () => {
    await upload(t, hospital, [
      costly('L1', '2025-07-20', {
        fees: [
          { category: 'SURGERY', amount: '41000.00' },
          { category: 'DRUG_WESTERN', amount: '7765.43' },
        ],
      }),
    ]);
    const view = await caseView('L1');
    expect(view.currentRevision).toBe(2);
    expect(view.finalPayment).toMatchObject({ source: 'FORMULA', decision: null });
    expect(view.finalPayment?.amount).toBe(view.payment?.provisionalAmount);
    expect(view.revisions.map((r) => r.specialCaseDecision?.finalAmount ?? null)).toEqual([
      '40000.00',
      null,
    ]);
    expect(view.revisions[0].finalPayment).toMatchObject({
      source: 'SPECIAL_CASE',
      fundDue: '25370.37',
    });
    const second = dataWithoutErrors(await apply(t, hospital, await caseGlobalId(t, H1, 'L1')))
      .applySpecialCase.application;
    expect(second).toMatchObject({ status: 'PENDING', revision: 2 });
    expect(view.specialCaseApplications.totalCount).toBe(1);
    expect(
      (await caseView('L1')).specialCaseApplications.edges.map((e) => e.node.revision),
    ).toEqual([1, 2]);
  });

  it('fee for service pays the total cost: 48,765.43 − 14,629.63 = 34,135.80 due', async () => {
    const id = await applied(t, hospital, await caseGlobalId(t, H1, 'F1'));
    const decision = dataWithoutErrors(
      await decide(t, chengdu, {
        applicationId: id,
        outcome: 'APPROVED',
        payment: 'FEE_FOR_SERVICE',
      }),
    ).decideSpecialCase.application.decision!;
    expect(decision).toMatchObject({ finalAmount: '48765.43', fundDue: '34135.80', reason: null });
    expect((await caseView('F1')).finalPayment).toMatchObject({
      source: 'SPECIAL_CASE',
      amount: '48765.43',
      fundDue: '34135.80',
    });
  });
});

describe('withdrawal, rejection and a superseded revision', () => {
  it('the hospital withdraws while pending; a withdrawn application is neither withdrawn nor decided again', async () => {
    const id = await applied(t, hospital, await caseGlobalId(t, H1, 'W1'));
    expect(
      codes(await send(t.url, WithdrawSpecialCaseDocument, { applicationId: id }, chengdu)),
    ).toEqual(['FORBIDDEN']);
    const withdrawn = dataWithoutErrors(
      await send(t.url, WithdrawSpecialCaseDocument, { applicationId: id }, hospital),
    ).withdrawSpecialCase.application;
    expect(withdrawn.status).toBe('WITHDRAWN');
    const before = await reviewRowCounts(t);
    expect(
      codes(await send(t.url, WithdrawSpecialCaseDocument, { applicationId: id }, hospital)),
    ).toEqual(['CONFLICT']);
    const decided = await decide(t, chengdu, {
      applicationId: id,
      outcome: 'APPROVED',
      payment: 'FEE_FOR_SERVICE',
    });
    expect(codes(decided)).toEqual(['CONFLICT']);
    expect(reasonOf(decided)).toBe('ALREADY_CLOSED');
    expect(await reviewRowCounts(t)).toEqual(before);
  });

  it('after a withdrawal the hospital applies again; a rejection needs its reason and leaves the formula payment', async () => {
    const id = await applied(t, hospital, await caseGlobalId(t, H1, 'W1'));
    const before = await reviewRowCounts(t);
    const noReason = await decide(t, chengdu, { applicationId: id, outcome: 'REJECTED' });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    const withPayment = await decide(t, chengdu, {
      applicationId: id,
      outcome: 'REJECTED',
      reason: 'x',
      payment: 'FEE_FOR_SERVICE',
    });
    expect(codes(withPayment)).toEqual(['BAD_USER_INPUT']);
    expect(await reviewRowCounts(t)).toEqual(before);
    const rejected = dataWithoutErrors(
      await decide(t, chengdu, {
        applicationId: id,
        outcome: 'REJECTED',
        reason: 'Cost within the high-cost outlier payment',
      }),
    ).decideSpecialCase.application;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      decision: { outcome: 'REJECTED', finalAmount: null, fundDue: null, cap: null },
    });
    const view = await caseView('W1');
    expect(view.finalPayment).toMatchObject({ source: 'FORMULA', decision: null });
  });

  it('a pending application on a superseded revision is not decided: PRECONDITION_FAILED', async () => {
    const id = await applied(t, hospital, await caseGlobalId(t, H1, 'S1'));
    await upload(t, hospital, [
      costly('S1', '2025-08-04', { los: 8, patientPaid: '14629.63', plannedReadmission: true }),
    ]);
    const before = await reviewRowCounts(t);
    const result = await decide(t, chengdu, {
      applicationId: id,
      outcome: 'APPROVED',
      payment: 'FEE_FOR_SERVICE',
    });
    expect(codes(result)).toEqual(['PRECONDITION_FAILED']);
    expect(reasonOf(result)).toBe('REVISION_SUPERSEDED');
    expect(await reviewRowCounts(t)).toEqual(before);
  });
});

describe('bad input: a coded error and nothing written', () => {
  it('refuses unknown and other hospitals’ cases, oversized or NUL reasons, bad amounts and wrong roles', async () => {
    const caseId = await caseGlobalId(t, H1, 'X1');
    const before = await reviewRowCounts(t);
    const applyWith = (input: Record<string, unknown>, token = hospital) =>
      send(
        t.url,
        ApplySpecialCaseDocument,
        { input: { caseId, category: 'HIGH_COST', reason: 'r', ...input } as never },
        token,
      );
    const unknownCase = await applyWith({
      caseId: toGlobalId('SettlementCase', '510000:00000000-0000-4000-8000-000000000000'),
    });
    expect(codes(unknownCase)).toEqual(['NOT_FOUND']);
    expect(codes(await applyWith({ caseId: 'not-an-id' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await applyWith({}, otherHospital))).toEqual(['NOT_FOUND']);
    expect(codes(await applyWith({ reason: 'x'.repeat(2001) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await applyWith({ reason: 'a\u0000b' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await applyWith({ claimedAmount: '-1.00' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await applyWith({ claimedAmount: '48765.44' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await applyWith({ category: 'SOMETHING' }))).toEqual(['BAD_USER_INPUT']);
    // wrong roles: no ADMIN role, a region applying
    expect(codes(await applyWith({}, await t.token(Scope.HOSPITAL, H1, [])))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await applyWith({}, chengdu))).toEqual(['FORBIDDEN']);
    expect(await reviewRowCounts(t)).toEqual(before);

    // decisions: negative, zero, over the total, sub-fen amounts; an approval without payment
    const id = await applied(t, hospital, caseId);
    const after = await reviewRowCounts(t);
    expect(after.applications).toBe(before.applications + 1);
    for (const amount of ['-100.00', '0', '48765.44', '100.001']) {
      const result = await decide(t, chengdu, {
        applicationId: id,
        outcome: 'APPROVED',
        payment: 'ADJUSTED_AMOUNT',
        amount,
      });
      expect({ amount, codes: codes(result) }).toEqual({ amount, codes: ['BAD_USER_INPUT'] });
    }
    expect(codes(await decide(t, chengdu, { applicationId: id, outcome: 'APPROVED' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(
        await decide(t, chengdu, {
          applicationId: id,
          outcome: 'APPROVED',
          payment: 'FEE_FOR_SERVICE',
          amount: '100.00',
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await decide(t, await t.token(Scope.REGION, CHENGDU, []), {
          applicationId: id,
          outcome: 'APPROVED',
          payment: 'FEE_FOR_SERVICE',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await reviewRowCounts(t)).toEqual(after);
    const [row] = await t.asOwner<{ status: string }>(
      "select status from special_case_application where province_code = '510000' and id = $1",
      [fromGlobalId(id).key.split(':')[1]],
    );
    expect(row.status).toBe('PENDING');
  });
});

describe('the cap (特例单议比例上限)', () => {
  it('at the limit an approval passes; one over is refused with used and allowed', async () => {
    // Q4 2025: 37 cases of H2 and 3 of H1 = 40 cases; 5% allows 2 approvals
    await upload(t, chengdu, fillers('Q4', '2025-10-10', 37));
    await upload(t, hospital, [
      costly('K1', '2025-11-01'),
      costly('K2', '2025-11-02'),
      costly('K3', '2025-11-03'),
    ]);
    const ids: string[] = [];
    for (const k of ['K1', 'K2', 'K3'])
      ids.push(await applied(t, hospital, await caseGlobalId(t, H1, k)));
    const approve = (applicationId: string) =>
      decide(t, chengdu, { applicationId, outcome: 'APPROVED', payment: 'FEE_FOR_SERVICE' });
    expect(
      dataWithoutErrors(await approve(ids[0])).decideSpecialCase.application.decision!.cap,
    ).toMatchObject({
      caseCount: 40,
      allowed: 2,
      used: 0,
    });
    // the second is exactly at the limit
    expect(
      dataWithoutErrors(await approve(ids[1])).decideSpecialCase.application.decision!.cap,
    ).toMatchObject({
      allowed: 2,
      used: 1,
    });
    const before = await reviewRowCounts(t);
    const over = await approve(ids[2]);
    expect(codes(over)).toEqual(['PRECONDITION_FAILED']);
    expect(over.errors![0].extensions).toMatchObject({
      reason: 'SPECIAL_CASE_CAP_EXCEEDED',
      used: 2,
      allowed: 2,
      caseCount: 40,
      scope: 'REGION',
      periodFrom: '2025-10-01',
      periodTo: '2026-01-01',
    });
    expect(await reviewRowCounts(t)).toEqual(before);
    // still pending, and a rejection is not capped
    const rejected = dataWithoutErrors(
      await decide(t, chengdu, {
        applicationId: ids[2],
        outcome: 'REJECTED',
        reason: 'Cap reached',
      }),
    ).decideSpecialCase.application;
    expect(rejected.status).toBe('REJECTED');
  });

  it('two approvals racing for the last place: exactly one passes', async () => {
    // Q4 again (Chengdu's demo standard prices its 2025 catalog from July to December only):
    // 20 more cases make 62, so 5% allows 3; two are used above, one place is left
    await upload(t, chengdu, fillers('Q4B', '2025-10-12', 20));
    await upload(t, hospital, [costly('R1', '2025-11-10'), costly('R2', '2025-11-11')]);
    const ids = [
      await applied(t, hospital, await caseGlobalId(t, H1, 'R1')),
      await applied(t, hospital, await caseGlobalId(t, H1, 'R2')),
    ];
    // hold the region's cap lock from outside, so both requests are in flight together and
    // both have read everything they read before the lock; then let them go at once
    const holder = new Client({ connectionString: t.db.ownerUrl });
    await holder.connect();
    try {
      await holder.query(`select pg_advisory_lock(hashtext('special_case_cap'), hashtext($1))`, [
        `510000:${CHENGDU}`,
      ]);
      const racing = ids.map((applicationId) =>
        decide(t, chengdu, { applicationId, outcome: 'APPROVED', payment: 'FEE_FOR_SERVICE' }),
      );
      // both wait on the lock
      let waiting = 0;
      for (let i = 0; i < 100 && waiting < 2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [{ waiting }] = await t.asOwner<{ waiting: number }>(
          `select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted`,
        );
      }
      expect(waiting).toBe(2);
      await holder.query(`select pg_advisory_unlock(hashtext('special_case_cap'), hashtext($1))`, [
        `510000:${CHENGDU}`,
      ]);
      const results = await Promise.all(racing);
      const outcomes = results
        .map((r) => (r.errors ? r.errors[0].extensions?.reason : 'APPROVED'))
        .sort();
      expect(outcomes).toEqual(['APPROVED', 'SPECIAL_CASE_CAP_EXCEEDED']);
    } finally {
      await holder.end();
    }
    const [{ approved }] = await t.asOwner<{ approved: number }>(
      `select count(*)::int as approved from special_case_decision
       where treatment_region_code = $1 and outcome = 'APPROVED'
         and discharge_date >= '2025-10-01' and discharge_date < '2026-01-01'`,
      [CHENGDU],
    );
    expect(approved).toBe(3);
  });
});

describe('two applications at once', () => {
  it('for the same case: one is stored, the other is a CONFLICT', async () => {
    await upload(t, hospital, [costly('A1', '2025-09-01')]);
    const caseId = await caseGlobalId(t, H1, 'A1');
    const before = await reviewRowCounts(t);
    const results = await Promise.all([apply(t, hospital, caseId), apply(t, hospital, caseId)]);
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'STORED')).sort()).toEqual([
      'CONFLICT',
      'STORED',
    ]);
    expect((await reviewRowCounts(t)).applications).toBe(before.applications + 1);
  });
});

describe('the database guards the transitions (defence beyond the service)', () => {
  const sichuan = (scope: string, code: string) => ({ scope, code, province: '510000' });
  let key: string;

  beforeAll(async () => {
    await upload(t, hospital, [costly('G1', '2025-09-02')]);
    key = fromGlobalId(await applied(t, hospital, await caseGlobalId(t, H1, 'G1'))).key.split(
      ':',
    )[1];
  });

  it('the hospital cannot approve its own application, nor change what it applied for', async () => {
    await expect(
      t.asApp(
        sichuan('HOSPITAL', H1),
        "update special_case_application set status = 'APPROVED', closed_at = now() where id = $1",
        [key],
      ),
    ).rejects.toMatchObject({ hint: 'INVALID_TRANSITION' });
    await expect(
      t.asApp(
        sichuan('HOSPITAL', H1),
        "update special_case_application set reason = 'changed' where id = $1",
        [key],
      ),
    ).rejects.toMatchObject({ hint: 'APPLICATION_IMMUTABLE' });
  });

  it('the region cannot decide without a decision row, nor the hospital insert one', async () => {
    await expect(
      t.asApp(
        sichuan('REGION', CHENGDU),
        "update special_case_application set status = 'APPROVED', closed_at = now() where id = $1",
        [key],
      ),
    ).rejects.toMatchObject({ hint: 'DECISION_MISSING' });
    await expect(
      t.asApp(
        sichuan('HOSPITAL', H1),
        `insert into special_case_decision (province_code, application_id, case_id, revision_id,
           hospital_code, treatment_region_code, insured_region_code, discharge_date, outcome,
           reason, total_cost, patient_share)
         select province_code, id, case_id, revision_id, hospital_code, treatment_region_code,
           insured_region_code, discharge_date, 'REJECTED', 'self-service', 1, 0
         from special_case_application where id = $1`,
        [key],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    const [row] = await t.asOwner<{ status: string }>(
      'select status from special_case_application where id = $1',
      [key],
    );
    expect(row.status).toBe('PENDING');
  });
});

describe('lists', () => {
  it('filters by status, category and discharge period under the region, the hospital and at the root', async () => {
    const region = async (filter: Record<string, unknown>) =>
      dataWithoutErrors(
        await send(
          t.url,
          RegionSpecialCaseApplicationsDocument,
          { code: CHENGDU, filter: filter as never },
          chengdu,
        ),
      ).poolingRegion!;
    const q4 = await region({ dischargedFrom: '2025-10-01', dischargedTo: '2025-12-31' });
    expect(q4.treatedSpecialCaseApplications.totalCount).toBe(5);
    expect(q4.insuredSpecialCaseApplications.totalCount).toBe(0); // H1's patients are insured in Zigong
    expect(
      (await region({ status: 'APPROVED', dischargedFrom: '2025-10-01' }))
        .treatedSpecialCaseApplications.totalCount,
    ).toBe(3);
    expect(
      (await region({ category: 'NEW_TECHNOLOGY' })).treatedSpecialCaseApplications.totalCount,
    ).toBe(1);
    const asZigong = dataWithoutErrors(
      await send(
        t.url,
        RegionSpecialCaseApplicationsDocument,
        { code: ZIGONG, filter: {} },
        zigong,
      ),
    ).poolingRegion!;
    const all = (await region({})).treatedSpecialCaseApplications.totalCount;
    expect(asZigong.insuredSpecialCaseApplications.totalCount).toBe(all);
    // H2 applied for nothing; H1 sees all of its own, and the root list agrees
    const h2 = dataWithoutErrors(
      await send(
        t.url,
        HospitalSpecialCaseApplicationsDocument,
        { code: H2, filter: {} },
        otherHospital,
      ),
    ).hospital!;
    expect(h2.specialCaseApplications.totalCount).toBe(0);
    const root = dataWithoutErrors(
      await send(
        t.url,
        SpecialCaseApplicationsDocument,
        { filter: { status: 'PENDING' }, first: 100 },
        hospital,
      ),
    ).specialCaseApplications;
    expect(root.edges.every((e) => e.node.status === 'PENDING' && e.node.hospitalCode === H1)).toBe(
      true,
    );
    expect(root.totalCount).toBeGreaterThanOrEqual(2); // L1 revision 2, S1, X1
  });
});
