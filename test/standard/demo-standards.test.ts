import { Dec } from '../../src/domain/decimal';
import { priceCase } from '../../src/domain/pricing';
import { pricingStandardOf } from '../../src/modules/standard';
import { PaymentStandard } from '../../src/modules/standard/payment-standard.entity';
import {
  PaymentStandardDocument,
  PaymentStandardInForceDocument,
  PaymentStandardsDocument,
  RegionPaymentStandardsDocument,
} from '../generated/graphql';
import { dataWithoutErrors, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/** The demo seed: a published 2025 standard for every demo region, derived from Sichuan's template. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('demo payment standards', () => {
  it('publishes a 2025 standard for every demo region (DIP in 泸州 and 宜宾), and the province template', async () => {
    const rows = await t.asOwner<{
      owner_scope: string;
      owner_code: string;
      method: string;
      status: string;
      parent: boolean;
    }>(
      `select owner_scope, owner_code, method, status, parent_id is not null as parent
       from payment_standard order by owner_scope, owner_code`,
    );
    const regions = await t.asOwner<{ code: string }>(
      "select code from pooling_region where province_code = '510000' order by code",
    );
    expect([
      ...new Set(rows.filter((r) => r.owner_scope === 'REGION').map((r) => r.owner_code)),
    ]).toEqual(regions.map((r) => r.code));
    // 成都's own catalog takes effect on 2025-07-01: a second standard prices the months before
    // with the province's catalog
    expect(rows.filter((r) => r.owner_code === '510100')).toHaveLength(2);
    expect(rows.every((r) => r.status === 'PUBLISHED')).toBe(true);
    expect(rows.filter((r) => r.method === 'DIP_SCORE').map((r) => r.owner_code)).toEqual([
      '510500',
      '511500',
    ]);
    expect(rows.filter((r) => r.owner_scope === 'PROVINCE')).toEqual([
      {
        owner_scope: 'PROVINCE',
        owner_code: '510000',
        method: 'DRG_POINTS',
        status: 'PUBLISHED',
        parent: false,
      },
    ]);
    // DRG regions derive from the template
    expect(
      rows
        .filter((r) => r.method === 'DRG_POINTS' && r.owner_scope === 'REGION')
        .every((r) => r.parent),
    ).toBe(true);
  });

  it("serves Chengdu's standard in force with its rows, and a hospital of Chengdu reads it", async () => {
    const token = await t.token(Scope.HOSPITAL, 'H51010000001', []);
    const inForce = dataWithoutErrors(
      await send(
        t.url,
        PaymentStandardInForceDocument,
        { method: 'DRG_POINTS', asOf: '2025-06-01' },
        token,
      ),
    ).paymentStandardInForce;
    expect(inForce).toMatchObject({
      ownerCode: '510100',
      status: 'PUBLISHED',
      demo: true,
      year: 2025,
    });
    // derived from Sichuan's template, which is not for hospitals: the parent is invisible to one
    expect(inForce?.parent).toBeNull();
    const asRegion = await send(
      t.url,
      PaymentStandardInForceDocument,
      { method: 'DRG_POINTS', asOf: '2025-06-01' },
      await t.token(Scope.REGION, '510100', []),
    );
    expect(dataWithoutErrors(asRegion).paymentStandardInForce?.parent?.id).toBeTruthy();
    expect(inForce?.catalogVersion?.kind).toBe('DRG');
    const full = dataWithoutErrors(
      await send(t.url, PaymentStandardDocument, { id: inForce!.id, first: 100 }, token),
    ).node as Record<string, { totalCount: number }>;
    expect(full.coefficients.totalCount).toBe(5);
    expect(full.outOfRegionCoefficients.totalCount).toBe(3);
    expect(full.tcmAdvantage.totalCount).toBeGreaterThan(0);
    expect(full.bedDays.totalCount).toBe(4);
    expect(full.exclusionItems.totalCount).toBe(2);
    // nothing in force before 2025
    const before = await send(
      t.url,
      PaymentStandardInForceDocument,
      { method: 'DRG_POINTS', asOf: '2024-06-01' },
      token,
    );
    expect(dataWithoutErrors(before).paymentStandardInForce).toBeNull();
  });

  it('lists the region’s standards as a connection', async () => {
    const token = await t.token(Scope.PROVINCE, '510000', []);
    const page = dataWithoutErrors(
      await send(t.url, PaymentStandardsDocument, { ownerCode: '510100', first: 10 }, token),
    ).paymentStandards;
    // two: 成都's own catalog from 2025-07-01, the province's before
    expect(page.totalCount).toBe(2);
    expect(page.edges[0].node).toMatchObject({ ownerCode: '510100', method: 'DRG_POINTS' });
    const all = dataWithoutErrors(
      await send(t.url, PaymentStandardsDocument, { first: 100 }, token),
    );
    expect(all.paymentStandards.totalCount).toBe(11);
  });

  it("nests a region's standards under the region, as the policies allow", async () => {
    const region = async (token: string, code = '510100') =>
      dataWithoutErrors(
        await send(t.url, RegionPaymentStandardsDocument, { code, first: 10 }, token),
      ).poolingRegion?.paymentStandards;
    const zigong = await t.token(Scope.REGION, '510300', []);
    expect(await region(zigong)).toMatchObject({
      totalCount: 2,
      edges: [
        { node: { ownerCode: '510100', method: 'DRG_POINTS', status: 'PUBLISHED' } },
        { node: { ownerCode: '510100', method: 'DRG_POINTS', status: 'PUBLISHED' } },
      ],
    });
    // a hospital of Zigong reads its own region's standards, not Chengdu's
    const zigongHospital = await t.token(Scope.HOSPITAL, 'H51030000001', []);
    expect((await region(zigongHospital))?.totalCount).toBe(0);
    expect((await region(zigongHospital, '510300'))?.totalCount).toBe(1);
    const dip = await region(zigong, '510500');
    expect(dip?.edges[0].node.method).toBe('DIP_SCORE');
  });

  it("prices a case with the stored standard: Chengdu's tertiary A hospital, RW 1.2", async () => {
    const [row] = await t.asOwner("select * from payment_standard where owner_code = '510100'");
    const standard = Object.assign(new PaymentStandard(), {
      uuid: row.id,
      ownerCode: row.owner_code,
      parameters: row.parameters,
      name: row.name,
      versionLabel: row.version_label,
    });
    const pricing = await pricingStandardOf(
      (sql, params) => t.asOwner(sql, params as unknown[]) as never,
      standard,
    );
    const result = priceCase(
      {
        totalCost: new Dec('12000'),
        patientShare: new Dec('3600'),
        los: 8,
        dischargeWay: '1',
        admissionDate: '2025-03-01',
        dischargeDate: '2025-03-09',
        insuranceType: 'EMPLOYEE',
        insuredRegionCode: '510100',
        hospital: { code: 'H51010000001', level: 'TERTIARY', grade: 'A' },
        tcmTreatment: false,
        bilateralSurgery: false,
        items: [],
        previousStay: null,
      },
      {
        kind: 'DRG',
        code: 'GB25',
        weight: new Dec('1.2'),
        score: null,
        averageCost: new Dec('12000'),
        auxFactor: null,
        levelAverageCost: null,
      },
      pricing,
    );
    // 120 points × TERTIARY/A 1.0000; × Chengdu's employee point value (98.8120 − 1 × 1.35 = 97.4620)
    expect(result.points?.toFixed()).toBe('120');
    expect(result.provisionalAmount.toFixed(2)).toBe('11695.44');
    expect(result.fundDue.toFixed(2)).toBe('8095.44');
  });
});
