import {
  CapitationLinesDocument,
  SetCapitationEnrolmentDocument,
  SetCapitationPackagesDocument,
  type CapitationEnrolmentInput,
} from '../generated/graphql';
import { codes, dataWithoutErrors, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Per-capita payment (按人头付费, seed 001 二(五)): packages per region and year, enrolment of
 * primary-care institutions per month, paid per person-month less the referral costs the
 * institution bears. Figures worked by hand below.
 */
let t: TestApp;
let region: string;
const CHENGDU = '510100';
const COMMUNITY = 'H51010000008'; // 牛市口社区卫生服务中心, PRIMARY
const HUAXI = 'H51010000001'; // a tertiary hospital: not a per-capita institution
const YEAR = 2025;

const lines = async (token: string, hospitalCode?: string) =>
  dataWithoutErrors(
    await send(
      t.url,
      CapitationLinesDocument,
      { regionCode: CHENGDU, year: YEAR, hospitalCode },
      token,
    ),
  );

const count = async (table: string) =>
  (await t.asOwner<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

beforeAll(async () => {
  t = await startTestApp();
  region = await t.token(Scope.REGION, CHENGDU);
});
afterAll(() => t?.stop());

describe('per-capita payment', () => {
  it('pays person-months × per-head, rounded once, less referral costs', async () => {
    dataWithoutErrors(
      await send(
        t.url,
        SetCapitationPackagesDocument,
        {
          regionCode: CHENGDU,
          year: YEAR,
          packages: [
            { code: 'HTN', name: '高血压', insuranceType: 'RESIDENT', perHeadMonth: '12.35' },
            { code: 'OP', name: '门诊统筹', insuranceType: 'RESIDENT', perHeadMonth: '3.33' },
          ],
        },
        region,
      ),
    );
    const stored = dataWithoutErrors(
      await send(
        t.url,
        SetCapitationEnrolmentDocument,
        {
          regionCode: CHENGDU,
          year: YEAR,
          enrolment: [
            {
              hospitalCode: COMMUNITY,
              packageCode: 'HTN',
              month: 1,
              persons: 1000,
              referralCost: '2500.50',
            },
            {
              hospitalCode: COMMUNITY,
              packageCode: 'HTN',
              month: 2,
              persons: 1010,
              referralCost: '0.00',
            },
            {
              hospitalCode: COMMUNITY,
              packageCode: 'OP',
              month: 1,
              persons: 3001,
              referralCost: '10000.00',
            },
          ],
        },
        region,
      ),
    );
    expect(stored.setCapitationEnrolment).toBe(3);
    const data = await lines(region);
    // HTN: 2,010 person-months × 12.35 = 24,823.50; less 2,500.50 → 22,323.00
    // OP: 3,001 × 3.33 = 9,993.33; less 10,000.00 → −6.67 (the referrals cost more: owed)
    expect(data.capitationLines).toEqual([
      {
        hospitalCode: COMMUNITY,
        packageCode: 'HTN',
        personMonths: 2010,
        gross: '24823.50',
        referralCost: '2500.50',
        net: '22323.00',
      },
      {
        hospitalCode: COMMUNITY,
        packageCode: 'OP',
        personMonths: 3001,
        gross: '9993.33',
        referralCost: '10000.00',
        net: '-6.67',
      },
    ]);
  });

  it('shows an institution its own lines; other regions and provinces nothing', async () => {
    const own = await t.token(Scope.HOSPITAL, COMMUNITY);
    expect((await lines(own)).capitationLines).toHaveLength(2); // positive control
    expect((await lines(await t.token(Scope.HOSPITAL, HUAXI))).capitationLines).toEqual([]);
    expect((await lines(await t.token(Scope.PROVINCE, '510000'))).capitationLines).toHaveLength(2);
    for (const token of [
      await t.token(Scope.REGION, '510300'),
      await t.token(Scope.PROVINCE, '520000'),
    ]) {
      const seen = await lines(token);
      expect(seen.capitationLines).toEqual([]);
      expect(seen.capitationPackages).toEqual([]);
    }
  });

  it('refuses bad input whole, writing nothing', async () => {
    const before = await count('capitation_enrolment');
    const attempt = (enrolment: CapitationEnrolmentInput[], token = region) =>
      send(
        t.url,
        SetCapitationEnrolmentDocument,
        { regionCode: CHENGDU, year: YEAR, enrolment },
        token,
      );
    const good = {
      hospitalCode: COMMUNITY,
      packageCode: 'HTN',
      month: 3,
      persons: 10,
      referralCost: '0',
    };
    for (const bad of [
      { ...good, hospitalCode: HUAXI }, // not primary care
      { ...good, packageCode: 'NONE' },
      { ...good, month: 13 },
      { ...good, persons: -1 },
      { ...good, referralCost: '1.001' },
    ])
      expect(codes(await attempt([good, bad]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await attempt([good, good]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await attempt([good], await t.token(Scope.HOSPITAL, COMMUNITY)))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await count('capitation_enrolment')).toBe(before);
    // a package still enrolled cannot be dropped
    const drop = await send(
      t.url,
      SetCapitationPackagesDocument,
      {
        regionCode: CHENGDU,
        year: YEAR,
        packages: [
          { code: 'OP', name: '门诊统筹', insuranceType: 'RESIDENT', perHeadMonth: '3.33' },
        ],
      },
      region,
    );
    expect(codes(drop)).toEqual(['BAD_USER_INPUT']);
    expect(await count('capitation_package')).toBe(2);
  });
});
