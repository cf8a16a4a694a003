/**
 * Generator of `src/modules/catalog/seed/dip-demo-catalog.json`, the DEMO DIP catalog the demo
 * seed loads. Run it only to change the demo data (it is not part of the server build):
 *
 *     npm run demo:dip
 *
 * It reads the full CHS-DRG 1.1 code tables vendored under `test/fixtures/chs-drg-1.1` to check
 * every code and to take the Chinese names, and writes a data file, so the server never needs the
 * full tables at run time. `test/unit/dip-demo-catalog.test.ts` checks that the committed file is
 * exactly what this builds. The data is synthetic: real codes, invented costs.
 *
 * Cost model (synthetic, deterministic):
 * - each diagnosis subcategory has a hand-set conservative base cost b (CNY);
 * - a procedure row costs b × (1 + Σ w(code)) × f over the codes of its FIRST alternative, with
 *   w = 0.25 diagnostic, 0.6 therapeutic, 1.5 related surgery (default classifier, no OR list)
 *   and f a per-row factor (open vs laparoscopic …), rounded to 10 CNY;
 * - comprehensive rows cost the category's (or chapter's) base × 0.9 / 1.2 / 1.6 / 2.6 for
 *   conservative / diagnostic / therapeutic / related surgery;
 * - score = averageCost / M × K with M = 10,000 CNY (all-case average) and K = 100 (DOMAIN-FORMULAS §4).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config';
import { DIP_DEMO_CATALOG_FILE } from '../src/modules/catalog/seed-files';
import {
  createDefaultProcedureClassifier,
  expressionCodes,
  ICD10_CHAPTERS,
  parseProcedureExpression,
  type DipAuxRow,
  type DipCatalogRow,
  type DipGroupRow,
  type ProcedureClass,
  type ProcedureExpression,
} from '../src/domain/grouping/dip';

/** All-case average cost M (CNY) and scale K of the demo scores. */
export const DEMO_ALL_CASE_AVERAGE = 10_000;
export const DEMO_SCALE_K = 100;

/** One demo diagnosis: subcategory, base cost, procedure rows `[expression, factor?]`. */
type DiseaseSpec = readonly [
  subcategory: string,
  base: number,
  rows: readonly (string | readonly [string, number])[],
];

const PCI = [
  '00.6600+36.0700',
  '00.6600+36.0600',
  ['00.6600', 0.8],
  '88.5500/88.5600/88.5700',
] as const;
const STROKE = ['99.1000', ['39.7400', 1.6], '39.7400+99.1000', '88.4100'] as const;
const LUNG_CANCER = [
  '32.4100',
  ['32.4900', 1.1],
  '32.3000/32.3900',
  '33.2400/33.2700',
  '99.2500',
  '92.2400',
] as const;
const CATARACT = ['13.4100+13.7000/13.4100+13.7100', '13.1900+13.7100', ['13.4100', 0.8]] as const;

