import { Client } from 'pg';
import {
  CatalogDiffDocument,
  CatalogInForceDocument,
  CatalogVersionDocument,
  CatalogVersionsDocument,
  CreateCatalogVersionDocument,
  DeriveCatalogVersionDocument,
  PublishCatalogVersionDocument,
  RemoveCatalogRowsDocument,
  RetireCatalogVersionDocument,
  UpdateCatalogVersionDocument,
  UpsertBedDayCategoriesDocument,
  UpsertDrgGroupsDocument,
  UpsertTcmDiseasesDocument,
} from '../generated/graphql';
import { codes, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/** Catalog versions: derivation, lifecycle and immutability, asOf resolution, owner-only writes, RLS. */
let t: TestApp;
let ids: Record<'national' | 'sichuan' | 'chengdu' | 'chengduDraft', string>;

const gid = (uuid: string) => Buffer.from(`CatalogVersion:${uuid}`).toString('base64url');
const versionRows = (uuid: string) =>
  t.asOwner<{ code: string; weight: string; origin: string }>(
    'select code, weight::text, origin from drg_group where version_id = $1 order by code',
    [uuid],
  );

beforeAll(async () => {
  t = await startTestApp();
  const rows = await t.asOwner<{ id: string; owner_code: string; status: string }>(
    "select id, owner_code, status from catalog_version where kind = 'DRG' order by effective_from",
  );
  ids = {
    national: gid(rows.find((r) => r.owner_code === '000000')!.id),
    sichuan: gid(rows.find((r) => r.owner_code === '510000')!.id),
    chengdu: gid(rows.find((r) => r.owner_code === '510100' && r.status === 'PUBLISHED')!.id),
    chengduDraft: gid(rows.find((r) => r.owner_code === '510100' && r.status === 'DRAFT')!.id),
  };
});
afterAll(() => t.stop());

describe('the demo catalogs', () => {
  it('publish the 628 CHS-DRG 1.1 groups nationally with the rule package, derived by Sichuan and Chengdu', async () => {
    const token = await t.token(Scope.REGION, '510100', []);
    const national = await send(
      t.url,
      CatalogVersionDocument,
      { id: ids.national, first: 1 },
      token,
    );
    expect(national.data?.node).toMatchObject({
      kind: 'DRG',
      status: 'PUBLISHED',
      demo: true,
      rulePackage: { name: 'CHS-DRG 1.1' },
    });
    expect(
      (national.data?.node as { drgGroups: { totalCount: number } }).drgGroups.totalCount,
    ).toBe(628);
    const sichuan = await t.asOwner<{ origin: string; n: number }>(
      'select origin, count(*)::int as n from drg_group where version_id = $1 group by 1 order by 1',
      [Buffer.from(ids.sichuan, 'base64url').toString().split(':')[1]],
    );
    expect(sichuan).toEqual([
      { origin: 'INHERITED', n: 626 },
      { origin: 'OVERRIDDEN', n: 2 },
    ]);
  });
});

describe('asOf resolution: the most local published version in force that day', () => {
  it.each([
    ['510100', '2024-06-01', 'national'],
    ['510100', '2025-03-01', 'sichuan'],
    ['510100', '2025-08-01', 'chengdu'],
    ['510100', '2026-03-01', 'chengdu'], // the 2026 version is only a draft
    ['510300', '2025-08-01', 'sichuan'],
    ['510300', '2023-12-31', null],
  ] as const)('region %s on %s → %s', async (regionCode, asOf, expected) => {
    const token = await t.token(Scope.NATIONAL, undefined, []);
    const result = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'DRG', asOf, regionCode },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.catalogInForce?.id ?? null).toBe(expected ? ids[expected] : null);
  });

  it("defaults to the caller's own region, and a hospital's region", async () => {
    const region = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'DRG', asOf: '2025-08-01' },
      await t.token(Scope.REGION, '510100', []),
    );
    expect(region.data?.catalogInForce?.id).toBe(ids.chengdu);
    const hospital = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'DRG', asOf: '2025-08-01' },
      await t.token(Scope.HOSPITAL, 'H51030000001', []),
    );
    expect(hospital.data?.catalogInForce?.id).toBe(ids.sichuan);
  });
});

