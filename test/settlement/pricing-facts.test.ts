import Decimal from 'decimal.js';
import {
  CasePaymentDocument,
  DeriveCatalogVersionDocument,
  PublishCatalogVersionDocument,
  CreatePaymentStandardDocument,
  PublishPaymentStandardDocument,
  SetPaymentStandardParametersDocument,
  SetPaymentStandardRowsDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { toGlobalId } from '../../src/graphql/relay';
import { CHENGDU, H1, H2, ZIGONG_HOSPITAL, validList } from '../case/support';
import { codes, dataWithoutErrors, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * The facts pricing at ingest takes beyond the list's totals: the earlier stay of a readmission
 * (再入院), bilateral surgery (双侧手术), the cost of approved new-technology items paid beside
 * the standard (STANDARD_PLUS_ITEMS) and the DIP auxiliary factor (辅助目录). Every expected figure is worked by hand in the comment
 * above it from the demo catalog's cholecystectomy group (pinned in `beforeAll`) and the
 * standard below (DOMAIN-FORMULAS §3), not taken from priceCase.
 *
 * Standard (成都, DRG point method, from 2025-07-01): point value 100 (employee), H1 coefficient
 * 0.9, H2 1.0, ratio against the group average, high at ≥ 3, low at ≤ 0.4; readmission within 15
 * days with the same DRG paid the earlier stay's points × 0.5; bilateral surgery × 1.5; the
 * approved drug XDRUG001 paid beside the standard. From 2025-09-01 the same standard with the
 * cholecystectomy group exempt from the readmission rule.
 */
let t: TestApp;
let h1: string;
let h2: string;
let region: string;
let catalogVersionId: string;

/** The demo catalog's figures for the group every list here falls in. */
const GROUP = { code: 'HC29', weight: '1.9855', averageCost: '23428.90' };
// base points: RW 1.9855 × 100 = 198.55
// H1 normal: 198.55 × 0.9 = 178.695 points × 100 = 17,869.50
// H2 normal: 198.55 × 1.0 = 198.55 points × 100 = 19,855.00
// patient share at the group average: 23,428.90 × 0.3 = 7,028.67

const submit = (token: string, input: SettlementListInput[]) =>
  send(t.url, SubmitSettlementListsDocument, { input }, token);

/** A list costing `cost`, 30 % paid by the patient (as §8), of `person`, admitted and discharged on the days given. */
function stay(
  person: string,
  admitted: string,
  discharged: string,
  overrides: Partial<SettlementListInput> = {},
  cost = new Decimal(GROUP.averageCost),
): SettlementListInput {
  const total = cost.toFixed(2);
  const patient = cost.times('0.3').toDecimalPlaces(2).toFixed(2);
  const los = (Date.parse(discharged) - Date.parse(admitted)) / 86_400_000;
  return validList({
    insuredPersonId: person,
    insuredRegionCode: CHENGDU,
    // admitted 10:00, discharged 11:00, operated 13:00 on the day of admission (China time)
    admittedAt: `${admitted}T02:00:00.000Z`,
    dischargedAt: `${discharged}T03:00:00.000Z`,
    los,
    settlementFrom: admitted,
    settlementTo: discharged,
    procedures: [{ code: '51.2200', name: '胆囊切除术', performedAt: `${admitted}T05:00:00.000Z` }],
    fees: [{ category: 'SURGERY', amount: total }],
    totalCost: total,
    fundPayments: [{ fund: 'POOLING', amount: cost.minus(patient).toFixed(2) }],
    patientPaid: patient,
    ...overrides,
  });
}

async function paymentOf(hospitalCode: string, settlementId: string, token: string) {
  const data = dataWithoutErrors(
    await send(t.url, CasePaymentDocument, { hospitalCode, settlementId }, token),
  );
  return data.settlementCase!;
}

async function publish(label: string, effectiveFrom: string, exempt: string[]): Promise<void> {
  const id = dataWithoutErrors(
    await send(
      t.url,
      CreatePaymentStandardDocument,
      {
        input: {
          method: 'DRG_POINTS',
          name: `成都市DRG点数法支付标准（计价事实测试 ${label}）`,
          versionLabel: label,
          year: 2025,
          effectiveFrom,
          catalogVersionId: toGlobalId('CatalogVersion', catalogVersionId),
        },
      },
      region,
    ),
  ).createPaymentStandard.paymentStandard.id;
  dataWithoutErrors(
    await send(
      t.url,
      SetPaymentStandardParametersDocument,
      {
        id,
        parameters: {
          method: 'DRG_POINTS',
          pointValueEmployee: '100',
          pointValueResident: '80',
          highThresholdBasis: 'FIXED',
          highRatio: '3',
          lowRatio: '0.4',
          highFormula: 'BASE_PLUS_EXCESS',
          lowFormula: 'BASE_TIMES_RATIO',
          comparator: 'GROUP_AVERAGE',
          defaultCoefficient: '1',
          outOfRegionMode: 'LOCAL_STANDARD',
          readmissionWindowDays: 15,
          readmissionFactor: '0.5',
          readmissionExemptGroups: exempt,
          bilateralSurgeryCoefficient: '1.5',
          exclusionPayment: 'STANDARD_PLUS_ITEMS',
          specialCaseCapScope: 'REGION',
          specialCaseCapShare: '0.05',
          specialCaseCapPeriod: 'QUARTER',
        },
      },
      region,
    ),
  );
  dataWithoutErrors(
    await send(
      t.url,
      SetPaymentStandardRowsDocument,
      {
        input: {
          id,
          coefficients: [
            { hospitalCode: H1, coefficient: '0.9' },
            { hospitalCode: H2, coefficient: '1.0' },
          ],
          exclusionItems: [
            { itemKind: 'DRUG', code: 'XDRUG001', name: '某新药', effectiveFrom: '2025-01-01' },
          ],
        },
      },
      region,
    ),
  );
  dataWithoutErrors(await send(t.url, PublishPaymentStandardDocument, { id }, region));
}

beforeAll(async () => {
  t = await startTestApp();
  h1 = await t.token(Scope.HOSPITAL, H1);
  h2 = await t.token(Scope.HOSPITAL, H2);
  region = await t.token(Scope.REGION, CHENGDU);
  const [demo] = await t.asOwner<{ catalog_version_id: string }>(
    `select catalog_version_id from payment_standard
     where owner_code = $1 and status = 'PUBLISHED' and method = 'DRG_POINTS'`,
    [CHENGDU],
  );
  catalogVersionId = demo.catalog_version_id;
  // the figures every hand-worked example below uses: the group and its catalog row
  const probe = stay('P-PROBE', '2025-06-01', '2025-06-08');
  dataWithoutErrors(await submit(h1, [probe]));
  const code = (await paymentOf(H1, probe.settlementId, h1)).current.grouping.drgCode;
  const [row] = await t.asOwner<{ weight: string; average_cost: string }>(
    'select weight::text, average_cost::text from drg_group where version_id = $1 and code = $2',
    [catalogVersionId, code],
  );
  expect({ code, weight: row.weight, averageCost: row.average_cost }).toEqual(GROUP);
  await publish('2025.7-facts', '2025-07-01', []);
  await publish('2025.9-facts', '2025-09-01', [GROUP.code]);
});
afterAll(() => t.stop());

describe('readmission at ingest (再入院: earlier points × 0.5 within 15 days, same DRG, same region)', () => {
  it('pays the earlier stay at another hospital of the region × the factor, whoever uploads', async () => {
    const earlier = stay('P-READMIT-A', '2025-07-01', '2025-07-08', { hospitalCode: H2 });
    dataWithoutErrors(await submit(h2, [earlier]));
    // earlier stay at H2: 198.55 × 1.0 = 198.55 points
    expect((await paymentOf(H2, earlier.settlementId, h2)).payment?.points).toBe('198.55');
    // H1 cannot read H2's case (the co-owned policy) — yet its readmission is priced from it
    const hidden = await send(
      t.url,
      CasePaymentDocument,
      { hospitalCode: H2, settlementId: earlier.settlementId },
      h1,
    );
    expect(hidden.data?.settlementCase ?? null).toBeNull();

    // admitted 2025-07-20, 12 days after the 2025-07-08 discharge: within 15 days, same DRG
    const later = stay('P-READMIT-A', '2025-07-20', '2025-07-28');
    dataWithoutErrors(await submit(h1, [later]));
    const { payment } = await paymentOf(H1, later.settlementId, h1);
    // 198.55 × 0.5 = 99.275 points × 100 = 9,927.50; fund due 9,927.50 − 7,028.67 = 2,898.83
    expect(payment).toMatchObject({
      caseClass: 'NORMAL',
      rule: 'READMISSION',
      points: '99.275',
      provisionalAmount: '9927.50',
      patientShare: '7028.67',
      fundDue: '2898.83',
      flags: ['READMISSION'],
      coefficients: [
        { kind: 'READMISSION', value: '0.5', source: 'earlier stay discharged 2025-07-08' },
      ],
    });
  });

  it('answers the earlier-stay lookup only to writers of the region’s cases', async () => {
    const [{ person_pseudonym: pseudonym }] = await t.asOwner<{ person_pseudonym: string }>(
      `select person_pseudonym from settlement_case where hospital_code = $1 and person_pseudonym in
         (select person_pseudonym from settlement_case group by 1 having count(*) = 2) limit 1`,
      [H2],
    );
    const lookup = (settings: { scope: string; code: string; province: string }) =>
      t.asApp<{ value: string }>(
        settings,
        `select value::text from case_earlier_stays(array[$1], array['510100'],
           array['2025-07-20T02:00:00Z'::timestamptz], array[$2], array['DRG_POINTS'],
           array[gen_random_uuid()], array['${H1}'], array['ANOTHER-STAY'])`,
        [pseudonym, GROUP.code],
      );
    // positive controls: a hospital of the region, and the region itself
    expect(await lookup({ scope: 'HOSPITAL', code: H1, province: '510000' })).toEqual([
      { value: '198.55' },
    ]);
    expect(await lookup({ scope: 'REGION', code: CHENGDU, province: '510000' })).toHaveLength(1);
    // read-only or other-region principals learn nothing
    for (const settings of [
      { scope: 'PROVINCE', code: '510000', province: '510000' },
      { scope: 'NATIONAL', code: '', province: '' },
      { scope: 'REGION', code: '510300', province: '510000' },
      { scope: 'HOSPITAL', code: ZIGONG_HOSPITAL, province: '510000' },
      { scope: 'HOSPITAL', code: H1, province: '520000' },
    ])
      expect([settings, await lookup(settings)]).toEqual([settings, []]);
  });

  it('does not apply outside the window, to a planned readmission or across regions', async () => {
    // discharged 2025-07-01, admitted 2025-07-20: 19 days > 15
    const far = stay('P-READMIT-B', '2025-06-24', '2025-07-01');
    // the earlier stay planned the return (31-day planned-readmission flag)
    const planned = stay('P-READMIT-C', '2025-07-01', '2025-07-08', { plannedReadmission: true });
    dataWithoutErrors(await submit(h1, [far, planned]));
    // the earlier stay in Zigong (510300, its own demo standard): another treatment region
    const zigong = stay('P-READMIT-D', '2025-07-01', '2025-07-08', {
      hospitalCode: ZIGONG_HOSPITAL,
    });
    const zigongToken = await t.token(Scope.HOSPITAL, ZIGONG_HOSPITAL);
    dataWithoutErrors(await submit(zigongToken, [zigong]));
    // positive control: the Zigong stay is priced, in the same DRG
    const zigongPaid = await paymentOf(ZIGONG_HOSPITAL, zigong.settlementId, zigongToken);
    expect(zigongPaid.payment?.groupCode).toBe(GROUP.code);
    expect(zigongPaid.payment?.points).not.toBeNull();

    const laters = ['P-READMIT-B', 'P-READMIT-C', 'P-READMIT-D'].map((person) =>
      stay(person, '2025-07-20', '2025-07-28'),
    );
    dataWithoutErrors(await submit(h1, laters));
    for (const later of laters) {
      const { payment } = await paymentOf(H1, later.settlementId, h1);
      // each a NORMAL H1 case: 178.695 points × 100 = 17,869.50
      expect([later.insuredPersonId, payment?.rule, payment?.provisionalAmount]).toEqual([
        later.insuredPersonId,
        'STANDARD',
        '17869.50',
      ]);
    }
  });

  it('does not apply to an exempt group (the September standard exempts it)', async () => {
    const earlier = stay('P-READMIT-E', '2025-09-01', '2025-09-05');
    const later = stay('P-READMIT-E', '2025-09-10', '2025-09-15');
    dataWithoutErrors(await submit(h1, [earlier]));
    dataWithoutErrors(await submit(h1, [later]));
    const { payment } = await paymentOf(H1, later.settlementId, h1);
    // 5 days apart, same DRG, but exempt: NORMAL, 178.695 × 100 = 17,869.50
    expect([payment?.rule, payment?.provisionalAmount, payment?.flags]).toEqual([
      'STANDARD',
      '17869.50',
      [],
    ]);
  });

  it('finds the earlier stay in the same upload, whatever the order of the lists', async () => {
    const earlier = stay('P-READMIT-F', '2025-07-01', '2025-07-08');
    const later = stay('P-READMIT-F', '2025-07-15', '2025-07-22');
    // the later stay first: pricing goes in discharge order
    dataWithoutErrors(await submit(h1, [later, earlier]));
    expect((await paymentOf(H1, earlier.settlementId, h1)).payment?.points).toBe('178.695');
    const { payment } = await paymentOf(H1, later.settlementId, h1);
    // 178.695 × 0.5 = 89.3475 points × 100 = 8,934.75
    expect([payment?.rule, payment?.points, payment?.provisionalAmount]).toEqual([
      'READMISSION',
      '89.3475',
      '8934.75',
    ]);
  });

  it('keeps a readmission priced from the earlier stay as it was, until the later stay is revised', async () => {
    const earlier = stay('P-READMIT-G', '2025-07-01', '2025-07-08');
    const later = stay('P-READMIT-G', '2025-07-15', '2025-07-22');
    dataWithoutErrors(await submit(h1, [earlier, later]));
    // the earlier stay revised to a low-cost case: cost 4,685.78 = 0.2 × the group average
    // → ratio 0.2 ≤ 0.4: 198.55 × 0.2 × 0.9 = 35.739 points
    const revised = stay(
      'P-READMIT-G',
      '2025-07-01',
      '2025-07-08',
      { settlementId: earlier.settlementId, stayId: earlier.stayId },
      new Decimal('4685.78'),
    );
    dataWithoutErrors(await submit(h1, [revised]));
    const earlierPaid = (await paymentOf(H1, earlier.settlementId, h1)).payment!;
    expect([earlierPaid.caseClass, earlierPaid.points]).toEqual(['LOW', '35.739']);
    // the later stay's payment is the one it was priced with: 89.3475 points
    expect((await paymentOf(H1, later.settlementId, h1)).payment?.points).toBe('89.3475');
    // its own new revision is priced from the earlier stay's current payment
    const laterRevised = stay(
      'P-READMIT-G',
      '2025-07-15',
      '2025-07-22',
      { settlementId: later.settlementId, stayId: later.stayId },
      new Decimal('23428.91'),
    );
    dataWithoutErrors(await submit(h1, [laterRevised]));
    const { payment } = await paymentOf(H1, later.settlementId, h1);
    // the earlier stay's current payment: 35.739 × 0.5 = 17.8695 points × 100 = 1,786.95
    expect([payment?.points, payment?.provisionalAmount]).toEqual(['17.8695', '1786.95']);
    expect(payment?.rule).toBe('READMISSION');
  });
});

describe('bilateral surgery (双侧手术)', () => {
  it('multiplies the standard by the bilateral-surgery coefficient', async () => {
    const base = stay('P-BILATERAL', '2025-07-20', '2025-07-28');
    const list = {
      ...base,
      procedures: [{ ...base.procedures![0], bilateral: true }],
    };
    dataWithoutErrors(await submit(h1, [list]));
    const read = await paymentOf(H1, list.settlementId, h1);
    // 198.55 × 0.9 × 1.5 = 268.0425 points × 100 = 26,804.25
    expect(read.payment).toMatchObject({
      rule: 'STANDARD',
      points: '268.0425',
      provisionalAmount: '26804.25',
      coefficients: [
        { kind: 'INSTITUTION', value: '0.9' },
        { kind: 'BILATERAL_SURGERY', value: '1.5', source: 'bilateral-surgery coefficient' },
      ],
    });
  });

  it('does not apply to a procedure not marked bilateral; false hashes like absent', async () => {
    const list = stay('P-UNILATERAL', '2025-07-20', '2025-07-28');
    const first = dataWithoutErrors(await submit(h1, [list])).submitSettlementLists;
    expect(first.accepted).toBe(1);
    // 178.695 × 100 = 17,869.50, no bilateral coefficient
    expect((await paymentOf(H1, list.settlementId, h1)).payment?.provisionalAmount).toBe(
      '17869.50',
    );
    // the same list saying bilateral: false is the same content: UNCHANGED, no new revision
    const again = dataWithoutErrors(
      await submit(h1, [{ ...list, procedures: [{ ...list.procedures![0], bilateral: false }] }]),
    ).submitSettlementLists;
    expect(again.results[0].status).toBe('UNCHANGED');
  });
});

describe('new-technology items paid beside the standard (STANDARD_PLUS_ITEMS)', () => {
  it('prices the rest of the case as usual and adds the items’ cost', async () => {
    // cost 26,428.90 = the group average + 3,000.00 of the approved drug
    const list = stay(
      'P-ITEMS-A',
      '2025-07-20',
      '2025-07-28',
      { specialItems: [{ kind: 'DRUG', code: 'XDRUG001', amount: '3000.00' }] },
      new Decimal('26428.90'),
    );
    dataWithoutErrors(await submit(h1, [list]));
    const { payment } = await paymentOf(H1, list.settlementId, h1);
    // the rest: 26,428.90 − 3,000 = 23,428.90 → ratio 1: 178.695 points × 100 = 17,869.50;
    // + 3,000.00 = 20,869.50; patient 26,428.90 × 0.3 = 7,928.67; fund due 12,940.83
    expect(payment).toMatchObject({
      caseClass: 'NORMAL',
      ratio: '1',
      points: '178.695',
      provisionalAmount: '20869.50',
      fundDue: '12940.83',
      flags: ['NEW_TECHNOLOGY_ITEMS'],
    });
  });

  it('leaves a case unpriced when an approved item has no cost; an item not approved needs none', async () => {
    const unknown = stay('P-ITEMS-B', '2025-07-20', '2025-07-28', {
      specialItems: [{ kind: 'DRUG', code: 'XDRUG001' }],
    });
    const notListed = stay('P-ITEMS-C', '2025-07-20', '2025-07-28', {
      specialItems: [{ kind: 'DEVICE', code: 'NOTLISTED' }],
    });
    dataWithoutErrors(await submit(h1, [unknown, notListed]));
    const a = await paymentOf(H1, unknown.settlementId, h1);
    expect(a.payment).toBeNull();
    expect(a.paymentIssue?.code).toBe('ITEM_COSTS_UNKNOWN');
    // not on the exclusion list: a NORMAL case, 17,869.50
    const b = await paymentOf(H1, notListed.settlementId, h1);
    expect([b.payment?.rule, b.payment?.provisionalAmount]).toEqual(['STANDARD', '17869.50']);
  });

  it('rejects negative item costs, items above the total and more than 2 decimals; writes nothing', async () => {
    const before = await t.asOwner<{ n: number }>(
      'select (select count(*) from case_revision)::int + (select count(*) from case_payment)::int as n',
    );
    const lists = [
      // −1.00: negative (3006)
      stay('P-ITEMS-D', '2025-07-20', '2025-07-28', {
        specialItems: [{ kind: 'DRUG', code: 'XDRUG001', amount: '-1.00' }],
      }),
      // 20,000 + 5,000 = 25,000 > the total 23,428.90 (3006)
      stay('P-ITEMS-E', '2025-07-20', '2025-07-28', {
        specialItems: [
          { kind: 'DRUG', code: 'XDRUG001', amount: '20000.00' },
          { kind: 'DEVICE', code: 'NOTLISTED', amount: '5000.00' },
        ],
      }),
      // three decimals (2006)
      stay('P-ITEMS-F', '2025-07-20', '2025-07-28', {
        specialItems: [{ kind: 'DRUG', code: 'XDRUG001', amount: '10.005' }],
      }),
    ];
    const result = dataWithoutErrors(await submit(h1, lists)).submitSettlementLists;
    expect(result.results.map((r) => [r.status, r.issues.map((i) => [i.code, i.field])])).toEqual([
      ['REJECTED', [['3006', 'specialItems[0].amount']]],
      ['REJECTED', [['3006', 'specialItems']]],
      ['REJECTED', [['2006', 'specialItems[0].amount']]],
    ]);
    // a malformed Decimal or a bilateral flag that is not a boolean: the request is refused
    for (const bad of [
      { ...lists[0], specialItems: [{ kind: 'DRUG', code: 'XDRUG001', amount: '1,000' }] },
      { ...lists[0], procedures: [{ code: '51.2200', bilateral: 'yes' }] },
    ]) {
      const refused = await send(
        t.url,
        SubmitSettlementListsDocument,
        { input: [bad as SettlementListInput] },
        h1,
      );
      expect(codes(refused)).toContain('BAD_USER_INPUT');
    }
    const after = await t.asOwner<{ n: number }>(
      'select (select count(*) from case_revision)::int + (select count(*) from case_payment)::int as n',
    );
    expect(after).toEqual(before);
  });
});

describe('DIP auxiliary factor (辅助目录) at ingest', () => {
  // the DIP region of the demo, its first hospital, and a standard of its own over the demo DIP
  // catalog: point value 100, the hospital's coefficient 0.95, ratio against the group average
  const DIP_REGION = '510500';
  const DIP_HOSPITAL = 'H51050000001';
  let dipHospital: string;

  beforeAll(async () => {
    const dipRegion = await t.token(Scope.REGION, DIP_REGION);
    dipHospital = await t.token(Scope.HOSPITAL, DIP_HOSPITAL);
    const [demo] = await t.asOwner<{ catalog_version_id: string }>(
      `select catalog_version_id from payment_standard
       where owner_code = $1 and status = 'PUBLISHED' and method = 'DIP_SCORE'`,
      [DIP_REGION],
    );
    // the region's own DIP catalog (derived from the national demo one), so its cases group —
    // and are paid — by DIP rather than by the province's DRG catalog
    const derived = dataWithoutErrors(
      await send(
        t.url,
        DeriveCatalogVersionDocument,
        {
          input: {
            parentId: toGlobalId('CatalogVersion', demo.catalog_version_id),
            name: 'DIP病种目录（辅助目录测试）',
            versionLabel: '2025.7-aux',
            effectiveFrom: '2025-07-01',
          },
        },
        dipRegion,
      ),
    ).deriveCatalogVersion.catalogVersion.id;
    dataWithoutErrors(await send(t.url, PublishCatalogVersionDocument, { id: derived }, dipRegion));
    const id = dataWithoutErrors(
      await send(
        t.url,
        CreatePaymentStandardDocument,
        {
          input: {
            method: 'DIP_SCORE',
            name: 'DIP分值付费支付标准（辅助目录测试）',
            versionLabel: '2025.7-aux',
            year: 2025,
            effectiveFrom: '2025-07-01',
            catalogVersionId: derived,
          },
        },
        dipRegion,
      ),
    ).createPaymentStandard.paymentStandard.id;
    dataWithoutErrors(
      await send(
        t.url,
        SetPaymentStandardParametersDocument,
        {
          id,
          parameters: {
            method: 'DIP_SCORE',
            pointValueEmployee: '100',
            pointValueResident: '80',
            highThresholdBasis: 'FIXED',
            highRatio: '2',
            lowRatio: '0.5',
            highFormula: 'EXCESS_MULTIPLE',
            lowFormula: 'BASE_TIMES_RATIO',
            comparator: 'GROUP_AVERAGE',
            defaultCoefficient: '1',
            outOfRegionMode: 'LOCAL_STANDARD',
            specialCaseCapScope: 'REGION',
            specialCaseCapShare: '0.005',
            specialCaseCapPeriod: 'QUARTER',
          },
        },
        dipRegion,
      ),
    );
    dataWithoutErrors(
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        { input: { id, coefficients: [{ hospitalCode: DIP_HOSPITAL, coefficient: '0.95' }] } },
        dipRegion,
      ),
    );
    dataWithoutErrors(await send(t.url, PublishPaymentStandardDocument, { id }, dipRegion));
  });

  /** A bile-duct stone without other diagnoses (no CC/MCC) costing the group average 8,000. */
  const dipStay = (person: string, overrides: Partial<SettlementListInput>) =>
    stay(
      person,
      '2025-07-20',
      '2025-07-28',
      {
        hospitalCode: DIP_HOSPITAL,
        insuredRegionCode: DIP_REGION,
        diagnoses: [{ code: 'K80.501', name: '胆总管结石', admissionCondition: 1 }],
        ...overrides,
      },
      new Decimal('8000'),
    );

  it('multiplies the score by the largest matching factor: age ≥ 80 (1.06), death (1.2)', async () => {
    const old = dipStay('P-DIP-AGE', { age: 85 });
    const died = dipStay('P-DIP-DEATH', { age: 85, dischargeWay: 5 });
    dataWithoutErrors(await submit(dipHospital, [old, died]));
    const a = (await paymentOf(DIP_HOSPITAL, old.settlementId, dipHospital)).payment;
    // DC-K80.5-00 (conservative, score 80, average 8,000), ratio 1:
    // 80 × 0.95 × 1.06 = 80.56 points × 100 = 8,056.00; patient 2,400.00; fund due 5,656.00
    expect(a).toMatchObject({
      method: 'DIP_SCORE',
      groupCode: 'DC-K80.5-00',
      caseClass: 'NORMAL',
      points: '80.56',
      provisionalAmount: '8056.00',
      fundDue: '5656.00',
      coefficients: [
        { kind: 'INSTITUTION', value: '0.95' },
        { kind: 'AUX_FACTOR', value: '1.06', source: 'auxiliary catalog' },
      ],
    });
    // kept with the revision, for bulk pricing
    const [stored] = await t.asOwner<{ factor: string }>(
      'select dip_aux_factor::text as factor from case_revision where settlement_id = $1',
      [old.settlementId],
    );
    expect(stored.factor).toBe('1.0600');
    const b = (await paymentOf(DIP_HOSPITAL, died.settlementId, dipHospital)).payment;
    // death 1.2 and age 1.06 both match: the largest, 1.2 (not their product):
    // 80 × 0.95 × 1.2 = 91.2 points × 100 = 9,120.00
    expect([b?.points, b?.provisionalAmount]).toEqual(['91.2', '9120.00']);
  });

  it('applies no factor when no auxiliary row matches', async () => {
    const list = dipStay('P-DIP-PLAIN', { age: 45 });
    dataWithoutErrors(await submit(dipHospital, [list]));
    const { payment } = await paymentOf(DIP_HOSPITAL, list.settlementId, dipHospital);
    // 80 × 0.95 = 76 points × 100 = 7,600.00, the institution coefficient only
    expect(payment).toMatchObject({
      points: '76',
      provisionalAmount: '7600.00',
      coefficients: [{ kind: 'INSTITUTION', value: '0.95' }],
    });
  });
});
