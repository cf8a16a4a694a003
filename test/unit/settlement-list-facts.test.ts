import { contentHash, parseSettlementList } from '../../src/domain/qc';

/**
 * The list's new optional facts (a procedure's `bilateral`, a special item's `amount`) must not
 * change the content hash of a list that does not use them: every stored revision's hash was
 * made without them, and a re-upload of the same list must stay UNCHANGED.
 */
const RAW = {
  settlementId: 'S20250728001',
  stayId: 'M20250720001',
  hospitalCode: 'H51010000001',
  insuredPersonId: '510304199001011234',
  insuranceType: 'EMPLOYEE',
  insuredRegionCode: '510300',
  sex: 2,
  age: 45,
  admittedAt: '2025-07-20T10:00:00+08:00',
  dischargedAt: '2025-07-28T11:00:00+08:00',
  los: 8,
  dischargeWay: 1,
  settlementFrom: '2025-07-20',
  settlementTo: '2025-07-28',
  diagnoses: [{ code: 'K80.501', name: '胆总管结石', admissionCondition: 1 }],
  procedures: [
    {
      code: '51.2200',
      performedAt: '2025-07-22T09:00:00+08:00',
      anaesthesiaFrom: '2025-07-22T08:30:00+08:00',
      anaesthesiaTo: '2025-07-22T11:00:00+08:00',
    },
  ],
  icuStays: [],
  fees: [
    { category: 'BED', amount: '800.00' },
    { category: 'SURGERY', amount: '9200.00' },
  ],
  totalCost: '10000.00',
  fundPayments: [{ fund: 'POOLING', amount: '7000.00' }],
  patientPaid: '3000.00',
  specialItems: [{ kind: 'DRUG', code: 'XDRUG001' }],
  plannedReadmission: false,
};

/** The hash the parser gave this list before the optional facts existed. */
const HASH_BEFORE = 'b4be474f9e9c49f81caffc029fe23c5508cbe770f374dae621e97d2007661faf';

const hashOf = (raw: object) => {
  const parsed = parseSettlementList(raw);
  expect(parsed.findings).toEqual([]);
  return contentHash(parsed.list!);
};

describe('optional pricing facts on the settlement list', () => {
  it('leaves the hash of a list without them as it was; false and null read as absent', () => {
    expect(hashOf(RAW)).toBe(HASH_BEFORE);
    expect(
      hashOf({
        ...RAW,
        procedures: [{ ...RAW.procedures[0], bilateral: false }],
        specialItems: [{ ...RAW.specialItems[0], amount: null }],
      }),
    ).toBe(HASH_BEFORE);
  });

  it('keeps a true bilateral flag and an amount (to the fen), which change the content', () => {
    const parsed = parseSettlementList({
      ...RAW,
      procedures: [{ ...RAW.procedures[0], bilateral: true }],
      specialItems: [{ ...RAW.specialItems[0], amount: '3000' }],
    });
    expect(parsed.list?.procedures[0].bilateral).toBe(true);
    expect(parsed.list?.specialItems).toEqual([
      { kind: 'DRUG', code: 'XDRUG001', amount: '3000.00' },
    ]);
    expect(contentHash(parsed.list!)).not.toBe(HASH_BEFORE);
  });

  it('refuses a bilateral flag that is not a boolean and an amount with 3 decimals (2006)', () => {
    const parsed = parseSettlementList({
      ...RAW,
      procedures: [{ ...RAW.procedures[0], bilateral: 'yes' }],
      specialItems: [{ ...RAW.specialItems[0], amount: '1.005' }],
    });
    expect(parsed.list).toBeNull();
    expect(parsed.findings.map((f) => [f.code, f.field])).toEqual([
      ['2006', 'procedures[0].bilateral'],
      ['2006', 'specialItems[0].amount'],
    ]);
  });
});
