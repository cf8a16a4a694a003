import {
  CatalogInForceDocument,
  CreateCatalogVersionDocument,
  GroupCaseDocument,
  PublishCatalogVersionDocument,
  UpsertDrgGroupsDocument,
  type CatalogKind,
  type DemoCatalogs,
} from '../generated/graphql';
import { send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/**
 * Demo catalogs (synthetic weights from the demo seed) never stand in for official ones: once a
 * region's chain (its own, its province's, the national level) holds an official catalog, no
 * lookup in force picks a demo version for it, whatever the kind or day, unless `demo` asks.
 */
let t: TestApp;
let national: string;
const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const demo: Record<'nationalDrg' | 'sichuanDrg' | 'chengduDrg' | 'dip' | 'bedDay', string> = {
  nationalDrg: '',
  sichuanDrg: '',
  chengduDrg: '',
  dip: '',
  bedDay: '',
};
let rulePackageId: string;

beforeAll(async () => {
  t = await startTestApp();
  national = await t.token(Scope.NATIONAL, undefined, []);
  const rows = await t.asOwner<{ id: string; kind: string; owner_code: string; demo: boolean }>(
    "select id, kind, owner_code, demo from catalog_version where status = 'PUBLISHED'",
  );
  const find = (kind: string, owner: string) =>
    gid('CatalogVersion', rows.find((r) => r.kind === kind && r.owner_code === owner)!.id);
  demo.nationalDrg = find('DRG', '000000');
  demo.sichuanDrg = find('DRG', '510000');
  demo.chengduDrg = find('DRG', '510100');
  demo.dip = find('DIP', '000000');
  demo.bedDay = find('BED_DAY', '000000');
  expect(rows.every((r) => r.demo)).toBe(true); // the seed flags everything it writes
  const [pkg] = await t.asOwner<{ id: string }>('select id from rule_package');
  rulePackageId = gid('RulePackage', pkg.id);
  await createGuizhou(t); // a second province, with no catalog of its own
});
afterAll(() => t.stop());

const inForce = async (
  kind: CatalogKind,
  asOf: string,
  regionCode: string | undefined,
  demoCatalogs?: DemoCatalogs,
  token = national,
): Promise<string | null> => {
  const result = await send(
    t.url,
    CatalogInForceDocument,
    { kind, asOf, regionCode, ...(demoCatalogs ? { demo: demoCatalogs } : {}) },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.catalogInForce?.id ?? null;
};

/** An official (non-demo) DRG catalog of two groups, published by `token`'s owner. */
async function publishOfficialDrg(token: string, name: string, effectiveFrom: string) {
  const created = await send(
    t.url,
    CreateCatalogVersionDocument,
    { input: { kind: 'DRG', name, versionLabel: '1', effectiveFrom, rulePackageId } },
    token,
  );
  expect(created.errors).toBeUndefined();
  const version = created.data!.createCatalogVersion.catalogVersion;
  expect(version.demo).toBe(false);
  const rows = await send(
    t.url,
    UpsertDrgGroupsDocument,
    {
      versionId: version.id,
      groups: [
        {
          code: 'GZ13',
          mdc: 'MDCG',
          adrg: 'GZ1',
          name: '其他消化系统诊断，伴并发症',
          weight: '0.9',
        },
        { code: 'IR29', mdc: 'MDCI', adrg: 'IR2', name: '骨盆髋臼骨折', weight: '1.3' },
      ],
    },
    token,
  );
  expect(rows.data?.upsertDrgGroups.count).toBe(2);
  const published = await send(t.url, PublishCatalogVersionDocument, { id: version.id }, token);
  expect(published.data?.publishCatalogVersion.catalogVersion.status).toBe('PUBLISHED');
  return version.id;
}

/** A case that qualifies for the demo TCM-advantage catalog's 混合痔 (BWG000). */
const tcmCase = (demoCatalogs?: DemoCatalogs) =>
  send(
    t.url,
    GroupCaseDocument,
    {
      input: {
        sex: 2,
        age: 52,
        los: 6,
        dischargeWay: 1,
        diagnoses: ['K64.800'],
        procedures: ['49.4600'],
        tcmPrincipalDiagnosis: 'BWG000',
        tcmTreatmentShare: '0.30',
      },
      asOf: '2025-08-01',
      regionCode: '510100',
      ...(demoCatalogs ? { demo: demoCatalogs } : {}),
    },
    national,
  );

describe('a demo installation (no official catalog anywhere)', () => {
  it('picks the demo catalogs by default; EXCLUDE finds none, ONLY the same ones', async () => {
    expect(await inForce('DRG', '2025-08-01', '510100')).toBe(demo.chengduDrg);
    expect(await inForce('DRG', '2024-06-01', '510100')).toBe(demo.nationalDrg);
    expect(await inForce('DRG', '2025-08-01', '520100')).toBe(demo.nationalDrg);
    expect(await inForce('DRG', '2025-08-01', '510100', 'ONLY')).toBe(demo.chengduDrg);
    expect(await inForce('DRG', '2025-08-01', '510100', 'EXCLUDE')).toBeNull();
    const tcm = (await tcmCase()).data?.groupCase;
    expect(tcm).toMatchObject({
      groupedBy: 'TCM_ADVANTAGE',
      catalogVersion: { id: demo.chengduDrg },
    });
  });
});

describe('a province publishes an official DRG catalog', () => {
  let sichuan: string;
  beforeAll(async () => {
    sichuan = await publishOfficialDrg(
      await t.token(Scope.PROVINCE, '510000'),
      'CHS-DRG 1.1 四川省（正式）',
      '2025-01-01',
    );
  });

  it('its regions get it ahead of a more local demo version, and no demo catalog at all otherwise', async () => {
    // Chengdu's own (demo) version is more local, but demo data never beats official data
    expect(await inForce('DRG', '2025-08-01', '510100')).toBe(sichuan);
    expect(await inForce('DRG', '2025-08-01', '510300')).toBe(sichuan);
    // before the official catalog took effect: nothing, not the national demo weights
    expect(await inForce('DRG', '2024-06-01', '510100')).toBeNull();
    // kinds only the demo has are gone for these regions too
    expect(await inForce('DIP', '2025-08-01', '510100')).toBeNull();
    expect(await inForce('BED_DAY', '2025-08-01', '510100')).toBeNull();
    expect(await inForce('TCM_ADVANTAGE', '2025-08-01', '510100')).toBeNull();
    // the caller's own region by default, a hospital's region for a hospital
    const hospital = await t.token(Scope.HOSPITAL, 'H51010000001', []);
    expect(await inForce('DRG', '2025-08-01', undefined, undefined, hospital)).toBe(sichuan);
    expect(await inForce('DRG', '2025-08-01', undefined, 'EXCLUDE', hospital)).toBe(sichuan);
  });

  it('asked for, the demo catalogs are still there (positive control)', async () => {
    expect(await inForce('DRG', '2025-08-01', '510100', 'ONLY')).toBe(demo.chengduDrg);
    expect(await inForce('DRG', '2024-06-01', '510100', 'ONLY')).toBe(demo.nationalDrg);
    expect(await inForce('DIP', '2025-08-01', '510100', 'ONLY')).toBe(demo.dip);
    expect(await inForce('BED_DAY', '2025-08-01', '510100', 'ONLY')).toBe(demo.bedDay);
  });

  it('a region of another province, with no official catalog, keeps the demo (positive control)', async () => {
    expect(await inForce('DRG', '2025-08-01', '520100')).toBe(demo.nationalDrg);
    expect(await inForce('DRG', '2025-08-01', '520100', 'EXCLUDE')).toBeNull();
    expect(await inForce('DIP', '2025-08-01', '520100')).toBe(demo.dip);
  });

  it('groupCase follows the same rule for every catalog it looks up', async () => {
    // official DRG catalog; the demo TCM-advantage catalog does not re-classify the case
    const official = (await tcmCase()).data?.groupCase;
    expect(official).toMatchObject({
      groupedBy: 'DRG',
      catalogVersion: { id: sichuan },
      tcm: null,
    });
    const asked = (await tcmCase('ONLY')).data?.groupCase;
    expect(asked).toMatchObject({
      groupedBy: 'TCM_ADVANTAGE',
      catalogVersion: { id: demo.chengduDrg },
      tcm: { classified: true, disease: { code: 'BWG000' } },
    });
  });
});

describe('the national bureau publishes an official DRG catalog', () => {
  let nationalOfficial: string;
  beforeAll(async () => {
    nationalOfficial = await publishOfficialDrg(
      await t.token(Scope.NATIONAL),
      'CHS-DRG 1.1 国家版（正式）',
      '2024-01-01',
    );
  });

  it('no region anywhere gets a demo catalog unless it asks', async () => {
    expect(await inForce('DRG', '2025-08-01', '520100')).toBe(nationalOfficial);
    expect(await inForce('DRG', '2024-06-01', '510100')).toBe(nationalOfficial);
    expect(await inForce('DRG', '2025-08-01', '510100')).not.toBe(nationalOfficial); // Sichuan's is more local
    expect(await inForce('DRG', '2025-08-01', undefined)).toBe(nationalOfficial);
    expect(await inForce('DIP', '2025-08-01', '520100')).toBeNull();
    expect(await inForce('DIP', '2025-08-01', '520100', 'ONLY')).toBe(demo.dip);
    expect(await inForce('DRG', '2025-08-01', '520100', 'ONLY')).toBe(demo.nationalDrg);
  });
});
