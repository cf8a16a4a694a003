import { randomUUID } from 'node:crypto';
import {
  CreatePaymentStandardDocument,
  PaymentStandardDocument,
  PaymentStandardInForceDocument,
  PublishPaymentStandardDocument,
  RetirePaymentStandardDocument,
  SetPaymentStandardParametersDocument,
  SetPaymentStandardRowsDocument,
  UpdatePaymentStandardDocument,
  type CreatePaymentStandardInput,
} from '../generated/graphql';
import { codes, dataWithoutErrors, send, sendRaw, type GraphQLResult } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { visibilityMatrix, type VisibilitySpec } from '../support/visibility-matrix';
import { todayInChina } from '../../src/shared/dates';

/**
 * Payment standards through the API and at the SQL level as the application role: the catalogs'
 * lifecycle (immutable once published, retirement, draft-only edits), derivation from a
 * province template, the TCM pre-pilot floor, who sees and writes what, and bad input that
 * changes nothing.
 */
let t: TestApp;
let tokens: Record<
  'zigong' | 'chengdu' | 'sichuan' | 'hospital' | 'national' | 'zigongReader',
  string
>;
let sichuanDrg: string;
let nationalDip: string;
let template: string;

const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];

/** What an error response says: code, reason and the extensions a client reads. */
function refusal(result: GraphQLResult<unknown>) {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  return error.extensions as { code: string; reason: string; [key: string]: unknown };
}

const POINT_PARAMETERS = {
  pointValueEmployee: '97.5',
  pointValueResident: '84.25',
  highThresholdBasis: 'BASE_POINT_TIER',
  highRatioTiers: [
    { maxBase: '100', ratio: '3' },
    { maxBase: null, ratio: '2' },
  ],
  lowRatio: '0.4',
  defaultCoefficient: '0.8',
};

function draftInput(
  overrides: Partial<CreatePaymentStandardInput> = {},
): CreatePaymentStandardInput {
  return {
    method: 'DRG_POINTS',
    name: '自贡市2026年DRG点数法支付标准',
    versionLabel: `2026.${randomUUID().slice(0, 8)}`,
    year: 2026,
    effectiveFrom: '2026-01-01',
    catalogVersionId: sichuanDrg,
    ...overrides,
  };
}

async function createDraft(
  token = tokens.zigong,
  overrides: Partial<CreatePaymentStandardInput> = {},
): Promise<string> {
  const created = await send(
    t.url,
    CreatePaymentStandardDocument,
    { input: draftInput(overrides) },
    token,
  );
  return dataWithoutErrors(created).createPaymentStandard.paymentStandard.id;
}

const stored = (id: string) =>
  t.asOwner<{ status: string; parameters: Record<string, unknown>; name: string }>(
    'select status, parameters, name from payment_standard where id = $1',
    [uuidOf(id)],
  );
const rowCount = async (table: string, id: string) =>
  (
    await t.asOwner<{ n: number }>(
      `select count(*)::int as n from ${table} where version_id = $1`,
      [uuidOf(id)],
    )
  )[0].n;

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  tokens = {
    zigong: await t.token(Scope.REGION, '510300'),
    zigongReader: await t.token(Scope.REGION, '510300', []),
    chengdu: await t.token(Scope.REGION, '510100'),
    sichuan: await t.token(Scope.PROVINCE, '510000'),
    hospital: await t.token(Scope.HOSPITAL, 'H51030000001'),
    national: await t.token(Scope.NATIONAL, '000000'),
  };
  const catalogs = await t.asOwner<{ id: string; kind: string; owner_code: string }>(
    "select id, kind, owner_code from catalog_version where status = 'PUBLISHED'",
  );
  sichuanDrg = gid(
    'CatalogVersion',
    catalogs.find((c) => c.kind === 'DRG' && c.owner_code === '510000')!.id,
  );
  nationalDip = gid('CatalogVersion', catalogs.find((c) => c.kind === 'DIP')!.id);
  const [row] = await t.asOwner<{ id: string }>(
    "select id from payment_standard where owner_scope = 'PROVINCE' and owner_code = '510000'",
  );
  template = gid('PaymentStandard', row.id);
});
afterAll(() => t.stop());

