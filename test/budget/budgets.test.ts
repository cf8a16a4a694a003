import { randomUUID } from 'node:crypto';
import {
  BudgetDocument,
  BudgetInForceDocument,
  BudgetNodeDocument,
  BudgetsDocument,
  CreateBudgetDocument,
  PublishBudgetDocument,
  RetireBudgetDocument,
  SetBudgetParametersDocument,
  SetBudgetRowsDocument,
  UpdateBudgetDocument,
  type CreateBudgetInput,
  type SetBudgetRowsInput,
} from '../generated/graphql';
import { dataWithoutErrors, send, type GraphQLResult } from '../support/client';
import { createGuizhou } from '../support/fixtures';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { visibilityMatrix, type VisibilitySpec } from '../support/visibility-matrix';

/**
 * Global budgets (总额预算) through the API and at the SQL level as the application role: the
 * shared version lifecycle (immutable once published, also to a direct UPDATE), publish checks,
 * the prepayment conditions (医保办函〔2024〕101号), who sees what, bad input that writes nothing,
 * and the demo budgets.
 */
let t: TestApp;
let tokens: Record<
  'zigong' | 'chengdu' | 'deyang' | 'sichuan' | 'national' | 'hospital' | 'guiyang',
  string
>;

const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];

function refusal(result: GraphQLResult<unknown>) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0].extensions as {
    code: string;
    reason: string;
    fieldErrors?: { path: string; code: string }[];
    [key: string]: unknown;
  };
}

const PARAMETERS = {
  fundBudgetEmployee: '3000000000',
  fundBudgetResident: '2000000000',
  reserveShare: '0.05',
  pointValueFormula: 'FUND_OVER_POINTS',
  monthlyPaymentShare: '0.9',
  qualityDepositShare: '0.05',
};

const BANDS = {
  surplusBands: [
    { upToShare: '0.1', share: '0.6' },
    { upToShare: null, share: '0.3' },
  ],
  overspendBands: [{ upToShare: null, share: '0.5' }],
};

async function createDraft(
  token = tokens.zigong,
  overrides: Partial<CreateBudgetInput> = {},
): Promise<string> {
  const created = await send(
    t.url,
    CreateBudgetDocument,
    {
      input: {
        name: '自贡市2026年医保基金总额预算',
        versionLabel: `2026.${randomUUID().slice(0, 8)}`,
        year: 2026,
        effectiveFrom: '2026-01-01',
        effectiveTo: '2027-01-01',
        parameters: PARAMETERS,
        ...overrides,
      },
    },
    token,
  );
  return dataWithoutErrors(created).createBudget.budget.id;
}

async function setRows(id: string, rows: Omit<SetBudgetRowsInput, 'id'>, token = tokens.zigong) {
  return send(t.url, SetBudgetRowsDocument, { input: { id, ...rows } }, token);
}

const counts = async (id: string) =>
  (
    await t.asOwner<Record<string, number>>(
      `select (select count(*)::int from budget_out_of_region where version_id = $1) as "outOfRegion",
              (select count(*)::int from budget_prepayment where version_id = $1) as prepayments,
              (select count(*)::int from budget_alliance where version_id = $1) as alliances,
              (select count(*)::int from budget_alliance_member where version_id = $1) as members`,
      [uuidOf(id)],
    )
  )[0];

beforeAll(async () => {
  t = await startTestApp();
  await createGuizhou(t);
  tokens = {
    zigong: await t.token(Scope.REGION, '510300'),
    chengdu: await t.token(Scope.REGION, '510100'),
    deyang: await t.token(Scope.REGION, '510600'),
    sichuan: await t.token(Scope.PROVINCE, '510000'),
    national: await t.token(Scope.NATIONAL, '000000'),
    hospital: await t.token(Scope.HOSPITAL, 'H51030000001'),
    guiyang: await t.token(Scope.REGION, '520100'),
  };
});
afterAll(() => t.stop());

