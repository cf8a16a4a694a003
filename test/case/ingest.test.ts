import {
  CaseNodeDocument,
  HospitalCasesDocument,
  ProvinceCasesDocument,
  RegionCasesDocument,
  SettlementCaseDocument,
  SettlementCasesDocument,
  SubmitSettlementListsDocument,
  type SettlementListInput,
} from '../generated/graphql';
import { codes, dataWithoutErrors, send } from '../support/client';
import { Scope, startTestApp, type TestApp } from '../support/test-app';
import { CHENGDU, H1, H2, validList, ZIGONG } from './support';

/** Upload, idempotency, revisions, grouping at ingest and the read API, end to end over HTTP. */
let t: TestApp;
let hospital: string;
let region: string;

beforeAll(async () => {
  t = await startTestApp();
  hospital = await t.token(Scope.HOSPITAL, H1);
  region = await t.token(Scope.REGION, CHENGDU);
});
afterAll(() => t.stop());

const submit = (token: string, input: SettlementListInput[]) =>
  send(t.url, SubmitSettlementListsDocument, { input }, token);

const counts = async (settlementId: string) => {
  const [row] = await t.asOwner<{ cases: number; revisions: number; identities: number }>(
    `select (select count(*)::int from settlement_case where settlement_id = $1) as cases,
            (select count(*)::int from case_revision where settlement_id = $1) as revisions,
            (select count(*)::int from case_identity i join case_revision r on r.id = i.revision_id where r.settlement_id = $1) as identities`,
    [settlementId],
  );
  return row;
};

