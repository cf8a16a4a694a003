import {
  DeriveCatalogVersionDocument,
  DipGroupsDocument,
  UpsertTcmDiseasesDocument,
  CreateCatalogVersionDocument,
  GroupCaseDocument,
  PublishCatalogVersionDocument,
  UploadDipCatalogDocument,
  type CaseGroupingInput,
} from '../generated/graphql';
import { codes, send } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/** DIP grouping and TCM-advantage classification through groupCase, and DIP catalog uploads. */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token(Scope.HOSPITAL, 'H51010000001', []);
});
afterAll(() => t.stop());

const base = { sex: 2, age: 52, ageDays: null, birthWeight: null, los: 6, dischargeWay: 1 };
const dip = (diagnoses: string[], procedures: string[], extra: Record<string, unknown> = {}) =>
  send(
    t.url,
    GroupCaseDocument,
    { input: { ...base, diagnoses, procedures, ...extra }, method: 'DIP', asOf: '2025-08-01' },
    token,
  );

describe('DIP through groupCase (national demo DIP catalog)', () => {
  it('core group by principal diagnosis × procedure expression', async () => {
    const r = (await dip(['K80.100'], ['51.2300'])).data!.groupCase;
    expect(r).toMatchObject({
      groupedBy: 'DIP',
      status: 'GROUPED',
      dip: {
        groupCode: 'DC-K80.1-01',
        groupKind: 'CORE',
        baseScore: '150',
        auxFactor: '1',
        adjustedScore: '150',
      },
    });
    expect(r.dip?.group?.name).toContain('腹腔镜下胆囊切除术');
    expect(r.explanation.join('\n')).toContain('CORE');
  });

  it('most matched procedures win (a+b over a)', async () => {
    const r = (await dip(['K80.100'], ['51.2300', '51.8800'])).data!.groupCase;
    expect(r.dip?.groupCode).toBe('DC-K80.1-03');
  });

  it('conservative row when no procedure matches', async () => {
    const r = (await dip(['K80.100x001'], [])).data!.groupCase;
    expect(r.dip?.groupCode).toBe('DC-K80.1-00');
  });

  it('largest auxiliary factor multiplies the score (death)', async () => {
    const r = (await dip(['K80.100'], ['51.2300'], { dischargeWay: 5 })).data!.groupCase;
    expect(r.dip).toMatchObject({ baseScore: '150', auxFactor: '1.2', adjustedScore: '180' });
  });

  it('falls back to a comprehensive group for a subcategory with no core row', async () => {
    // a seeded ICD-10 code whose category has comprehensive groups but whose subcategory has no core/primary row
    const [row] = await t.asOwner<{ code: string; category: string }>(
      `select c.code, left(c.code, 3) as category from code_entry c
       where c.kind = 'ICD10' and c.code ~ '^[A-Z][0-9]{2}\\.[0-9]'
         and exists (select 1 from dip_group g where g.kind = 'COMPREHENSIVE' and g.diagnosis_key = left(c.code, 3))
         and not exists (select 1 from dip_group g where g.kind <> 'COMPREHENSIVE' and g.diagnosis_key = left(c.code, 5))
       order by c.code limit 1`,
    );
    expect(row).toBeDefined();
    const r = (await dip([row.code], [])).data!.groupCase;
    expect(r.dip).toMatchObject({ status: 'GROUPED', groupKind: 'COMPREHENSIVE' });
    expect(r.dip?.groupCode).toContain(row.category);
  });
});