describe('drafts are visible to their owner only', () => {
  it('Chengdu sees its draft (positive control); Zigong, Sichuan and NATIONAL do not', async () => {
    const own = await send(
      t.url,
      CatalogVersionDocument,
      { id: ids.chengduDraft, first: 1 },
      await t.token(Scope.REGION, '510100', []),
    );
    expect(own.data?.node).toMatchObject({ status: 'DRAFT', ownerCode: '510100' });
    for (const token of [
      await t.token(Scope.REGION, '510300', []),
      await t.token(Scope.PROVINCE, '510000', []),
      await t.token(Scope.NATIONAL, undefined, []),
      await t.token(Scope.HOSPITAL, 'H51010000001', []),
    ]) {
      const other = await send(
        t.url,
        CatalogVersionDocument,
        { id: ids.chengduDraft, first: 1 },
        token,
      );
      expect(other.errors).toBeUndefined();
      expect(other.data?.node).toBeNull();
      const list = await send(
        t.url,
        CatalogVersionsDocument,
        { filter: { status: 'DRAFT' }, first: 100 },
        token,
      );
      expect(list.data?.catalogVersions.edges.map((e) => e.node.id)).not.toContain(
        ids.chengduDraft,
      );
    }
    // and its rows, read directly as the app role, are hidden the same way
    const uuid = Buffer.from(ids.chengduDraft, 'base64url').toString().split(':')[1];
    const zigong = await t.asApp(
      { scope: 'REGION', code: '510300', province: '510000' },
      'select count(*)::int as n from catalog_version where id = $1',
      [uuid],
    );
    const chengdu = await t.asApp(
      { scope: 'REGION', code: '510100', province: '510000' },
      'select count(*)::int as n from catalog_version where id = $1',
      [uuid],
    );
    expect([zigong, chengdu]).toEqual([[{ n: 0 }], [{ n: 1 }]]);
  });
});