/** Core groups (核心病种): conservative row plus these procedure rows. */
const CORE: readonly DiseaseSpec[] = [
  ['K80.1', 6000, ['51.2300', ['51.2200', 1.15], '51.2300+51.8800', '51.2200+51.4100']],
  ['K80.2', 5500, ['51.2300', ['51.2200', 1.15], '51.2201']],
  ['K80.5', 8000, ['51.8800/51.8500', '51.1000+51.8800', ['51.4100', 1.2], '51.8700']],
  ['K81.0', 7000, ['51.2300', ['51.2200', 1.15]]],
  ['K35.8', 5000, ['47.0100', ['47.0900', 0.9]]],
  ['K35.3', 6500, ['47.0100', ['47.0900', 0.9]]],
  ['K40.9', 5000, ['17.1100/17.1200', '53.0300/53.0400/53.0500', ['53.0000/53.0200', 0.8]]],
  ['K40.3', 6500, ['53.0400/53.0500', '17.1200']],
  ['K92.2', 7000, ['45.1300', '44.4300', '45.2300', '44.4400']],
  ['K29.5', 3500, ['45.1300', '45.1600']],
  ['K63.5', 4000, ['45.4200', '45.4300', '45.2300+45.4200', '45.2500']],
  ['K85.9', 10000, ['51.1000+51.8500', '54.9100', '96.0400+96.7100']],
  ['K85.1', 11000, ['51.8500+51.8800', '51.2300']],
  ['K74.6', 9000, ['42.3300', '54.9100']],
  ['K56.7', 7000, ['54.5100', '54.1100', '46.1000']],
  ['K64.8', 3500, ['49.4600', ['49.4900', 0.7]]],
  ['K61.0', 3500, ['49.0100']],
  ['K60.3', 4000, ['49.1200', '49.7300']],
  ['K57.3', 5000, ['45.2300']],
  ['I21.0', 20000, PCI],
  ['I21.1', 19000, PCI],
  ['I21.4', 17000, PCI],
  ['I21.9', 16000, [...PCI, '99.1000']],
  ['I20.0', 8000, PCI],
  ['I25.1', 7000, ['00.6600+36.0700', '88.5500/88.5600/88.5700']],
  ['I63.9', 9000, STROKE],
  ['I63.5', 9500, STROKE],
  ['I63.4', 9500, STROKE],
  ['I61.0', 14000, ['01.3900', '01.2400+01.3900', '96.0400+96.7100']],
  ['I61.9', 13000, ['01.3900', '01.2400+01.3900', '96.0400+96.7100']],
  ['I50.9', 8000, ['96.7100', '93.9000']],
  ['I50.0', 8500, ['96.7100', '93.9000']],
  ['I48.0', 9000, ['37.3400', '99.6100']],
  ['I83.9', 6000, ['38.5900/38.5000']],
  ['I70.2', 12000, ['39.5000', '39.5000+39.9000', '88.4800']],
  ['J18.0', 4500, ['96.0400+96.7100', '96.7100', '33.2400']],
  ['J18.9', 5000, ['96.7100', '96.7200', '33.2400']],
  ['J44.1', 7000, ['96.7100', '96.7200', '93.9000']],
  ['J44.0', 7500, ['96.7100', '96.7200', '93.9000']],
  ['J45.9', 4500, ['96.7100', '93.9000']],
  ['J93.1', 5000, ['34.0400', '32.2000', '32.2000+34.0400']],
  ['C34.1', 15000, LUNG_CANCER],
  ['C34.3', 15000, LUNG_CANCER],
  ['C34.9', 14000, LUNG_CANCER],
  ['C16.9', 16000, ['43.9900', '43.6x00', '43.5x00', '99.2500', '45.1600']],
  ['C18.7', 15000, ['17.3600', '45.7600', '99.2500']],
  ['C18.9', 15000, ['17.3300/17.3500/17.3600', '45.7300/45.7500/45.7600', '99.2500']],
  ['C20.x', 17000, ['48.6300', '48.5000', '99.2500', '92.2400']],
  ['C50.9', 12000, ['85.4500', '85.4300', '85.4100', ['85.2100', 0.6], '99.2500']],
  ['C22.0', 15000, ['50.2200', '50.2900', '99.2500']],
  ['C73.x', 9000, ['06.4x00', '06.2x00', '06.4x00+40.2900']],
  ['C53.9', 12000, ['99.2500', '92.2400', '68.6100/68.6900']],
  ['D25.9', 8000, ['68.4100', '68.4900', '68.2900', '68.5100']],
  ['N83.2', 6000, ['65.2500', '65.2400', '65.2900']],
  ['M17.1', 7000, ['81.5400', '80.6x00', '93.3900']],
  ['M17.0', 7000, ['81.5400', '80.6x00', '93.3900']],
  ['M17.9', 6500, ['81.5400', '80.6x00', '93.3900']],
  ['M16.1', 9000, ['81.5100', ['81.5200', 0.85]]],
  ['S72.0', 12000, ['81.5100', ['81.5200', 0.85], '79.3500', '79.1500', '78.5500']],
  ['S72.1', 12000, ['79.3500', '79.1500', '78.5500']],
  ['M51.2', 8000, ['80.5100', '80.5100+81.0800', '81.0800', '80.5900', '93.3900']],
  ['M48.0', 10000, ['03.0900', '03.0900+81.0800', '81.6200+81.0800']],
  ['M50.1', 8000, ['80.5100+81.0200', '81.0200']],
  ['M47.2', 6000, ['81.0200', '93.3900']],
  ['S82.2', 10000, ['79.3600', '79.1600']],
  ['S52.5', 7000, ['79.3200', '79.1200', ['79.0200', 0.5]]],
  ['S42.0', 6000, ['79.3900', '79.1900']],
  ['N20.0', 6000, ['98.5100', '55.0400', '55.0300']],
  ['N20.1', 5500, ['98.5100', '56.0x00', '59.8x00', '56.0x00+59.8x00']],
  ['N40.x', 7000, ['60.2900', '60.2100']],
  ['N18.5', 10000, ['39.9500', '38.9500+39.9500', '39.2700']],
  ['O80.0', 3000, ['73.5900', '73.5900+75.6900']],
  ['O82.0', 5000, ['74.1x00', '74.0x00']],
  ['O34.2', 5500, ['74.1x00']],
  ['O03.9', 2500, ['69.0200', '69.5200']],
  ['H25.0', 5000, CATARACT],
  ['H25.9', 5000, CATARACT],
  ['H26.9', 5000, CATARACT],
  ['H40.1', 6000, ['12.6400', '12.6400+13.4100+13.7000']],
  ['H33.0', 8000, ['14.7400', '14.4900', '14.7400+14.4900']],
  ['J35.0', 3500, ['28.2x00', '28.3x00']],
  ['J35.3', 3800, ['28.3x00', '28.6x00']],
  ['J34.2', 4500, ['21.5x00', '21.8800']],
  ['G40.9', 5000, []],
  ['G45.9', 4500, ['88.4100']],
  ['E05.0', 4000, ['06.3900', '06.4x00']],
  ['E04.2', 5500, ['06.2x00', '06.3900', '06.3100']],
  ['S06.5', 15000, ['01.3100', '01.2400']],
  ['F20.9', 8000, ['94.2700']],
  ['A15.0', 6000, ['33.2400']],
  ['L03.1', 3500, ['86.0400', '86.2200']],
];