describe('submitSettlementLists', () => {
  it('accepts a new case, groups it at once, and reads it back as the hospital', async () => {
    const list = validList();
    const data = dataWithoutErrors(await submit(hospital, [list]));
    const payload = data.submitSettlementLists;
    expect(payload).toMatchObject({ accepted: 1, unchanged: 0, rejected: 0 });
    const [result] = payload.results;
    expect(result).toMatchObject({
      index: 0,
      status: 'ACCEPTED',
      revision: 1,
      created: true,
      issues: [],
    });
    expect(result.case).toMatchObject({
      hospitalCode: H1,
      treatmentRegionCode: CHENGDU,
      insuredRegionCode: ZIGONG,
      settlementId: list.settlementId,
      currentRevision: 1,
      qcStatus: 'PASSED',
      dischargeDate: '2025-07-28',
    });
    expect(result.case!.personPseudonym).toMatch(/^[0-9a-f]{32}$/);

    const read = dataWithoutErrors(
      await send(
        t.url,
        SettlementCaseDocument,
        { hospitalCode: H1, settlementId: list.settlementId },
        hospital,
      ),
    );
    const current = read.settlementCase!.current;
    expect(current).toMatchObject({
      revision: 1,
      insuredPersonId: list.insuredPersonId,
      totalCost: '10000.00',
      fundPaid: '7000.00',
      patientPaid: '3000.00',
      diagnoses: [
        { code: 'K80.501', admissionCondition: 1 },
        { code: 'I10.x05', admissionCondition: 1 },
      ],
      fees: [
        { category: 'BED', amount: '800.00' },
        { category: 'SURGERY', amount: '6000.50' },
        { category: 'DRUG_WESTERN', amount: '3199.50' },
      ],
    });
    // grouped with the catalog in force in Chengdu on the discharge day (the demo DRG catalog)
    expect(current.grouping.groupedBy).toBe('DRG');
    expect(current.grouping.drgStatus).toBe('SUCCESS');
    expect(current.grouping.drgCode).toMatch(/^H/);
    expect(current.grouping.rulePackageSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(current.grouping.drgCatalogVersionId).toBeTruthy();
    expect(read.settlementCase!.drgCode).toBe(current.grouping.drgCode);
    const [stored] = await t.asOwner<{ drg_code: string; rule_package_sha256: string }>(
      'select drg_code, rule_package_sha256 from case_revision where settlement_id = $1',
      [list.settlementId],
    );
    expect(stored.drg_code).toBe(current.grouping.drgCode);
  });

  it('stores the DIP result beside DRG, and a TCM-advantage classification, at ingest', async () => {
    const tcm = validList({
      diagnoses: [{ code: 'K64.811', name: '混合痔', admissionCondition: 1 }],
      procedures: [],
      tcmPrincipalDiagnosis: 'BWG000',
      tcmTreatmentShare: '0.3',
    });
    const plain = validList();
    const [a, b] = dataWithoutErrors(await submit(hospital, [tcm, plain])).submitSettlementLists
      .results;
    expect([a.status, b.status]).toEqual(['ACCEPTED', 'ACCEPTED']);
    const read = async (settlementId: string) =>
      dataWithoutErrors(
        await send(t.url, SettlementCaseDocument, { hospitalCode: H1, settlementId }, hospital),
      ).settlementCase!.current.grouping;
    const classified = await read(tcm.settlementId);
    expect(classified).toMatchObject({
      groupedBy: 'TCM_ADVANTAGE',
      status: 'CLASSIFIED',
      tcmClassified: true,
      tcmDiseaseCode: 'BWG000',
    });
    const grouped = await read(plain.settlementId);
    // the demo installation has a national DIP catalog in force beside Chengdu's DRG catalog
    expect(grouped.groupedBy).toBe('DRG');
    expect(grouped.dipStatus).toBeTruthy();
    expect(grouped.dipCatalogVersionId).toBeTruthy();
    expect(grouped.tcmClassified).toBeNull();
    const [versions] = await t.asOwner<{ drg: string; dip: string }>(
      `select d.kind as drg, p.kind as dip from case_revision r
       join catalog_version d on d.id = r.drg_catalog_version_id
       join catalog_version p on p.id = r.dip_catalog_version_id
       where r.settlement_id = $1`,
      [plain.settlementId],
    );
    expect(versions).toEqual({ drg: 'DRG', dip: 'DIP' });
  });

  it('answers UNCHANGED for identical content and writes nothing', async () => {
    const list = validList();
    dataWithoutErrors(await submit(hospital, [list]));
    const before = await counts(list.settlementId);
    const again = dataWithoutErrors(await submit(region, [list])).submitSettlementLists;
    expect(again).toMatchObject({ accepted: 0, unchanged: 1, rejected: 0 });
    expect(again.results[0]).toMatchObject({ status: 'UNCHANGED', revision: 1, created: false });
    expect(await counts(list.settlementId)).toEqual(before);
    expect(before).toEqual({ cases: 1, revisions: 1, identities: 1 });
  });

  it('stores changed content as a new revision; the old one stays readable', async () => {
    const list = validList();
    dataWithoutErrors(await submit(hospital, [list]));
    const changed = {
      ...list,
      totalCost: '10100.00',
      fees: [...list.fees!, { category: 'LAB', amount: '100.00' }],
    };
    const second = dataWithoutErrors(await submit(hospital, [changed])).submitSettlementLists;
    expect(second.results[0]).toMatchObject({ status: 'ACCEPTED', revision: 2, created: false });
    const read = dataWithoutErrors(
      await send(
        t.url,
        SettlementCaseDocument,
        { hospitalCode: H1, settlementId: list.settlementId },
        hospital,
      ),
    ).settlementCase!;
    expect(read.currentRevision).toBe(2);
    expect(read.current.revision).toBe(2);
    expect(read.current.totalCost).toBe('10100.00');
    expect(read.revisions.map((r) => [r.revision, r.totalCost])).toEqual([
      [1, '10000.00'],
      [2, '10100.00'],
    ]);
    expect(read.revisions[0].contentHash).not.toBe(read.revisions[1].contentHash);
    expect(await counts(list.settlementId)).toEqual({ cases: 1, revisions: 2, identities: 2 });
  });

  it('lets the region upload for its hospitals; the treatment region comes from the hospital', async () => {
    const list = validList({ hospitalCode: H2 });
    const result = dataWithoutErrors(await submit(region, [list])).submitSettlementLists;
    expect(result.results[0]).toMatchObject({ status: 'ACCEPTED', revision: 1 });
    expect(result.results[0].case!.treatmentRegionCode).toBe(CHENGDU);
  });

  it("refuses another hospital's cases, a region's foreign hospitals, and non-writer scopes", async () => {
    const other = await t.token(Scope.HOSPITAL, H2);
    const list = validList({ hospitalCode: H1 });
    const refused = dataWithoutErrors(await submit(other, [list])).submitSettlementLists;
    expect(refused.results[0]).toMatchObject({ status: 'REJECTED', case: null });
    expect(refused.results[0].issues.map((i) => i.code)).toEqual(['NOT_PERMITTED']);
    const zigong = await t.token(Scope.REGION, ZIGONG);
    const foreign = dataWithoutErrors(await submit(zigong, [list])).submitSettlementLists;
    expect(foreign.results[0].issues.map((i) => i.code)).toEqual(['NOT_PERMITTED']);
    expect(await counts(list.settlementId)).toEqual({ cases: 0, revisions: 0, identities: 0 });
    // positive control: the same list from its own hospital goes in
    expect(dataWithoutErrors(await submit(hospital, [list])).submitSettlementLists.accepted).toBe(
      1,
    );

    const province = await t.token(Scope.PROVINCE, '510000');
    const byProvince = await submit(province, [validList()]);
    expect(codes(byProvince)).toEqual(['FORBIDDEN']);
    const reader = await t.token(Scope.HOSPITAL, H1, []);
    expect(codes(await submit(reader, [validList()]))).toEqual(['FORBIDDEN']);
  });

  it('answers bad requests with coded errors and writes nothing', async () => {
    const tooMany = Array.from({ length: 1001 }, () => validList());
    const big = await submit(hospital, tooMany);
    expect(codes(big)).toEqual(['BAD_USER_INPUT']);
    expect(big.errors![0].extensions?.reason).toBe('TOO_MANY_LISTS');
    expect(codes(await submit(hospital, []))).toEqual(['BAD_USER_INPUT']);
    const float = await send(
      t.url,
      SubmitSettlementListsDocument,
      // a JSON number where a Decimal string belongs: refused by the scalar, nothing stored
      { input: [{ ...validList(), totalCost: 10000 as unknown as string }] },
      hospital,
    );
    expect(codes(float)).toEqual(['BAD_USER_INPUT']);
    for (const list of tooMany.slice(0, 3))
      expect(await counts(list.settlementId)).toEqual({ cases: 0, revisions: 0, identities: 0 });
  });

  it('stores a case once when two uploads race; the loser gets CONFLICT and writes nothing', async () => {
    const lists = Array.from({ length: 50 }, () => validList());
    const [a, b] = await Promise.all([submit(hospital, lists), submit(region, lists)]);
    const outcomes = [a, b].map((r) =>
      r.errors ? r.errors[0].extensions?.code : r.data!.submitSettlementLists.accepted,
    );
    // either one wins and the other conflicts, or they ran one after the other
    expect(outcomes.sort()).toEqual(outcomes.includes('CONFLICT') ? [50, 'CONFLICT'] : [0, 50]);
    for (const list of lists.slice(0, 5))
      expect(await counts(list.settlementId)).toEqual({ cases: 1, revisions: 1, identities: 1 });
  });

  it('rejects a duplicate within one upload, keeping the first', async () => {
    const list = validList();
    const result = dataWithoutErrors(await submit(hospital, [list, list])).submitSettlementLists;
    expect(result.results.map((r) => r.status)).toEqual(['ACCEPTED', 'REJECTED']);
    expect(result.results[1].issues[0].code).toBe('DUPLICATE');
  });
});

describe('reading cases', () => {
  let ids: string[];
  beforeAll(async () => {
    const lists = [
      validList({
        insuranceType: 'RESIDENT',
        dischargedAt: '2025-03-10T03:00:00.000Z',
        admittedAt: '2025-03-01T03:00:00.000Z',
        settlementFrom: null,
        settlementTo: null,
        procedures: [],
      }),
      validList({ hospitalCode: H2 }),
    ];
    ids = lists.map((l) => l.settlementId);
    const result = dataWithoutErrors(await submit(region, lists)).submitSettlementLists;
    expect(result.results.map((r) => [r.status, r.issues.map((i) => i.message)])).toEqual([
      ['ACCEPTED', []],
      ['ACCEPTED', []],
    ]);
  });

  it('filters by discharge period, insurance type, region and QC status', async () => {
    const march = dataWithoutErrors(
      await send(
        t.url,
        SettlementCasesDocument,
        { first: 100, filter: { dischargedFrom: '2025-03-01', dischargedTo: '2025-03-31' } },
        region,
      ),
    ).settlementCases;
    expect(march.edges.map((e) => e.node.settlementId)).toEqual([ids[0]]);
    const resident = dataWithoutErrors(
      await send(
        t.url,
        SettlementCasesDocument,
        { first: 100, filter: { insuranceType: 'RESIDENT' } },
        region,
      ),
    ).settlementCases;
    expect(resident.edges.map((e) => e.node.settlementId)).toContain(ids[0]);
    expect(resident.edges.every((e) => e.node.insuranceType === 'RESIDENT')).toBe(true);
    const byHospital = dataWithoutErrors(
      await send(
        t.url,
        HospitalCasesDocument,
        { code: H2, filter: { qcStatus: 'PASSED', insuredRegionCode: ZIGONG } },
        region,
      ),
    );
    expect(byHospital.hospital!.settlementCases.edges.map((e) => e.node.settlementId)).toContain(
      ids[1],
    );
  });

  it('pages in case_key order with Relay cursors', async () => {
    const first = dataWithoutErrors(
      await send(t.url, SettlementCasesDocument, { first: 2 }, region),
    ).settlementCases;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataWithoutErrors(
      await send(
        t.url,
        SettlementCasesDocument,
        { first: 2, after: first.pageInfo.endCursor },
        region,
      ),
    ).settlementCases;
    const keys = [...first.edges, ...next.edges].map(
      (e) => `${e.node.hospitalCode}/${e.node.settlementId}`,
    );
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('serves cases under a region (treatment and insured site) and a province', async () => {
    const zigong = await t.token(Scope.REGION, ZIGONG);
    const asTreatment = dataWithoutErrors(
      await send(t.url, RegionCasesDocument, { code: CHENGDU }, region),
    );
    expect(asTreatment.poolingRegion!.treatedCases.edges.map((e) => e.node.settlementId)).toEqual(
      expect.arrayContaining(ids),
    );
    const asInsured = dataWithoutErrors(
      await send(t.url, RegionCasesDocument, { code: ZIGONG }, zigong),
    );
    expect(asInsured.poolingRegion!.insuredCases.edges.map((e) => e.node.settlementId)).toEqual(
      expect.arrayContaining(ids),
    );
    // Zigong sees Chengdu's cases of its insured, and only those
    const zigongViewOfChengdu = dataWithoutErrors(
      await send(t.url, RegionCasesDocument, { code: CHENGDU }, zigong),
    ).poolingRegion!;
    expect(zigongViewOfChengdu.treatedCases.totalCount).toBe(
      asInsured.poolingRegion!.insuredCases.totalCount,
    );
    const province = await t.token(Scope.PROVINCE, '510000');
    const all = dataWithoutErrors(
      await send(t.url, ProvinceCasesDocument, { code: '510000' }, province),
    );
    expect(all.province!.settlementCases.edges.map((e) => e.node.settlementId)).toEqual(
      expect.arrayContaining(ids),
    );
  });

  it('resolves node ids', async () => {
    const read = dataWithoutErrors(
      await send(t.url, SettlementCaseDocument, { hospitalCode: H1, settlementId: ids[0] }, region),
    ).settlementCase!;
    const node = dataWithoutErrors(
      await send(t.url, CaseNodeDocument, { id: read.id }, region),
    ).node;
    expect(node).toMatchObject({ id: read.id, settlementId: ids[0] });
  });
});