describe('lifecycle: DRAFT → PUBLISHED → RETIRED, immutable once published', () => {
  let id: string;

  it('creates a draft, sets its parameters and rows, and publishes it', async () => {
    id = await createDraft();
    const withParameters = await send(
      t.url,
      SetPaymentStandardParametersDocument,
      { id, parameters: POINT_PARAMETERS },
      tokens.zigong,
    );
    const parameters =
      dataWithoutErrors(withParameters).setPaymentStandardParameters.paymentStandard.parameters;
    // stored normalised: the method goes in, every parameter present, defaults filled
    expect(parameters).toMatchObject({
      method: 'DRG_POINTS',
      pointValueEmployee: '97.5',
      lowRatio: '0.4',
      highFormula: 'BASE_PLUS_EXCESS',
    });
    const rows = await send(
      t.url,
      SetPaymentStandardRowsDocument,
      {
        input: {
          id,
          coefficients: [
            { level: 'TERTIARY', grade: 'A', coefficient: '1.0000' },
            { level: 'SECONDARY', coefficient: '0.88' },
            { hospitalCode: 'H51030000001', groupCode: 'GB25', coefficient: '1.1' },
          ],
          outOfRegionCoefficients: [{ insuredRegionCode: '510100', coefficient: '0.97' }],
          bedDays: [{ categoryCode: 'PSY', dailyPoints: '3.2', maxDays: 180 }],
          tcmAdvantage: [
            { diseaseCode: 'A17.01', standard: '5200.00', prePilotStandard: '5000.00' },
          ],
          exclusionItems: [
            { itemKind: 'DRUG', code: 'XL01XC', name: '某新药', effectiveFrom: '2026-01-01' },
          ],
        },
      },
      tokens.zigong,
    );
    expect(dataWithoutErrors(rows).setPaymentStandardRows.paymentStandard).toMatchObject({
      coefficients: { totalCount: 3 },
      outOfRegionCoefficients: { totalCount: 1 },
      bedDays: { totalCount: 1 },
      tcmAdvantage: { totalCount: 1 },
      exclusionItems: { totalCount: 1 },
    });
    const published = await send(t.url, PublishPaymentStandardDocument, { id }, tokens.zigong);
    expect(dataWithoutErrors(published).publishPaymentStandard.paymentStandard.status).toBe(
      'PUBLISHED',
    );
    const read = dataWithoutErrors(
      await send(t.url, PaymentStandardDocument, { id, first: 10 }, tokens.zigong),
    ).node as {
      coefficients: { edges: { node: Record<string, unknown> }[] };
    };
    expect(read.coefficients.edges.map((e) => e.node)).toEqual([
      {
        hospitalCode: 'H51030000001',
        level: null,
        grade: null,
        groupCode: 'GB25',
        coefficient: '1.1000',
      },
      {
        hospitalCode: null,
        level: 'SECONDARY',
        grade: null,
        groupCode: null,
        coefficient: '0.8800',
      },
      { hospitalCode: null, level: 'TERTIARY', grade: 'A', groupCode: null, coefficient: '1.0000' },
    ]);
  });

  it('refuses every edit of a published standard through the API, and changes nothing', async () => {
    const before = await stored(id);
    const attempts = [
      await send(
        t.url,
        SetPaymentStandardParametersDocument,
        { id, parameters: { ...POINT_PARAMETERS, lowRatio: '0.3' } },
        tokens.zigong,
      ),
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        { input: { id, coefficients: [] } },
        tokens.zigong,
      ),
      await send(
        t.url,
        UpdatePaymentStandardDocument,
        { input: { id, name: 'renamed' } },
        tokens.zigong,
      ),
      await send(t.url, PublishPaymentStandardDocument, { id }, tokens.zigong),
    ];
    for (const attempt of attempts)
      expect(refusal(attempt)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NOT_DRAFT' });
    expect(await stored(id)).toEqual(before);
    expect(await rowCount('standard_coefficient', id)).toBe(3);
  });

  it('is immutable in the database for every role: the shared version_lifecycle and version_rows_frozen triggers', async () => {
    const uuid = uuidOf(id);
    await expect(
      t.asOwner(`update payment_standard set parameters = '{}' where id = $1`, [uuid]),
    ).rejects.toMatchObject({ hint: 'STANDARD_IMMUTABLE' });
    await expect(
      t.asOwner(`update standard_coefficient set coefficient = 2 where version_id = $1`, [uuid]),
    ).rejects.toMatchObject({ hint: 'STANDARD_IMMUTABLE' });
    await expect(
      t.asOwner(`delete from standard_tcm_advantage where version_id = $1`, [uuid]),
    ).rejects.toMatchObject({ hint: 'STANDARD_IMMUTABLE' });
    await expect(
      t.asOwner(
        `insert into standard_out_of_region_coefficient (version_id, province_code, insured_region_code, coefficient) values ($1, '510000', '510700', 1)`,
        [uuid],
      ),
    ).rejects.toMatchObject({ hint: 'STANDARD_IMMUTABLE' });
    // the catalogs' trigger is the same function and still raises its own rule
    const [catalog] = await t.asOwner<{ id: string }>(
      "select id from catalog_version where status = 'PUBLISHED' limit 1",
    );
    await expect(
      t.asOwner(`update catalog_version set name = 'x' where id = $1`, [catalog.id]),
    ).rejects.toMatchObject({ hint: 'CATALOG_IMMUTABLE' });
    expect(
      await t.asOwner(
        "select tgname, tgfoid::regproc::text as fn from pg_trigger where tgname in ('payment_standard_lifecycle', 'catalog_version_lifecycle', 'drg_group_frozen', 'standard_coefficient_frozen') order by 1",
      ),
    ).toEqual([
      { tgname: 'catalog_version_lifecycle', fn: 'version_lifecycle' },
      { tgname: 'drg_group_frozen', fn: 'version_rows_frozen' },
      { tgname: 'payment_standard_lifecycle', fn: 'version_lifecycle' },
      { tgname: 'standard_coefficient_frozen', fn: 'version_rows_frozen' },
    ]);
  });

  it('is in force from its first day, and retired from a day on (never in the past)', async () => {
    const inForce = (asOf: string) =>
      send(
        t.url,
        PaymentStandardInForceDocument,
        { method: 'DRG_POINTS', asOf },
        tokens.zigongReader,
      );
    // 2025: the demo standard; 2026: this one
    expect(dataWithoutErrors(await inForce('2026-02-01')).paymentStandardInForce?.id).toBe(id);
    expect(dataWithoutErrors(await inForce('2025-02-01')).paymentStandardInForce?.id).not.toBe(id);
    const past = await send(
      t.url,
      RetirePaymentStandardDocument,
      { id, retiredOn: '2020-01-01' },
      tokens.zigong,
    );
    expect(refusal(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retiredOn' });
    const retired = await send(
      t.url,
      RetirePaymentStandardDocument,
      { id, retiredOn: '2099-01-01' },
      tokens.zigong,
    );
    expect(dataWithoutErrors(retired).retirePaymentStandard.paymentStandard).toMatchObject({
      status: 'RETIRED',
      retiredOn: '2099-01-01',
    });
    expect(dataWithoutErrors(await inForce('2026-02-01')).paymentStandardInForce?.id).toBe(id);
    // from the retirement day on, the open-ended 2025 demo standard is the latest in force again
    expect(dataWithoutErrors(await inForce('2099-01-01')).paymentStandardInForce).toMatchObject({
      ownerCode: '510300',
      versionLabel: '2025-demo',
    });
    const again = await send(t.url, RetirePaymentStandardDocument, { id }, tokens.zigong);
    expect(refusal(again)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NOT_PUBLISHED' });
    await expect(
      t.asOwner(`update payment_standard set status = 'PUBLISHED' where id = $1`, [uuidOf(id)]),
    ).rejects.toMatchObject({ hint: 'STANDARD_IMMUTABLE' });
  });

  it('retires today by default, and refuses to retire a draft', async () => {
    const draft = await createDraft();
    const refused = await send(t.url, RetirePaymentStandardDocument, { id: draft }, tokens.zigong);
    expect(refusal(refused)).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'NOT_PUBLISHED',
    });
    await send(
      t.url,
      SetPaymentStandardParametersDocument,
      { id: draft, parameters: POINT_PARAMETERS },
      tokens.zigong,
    );
    dataWithoutErrors(
      await send(t.url, PublishPaymentStandardDocument, { id: draft }, tokens.zigong),
    );
    const retired = await send(t.url, RetirePaymentStandardDocument, { id: draft }, tokens.zigong);
    expect(dataWithoutErrors(retired).retirePaymentStandard.paymentStandard.retiredOn).toBe(
      todayInChina(),
    );
  });

  it('refuses to publish without the catalog it prices', async () => {
    const draft = await createDraft(tokens.zigong, {
      catalogVersionId: null,
      parameters: POINT_PARAMETERS,
    });
    const refused = refusal(
      await send(t.url, PublishPaymentStandardDocument, { id: draft }, tokens.zigong),
    );
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NO_CATALOG' });
    dataWithoutErrors(
      await send(
        t.url,
        UpdatePaymentStandardDocument,
        { input: { id: draft, catalogVersionId: sichuanDrg } },
        tokens.zigong,
      ),
    );
    const published = await send(
      t.url,
      PublishPaymentStandardDocument,
      { id: draft },
      tokens.zigong,
    );
    expect(dataWithoutErrors(published).publishPaymentStandard.paymentStandard.status).toBe(
      'PUBLISHED',
    );
  });

  it('refuses to publish incomplete parameters, listing every missing one', async () => {
    const draft = await createDraft();
    const refused = refusal(
      await send(t.url, PublishPaymentStandardDocument, { id: draft }, tokens.zigong),
    );
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'INCOMPLETE_PARAMETERS' });
    expect(refused.fieldErrors).toEqual([
      { code: 'REQUIRED', path: 'parameters.method', message: 'is required' },
    ]);
    expect((await stored(draft))[0].status).toBe('DRAFT');
  });
});