describe('demo budgets', () => {
  it('seeds a published 2025 budget for every demo region, and one alliance in 德阳', async () => {
    const list = dataWithoutErrors(
      await send(
        t.url,
        BudgetsDocument,
        { filter: { year: 2025, status: 'PUBLISHED' }, first: 50 },
        tokens.sichuan,
      ),
    ).budgets;
    expect(list.totalCount).toBe(9);
    expect(list.edges.every((e) => e.node.demo)).toBe(true);

    const inForce = dataWithoutErrors(
      await send(
        t.url,
        BudgetInForceDocument,
        { regionCode: '510600', day: '2025-06-30' },
        tokens.deyang,
      ),
    ).budgetInForce;
    expect(inForce?.status).toBe('PUBLISHED');
    const budget = dataWithoutErrors(
      await send(t.url, BudgetDocument, { id: inForce!.id }, tokens.deyang),
    ).budget!;
    expect(budget.alliances.edges.map((e) => e.node.code)).toEqual(['DY-YLT-01']);
    expect(budget.alliances.edges[0].node.surplusBands).toEqual(BANDS.surplusBands);
    expect(budget.allianceMembers.totalCount).toBe(5);
    // 1 month × (120,000,000 + 112,000,000 + 105,000,000) / 3, the balance covering 14.5 months
    expect(budget.prepayments.edges[0].node.granted).toBe('112333333.33');
    expect(budget.parameters).toMatchObject({ reserveShare: '0.05', monthlyPaymentShare: '0.95' });
    // no budget in force outside its period
    expect(
      dataWithoutErrors(
        await send(
          t.url,
          BudgetInForceDocument,
          { regionCode: '510600', day: '2026-01-01' },
          tokens.deyang,
        ),
      ).budgetInForce,
    ).toBeNull();
  });
});