describe('TCM-advantage classification ahead of DRG/DIP', () => {
  const tcmCase = (extra: Record<string, unknown>) =>
    send(
      t.url,
      GroupCaseDocument,
      {
        input: {
          ...base,
          diagnoses: ['K64.800'],
          procedures: ['49.4600'],
          tcmPrincipalDiagnosis: 'BWG000',
          tcmTreatmentShare: '0.30',
          ...extra,
        },
        asOf: '2025-08-01',
        regionCode: '510100',
      },
      token,
    );

  it('classifies an eligible case to the TCM-advantage disease, DRG kept for reference', async () => {
    const r = (await tcmCase({})).data!.groupCase;
    expect(r).toMatchObject({
      groupedBy: 'TCM_ADVANTAGE',
      status: 'CLASSIFIED',
      tcm: { classified: true, disease: { code: 'BWG000' } },
    });
    expect(r.drg).not.toBeNull(); // the DRG/DIP result stays visible for reference
    expect(r.explanation[0]).toContain('TCM-advantage disease');
  });

  it.each([
    ['TCM share below the minimum', { tcmTreatmentShare: '0.05' }, 'SHARE_TOO_LOW'],
    ['length of stay outside the bounds', { los: 30 }, 'LOS_TOO_LONG'],
    ['Western diagnosis not mapped', { diagnoses: ['K80.100'] }, 'ICD_NOT_MAPPED'],
    ['TCM disease not in the catalog', { tcmPrincipalDiagnosis: 'ZZZ999' }, 'NOT_IN_CATALOG'],
  ])('falls back to DRG when the %s', async (_label, extra, reason) => {
    const r = (await tcmCase(extra)).data!.groupCase;
    expect(r.groupedBy).toBe('DRG');
    expect(r.tcm?.classified).toBe(false);
    expect(r.tcm?.reasons.join(' ')).toContain(reason);
  });
});

describe('DIP catalog upload', () => {
  const newDraft = async (owner: string) => {
    const created = await send(
      t.url,
      CreateCatalogVersionDocument,
      {
        input: {
          kind: 'DIP',
          name: `DIP ${owner}`,
          versionLabel: '2026',
          effectiveFrom: '2026-01-01',
          scaleK: '100',
        },
      },
      await t.token(Scope.REGION, owner),
    );
    return created.data!.createCatalogVersion.catalogVersion.id;
  };
  const rows = async (id: string) =>
    (
      await t.asOwner<{ n: number }>(
        'select count(*)::int as n from dip_group where version_id = $1',
        [Buffer.from(id, 'base64url').toString().split(':')[1]],
      )
    )[0].n;

  it('loads CSV groups and JSON-in-CSV auxiliary rows into a draft, which then groups cases', async () => {
    const id = await newDraft('510300');
    const regionToken = await t.token(Scope.REGION, '510300');
    const groups = [
      'code,kind,diagnosisKey,procedureExpression,procedureClass,name,score,averageCost',
      'K80.1-A,CORE,K80.1,51.2300/51.2301,RELATED_SURGERY,"胆囊结石, 腹腔镜",140,14000',
      'K80.1-C,CORE,K80.1,,CONSERVATIVE,胆囊结石保守,55,5500',
      'K80-S,COMPREHENSIVE,K80,,RELATED_SURGERY,胆石症综合手术组,120,12000',
    ].join('\n');
    const aux = ['code,kind,name,condition,factor', 'OLD,AGE,高龄,"{""minAge"":80}",1.1'].join(
      '\n',
    );
    const uploaded = await send(
      t.url,
      UploadDipCatalogDocument,
      { input: { versionId: id, format: 'CSV', groups, auxFactors: aux } },
      regionToken,
    );
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data?.uploadDipCatalog.count).toBe(4);
    await send(t.url, PublishCatalogVersionDocument, { id }, regionToken);
    const r = await send(
      t.url,
      GroupCaseDocument,
      {
        input: { ...base, age: 85, diagnoses: ['K80.100'], procedures: ['51.2301'] },
        catalogVersion: id,
      },
      token,
    );
    expect(r.data?.groupCase.dip).toMatchObject({
      groupCode: 'K80.1-A',
      baseScore: '140',
      auxFactor: '1.1',
      adjustedScore: '154',
    });
  });

  it('refuses a catalog with bad rows, listing each, and stores nothing', async () => {
    const id = await newDraft('510500');
    const groups = JSON.stringify([
      {
        code: 'OK',
        kind: 'CORE',
        diagnosisKey: 'K80.1',
        procedureExpression: '51.2300',
        name: '好',
        score: '100',
        averageCost: '10000',
      },
      {
        code: 'BAD-EXPR',
        kind: 'CORE',
        diagnosisKey: 'K80.1',
        procedureExpression: '51.2300++',
        name: '坏表达式',
        score: '100',
        averageCost: '10000',
      },
      {
        code: 'BAD-SCORE',
        kind: 'CORE',
        diagnosisKey: 'K80.1',
        procedureExpression: '51.2200',
        name: '坏分值',
        score: '-3',
        averageCost: '10000',
      },
      {
        code: 'OK',
        kind: 'CORE',
        diagnosisKey: 'K80.2',
        procedureExpression: null,
        name: '重复编码',
        score: '1',
        averageCost: '1',
      },
    ]);
    const result = await send(
      t.url,
      UploadDipCatalogDocument,
      { input: { versionId: id, format: 'JSON', groups } },
      await t.token(Scope.REGION, '510500'),
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const rowErrors = result.errors![0].extensions!.rowErrors as { row: string; reason: string }[];
    expect(rowErrors.map((e) => e.row)).toEqual(
      expect.arrayContaining(['groups[2]', 'groups[3]', 'groups[4]']),
    );
    expect(rowErrors.map((e) => e.row)).not.toContain('groups[1]');
    expect(await rows(id)).toBe(0);
  });

  it('refuses uploads into someone else’s or a published version', async () => {
    const [national] = await t.asOwner<{ id: string }>(
      "select id from catalog_version where kind = 'DIP' and owner_scope = 'NATIONAL'",
    );
    const id = Buffer.from(`CatalogVersion:${national.id}`).toString('base64url');
    const before = await rows(id);
    const result = await send(
      t.url,
      UploadDipCatalogDocument,
      { input: { versionId: id, format: 'JSON', groups: '[]' } },
      await t.token(Scope.NATIONAL),
    );
    expect(codes(result)).toEqual(['PRECONDITION_FAILED']);
    const foreign = await send(
      t.url,
      UploadDipCatalogDocument,
      { input: { versionId: id, format: 'JSON', groups: '[]' } },
      await t.token(Scope.REGION, '510100'),
    );
    expect(codes(foreign)).toEqual(['FORBIDDEN']);
    expect(await rows(id)).toBe(before);
  });
});