describe('derivation from a province template', () => {
  it("copies the template's parameters and rows into the region's draft, which then changes on its own", async () => {
    const id = await createDraft(tokens.zigong, { parentId: template, catalogVersionId: null });
    const child = dataWithoutErrors(
      await send(t.url, PaymentStandardDocument, { id, first: 100 }, tokens.zigong),
    ).node as Record<string, never>;
    const parent = dataWithoutErrors(
      await send(t.url, PaymentStandardDocument, { id: template, first: 100 }, tokens.zigong),
    ).node as Record<string, never>;
    expect(child).toMatchObject({
      status: 'DRAFT',
      ownerCode: '510300',
      demo: true,
      parent: { id: template },
    });
    expect(child.parameters).toEqual(parent.parameters);
    expect(child.catalogVersion).toEqual(parent.catalogVersion);
    for (const table of ['coefficients', 'bedDays', 'tcmAdvantage', 'exclusionItems'] as const)
      expect(child[table]).toEqual(parent[table]);
    // the draft's own change leaves the template alone
    dataWithoutErrors(
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        { input: { id, coefficients: [{ level: 'PRIMARY', coefficient: '0.7' }] } },
        tokens.zigong,
      ),
    );
    expect(await rowCount('standard_coefficient', id)).toBe(1);
    expect(await rowCount('standard_coefficient', template)).toBe(5);
  });

  it('lets the province derive its next template, and refuses what is not above the caller', async () => {
    const next = await createDraft(tokens.sichuan, { parentId: template, name: '四川省模板2026' });
    expect((await stored(next))[0].status).toBe('DRAFT');
    const [chengdu] = await t.asOwner<{ id: string }>(
      "select id from payment_standard where owner_code = '510100'",
    );
    const notAbove = await send(
      t.url,
      CreatePaymentStandardDocument,
      { input: draftInput({ parentId: gid('PaymentStandard', chengdu.id) }) },
      tokens.zigong,
    );
    expect(refusal(notAbove)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AN_ANCESTOR' });
    const draftParent = await send(
      t.url,
      CreatePaymentStandardDocument,
      { input: draftInput({ parentId: next }) },
      tokens.zigong,
    );
    // another owner's draft is invisible
    expect(refusal(draftParent)).toMatchObject({ code: 'NOT_FOUND' });
    const ownDraft = await createDraft();
    const fromDraft = await send(
      t.url,
      CreatePaymentStandardDocument,
      { input: draftInput({ parentId: ownDraft }) },
      tokens.zigong,
    );
    expect(refusal(fromDraft)).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'NOT_PUBLISHED',
    });
    const otherMethod = await send(
      t.url,
      CreatePaymentStandardDocument,
      {
        input: draftInput({
          parentId: template,
          method: 'DIP_SCORE',
          catalogVersionId: nationalDip,
        }),
      },
      tokens.zigong,
    );
    expect(refusal(otherMethod)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'method' });
  });
});