/** Primary-care groups (基层病种): common diseases treated the same at every hospital level. */
const PRIMARY_CARE: readonly DiseaseSpec[] = [
  ['J06.9', 2500, []],
  ['J20.9', 3000, []],
  ['A09.9', 2500, []],
  ['A09.0', 2600, []],
  ['I10.x', 3500, []],
  ['I11.9', 4200, []],
  ['E11.9', 4000, []],
  ['N39.0', 3500, []],
  ['K52.9', 2800, []],
  ['K29.7', 3000, ['45.1300']],
  ['D50.9', 3500, []],
  ['M54.5', 3500, ['93.3900']],
  ['M81.9', 4000, []],
  ['I69.3', 5000, ['93.3900']],
  ['J45.0', 3500, []],
];

/** Conservative base cost of each chapter's comprehensive groups (chapter XX is never principal). */
const CHAPTER_BASE: Readonly<Record<string, number>> = {
  I: 5000,
  II: 12000,
  III: 5000,
  IV: 5000,
  V: 8000,
  VI: 6000,
  VII: 4500,
  VIII: 4000,
  IX: 8000,
  X: 5500,
  XI: 5500,
  XII: 4000,
  XIII: 6500,
  XIV: 5500,
  XV: 3500,
  XVI: 6000,
  XVII: 8000,
  XVIII: 4000,
  XIX: 7000,
  XXI: 4000,
  XXII: 6000,
};

const CLASS_WEIGHT: Record<ProcedureClass, number> = {
  CONSERVATIVE: 0,
  DIAGNOSTIC: 0.25,
  THERAPEUTIC: 0.6,
  RELATED_SURGERY: 1.5,
};
const CLASS_MULTIPLIER: Record<ProcedureClass, number> = {
  CONSERVATIVE: 0.9,
  DIAGNOSTIC: 1.2,
  THERAPEUTIC: 1.6,
  RELATED_SURGERY: 2.6,
};
const CLASS_TAG: Record<ProcedureClass, string> = {
  CONSERVATIVE: 'CONS',
  DIAGNOSTIC: 'DIAG',
  THERAPEUTIC: 'THER',
  RELATED_SURGERY: 'SURG',
};
const CLASS_NAME: Record<ProcedureClass, string> = {
  CONSERVATIVE: '保守治疗',
  DIAGNOSTIC: '诊断性操作',
  THERAPEUTIC: '治疗性操作',
  RELATED_SURGERY: '相关手术',
};
const CLASSES: readonly ProcedureClass[] = [
  'CONSERVATIVE',
  'DIAGNOSTIC',
  'THERAPEUTIC',
  'RELATED_SURGERY',
];

