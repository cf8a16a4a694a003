import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRulePackage, groupDrg, type CompiledDrgRules } from '../../../domain/grouping/drg';
import type { DipGroupRow } from '../../../domain/grouping/dip';
import { demoDrgFigures, loadDipDemoCatalog, SEED_DIR, TCM_DEMO_CATALOG } from '../../catalog';
import { DEMO_PROVINCE, DEMO_REGIONS, demoHospitalCode } from '../../tenancy';

/** A coded item with its name from the demo code tables. */
export interface CodedName {
  readonly code: string;
  readonly name: string;
}

/**
 * One kind of stay the generator draws from: a principal diagnosis and procedures that group
 * into a DIP core group of the demo DIP catalog and, checked with the CHS-DRG 1.1 rule package,
 * into a DRG; costs are in fen (integers: exact), the averages of both groups.
 */
export interface CaseTemplate {
  readonly diagnosis: CodedName;
  readonly procedures: readonly CodedName[];
  readonly surgical: boolean;
  /** 1 or 2 when a QC rule ties the diagnosis to a sex, else null. */
  readonly sex: 1 | 2 | null;
  readonly dipGroup: string;
  readonly dipAverageFen: number;
  readonly drg: string;
  readonly drgAverageFen: number;
  readonly drgAverageLos: number;
}

export interface DemoHospitalFacts {
  readonly code: string;
  readonly regionCode: string;
  readonly level: string;
  readonly type: string;
  readonly name: string;
}

/** A TCM-advantage disease of the demo catalog, with the ICD-10 codes that map to it. */
export interface TcmTemplate {
  readonly tcdCode: string;
  readonly diagnoses: readonly CodedName[];
  readonly standardFen: number;
  readonly minShare: string;
  readonly minLos: number;
  readonly maxLos: number;
}

/** Everything the generator draws from; built once from the files shipped in the checkout. */
export interface DemoCaseModel {
  readonly provinceCode: string;
  readonly regionCodes: readonly string[];
  /** Regions paid by DIP in the demo standards (their cases cost around the DIP average). */
  readonly dipRegions: ReadonlySet<string>;
  readonly hospitals: readonly DemoHospitalFacts[];
  readonly templates: readonly CaseTemplate[];
  readonly tcm: readonly TcmTemplate[];
  /** Long-stay psychiatric and rehabilitation diagnoses (bed-day wards). */
  readonly longStay: readonly CaseTemplate[];
  /** Transcatheter aortic valve replacement: the demo standard's new-technology exclusion items. */
  readonly newTechnology: CaseTemplate | null;
  readonly comorbidities: readonly CodedName[];
}

/** Diagnosis prefixes QC rule 3004 ties to a sex (the migration's default parameters). */
const FEMALE_ONLY = [
  'O',
  ...Array.from({ length: 29 }, (_, i) => `N${70 + i}`),
  'C51',
  'C52',
  'C53',
  'C54',
  'C55',
  'C56',
  'C57',
  'C58',
  'Z37',
];
const MALE_ONLY = [
  ...Array.from({ length: 12 }, (_, i) => `N${40 + i}`),
  'C60',
  'C61',
  'C62',
  'C63',
];
/** Principal diagnoses the demo leaves out: pregnancy and newborns need weights, external causes and symptoms are not principal. */
const NOT_GENERATED = /^[OPQRVWXYZ]/;

const YUAN_TO_FEN = (text: string) => Math.round(Number(text) * 100);

function codeTable(file: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of readFileSync(join(SEED_DIR, file), 'utf8').split('\n').slice(1)) {
    const [code, name] = line.split('\t');
    if (code) table.set(code, name ?? code);
  }
  return table;
}

export function sexOf(code: string): 1 | 2 | null {
  if (FEMALE_ONLY.some((p) => code.startsWith(p))) return 2;
  if (MALE_ONLY.some((p) => code.startsWith(p))) return 1;
  return null;
}

function drgOf(rules: CompiledDrgRules, dx: string[], px: string[], sex: 1 | 2 | null) {
  const result = groupDrg(rules, {
    sex: sex ?? 1,
    age: 50,
    ageDays: null,
    birthWeight: null,
    los: 7,
    dischargeWay: 1,
    diagnoses: dx,
    procedures: px,
  });
  if (result.status !== 'SUCCESS' || !result.drg || !result.adrg || !result.mdc) return null;
  return { drg: result.drg, ...demoDrgFigures(result.drg, result.adrg, result.mdc) };
}

let cached: DemoCaseModel | undefined;

