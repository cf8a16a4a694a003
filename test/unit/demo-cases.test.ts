import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRulePackage, groupDrg } from '../../src/domain/grouping/drg';
import { parseSettlementList } from '../../src/domain/qc';
import { SEED_DIR } from '../../src/modules/catalog';
import {
  demoCaseLine,
  generateDemoCases,
  type DemoList,
} from '../../src/modules/case/demo/demo-case-generator';
import { demoCaseModel } from '../../src/modules/case/demo/demo-case-model';

/** The demo case generator (npm run seed:cases): deterministic, valid, groupable, the documented mix. */
const model = demoCaseModel();
const hashOf = (cases: number, seed: number, year = 2025) => {
  const hash = createHash('sha256');
  for (const list of generateDemoCases(model, { cases, seed, year }))
    hash.update(demoCaseLine(list) + '\n');
  return hash.digest('hex');
};

const N = 20_000;
const lists: DemoList[] = [...generateDemoCases(model, { cases: N, seed: 1, year: 2025 })];
const toFen = (s: unknown) => Math.round(Number(s) * 100);

it('the same seed gives byte-identical output; another seed another', () => {
  expect(hashOf(5_000, 1)).toBe(hashOf(5_000, 1));
  expect(hashOf(5_000, 2)).not.toBe(hashOf(5_000, 1));
  // a prefix of a longer run is the shorter run
  const short = [...generateDemoCases(model, { cases: 100, seed: 1, year: 2025 })].map(
    demoCaseLine,
  );
  expect(short).toEqual(lists.slice(0, 100).map(demoCaseLine));
});

it('every list parses (no 2005/2006), with unique keys, in the year, money consistent', () => {
  const keys = new Set<string>();
  for (const raw of lists) {
    const { list, findings } = parseSettlementList(raw);
    expect(findings).toEqual([]);
    expect(list).not.toBeNull();
    keys.add(`${list!.hospitalCode}/${list!.settlementId}`);
    const total = toFen(list!.totalCost);
    expect(list!.fees.reduce((s, f) => s + toFen(f.amount), 0)).toBe(total);
    const fund = list!.fundPayments.reduce((s, f) => s + toFen(f.amount), 0);
    expect(fund + toFen(list!.patientPaid)).toBe(total);
    expect(list!.settlementTo!.slice(0, 4)).toBe('2025');
  }
  expect(keys.size).toBe(N);
});

it('at least 95 % of the lists group with the CHS-DRG 1.1 rule package', () => {
  const rules = compileRulePackage(
    JSON.parse(readFileSync(join(SEED_DIR, 'chs-drg-1.1.rules.json'), 'utf8')) as unknown,
  );
  let grouped = 0;
  for (const raw of lists) {
    const { list } = parseSettlementList(raw);
    const result = groupDrg(rules, {
      sex: list!.sex,
      age: list!.age,
      ageDays: list!.ageDays,
      birthWeight: null,
      los: list!.los,
      dischargeWay: list!.dischargeWay,
      diagnoses: list!.diagnoses.map((d) => d.code),
      procedures: list!.procedures.map((p) => p.code),
    });
    if (result.status === 'SUCCESS') grouped++;
  }
  expect(grouped / N).toBeGreaterThanOrEqual(0.95);
});

it('has the documented mix', () => {
  const share = (p: (l: DemoList) => boolean) => lists.filter(p).length / N;
  const hospitalRegion = (l: DemoList) => (l.hospitalCode as string).slice(1, 7);
  expect(share((l) => l.insuredRegionCode !== hospitalRegion(l))).toBeGreaterThan(0.05);
  expect(share((l) => l.insuredRegionCode !== hospitalRegion(l))).toBeLessThan(0.1);
  expect(share((l) => l.insuranceType === 'EMPLOYEE')).toBeGreaterThan(0.4);
  expect(share((l) => l.insuranceType === 'RESIDENT')).toBeGreaterThan(0.3);
  expect(share((l) => l.tcmPrincipalDiagnosis !== undefined)).toBeGreaterThan(0.01);
  expect(share((l) => (l.specialItems as unknown[]).length > 0)).toBeGreaterThan(0);
  expect(share((l) => (l.los as number) >= 30)).toBeGreaterThan(0.002);
  // readmissions of the same person (the deliberate QC 3009 warnings)
  const persons = new Map<string, number>();
  for (const l of lists)
    persons.set(l.insuredPersonId as string, (persons.get(l.insuredPersonId as string) ?? 0) + 1);
  const repeated = [...persons.values()].filter((n) => n > 1).length / N;
  expect(repeated).toBeGreaterThan(0.002);
  expect(repeated).toBeLessThan(0.01);
});