/** Auxiliary rows (辅助目录) of the demo catalog. */
export const DEMO_AUX_ROWS: readonly DipAuxRow[] = [
  {
    kind: 'SEVERITY',
    code: 'DA-SEV-CC',
    name: '伴并发症或合并症（CC）',
    factor: '1.05',
    condition: { level: 'CC' },
  },
  {
    kind: 'SEVERITY',
    code: 'DA-SEV-MCC',
    name: '伴严重并发症或合并症（MCC）',
    factor: '1.12',
    condition: { level: 'MCC' },
  },
  { kind: 'DEATH', code: 'DA-DEATH', name: '死亡病例', factor: '1.2', condition: { died: true } },
  { kind: 'AGE', code: 'DA-AGE-0-5', name: '年龄 ≤ 5 岁', factor: '1.1', condition: { maxAge: 5 } },
  {
    kind: 'AGE',
    code: 'DA-AGE-65-79',
    name: '年龄 65–79 岁',
    factor: '1.03',
    condition: { minAge: 65, maxAge: 79 },
  },
  {
    kind: 'AGE',
    code: 'DA-AGE-80',
    name: '年龄 ≥ 80 岁',
    factor: '1.06',
    condition: { minAge: 80 },
  },
  {
    kind: 'TUMOR_STAGE',
    code: 'DA-TUMOR-III',
    name: '恶性肿瘤 III 期',
    factor: '1.05',
    condition: { stages: ['III', 'IIIA', 'IIIB', 'IIIC'], diagnosisPrefixes: ['C'] },
  },
  {
    kind: 'TUMOR_STAGE',
    code: 'DA-TUMOR-IV',
    name: '恶性肿瘤 IV 期（远处转移）',
    factor: '1.1',
    condition: { stages: ['IV', 'IVA', 'IVB', 'M1'], diagnosisPrefixes: ['C'] },
  },
].map((r) => ({ ...r, demo: true }) as DipAuxRow);

/** Code tables: code → Chinese name. */
export interface DemoCodeTables {
  readonly diagnoses: ReadonlyMap<string, string>;
  readonly procedures: ReadonlyMap<string, string>;
}

/** Reads a `code<TAB>name` table with a header line. */
export function readCodeTable(file: string): Map<string, string> {
  const out = new Map<string, string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .forEach((line) => {
      const tab = line.indexOf('\t');
      if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1).trim());
    });
  return out;
}

/** Builds the demo rows from the specs; throws when a code is not in the tables. */
export function buildDipDemoRows(tables: DemoCodeTables): DipCatalogRow[] {
  const classifier = createDefaultProcedureClassifier();
  const rows: DipCatalogRow[] = [];
  const categoryBases = new Map<string, number[]>();
  const missing: string[] = [];

  const subcategoryName = (sub: string): string => {
    const name = tables.diagnoses.get(`${sub}00`);
    if (!name) missing.push(`diagnosis ${sub}00`);
    return name ?? sub;
  };
  const procedureName = (code: string): string => {
    const name = tables.procedures.get(code);
    if (!name) missing.push(`procedure ${code}`);
    return name ?? code;
  };
  const firstAlternative = (ast: ProcedureExpression): ProcedureExpression =>
    ast.type === 'anyOf' ? ast.operands[0] : ast;

  const addDiagnosis = (kind: 'CORE' | 'PRIMARY_CARE', [sub, base, specs]: DiseaseSpec) => {
    const prefix = kind === 'CORE' ? 'DC' : 'DP';
    const dxName = subcategoryName(sub);
    const cat = sub.slice(0, 3);
    if (kind === 'CORE') categoryBases.set(cat, [...(categoryBases.get(cat) ?? []), base]);
    rows.push(
      group(kind, `${prefix}-${sub}-00`, sub, null, 'CONSERVATIVE', `${dxName}：保守治疗`, base),
    );
    specs.forEach((spec, i) => {
      const [expression, factor] = typeof spec === 'string' ? [spec, 1] : spec;
      const ast = parseProcedureExpression(expression);
      const first = expressionCodes(firstAlternative(ast));
      const weight = first.reduce((w, c) => w + CLASS_WEIGHT[classifier.classify(c)], 0);
      const top = expressionCodes(ast).reduce<ProcedureClass>((best, c) => {
        const k = classifier.classify(c);
        return CLASSES.indexOf(k) > CLASSES.indexOf(best) ? k : best;
      }, 'CONSERVATIVE');
      const alternatives = ast.type === 'anyOf' ? ast.operands.length : 1;
      const label = first.map(procedureName).join('+') + (alternatives > 1 ? '等' : '');
      expressionCodes(ast).forEach(procedureName); // checks every code exists
      const code = `${prefix}-${sub}-${String(i + 1).padStart(2, '0')}`;
      rows.push(
        group(
          kind,
          code,
          sub,
          expression,
          top,
          `${dxName}：${label}`,
          base * (1 + weight) * factor,
        ),
      );
    });
  };
  CORE.forEach((d) => addDiagnosis('CORE', d));
  PRIMARY_CARE.forEach((d) => addDiagnosis('PRIMARY_CARE', d));

  for (const [cat, bases] of [...categoryBases].sort()) {
    const base = bases.reduce((a, b) => a + b, 0) / bases.length;
    for (const cls of CLASSES) {
      rows.push(
        group(
          'COMPREHENSIVE',
          `DZ-${cat}-${CLASS_TAG[cls]}`,
          cat,
          null,
          cls,
          `${cat} 综合病种：${CLASS_NAME[cls]}`,
          base * CLASS_MULTIPLIER[cls],
        ),
      );
    }
  }
  for (const chapter of ICD10_CHAPTERS) {
    const base = CHAPTER_BASE[chapter.numeral];
    if (base === undefined) continue;
    for (const cls of CLASSES) {
      rows.push(
        group(
          'COMPREHENSIVE',
          `DZ-${chapter.numeral}-${CLASS_TAG[cls]}`,
          chapter.numeral,
          null,
          cls,
          `第${chapter.numeral}章 ${chapter.title} 综合病种：${CLASS_NAME[cls]}`,
          base * CLASS_MULTIPLIER[cls],
        ),
      );
    }
  }
  if (missing.length > 0)
    throw new Error(`codes missing from the code tables: ${missing.join(', ')}`);
  return [...rows, ...DEMO_AUX_ROWS];
}