describe('TCM-advantage standards may not fall below the pre-pilot standard (seed 000 二(二))', () => {
  it('refuses to publish, listing the offending rows, and the draft stays a draft', async () => {
    const id = await createDraft();
    await send(
      t.url,
      SetPaymentStandardParametersDocument,
      { id, parameters: POINT_PARAMETERS },
      tokens.zigong,
    );
    dataWithoutErrors(
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        {
          input: {
            id,
            tcmAdvantage: [
              { diseaseCode: 'A01.03.04', standard: '4800.00', prePilotStandard: '5000.00' },
              { diseaseCode: 'A17.01', standard: '6000', prePilotStandard: '6000' },
              { diseaseCode: 'BNG050', standard: '9999.99', prePilotStandard: '10000' },
            ],
          },
        },
        tokens.zigong,
      ),
    );
    const refused = refusal(
      await send(t.url, PublishPaymentStandardDocument, { id }, tokens.zigong),
    );
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'TCM_BELOW_PRE_PILOT' });
    expect(refused.rows).toEqual([
      { diseaseCode: 'A01.03.04', standard: '4800.00', prePilotStandard: '5000.00' },
      { diseaseCode: 'BNG050', standard: '9999.99', prePilotStandard: '10000.00' },
    ]);
    expect((await stored(id))[0].status).toBe('DRAFT');
    // corrected, it publishes
    dataWithoutErrors(
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        {
          input: {
            id,
            tcmAdvantage: [
              { diseaseCode: 'A01.03.04', standard: '5000', prePilotStandard: '5000' },
            ],
          },
        },
        tokens.zigong,
      ),
    );
    expect(
      dataWithoutErrors(await send(t.url, PublishPaymentStandardDocument, { id }, tokens.zigong))
        .publishPaymentStandard.paymentStandard.status,
    ).toBe('PUBLISHED');
  });
});