describe('published versions are immutable', () => {
  it('refuses edits of a published version and of its rows through the API, changing nothing', async () => {
    const token = await t.token(Scope.PROVINCE, '510000');
    const uuid = Buffer.from(ids.sichuan, 'base64url').toString().split(':')[1];
    const before = await versionRows(uuid);
    const rename = await send(
      t.url,
      UpdateCatalogVersionDocument,
      { input: { id: ids.sichuan, name: 'changed' } },
      token,
    );
    expect(codes(rename)).toEqual(['PRECONDITION_FAILED']);
    const rows = await send(
      t.url,
      UpsertDrgGroupsDocument,
      {
        versionId: ids.sichuan,
        groups: [{ code: 'GZ13', mdc: 'MDCG', adrg: 'GZ1', name: 'x', weight: '9.9' }],
      },
      token,
    );
    expect(codes(rows)).toEqual(['PRECONDITION_FAILED']);
    expect(await versionRows(uuid)).toEqual(before);
  });

  it('is enforced by the database for every role, the owner (BYPASSRLS) included; drafts stay editable', async () => {
    const published = Buffer.from(ids.sichuan, 'base64url').toString().split(':')[1];
    const draft = Buffer.from(ids.chengduDraft, 'base64url').toString().split(':')[1];
    await expect(
      t.asOwner("update drg_group set weight = 9 where version_id = $1 and code = 'GZ13'", [
        published,
      ]),
    ).rejects.toThrow(/published/);
    await expect(
      t.asOwner("update catalog_version set name = 'x' where id = $1", [published]),
    ).rejects.toThrow(/published/);
    await expect(
      t.asOwner("delete from drg_group where version_id = $1 and code = 'GZ13'", [published]),
    ).rejects.toThrow(/published/);
    // positive control: the same statements on a draft go through (inside a rolled-back transaction)
    const client = new Client({ connectionString: t.db.ownerUrl });
    await client.connect();
    try {
      await client.query('begin');
      const updated = await client.query(
        "update drg_group set weight = 9 where version_id = $1 and code = 'GZ13'",
        [draft],
      );
      expect(updated.rowCount).toBe(1);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});

describe('derivation, local overrides and the diff', () => {
  it('a region derives from its province, overrides, adds and removes, publishes, and the diff says exactly that', async () => {
    const token = await t.token(Scope.REGION, '510300');
    const derived = await send(
      t.url,
      DeriveCatalogVersionDocument,
      {
        input: {
          parentId: ids.sichuan,
          name: '自贡市DRG目录',
          versionLabel: '2025.9',
          effectiveFrom: '2025-09-01',
        },
      },
      token,
    );
    expect(derived.errors).toBeUndefined();
    const child = derived.data!.deriveCatalogVersion.catalogVersion;
    expect(child).toMatchObject({
      status: 'DRAFT',
      ownerCode: '510300',
      parent: { id: ids.sichuan },
      rulePackage: { name: 'CHS-DRG 1.1' },
    });

    const upsert = await send(
      t.url,
      UpsertDrgGroupsDocument,
      {
        versionId: child.id,
        groups: [
          {
            code: 'GZ13',
            mdc: 'MDCG',
            adrg: 'GZ1',
            name: '其他消化系统诊断，伴并发症或合并症',
            weight: '1.2345',
          },
          {
            code: 'GZ19',
            mdc: 'MDCG',
            adrg: 'GZ1',
            name: '地方新增组（演示）',
            weight: '0.5000',
            averageCost: '5900.00',
          },
        ],
      },
      token,
    );
    expect(upsert.data?.upsertDrgGroups.count).toBe(2);
    const removed = await send(
      t.url,
      RemoveCatalogRowsDocument,
      { versionId: child.id, codes: ['ES21'] },
      token,
    );
    expect(removed.data?.removeCatalogRows.count).toBe(1);

    const rows = await t.asOwner<{ origin: string; n: number }>(
      'select origin, count(*)::int as n from drg_group where version_id = $1 group by 1 order by 1',
      [Buffer.from(child.id, 'base64url').toString().split(':')[1]],
    );
    expect(rows).toEqual([
      { origin: 'ADDED', n: 1 }, // GZ19
      { origin: 'INHERITED', n: 626 }, // 628 copied, less GZ13 (overridden) and ES21 (removed)
      { origin: 'OVERRIDDEN', n: 1 }, // GZ13
    ]);

    const published = await send(t.url, PublishCatalogVersionDocument, { id: child.id }, token);
    expect(published.data?.publishCatalogVersion.catalogVersion.status).toBe('PUBLISHED');

    const sichuanGz13 = await t.asOwner<{ weight: string }>(
      "select weight::text from drg_group where version_id = $1 and code = 'GZ13'",
      [Buffer.from(ids.sichuan, 'base64url').toString().split(':')[1]],
    );
    const diff = await send(t.url, CatalogDiffDocument, { from: ids.sichuan, to: child.id }, token);
    expect(diff.data?.catalogDiff).toEqual({
      added: [
        {
          table: 'DRG_GROUP',
          code: 'GZ19',
          name: '地方新增组（演示）',
          before: null,
          after: '0.5000',
        },
      ],
      removed: [{ table: 'DRG_GROUP', code: 'ES21', before: expect.any(String) }],
      reweighted: [
        { table: 'DRG_GROUP', code: 'GZ13', before: sichuanGz13[0].weight, after: '1.2345' },
      ],
    });

    // published now: in force for Zigong from its date, visible to other regions
    const inForce = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'DRG', asOf: '2025-10-01', regionCode: '510300' },
      token,
    );
    expect(inForce.data?.catalogInForce?.id).toBe(child.id);
    const seenByChengdu = await send(
      t.url,
      CatalogVersionDocument,
      { id: child.id, first: 1 },
      await t.token(Scope.REGION, '510100', []),
    );
    expect(seenByChengdu.data?.node).toMatchObject({ status: 'PUBLISHED' });
  });
});

describe('only the owner writes, and bad writes change nothing', () => {
  const snapshot = () =>
    t.asOwner(
      'select id, status, name, effective_to::text, (select count(*) from drg_group g where g.version_id = v.id) as rows from catalog_version v order by id',
    );

  it.each([
    ['a hospital creating a catalog', Scope.HOSPITAL, 'H51010000001', 'create', 'FORBIDDEN'],
    ['Zigong renaming Sichuan’s version', Scope.REGION, '510300', 'renameSichuan', 'FORBIDDEN'],
    [
      'Zigong editing Chengdu’s draft (invisible)',
      Scope.REGION,
      '510300',
      'editChengduDraft',
      'NOT_FOUND',
    ],
    [
      'Sichuan editing Chengdu’s draft (invisible)',
      Scope.PROVINCE,
      '510000',
      'editChengduDraft',
      'NOT_FOUND',
    ],
    [
      'Zigong deriving from Chengdu’s version',
      Scope.REGION,
      '510300',
      'deriveChengdu',
      'FORBIDDEN',
    ],
    [
      'Chengdu publishing an empty draft',
      Scope.REGION,
      '510100',
      'publishEmpty',
      'PRECONDITION_FAILED',
    ],
    ['Chengdu retiring its draft', Scope.REGION, '510100', 'retireDraft', 'PRECONDITION_FAILED'],
    ['Chengdu writing invalid DRG rows', Scope.REGION, '510100', 'badRows', 'BAD_USER_INPUT'],
    [
      'Chengdu writing TCM rows into a DRG draft',
      Scope.REGION,
      '510100',
      'wrongKind',
      'BAD_USER_INPUT',
    ],
    ['an owner without the ADMIN role', Scope.REGION, '510100', 'noAdmin', 'FORBIDDEN'],
  ] as const)('%s', async (_label, scope, code, attempt, expected) => {
    const before = await snapshot();
    const token = await t.token(scope, code, attempt === 'noAdmin' ? [] : ['ADMIN']);
    let result;
    switch (attempt) {
      case 'create':
        result = await send(
          t.url,
          CreateCatalogVersionDocument,
          { input: { kind: 'DRG', name: 'x', versionLabel: '1', effectiveFrom: '2026-01-01' } },
          token,
        );
        break;
      case 'renameSichuan':
        result = await send(
          t.url,
          UpdateCatalogVersionDocument,
          { input: { id: ids.sichuan, name: 'x' } },
          token,
        );
        break;
      case 'editChengduDraft':
      case 'noAdmin':
        result = await send(
          t.url,
          UpdateCatalogVersionDocument,
          { input: { id: ids.chengduDraft, name: 'x' } },
          token,
        );
        break;
      case 'deriveChengdu':
        result = await send(
          t.url,
          DeriveCatalogVersionDocument,
          {
            input: {
              parentId: ids.chengdu,
              name: 'x',
              versionLabel: '1',
              effectiveFrom: '2026-01-01',
            },
          },
          token,
        );
        break;
      case 'publishEmpty': {
        const created = await send(
          t.url,
          CreateCatalogVersionDocument,
          {
            input: {
              kind: 'BED_DAY',
              name: '空目录',
              versionLabel: '1',
              effectiveFrom: '2026-01-01',
            },
          },
          token,
        );
        result = await send(
          t.url,
          PublishCatalogVersionDocument,
          { id: created.data!.createCatalogVersion.catalogVersion.id },
          token,
        );
        await t.asOwner("delete from catalog_version where name = '空目录'"); // keep the snapshot comparable
        break;
      }
      case 'retireDraft':
        result = await send(t.url, RetireCatalogVersionDocument, { id: ids.chengduDraft }, token);
        break;
      case 'badRows':
        result = await send(
          t.url,
          UpsertDrgGroupsDocument,
          {
            versionId: ids.chengduDraft,
            groups: [
              { code: 'GZ13', mdc: 'MDCG', adrg: 'GZ1', name: 'ok', weight: '1.1' },
              { code: 'gz13', mdc: 'MDCG', adrg: 'GZ1', name: 'bad code', weight: '1.1' },
              { code: 'GZ15', mdc: 'MDCB', adrg: 'GZ1', name: 'wrong mdc', weight: '0' },
            ],
          },
          token,
        );
        expect(result.errors?.[0].extensions?.rowErrors).toEqual([
          { row: 2, field: 'code', reason: expect.any(String) },
          { row: 3, field: 'mdc', reason: expect.any(String) },
          { row: 3, field: 'weight', reason: expect.any(String) },
        ]);
        break;
      case 'wrongKind':
        result = await send(
          t.url,
          UpsertTcmDiseasesDocument,
          {
            versionId: ids.chengduDraft,
            diseases: [
              { code: 'X', name: 'x', icd10Codes: [], standard: '1', minTcmTreatmentShare: '0.1' },
            ],
          },
          token,
        );
        break;
    }
    expect(codes(result!)).toEqual([expected]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('lifecycle: retire keeps history', () => {
  it('a retired version stays in force before its retirement day and hands over after it', async () => {
    const token = await t.token(Scope.NATIONAL);
    const created = await send(
      t.url,
      CreateCatalogVersionDocument,
      {
        input: {
          kind: 'BED_DAY',
          name: '床日目录2027',
          versionLabel: '2027',
          effectiveFrom: '2027-01-01',
        },
      },
      token,
    );
    const id = created.data!.createCatalogVersion.catalogVersion.id;
    const rows = await send(
      t.url,
      UpsertBedDayCategoriesDocument,
      {
        versionId: id,
        categories: [{ code: 'PSY', name: '精神', dailyStandard: '300.00', maxDays: 120 }],
      },
      token,
    );
    expect(rows.data?.upsertBedDayCategories.count).toBe(1);
    await send(t.url, PublishCatalogVersionDocument, { id }, token);
    const retired = await send(
      t.url,
      RetireCatalogVersionDocument,
      { id, retiredOn: '2027-07-01' },
      token,
    );
    expect(retired.data?.retireCatalogVersion.catalogVersion).toMatchObject({
      status: 'RETIRED',
      retiredOn: '2027-07-01',
      effectiveTo: null,
    });
    const during = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'BED_DAY', asOf: '2027-03-01', regionCode: '510100' },
      token,
    );
    expect(during.data?.catalogInForce?.id).toBe(id);
    const after = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'BED_DAY', asOf: '2027-08-01', regionCode: '510100' },
      token,
    );
    expect(after.data?.catalogInForce?.id).not.toBe(id);
    // an official national catalog exists now, so the demo one does not take over unless asked
    expect(after.data?.catalogInForce).toBeNull();
    const demoAfter = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'BED_DAY', asOf: '2027-08-01', regionCode: '510100', demo: 'ONLY' },
      token,
    );
    expect(demoAfter.data?.catalogInForce?.name).toBe('按床日付费类别（演示）');
    const again = await send(t.url, RetireCatalogVersionDocument, { id }, token);
    expect(codes(again)).toEqual(['PRECONDITION_FAILED']);
  });

  it('a version retired before it takes effect is never in force; retirement is never backdated', async () => {
    const token = await t.token(Scope.NATIONAL);
    const created = await send(
      t.url,
      CreateCatalogVersionDocument,
      {
        input: {
          kind: 'BED_DAY',
          name: '床日目录2029',
          versionLabel: '2029',
          effectiveFrom: '2029-01-01',
        },
      },
      token,
    );
    const id = created.data!.createCatalogVersion.catalogVersion.id;
    await send(
      t.url,
      UpsertBedDayCategoriesDocument,
      { versionId: id, categories: [{ code: 'PSY', name: '精神', dailyStandard: '310.00' }] },
      token,
    );
    await send(t.url, PublishCatalogVersionDocument, { id }, token);
    const backdated = await send(
      t.url,
      RetireCatalogVersionDocument,
      { id, retiredOn: '2020-01-01' },
      token,
    );
    expect(codes(backdated)).toEqual(['BAD_USER_INPUT']);
    const inForceBefore = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'BED_DAY', asOf: '2029-06-01', regionCode: '510100' },
      token,
    );
    expect(inForceBefore.data?.catalogInForce?.id).toBe(id); // positive control
    await send(t.url, RetireCatalogVersionDocument, { id, retiredOn: '2028-12-01' }, token);
    const inForceAfter = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'BED_DAY', asOf: '2029-06-01', regionCode: '510100' },
      token,
    );
    expect(inForceAfter.data?.catalogInForce?.id).not.toBe(id);
  });
});