describe('review fixes', () => {
  it('without a method, the most local DRG or DIP catalog in force decides', async () => {
    // Mianyang: a region with no official catalog (Zigong has one by now), so its demo-derived
    // DIP version is eligible (see test/catalog/demo-catalogs.test.ts)
    const mianyang = await t.token(Scope.REGION, '510700');
    const [nationalDip] = await t.asOwner<{ id: string }>(
      "select id from catalog_version where kind = 'DIP' and owner_scope = 'NATIONAL'",
    );
    const derived = await send(
      t.url,
      DeriveCatalogVersionDocument,
      {
        input: {
          parentId: Buffer.from(`CatalogVersion:${nationalDip.id}`).toString('base64url'),
          name: '绵阳DIP',
          versionLabel: '2025',
          effectiveFrom: '2025-10-01',
        },
      },
      mianyang,
    );
    const id = derived.data!.deriveCatalogVersion.catalogVersion.id;
    await send(t.url, PublishCatalogVersionDocument, { id }, mianyang);
    const c = { ...base, diagnoses: ['K80.100'], procedures: ['51.2300'] };
    const my = await send(
      t.url,
      GroupCaseDocument,
      { input: c, asOf: '2025-11-01', regionCode: '510700' },
      token,
    );
    expect(my.data?.groupCase).toMatchObject({ groupedBy: 'DIP', catalogVersion: { id } });
    const cd = await send(
      t.url,
      GroupCaseDocument,
      { input: c, asOf: '2025-11-01', regionCode: '510100' },
      token,
    );
    expect(cd.data?.groupCase.groupedBy).toBe('DRG'); // Chengdu has its own DRG catalog
  });

  it('a derived DIP upload keeps origins relative to the parent', async () => {
    const token510500 = await t.token(Scope.REGION, '510500');
    const parent = await send(
      t.url,
      CreateCatalogVersionDocument,
      {
        input: {
          kind: 'DIP',
          name: '泸州DIP',
          versionLabel: '1',
          effectiveFrom: '2026-01-01',
          scaleK: '100',
        },
      },
      token510500,
    );
    const parentId = parent.data!.createCatalogVersion.catalogVersion.id;
    const row = (code: string, score: string) => ({
      code,
      kind: 'CORE',
      diagnosisKey: 'K80.1',
      procedureExpression: code === 'A' ? '51.2300' : '51.2200',
      name: code,
      score,
      averageCost: '10000',
    });
    await send(
      t.url,
      UploadDipCatalogDocument,
      {
        input: {
          versionId: parentId,
          format: 'JSON',
          groups: JSON.stringify([row('A', '100'), row('B', '120')]),
        },
      },
      token510500,
    );
    await send(t.url, PublishCatalogVersionDocument, { id: parentId }, token510500);
    const child = await send(
      t.url,
      DeriveCatalogVersionDocument,
      { input: { parentId, name: '泸州DIP 2', versionLabel: '2', effectiveFrom: '2026-07-01' } },
      token510500,
    );
    const childId = child.data!.deriveCatalogVersion.catalogVersion.id;
    const upload = JSON.stringify([
      row('A', '100'),
      row('B', '130'),
      { ...row('C', '90'), diagnosisKey: 'K80.2', procedureExpression: null },
    ]);
    await send(
      t.url,
      UploadDipCatalogDocument,
      { input: { versionId: childId, format: 'JSON', groups: upload } },
      token510500,
    );
    const groups = await send(t.url, DipGroupsDocument, { id: childId }, token510500);
    const origins = Object.fromEntries(
      (
        groups.data?.node as { dipGroups: { edges: { node: { code: string; origin: string } }[] } }
      ).dipGroups.edges.map((e) => [e.node.code, e.node.origin]),
    );
    expect(origins).toEqual({ A: 'INHERITED', B: 'OVERRIDDEN', C: 'ADDED' });
  });

  it('refuses non-object DIP rows with a row error', async () => {
    const id = (
      await send(
        t.url,
        CreateCatalogVersionDocument,
        { input: { kind: 'DIP', name: 'x', versionLabel: '1', effectiveFrom: '2026-01-01' } },
        await t.token(Scope.REGION, '510600'),
      )
    ).data!.createCatalogVersion.catalogVersion.id;
    const result = await send(
      t.url,
      UploadDipCatalogDocument,
      { input: { versionId: id, format: 'JSON', groups: '[null, 3]' } },
      await t.token(Scope.REGION, '510600'),
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(
      (result.errors![0].extensions!.rowErrors as { row: string }[]).map((e) => e.row),
    ).toEqual(['groups[1]', 'groups[2]']);
  });

  it('stores TCD codes normalised, so the same disease written twice is one row', async () => {
    const deyang = await t.token(Scope.REGION, '510600');
    const id = (
      await send(
        t.url,
        CreateCatalogVersionDocument,
        {
          input: {
            kind: 'TCM_ADVANTAGE',
            name: '德阳中医优势病种',
            versionLabel: '1',
            effectiveFrom: '2026-01-01',
          },
        },
        deyang,
      )
    ).data!.createCatalogVersion.catalogVersion.id;
    const disease = (code: string) => ({
      code,
      name: '项痹病',
      icd10Codes: ['M47.2'],
      standard: '5200',
      minTcmTreatmentShare: '0.2',
    });
    await send(
      t.url,
      UpsertTcmDiseasesDocument,
      { versionId: id, diseases: [disease(' bnv010 ')] },
      deyang,
    );
    await send(
      t.url,
      UpsertTcmDiseasesDocument,
      { versionId: id, diseases: [disease('BNV010')] },
      deyang,
    );
    const rows = await t.asOwner<{ code: string }>(
      'select code from tcm_disease where version_id = $1',
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    );
    expect(rows).toEqual([{ code: 'BNV010' }]);
    const published = await send(t.url, PublishCatalogVersionDocument, { id }, deyang);
    expect(published.errors).toBeUndefined();
  });
});

describe('another region’s published catalogs are usable by everyone, whole', () => {
  const tcmCase = {
    ...base,
    diagnoses: ['K64.800'],
    procedures: ['49.4600'],
    tcmPrincipalDiagnosis: 'BWG000',
    tcmTreatmentShare: '0.30',
  };
  const versionId = (uuid: string) => Buffer.from(`CatalogVersion:${uuid}`).toString('base64url');
  let chengduDrg: string;
  let mianyangDip: string;
  beforeAll(async () => {
    await createGuizhou(t);
    const [drg] = await t.asOwner<{ id: string }>(
      "select id from catalog_version where kind = 'DRG' and owner_scope = 'REGION' and owner_code = '510100' and status = 'PUBLISHED'",
    );
    chengduDrg = versionId(drg.id);
    // a Sichuan region's own DIP catalog, derived from the national one and published
    const mianyang = await t.token(Scope.REGION, '510700');
    const [nationalDip] = await t.asOwner<{ id: string }>(
      "select id from catalog_version where kind = 'DIP' and owner_scope = 'NATIONAL'",
    );
    const derived = await send(
      t.url,
      DeriveCatalogVersionDocument,
      {
        input: {
          parentId: versionId(nationalDip.id),
          name: '绵阳DIP',
          versionLabel: '2025',
          effectiveFrom: '2025-01-01',
        },
      },
      mianyang,
    );
    mianyangDip = derived.data!.deriveCatalogVersion.catalogVersion.id;
    expect(
      (await send(t.url, PublishCatalogVersionDocument, { id: mianyangDip }, mianyang)).errors,
    ).toBeUndefined();
  });

  const callers: [string, () => Promise<string>][] = [
    ['a region of another province', () => t.token(Scope.REGION, '520100')],
    ['a hospital of another province', () => t.token(Scope.HOSPITAL, 'H52010000001', [])],
    ['another province', () => t.token(Scope.PROVINCE, '520000')],
    ['the national bureau', () => t.token(Scope.NATIONAL)],
  ];
  const group = async (catalogVersion: string, input: CaseGroupingInput, who: string) => {
    const result = await send(
      t.url,
      GroupCaseDocument,
      { input, catalogVersion, asOf: '2025-08-01' },
      who,
    );
    expect(result.errors).toBeUndefined();
    const { caseId, ...rest } = result.data!.groupCase;
    return { caseId, ...rest };
  };

  it.each(callers)(
    '%s groups a TCM case with Chengdu’s DRG catalog as Chengdu does',
    async (_label, who) => {
      const own = await group(chengduDrg, tcmCase, await t.token(Scope.REGION, '510100'));
      expect(own).toMatchObject({ groupedBy: 'TCM_ADVANTAGE', tcm: { classified: true } });
      expect(await group(chengduDrg, tcmCase, await who())).toEqual(own);
    },
  );

  it.each(callers)(
    '%s groups a TCM case with Mianyang’s DIP catalog as Mianyang does',
    async (_label, who) => {
      const input = { ...tcmCase, diagnoses: ['K80.100', 'K64.800'], procedures: ['51.2300'] };
      const own = await group(mianyangDip, input, await t.token(Scope.REGION, '510700'));
      expect(own.tcm).not.toBeNull();
      expect(own.dip).toMatchObject({ status: 'GROUPED' });
      expect(await group(mianyangDip, input, await who())).toEqual(own);
    },
  );

  it('a region code the caller cannot see is still refused when given explicitly', async () => {
    const result = await send(
      t.url,
      GroupCaseDocument,
      { input: tcmCase, asOf: '2025-08-01', regionCode: '510100' },
      await t.token(Scope.REGION, '520100'),
    );
    expect(codes(result)).toEqual(['NOT_FOUND']);
  });
});