describe('who sees payment standards (row-level security, as the application role)', () => {
  const principals: VisibilitySpec['principals'] = {
    chengdu: { scope: 'REGION', code: '510100', province: '510000' },
    chengduHospital: { scope: 'HOSPITAL', code: 'H51010000001', province: '510000' },
    sichuan: { scope: 'PROVINCE', code: '510000', province: '510000' },
    zigong: { scope: 'REGION', code: '510300', province: '510000' },
    zigongHospital: { scope: 'HOSPITAL', code: 'H51030000001', province: '510000' },
    guizhou: { scope: 'PROVINCE', code: '520000', province: '520000' },
    guiyang: { scope: 'REGION', code: '520100', province: '520000' },
    guiyangHospital: { scope: 'HOSPITAL', code: 'H52010000001', province: '520000' },
    national: { scope: 'NATIONAL', code: '000000', province: '' },
  };
  let keys: Record<'chengdu' | 'chengduDraft' | 'zigong' | 'template' | 'guiyang', string>;

  beforeAll(async () => {
    const chengduDraft = await createDraft(tokens.chengdu, { name: '成都市草稿' });
    dataWithoutErrors(
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        { input: { id: chengduDraft, coefficients: [{ level: 'TERTIARY', coefficient: '1' }] } },
        tokens.chengdu,
      ),
    );
    // Guiyang's standard, written as the owner role (the positive control for Guizhou)
    const guiyang = randomUUID();
    await t.asOwner(
      `insert into payment_standard (id, method, name, version_label, year, owner_scope, owner_code, province_code, effective_from, parameters)
       values ($1, 'DIP_SCORE', '贵阳市DIP支付标准', '2025.1', 2025, 'REGION', '520100', '520000', '2025-01-01', '{}')`,
      [guiyang],
    );
    await t.asOwner(
      `insert into standard_coefficient (version_id, province_code, level, coefficient) values ($1, '520000', 'TERTIARY', 1)`,
      [guiyang],
    );
    await t.asOwner(
      `update payment_standard set status = 'PUBLISHED', published_at = now() where id = $1`,
      [guiyang],
    );
    const published = await t.asOwner<{ id: string; owner_code: string }>(
      "select id, owner_code from payment_standard where year = 2025 and demo and owner_code in ('510100', '510300', '510000')",
    );
    keys = {
      chengdu: published.find((r) => r.owner_code === '510100')!.id,
      zigong: published.find((r) => r.owner_code === '510300')!.id,
      template: published.find((r) => r.owner_code === '510000')!.id,
      chengduDraft: uuidOf(chengduDraft),
      guiyang,
    };
  });

  const matrix = (table: string, keyColumn: string): VisibilitySpec => ({
    table,
    keyColumn,
    principals,
    rows: [
      // published: the owner, its hospitals, its province, the other regions of the province, NATIONAL
      {
        key: keys.chengdu,
        visibleTo: ['chengdu', 'chengduHospital', 'sichuan', 'zigong', 'national'],
      },
      {
        key: keys.zigong,
        visibleTo: ['zigong', 'zigongHospital', 'sichuan', 'chengdu', 'national'],
      },
      // a draft: its owner only
      { key: keys.chengduDraft, visibleTo: ['chengdu'] },
      // a province template: the province and its regions (not hospitals), NATIONAL
      { key: keys.template, visibleTo: ['sichuan', 'chengdu', 'zigong', 'national'] },
      // another province: nothing of it in Sichuan, all of it in Guizhou
      { key: keys.guiyang, visibleTo: ['guiyang', 'guiyangHospital', 'guizhou', 'national'] },
    ],
  });

  it('payment_standard', async () => {
    await visibilityMatrix(t, matrix('payment_standard', 'id'));
  });

  it('the rows follow their standard (standard_coefficient)', async () => {
    await visibilityMatrix(t, matrix('standard_coefficient', 'version_id'));
  });

  it('answers another province with null and NOT_FOUND through the API, while the owner sees it', async () => {
    const guiyangToken = await t.token(Scope.REGION, '520100', []);
    const id = gid('PaymentStandard', keys.chengdu);
    expect(
      dataWithoutErrors(await send(t.url, PaymentStandardDocument, { id }, guiyangToken)).node,
    ).toBeNull();
    expect(
      dataWithoutErrors(await send(t.url, PaymentStandardDocument, { id }, tokens.chengdu)).node,
    ).toMatchObject({ id });
    const inForce = await send(
      t.url,
      PaymentStandardInForceDocument,
      { method: 'DRG_POINTS', asOf: '2025-06-01', regionCode: '510100' },
      guiyangToken,
    );
    expect(refusal(inForce)).toMatchObject({ code: 'NOT_FOUND', field: 'regionCode' });
  });
});