describe('malformed input never reaches the database as a 500', () => {
  it('ids, cursors, region codes and out-of-range numbers get coded errors', async () => {
    const token = await t.token(Scope.REGION, '510100');
    const fakeId = Buffer.from(`CatalogVersion:${'-'.repeat(36)}`).toString('base64url');
    const node = await send(t.url, CatalogVersionDocument, { id: fakeId, first: 1 }, token);
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toBeNull();
    const update = await send(
      t.url,
      UpdateCatalogVersionDocument,
      { input: { id: fakeId, name: 'x' } },
      token,
    );
    expect(codes(update)).toEqual(['BAD_USER_INPUT']);
    const typo = await send(
      t.url,
      CatalogInForceDocument,
      { kind: 'DRG', asOf: '2025-08-01', regionCode: '510199' },
      token,
    );
    expect(codes(typo)).toEqual(['NOT_FOUND']);
    const overflow = await send(
      t.url,
      UpsertDrgGroupsDocument,
      {
        versionId: ids.chengduDraft,
        groups: [{ code: 'GZ13', mdc: 'MDCG', adrg: 'GZ1', name: 'x', weight: '99999999' }],
      },
      token,
    );
    expect(codes(overflow)).toEqual(['BAD_USER_INPUT']);
    const nul = await send(
      t.url,
      CatalogVersionsDocument,
      { filter: { ownerCode: 'a\u0000b' }, first: 5 },
      token,
    );
    expect(nul.status).toBe(400);
    expect(codes(nul)).toEqual(['BAD_USER_INPUT']);
  });

  it('the database refuses moving rows out of a published version, for the owner role too', async () => {
    const published = Buffer.from(ids.sichuan, 'base64url').toString().split(':')[1];
    const draft = Buffer.from(ids.chengduDraft, 'base64url').toString().split(':')[1];
    await expect(
      t.asOwner("update drg_group set version_id = $2 where version_id = $1 and code = 'GZ13'", [
        published,
        draft,
      ]),
    ).rejects.toThrow(/published/);
  });
});