function group(
  kind: DipGroupRow['kind'],
  code: string,
  diagnosisKey: string,
  procedureExpression: string | null,
  procedureClass: ProcedureClass,
  name: string,
  cost: number,
): DipGroupRow {
  const averageCost = Math.round(cost / 10) * 10; // whole tens of CNY: score has ≤ 2 decimals
  // score = m / M × K, exact: averageCost is an integer and M / K = 100
  const score = ((averageCost * DEMO_SCALE_K) / DEMO_ALL_CASE_AVERAGE)
    .toFixed(2)
    .replace(/\.?0+$/, '');
  return {
    kind,
    code,
    diagnosisKey,
    procedureExpression,
    procedureClass,
    name: `${name} [DEMO]`,
    score,
    averageCost: String(averageCost),
    demo: true,
  };
}

/** The demo catalog's version label. */
export const DEMO_VERSION = 'DEMO-DIP-2025';

/**
 * The data file's text: a JSON object (`about`, `version`, `scaleK`, `rows`) with one row per line,
 * so a change to the demo data is a readable diff.
 */
export function renderDipDemoCatalog(rows: readonly DipCatalogRow[]): string {
  const about =
    'DEMO DIP catalog (按病种分值付费 病种目录库): synthetic demonstration data, NOT a real catalog. ' +
    'Real ICD-10 / ICD-9-CM-3 医保版 codes (checked against the CHS-DRG 1.1 code tables), invented ' +
    'costs; every row is flagged demo and every group name ends in [DEMO]. ' +
    `score = averageCost / M × K with M = ${DEMO_ALL_CASE_AVERAGE} CNY, K = ${DEMO_SCALE_K}. ` +
    'GENERATED by scripts/build-dip-demo.ts (npm run demo:dip): do not edit by hand.';
  return [
    '{',
    `  "about": ${JSON.stringify(about)},`,
    `  "version": ${JSON.stringify(DEMO_VERSION)},`,
    `  "scaleK": ${JSON.stringify(String(DEMO_SCALE_K))},`,
    '  "rows": [',
    rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** The vendored full code tables the generator checks codes against. */
export const REFERENCE_DIR = join(projectRoot(), 'test', 'fixtures', 'chs-drg-1.1');

/** Reads the full code tables, builds the rows and writes the data file. */
export function writeDipDemoCatalog(
  referenceDir = REFERENCE_DIR,
  outFile = DIP_DEMO_CATALOG_FILE,
): number {
  const rows = buildDipDemoRows({
    diagnoses: readCodeTable(join(referenceDir, 'icd10-diagnoses.tsv')),
    procedures: readCodeTable(join(referenceDir, 'icd9cm3-procedures.tsv')),
  });
  writeFileSync(outFile, renderDipDemoCatalog(rows));
  return rows.length;
}

if (require.main === module) {
  const [referenceDir, outFile] = process.argv.slice(2);
  const n = writeDipDemoCatalog(referenceDir, outFile);
  console.log(`wrote ${n} rows to ${outFile ?? DIP_DEMO_CATALOG_FILE}`);
}