describe('lifecycle', () => {
  it('edits a draft, publishes it (granting prepayments), then refuses every change, the database too', async () => {
    const id = await createDraft();
    const updated = await send(
      t.url,
      UpdateBudgetDocument,
      { input: { id, name: '自贡市2026年总额预算（修订）', notes: '协商后' } },
      tokens.zigong,
    );
    expect(dataWithoutErrors(updated).updateBudget.budget).toMatchObject({
      name: '自贡市2026年总额预算（修订）',
      status: 'DRAFT',
    });
    dataWithoutErrors(
      await setRows(id, {
        outOfRegion: [
          { insuredRegionCode: '510100', insuranceType: 'EMPLOYEE', amount: '12000000.00' },
        ],
        prepayments: [
          {
            hospitalCode: 'H51030000001',
            insuranceType: 'EMPLOYEE',
            monthlySpending: ['3000000', '2800000'],
            fundBalanceMonths: '12',
          },
          {
            hospitalCode: 'H51030000002',
            insuranceType: 'EMPLOYEE',
            monthlySpending: ['3000000'],
            fundBalanceMonths: '11.99',
          },
          {
            hospitalCode: 'H51030000002',
            insuranceType: 'RESIDENT',
            monthlySpending: ['1000000'],
            fundBalanceMonths: '6',
          },
        ],
        alliances: [
          {
            code: 'ZG-1',
            name: '自贡市医联体',
            leadHospitalCode: 'H51030000001',
            budgetEmployee: '50000000.00',
            budgetResident: '30000000',
            monthlyPrepayment: '5000000',
            ...BANDS,
            members: [
              { hospitalCode: 'H51030000001' },
              { hospitalCode: 'H51030000002', tilt: '1.2' },
            ],
          },
        ],
      }),
    );
    // the parameters may change the conditions until publication: granted is computed again then
    dataWithoutErrors(
      await send(
        t.url,
        SetBudgetParametersDocument,
        { id, parameters: { ...PARAMETERS, prepaymentHistoryYears: 2 } },
        tokens.zigong,
      ),
    );
    const published = await send(t.url, PublishBudgetDocument, { id }, tokens.zigong);
    expect(dataWithoutErrors(published).publishBudget.budget.status).toBe('PUBLISHED');
    const read = dataWithoutErrors(
      await send(t.url, BudgetDocument, { id }, tokens.zigong),
    ).budget!;
    expect(read.prepayments.edges.map((e) => [e.node.hospitalCode, e.node.granted])).toEqual([
      // two years averaged at the employee minimum of 12 months
      ['H51030000001', '2900000.00'],
      // 11.99 months: below the employee minimum, nothing granted
      ['H51030000002', '0.00'],
      // a resident fund covering 6 months qualifies
      ['H51030000002', '1000000.00'],
    ]);

    expect(read.alliances.edges[0].node).toMatchObject({
      code: 'ZG-1',
      budgetEmployee: '50000000.00',
      surplusBands: BANDS.surplusBands,
      overspendBands: BANDS.overspendBands,
    });
    expect(read.allianceMembers.edges.map((e) => [e.node.hospitalCode, e.node.tilt])).toEqual([
      ['H51030000001', '1.0000'],
      ['H51030000002', '1.2000'],
    ]);
    expect(read.prepayments.edges[0].node.monthlySpending).toEqual(['3000000', '2800000']);

    const again = refusal(
      await send(t.url, UpdateBudgetDocument, { input: { id, name: 'x' } }, tokens.zigong),
    );
    expect(again).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NOT_DRAFT' });
    expect(refusal(await setRows(id, { outOfRegion: [] }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'NOT_DRAFT',
    });

    // the database refuses it too, whoever asks: the app role as the owner, and the owner role
    const zigong = { scope: 'REGION', code: '510300', province: '510000' };
    await expect(
      t.asApp(zigong, `update budget set parameters = '{}' where id = $1`, [uuidOf(id)]),
    ).rejects.toMatchObject({ hint: 'BUDGET_IMMUTABLE' });
    await expect(
      t.asOwner(`update budget_alliance set budget_employee = 1 where version_id = $1`, [
        uuidOf(id),
      ]),
    ).rejects.toMatchObject({ hint: 'BUDGET_IMMUTABLE' });
    await expect(
      t.asOwner(`delete from budget_alliance_member where version_id = $1`, [uuidOf(id)]),
    ).rejects.toMatchObject({ hint: 'BUDGET_IMMUTABLE' });
    await expect(
      t.asOwner(
        `insert into budget_out_of_region (version_id, province_code, owner_code, insured_region_code, insurance_type, amount)
         values ($1, '510000', '510300', '510500', 'RESIDENT', 1)`,
        [uuidOf(id)],
      ),
    ).rejects.toMatchObject({ hint: 'BUDGET_IMMUTABLE' });

    const inForce = dataWithoutErrors(
      await send(
        t.url,
        BudgetInForceDocument,
        { regionCode: '510300', day: '2026-03-01' },
        tokens.sichuan,
      ),
    ).budgetInForce;
    expect(inForce?.id).toBe(id);

    const retired = await send(
      t.url,
      RetireBudgetDocument,
      { id, retiredOn: '2099-01-01' },
      tokens.zigong,
    );
    expect(dataWithoutErrors(retired).retireBudget.budget).toMatchObject({
      status: 'RETIRED',
      retiredOn: '2099-01-01',
    });
    const node = dataWithoutErrors(await send(t.url, BudgetNodeDocument, { id }, tokens.national));
    expect(node.node).toMatchObject({ id });
  });

  it('derives a new draft from a published budget with its rows', async () => {
    const parent = await createDraft();
    dataWithoutErrors(
      await setRows(parent, {
        outOfRegion: [{ insuredRegionCode: '510500', insuranceType: 'RESIDENT', amount: '100' }],
      }),
    );
    dataWithoutErrors(await send(t.url, PublishBudgetDocument, { id: parent }, tokens.zigong));
    const child = await createDraft(tokens.zigong, { parentId: parent, parameters: null });
    expect(await counts(child)).toEqual({
      outOfRegion: 1,
      prepayments: 0,
      alliances: 0,
      members: 0,
    });
  });
});

describe('publish checks', () => {
  it('refuses incomplete parameters, listing every problem, and stays a draft', async () => {
    const id = await createDraft(tokens.zigong, { parameters: null });
    const refused = refusal(await send(t.url, PublishBudgetDocument, { id }, tokens.zigong));
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'INCOMPLETE_PARAMETERS' });
    expect(refused.fieldErrors!.map((e) => e.path).sort()).toEqual([
      'parameters.fundBudgetEmployee',
      'parameters.fundBudgetResident',
      'parameters.pointValueFormula',
    ]);
    const [row] = await t.asOwner<{ status: string }>('select status from budget where id = $1', [
      uuidOf(id),
    ]);
    expect(row.status).toBe('DRAFT');
  });

  it('refuses alliance and out-of-region budgets above the fund budget of their insurance type', async () => {
    const id = await createDraft(tokens.zigong, {
      parameters: { ...PARAMETERS, fundBudgetEmployee: '100', fundBudgetResident: '100' },
    });
    dataWithoutErrors(
      await setRows(id, {
        outOfRegion: [{ insuredRegionCode: '510100', insuranceType: 'EMPLOYEE', amount: '60' }],
        alliances: [
          {
            code: 'A',
            name: '医联体',
            leadHospitalCode: 'H51030000001',
            budgetEmployee: '50',
            budgetResident: '100',
            monthlyPrepayment: '20',
            ...BANDS,
            members: [{ hospitalCode: 'H51030000001' }],
          },
        ],
      }),
    );
    const refused = refusal(await send(t.url, PublishBudgetDocument, { id }, tokens.zigong));
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'OVER_BUDGET' });
    expect(refused.fieldErrors!.map((e) => e.path)).toEqual([
      'parameters.fundBudgetEmployee',
      'alliances[A].monthlyPrepayment',
    ]);
  });
});