/**
 * The demo case model: the demo registry's hospitals, and stays built from the demo DIP
 * catalog's core and primary-care groups with codes of the demo code tables, each kept only if
 * the CHS-DRG 1.1 rule package groups it (the model records the DRG and its demo average cost).
 * Deterministic: the files are read in a fixed order and nothing random happens here.
 */
export function demoCaseModel(): DemoCaseModel {
  if (cached) return cached;
  const icd10 = codeTable('icd10-subset.tsv');
  const icd9 = codeTable('icd9cm3-subset.tsv');
  // plain codes only: a dagger–asterisk pair (`A+B*`) is not one list code
  const icd10Codes = [...icd10.keys()].filter((c) => /^[A-Z][0-9A-Za-z.]+$/.test(c)).sort();
  const rules = compileRulePackage(
    JSON.parse(readFileSync(join(SEED_DIR, 'chs-drg-1.1.rules.json'), 'utf8')) as unknown,
  );
  const named = (table: Map<string, string>, code: string): CodedName => ({
    code,
    name: table.get(code) ?? code,
  });
  const template = (
    dx: string,
    px: string[],
    dipGroup: string,
    dipAverageFen: number,
  ): CaseTemplate | null => {
    const sex = sexOf(dx);
    const drg = drgOf(rules, [dx], px, sex);
    if (!drg) return null;
    return {
      diagnosis: named(icd10, dx),
      procedures: px.map((p) => named(icd9, p)),
      surgical: px.length > 0,
      sex,
      dipGroup,
      dipAverageFen,
      drg: drg.drg,
      drgAverageFen: YUAN_TO_FEN(drg.averageCost),
      drgAverageLos: Number(drg.averageLos),
    };
  };

  const templates: CaseTemplate[] = [];
  const rows = loadDipDemoCatalog().rows.filter(
    (r): r is DipGroupRow =>
      'diagnosisKey' in r && (r.kind === 'CORE' || r.kind === 'PRIMARY_CARE'),
  );
  for (const row of rows) {
    if (NOT_GENERATED.test(row.diagnosisKey)) continue;
    // the first alternative of every `a/b` term of `a+b`: a combination the expression matches
    const px = (row.procedureExpression ?? '')
      .split('+')
      .filter((t) => t !== '')
      .map((t) => t.split('/')[0]);
    if (px.some((p) => !icd9.has(p))) continue;
    // up to two concrete codes under the group's diagnosis key
    const codes = icd10Codes.filter((c) => c.startsWith(row.diagnosisKey)).slice(0, 2);
    for (const dx of codes) {
      const t = template(dx, px, row.code, YUAN_TO_FEN(row.averageCost));
      if (t) templates.push(t);
    }
  }

  const tcm: TcmTemplate[] = [];
  for (const d of TCM_DEMO_CATALOG) {
    const diagnoses = icd10Codes
      .filter((c) => d.icd10Codes.some((k) => c.startsWith(k)) && !NOT_GENERATED.test(c))
      .slice(0, 3)
      .map((c) => named(icd10, c));
    if (diagnoses.length === 0) continue;
    tcm.push({
      tcdCode: d.tcdCode,
      diagnoses,
      standardFen: YUAN_TO_FEN(d.standard),
      minShare: d.minTcmTreatmentShare,
      minLos: d.minLos ?? 3,
      maxLos: d.maxLos ?? 21,
    });
  }

  const longStay = ['F20.100', 'F20.800', 'F32.301', 'G81.903', 'I69.802']
    .filter((c) => icd10.has(c))
    .map((c) => template(c, [], '', 0))
    .filter((t): t is CaseTemplate => t !== null);
  const tavr =
    icd10.has('I35.200') && icd9.has('35.0502') ? template('I35.200', ['35.0502'], '', 0) : null;
  const comorbidities = ['I10.x04', 'I10.x05', 'E11.900']
    .filter((c) => icd10.has(c))
    .map((c) => named(icd10, c));

  cached = {
    provinceCode: DEMO_PROVINCE.code,
    regionCodes: DEMO_REGIONS.map((r) => r.code),
    // as in the demo standards (module standard): 泸州 and 宜宾 pay by DIP
    dipRegions: new Set(['510500', '511500']),
    hospitals: DEMO_REGIONS.flatMap((r) =>
      r.hospitals.map((h, i) => ({
        code: demoHospitalCode(r.code, i),
        regionCode: r.code,
        level: h.level,
        type: h.type,
        name: h.name,
      })),
    ),
    templates,
    tcm,
    longStay,
    newTechnology: tavr,
    comorbidities,
  };
  return cached;
}