describe('write refusals', () => {
  it('lets only regions and provinces write, with the ADMIN role', async () => {
    for (const token of [tokens.hospital, tokens.national]) {
      const refused = await send(
        t.url,
        CreatePaymentStandardDocument,
        { input: draftInput() },
        token,
      );
      expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_SCOPE' });
    }
    const noAdmin = await send(
      t.url,
      CreatePaymentStandardDocument,
      { input: draftInput() },
      tokens.zigongReader,
    );
    expect(codes(noAdmin)).toEqual(['FORBIDDEN']);
  });

  it("refuses another owner's standards: its draft is invisible, its published one not the caller's", async () => {
    const chengduDraft = await createDraft(tokens.chengdu, { name: '成都市草稿二' });
    const invisible = await send(
      t.url,
      SetPaymentStandardParametersDocument,
      { id: chengduDraft, parameters: POINT_PARAMETERS },
      tokens.zigong,
    );
    expect(refusal(invisible)).toMatchObject({ code: 'NOT_FOUND' });
    const [chengdu] = await t.asOwner<{ id: string }>(
      "select id from payment_standard where owner_code = '510100' and status = 'PUBLISHED'",
    );
    const notOwner = await send(
      t.url,
      RetirePaymentStandardDocument,
      { id: gid('PaymentStandard', chengdu.id) },
      tokens.zigong,
    );
    expect(refusal(notOwner)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
    // the province reads its regions' standards but does not write them
    const province = await send(
      t.url,
      RetirePaymentStandardDocument,
      { id: gid('PaymentStandard', chengdu.id) },
      tokens.sichuan,
    );
    expect(refusal(province)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
    expect((await stored(gid('PaymentStandard', chengdu.id)))[0].status).toBe('PUBLISHED');
  });

  it('refuses at the SQL level, as the application role, what the service would not send', async () => {
    const zigong = { scope: 'REGION', code: '510300', province: '510000' };
    const chengduDraft = uuidOf(await createDraft(tokens.chengdu, { name: '成都市草稿三' }));
    // a standard in another region's name
    await expect(
      t.asApp(
        zigong,
        `insert into payment_standard (id, method, name, version_label, year, owner_scope, owner_code, province_code, effective_from)
         values ($1, 'DRG_POINTS', 'x', 'x', 2026, 'REGION', '510100', '510000', '2026-01-01')`,
        [randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    // rows into another region's draft
    await expect(
      t.asApp(
        zigong,
        `insert into standard_coefficient (version_id, province_code, level, coefficient) values ($1, '510000', 'PRIMARY', 1)`,
        [chengduDraft],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    // a published standard straight in (policies admit drafts only)
    await expect(
      t.asApp(
        zigong,
        `insert into payment_standard (id, method, name, version_label, year, owner_scope, owner_code, province_code, effective_from, status)
         values ($1, 'DRG_POINTS', 'x', 'x', 2026, 'REGION', '510300', '510000', '2026-01-01', 'PUBLISHED')`,
        [randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    // updates of another region's rows touch nothing (invisible to the update)
    const updated = await t.asApp(
      zigong,
      `update payment_standard set name = 'taken' where owner_code = '510100' returning id`,
    );
    expect(updated).toEqual([]);
    // positive control: its own draft takes rows
    const own = uuidOf(await createDraft());
    expect(
      await t.asApp(
        zigong,
        `insert into standard_coefficient (version_id, province_code, level, coefficient) values ($1, '510000', 'PRIMARY', 1) returning level`,
        [own],
      ),
    ).toEqual([{ level: 'PRIMARY' }]);
  });
});

describe('bad input: a coded error with field paths, and nothing written', () => {
  it('parameters: every refused value with its path', async () => {
    const id = await createDraft();
    await send(
      t.url,
      SetPaymentStandardParametersDocument,
      { id, parameters: POINT_PARAMETERS },
      tokens.zigong,
    );
    const before = await stored(id);
    const refused = refusal(
      await send(
        t.url,
        SetPaymentStandardParametersDocument,
        {
          id,
          parameters: {
            ...POINT_PARAMETERS,
            lowRatio: 0.4,
            highFormula: 'DOUBLE',
            hihgRatio: '3',
            highRatioTiers: [{ maxBase: '100', ratio: '3' }],
          },
        },
        tokens.zigong,
      ),
    );
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PARAMETERS',
      field: 'parameters.hihgRatio',
    });
    expect(
      (refused.fieldErrors as { path: string; code: string }[]).map((e) => [e.code, e.path]),
    ).toEqual([
      ['UNKNOWN_FIELD', 'parameters.hihgRatio'],
      ['WRONG_TYPE', 'parameters.lowRatio'],
      ['NOT_ALLOWED', 'parameters.highFormula'],
    ]);
    const inconsistent = refusal(
      await send(
        t.url,
        SetPaymentStandardParametersDocument,
        { id, parameters: { ...POINT_PARAMETERS, method: 'DIP_SCORE' } },
        tokens.zigong,
      ),
    );
    expect(inconsistent).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parameters.method' });
    expect(await stored(id)).toEqual(before);
  });

  it('rows: one bad row refuses the whole call, every bad row listed, earlier rows kept', async () => {
    const id = await createDraft();
    dataWithoutErrors(
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        { input: { id, coefficients: [{ level: 'TERTIARY', coefficient: '1' }] } },
        tokens.zigong,
      ),
    );
    const refused = refusal(
      await send(
        t.url,
        SetPaymentStandardRowsDocument,
        {
          input: {
            id,
            coefficients: [
              { level: 'SECONDARY', coefficient: '0.9' },
              { level: 'PRIMARY', coefficient: '0.12345' },
              { hospitalCode: 'H51010000001', coefficient: '1' }, // Chengdu's hospital, not Zigong's
              { grade: 'A', coefficient: '1' },
              { level: 'SECONDARY', coefficient: '0.8' },
            ],
            outOfRegionCoefficients: [{ insuredRegionCode: '520100', coefficient: '1' }],
            tcmAdvantage: [{ diseaseCode: 'A17.01', standard: '0', prePilotStandard: '1' }],
          },
        },
        tokens.zigong,
      ),
    );
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ROWS',
      field: 'coefficients[1].coefficient',
    });
    expect(
      (refused.fieldErrors as { path: string; code: string }[]).map((e) => [e.code, e.path]),
    ).toEqual([
      ['TOO_PRECISE', 'coefficients[1].coefficient'],
      ['INCONSISTENT', 'coefficients[3]'],
      ['INCONSISTENT', 'coefficients[3].grade'],
      ['DUPLICATE', 'coefficients[4]'],
      ['NOT_FOUND', 'coefficients[2].hospitalCode'],
      ['NOT_FOUND', 'outOfRegionCoefficients[0].insuredRegionCode'],
      ['OUT_OF_RANGE', 'tcmAdvantage[0].standard'],
    ]);
    expect(await rowCount('standard_coefficient', id)).toBe(1);
    expect(await rowCount('standard_tcm_advantage', id)).toBe(0);
  });

  it('one request is one transaction: a later refused mutation undoes an earlier accepted one', async () => {
    const count = async () =>
      (await t.asOwner<{ n: number }>('select count(*)::int as n from payment_standard'))[0].n;
    const before = await count();
    const result = await sendRaw<Record<string, unknown>>(
      t.url,
      JSON.stringify({
        query: `mutation ($input: CreatePaymentStandardInput!, $id: ID!) {
          created: createPaymentStandard(input: $input) { paymentStandard { id } }
          refused: publishPaymentStandard(id: $id) { paymentStandard { id } }
        }`,
        variables: { input: draftInput(), id: template },
      }),
      tokens.zigong,
    );
    expect(codes(result)).toEqual(['FORBIDDEN']);
    // the first mutation ran without error; only the second was refused (its non-null payload
    // nulls the whole data), and the request rolled back as a whole
    expect(result.errors?.map((e) => e.path)).toEqual([['refused']]);
    expect(result.data ?? null).toBeNull();
    expect(await count()).toBe(before);
  });

  it('drafts: bad fields, a catalog of the wrong kind, a duplicate label — nothing created', async () => {
    const count = async () =>
      (await t.asOwner<{ n: number }>('select count(*)::int as n from payment_standard'))[0].n;
    const before = await count();
    const cases: [Partial<CreatePaymentStandardInput>, Record<string, unknown>][] = [
      [{ name: '  ' }, { code: 'BAD_USER_INPUT', field: 'name' }],
      [{ year: 1999 }, { code: 'BAD_USER_INPUT', field: 'year' }],
      [{ effectiveTo: '2025-12-31' }, { code: 'BAD_USER_INPUT', field: 'effectiveTo' }],
      [{ catalogVersionId: nationalDip }, { code: 'BAD_USER_INPUT', reason: 'CATALOG_MISMATCH' }],
      [
        { parameters: { lowRatio: 'low' } },
        { code: 'BAD_USER_INPUT', field: 'parameters.lowRatio' },
      ],
      [{ parentId: sichuanDrg }, { code: 'BAD_USER_INPUT', field: 'parentId' }],
    ];
    for (const [overrides, expected] of cases) {
      const result = await send(
        t.url,
        CreatePaymentStandardDocument,
        { input: draftInput(overrides) },
        tokens.zigong,
      );
      expect({ overrides, error: refusal(result) }).toMatchObject({ overrides, error: expected });
    }
    expect(await count()).toBe(before);
    await createDraft(tokens.zigong, { versionLabel: 'dup' });
    const duplicate = await send(
      t.url,
      CreatePaymentStandardDocument,
      { input: draftInput({ versionLabel: 'dup' }) },
      tokens.zigong,
    );
    expect(refusal(duplicate)).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    expect(await count()).toBe(before + 1);
  });
});