describe('bad input writes nothing', () => {
  it('refuses bad parameters with every path, keeping the stored ones', async () => {
    const id = await createDraft();
    const refused = refusal(
      await send(
        t.url,
        SetBudgetParametersDocument,
        {
          id,
          parameters: { ...PARAMETERS, reserveShare: 0.05, extra: '1', pointValueFormula: 'FIXED' },
        },
        tokens.zigong,
      ),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PARAMETERS' });
    expect(refused.fieldErrors!.map((e) => `${e.path} ${e.code}`).sort()).toEqual([
      'parameters.extra UNKNOWN_FIELD',
      'parameters.reserveShare WRONG_TYPE',
    ]);
    const [row] = await t.asOwner<{ parameters: Record<string, unknown> }>(
      'select parameters from budget where id = $1',
      [uuidOf(id)],
    );
    expect(row.parameters.reserveShare).toBe('0.05');
  });

  it('refuses bad rows with every path, nothing stored', async () => {
    const id = await createDraft();
    const refused = refusal(
      await setRows(id, {
        outOfRegion: [
          { insuredRegionCode: '510300', insuranceType: 'EMPLOYEE', amount: '1' },
          { insuredRegionCode: '520100', insuranceType: 'EMPLOYEE', amount: '1' },
          { insuredRegionCode: '510100', insuranceType: 'EMPLOYEE', amount: '1.001' },
          { insuredRegionCode: '510100', insuranceType: 'EMPLOYEE', amount: '1' },
        ],
        prepayments: [
          {
            hospitalCode: 'H51010000001',
            insuranceType: 'EMPLOYEE',
            monthlySpending: ['1', '1', '1', '1'],
            fundBalanceMonths: '-1',
          },
        ],
        alliances: [
          {
            code: 'A',
            name: 'a',
            leadHospitalCode: 'H51030000003',
            budgetEmployee: '1',
            budgetResident: '1',
            monthlyPrepayment: '0',
            surplusBands: [
              { upToShare: null, share: '0.5' },
              { upToShare: '0.1', share: '2' },
            ],
            overspendBands: [{ upToShare: null, share: '0.5' }],
            members: [
              { hospitalCode: 'H51030000001' },
              { hospitalCode: 'H51030000002', tilt: '0' },
            ],
          },
          {
            code: 'B',
            name: 'b',
            leadHospitalCode: 'H51030000001',
            budgetEmployee: '1',
            budgetResident: '1',
            monthlyPrepayment: '0',
            ...BANDS,
            members: [{ hospitalCode: 'H51030000001' }],
          },
        ],
      }),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROWS' });
    expect(refused.fieldErrors!.map((e) => `${e.path} ${e.code}`)).toEqual([
      'outOfRegion[0].insuredRegionCode OWN_REGION',
      'outOfRegion[1].insuredRegionCode NOT_IN_PROVINCE',
      'outOfRegion[2].amount TOO_PRECISE',
      'outOfRegion[3] DUPLICATE',
      'prepayments[0].hospitalCode NOT_IN_REGION',
      'prepayments[0].monthlySpending OUT_OF_RANGE',
      'prepayments[0].fundBalanceMonths OUT_OF_RANGE',
      'alliances[0].leadHospitalCode NOT_A_MEMBER',
      'alliances[0].members[1].tilt OUT_OF_RANGE',
      'alliances[0].surplusBands[0].upToShare INCONSISTENT',
      'alliances[0].surplusBands[1].share OUT_OF_RANGE',
      'alliances[1].members[0].hospitalCode DUPLICATE',
    ]);
    expect(await counts(id)).toEqual({ outOfRegion: 0, prepayments: 0, alliances: 0, members: 0 });
  });

  it('answers hostile values with coded errors, never INTERNAL', async () => {
    const id = await createDraft();
    const refused = refusal(
      await setRows(id, {
        outOfRegion: [
          { insuredRegionCode: 'x'.repeat(5000), insuranceType: 'EMPLOYEE', amount: '1e40' },
          { insuredRegionCode: '510100', insuranceType: 'RESIDENT', amount: '100000000000000' },
        ],
        prepayments: [
          {
            hospitalCode: 'H'.repeat(3000),
            insuranceType: 'RESIDENT',
            monthlySpending: ['99999999999999999999'],
            fundBalanceMonths: '1000000',
          },
        ],
      }),
    );
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await counts(id)).toEqual({ outOfRegion: 0, prepayments: 0, alliances: 0, members: 0 });
  });

  it('refuses writers other than a region, and other regions, writing nothing', async () => {
    const before = (await t.asOwner<{ n: number }>('select count(*)::int as n from budget'))[0].n;
    for (const token of [tokens.sichuan, tokens.hospital, tokens.national]) {
      const result = await send(
        t.url,
        CreateBudgetDocument,
        { input: { name: 'x', versionLabel: 'x', year: 2026, effectiveFrom: '2026-01-01' } },
        token,
      );
      expect(refusal(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_SCOPE' });
    }
    const id = await createDraft();
    const other = refusal(
      await send(
        t.url,
        SetBudgetParametersDocument,
        { id, parameters: PARAMETERS },
        tokens.chengdu,
      ),
    );
    expect(other).toMatchObject({ code: 'NOT_FOUND' });
    const after = (await t.asOwner<{ n: number }>('select count(*)::int as n from budget'))[0].n;
    expect(after).toBe(before + 1);
  });
});

describe('row-level security', () => {
  const P = {
    zigong: { scope: 'REGION', code: '510300', province: '510000' },
    chengdu: { scope: 'REGION', code: '510100', province: '510000' },
    deyang: { scope: 'REGION', code: '510600', province: '510000' },
    sichuan: { scope: 'PROVINCE', code: '510000', province: '510000' },
    national: { scope: 'NATIONAL', code: '000000', province: '' },
    guiyang: { scope: 'REGION', code: '520100', province: '520000' },
    zigongH1: { scope: 'HOSPITAL', code: 'H51030000001', province: '510000' },
    zigongH2: { scope: 'HOSPITAL', code: 'H51030000002', province: '510000' },
    zigongH3: { scope: 'HOSPITAL', code: 'H51030000003', province: '510000' },
    deyangH1: { scope: 'HOSPITAL', code: 'H51060000001', province: '510000' },
    deyangH3: { scope: 'HOSPITAL', code: 'H51060000003', province: '510000' },
  };
  let published: string;
  let draft: string;
  let guizhou: string;
  let deyangDemo: string;
  let chengduDemo: string;

  beforeAll(async () => {
    published = uuidOf(await createDraft());
    const pid = Buffer.from(`Budget:${published}`).toString('base64url');
    dataWithoutErrors(
      await setRows(pid, {
        outOfRegion: [{ insuredRegionCode: '510100', insuranceType: 'EMPLOYEE', amount: '1000' }],
        prepayments: [
          {
            hospitalCode: 'H51030000001',
            insuranceType: 'EMPLOYEE',
            monthlySpending: ['10'],
            fundBalanceMonths: '13',
          },
        ],
        alliances: [
          {
            code: 'ZG',
            name: '自贡医联体',
            leadHospitalCode: 'H51030000001',
            budgetEmployee: '100',
            budgetResident: '100',
            monthlyPrepayment: '10',
            ...BANDS,
            members: [
              { hospitalCode: 'H51030000001' },
              { hospitalCode: 'H51030000002', tilt: '1.3' },
            ],
          },
        ],
      }),
    );
    dataWithoutErrors(await send(t.url, PublishBudgetDocument, { id: pid }, tokens.zigong));
    draft = uuidOf(await createDraft());
    dataWithoutErrors(
      await setRows(Buffer.from(`Budget:${draft}`).toString('base64url'), {
        outOfRegion: [{ insuredRegionCode: '510500', insuranceType: 'RESIDENT', amount: '5' }],
      }),
    );
    guizhou = uuidOf(await createDraft(tokens.guiyang, { name: '贵阳市2026年总额预算' }));
    dataWithoutErrors(
      await setRows(
        Buffer.from(`Budget:${guizhou}`).toString('base64url'),
        { outOfRegion: [{ insuredRegionCode: '520300', insuranceType: 'EMPLOYEE', amount: '5' }] },
        tokens.guiyang,
      ),
    );
    const demo = await t.asOwner<{ id: string; owner_code: string }>(
      "select id, owner_code from budget where demo and owner_code in ('510600', '510100')",
    );
    deyangDemo = demo.find((d) => d.owner_code === '510600')!.id;
    chengduDemo = demo.find((d) => d.owner_code === '510100')!.id;
  });

  const pick = (...names: (keyof typeof P)[]) =>
    Object.fromEntries(names.map((n) => [n, P[n]])) as VisibilitySpec['principals'];

  it('budget: the owner (drafts too); NATIONAL and the province once published; no other region', async () => {
    await visibilityMatrix(t, {
      table: 'budget',
      keyColumn: 'id',
      principals: pick('zigong', 'chengdu', 'deyang', 'sichuan', 'national', 'guiyang'),
      rows: [
        { key: published, visibleTo: ['zigong', 'sichuan', 'national'] },
        { key: draft, visibleTo: ['zigong'] },
        { key: guizhou, visibleTo: ['guiyang'] },
        { key: deyangDemo, visibleTo: ['deyang', 'sichuan', 'national'] },
        { key: chengduDemo, visibleTo: ['chengdu', 'sichuan', 'national'] },
      ],
    });
  });

  it('budget_out_of_region: also the insured region, once published', async () => {
    await visibilityMatrix(t, {
      table: 'budget_out_of_region',
      keyColumn: 'version_id',
      principals: pick('zigong', 'chengdu', 'sichuan', 'national', 'guiyang'),
      rows: [
        { key: published, visibleTo: ['zigong', 'chengdu', 'sichuan', 'national'] },
        // a draft's row: not even the insured region (luzhou) sees it yet
        { key: draft, visibleTo: ['zigong'] },
        { key: guizhou, visibleTo: ['guiyang'] },
      ],
    });
  });

  it('budget_prepayment: also the hospital of the row', async () => {
    await visibilityMatrix(t, {
      table: 'budget_prepayment',
      keyColumn: 'version_id',
      principals: pick(
        'zigong',
        'chengdu',
        'deyang',
        'sichuan',
        'national',
        'zigongH1',
        'deyangH1',
      ),
      rows: [
        { key: published, visibleTo: ['zigong', 'sichuan', 'national', 'zigongH1'] },
        { key: deyangDemo, visibleTo: ['deyang', 'sichuan', 'national', 'deyangH1'] },
        { key: chengduDemo, visibleTo: ['chengdu', 'sichuan', 'national'] },
      ],
    });
  });

  it('budget_alliance and members: also the member hospitals, not other hospitals', async () => {
    for (const table of ['budget_alliance', 'budget_alliance_member'])
      await visibilityMatrix(t, {
        table,
        keyColumn: 'version_id',
        principals: pick('zigong', 'deyang', 'sichuan', 'national', 'zigongH2', 'deyangH3'),
        rows: [
          { key: published, visibleTo: ['zigong', 'sichuan', 'national', 'zigongH2'] },
          { key: deyangDemo, visibleTo: ['deyang', 'sichuan', 'national', 'deyangH3'] },
        ],
      });
    // a member sees every member of its alliance; a hospital outside it sees none
    const members = (settings: (typeof P)[keyof typeof P]) =>
      t.asApp<{ n: number }>(
        settings,
        'select count(*)::int as n from budget_alliance_member where version_id = $1',
        [published],
      );
    expect((await members(P.zigongH2))[0].n).toBe(2);
    expect((await members(P.zigongH3))[0].n).toBe(0);
  });

  it('a hospital reads no budget totals, only its own rows', async () => {
    const budgets = await t.asApp<{ n: number }>(
      P.zigongH1,
      'select count(*)::int as n from budget',
    );
    expect(budgets[0].n).toBe(0);
    // every prepayment row it reads is its own, in every published budget it is in
    const own = await t.asApp<{ hospital_code: string; version_id: string }>(
      P.zigongH1,
      'select hospital_code, version_id from budget_prepayment',
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.hospital_code === 'H51030000001')).toBe(true);
    expect(own.map((r) => r.version_id)).toContain(published);
  });

  it('refuses writes to another region’s budget and to a published one', async () => {
    await expect(
      t.asApp(
        P.chengdu,
        `insert into budget_out_of_region (version_id, province_code, owner_code, insured_region_code, insurance_type, amount)
         values ($1, '510000', '510300', '510500', 'EMPLOYEE', 1)`,
        [draft],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      t.asApp(
        P.chengdu,
        `insert into budget (id, name, version_label, year, owner_code, province_code, effective_from)
         values ($1, 'x', 'x', 2026, '510300', '510000', '2026-01-01')`,
        [randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    const touched = await t.asApp(
      P.zigong,
      `update budget_prepayment set granted = 0 where version_id = $1 returning hospital_code`,
      [published],
    );
    expect(touched).toEqual([]);
  });
});
