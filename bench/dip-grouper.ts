import { loadDipDemoCatalog } from '../src/modules/catalog/demo/dip-demo-catalog';
import {
  compileDipCatalog,
  expressionCodes,
  groupDip,
  parseProcedureExpression,
  type CompiledDipCatalog,
  type DipCatalogSource,
  type DipCaseInput,
  type DipGroupRow,
  type DipGroupingStatus,
} from '../src/domain/grouping/dip';

/** Figures of one DIP grouper run. */
export interface DipGrouperFigures {
  /** Groupings per second with the full trace (the default). */
  readonly casesPerSecond: number;
  /** Groupings measured in each of the two runs. */
  readonly cases: number;
  /** Groupings per second with `trace: false` (batch jobs). */
  readonly casesPerSecondWithoutTrace: number;
  /** Distinct synthetic cases cycled through. */
  readonly distinctCases: number;
  /** Results by status over one pass of the distinct cases. */
  readonly statuses: Readonly<Record<DipGroupingStatus, number>>;
}

const CASES = 300_000;
const DISTINCT = 5_000;
const WARM_UP = 20_000;

/**
 * Groups synthetic cases drawn from the DEMO DIP catalog: ≥ 300,000 groupings with the trace,
 * the same again without. Pure CPU, no database; deterministic cases (seeded PRNG).
 */
export async function benchDipGrouper(): Promise<DipGrouperFigures> {
  const demo = loadDipDemoCatalog();
  const catalog = compileDipCatalog(demo);
  const cases = syntheticCases(demo, DISTINCT);
  const statuses: Record<DipGroupingStatus, number> = { GROUPED: 0, BLANK: 0, INVALID_INPUT: 0 };
  for (const c of cases) statuses[groupDip(catalog, c).status]++;
  run(catalog, cases, WARM_UP, true);
  const withTrace = run(catalog, cases, CASES, true);
  const withoutTrace = run(catalog, cases, CASES, false);
  return {
    casesPerSecond: withTrace,
    cases: CASES,
    casesPerSecondWithoutTrace: withoutTrace,
    distinctCases: cases.length,
    statuses,
  };
}

/** Prints the figures for `npm run bench`-style output. */
export function printDipGrouperFigures(f: DipGrouperFigures): void {
  console.log('DIP grouper (demo catalog, synthetic cases, one core):');
  console.log(
    `   groupings per run: ${f.cases.toLocaleString('en')} over ${f.distinctCases} distinct cases`,
  );
  console.log(
    `   statuses per pass: ${Object.entries(f.statuses)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(`   with trace:    ${Math.round(f.casesPerSecond).toLocaleString('en')} cases/s`);
  console.log(
    `   without trace: ${Math.round(f.casesPerSecondWithoutTrace).toLocaleString('en')} cases/s`,
  );
}

function run(
  catalog: CompiledDipCatalog,
  cases: readonly DipCaseInput[],
  n: number,
  trace: boolean,
): number {
  const options = { trace };
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < n; i++)
    sink += groupDip(catalog, cases[i % cases.length], options).trace.length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) console.log(sink); // keeps the loop observable
  return n / seconds;
}

/**
 * Cases shaped like real ones: mostly a core or primary-care row's diagnosis with its first
 * alternative's procedures (sometimes plus an extra code or minus one), some conservative, some
 * diagnoses only comprehensive groups or nothing cover, a few invalid; costs around the group's
 * average; random severity, age, death and stage.
 */
function syntheticCases(demo: DipCatalogSource, n: number): DipCaseInput[] {
  const random = mulberry32(20251123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const groups = demo.rows.filter(
    (r): r is DipGroupRow => r.kind === 'CORE' || r.kind === 'PRIMARY_CARE',
  );
  const extras = ['88.3800', '87.4100', '99.2900', '93.3900', '45.1300', '54.1100'];
  // comprehensive-only diagnoses, and V89.2 (chapter XX, external causes: no group at all → BLANK)
  const otherDiagnoses = [
    'K83.000',
    'K83.100',
    'L02.400',
    'N13.300',
    'Q21.000',
    'R10.400',
    'V89.200',
  ];
  const out: DipCaseInput[] = [];
  for (let i = 0; i < n; i++) {
    const roll = random();
    const flags = {
      hasMcc: random() < 0.1,
      hasCc: random() < 0.25,
      died: random() < 0.01,
      age: Math.floor(random() * 95),
      tumorStage: random() < 0.1 ? pick(['I', 'II', 'III', 'IV']) : null,
    };
    if (roll < 0.02) {
      out.push({ diagnoses: [], procedures: [] });
      continue;
    }
    if (roll < 0.12) {
      out.push({
        diagnoses: [pick(otherDiagnoses)],
        procedures: random() < 0.5 ? [pick(extras)] : [],
        ...flags,
      });
      continue;
    }
    const g = pick(groups);
    let procedures: string[] = [];
    if (g.procedureExpression) {
      const ast = parseProcedureExpression(g.procedureExpression);
      procedures = expressionCodes(ast.type === 'anyOf' ? pick(ast.operands) : ast);
      if (random() < 0.2) procedures.push(pick(extras));
      if (random() < 0.05) procedures.pop();
    }
    const cost = Math.round(Number(g.averageCost) * (0.4 + random() * 1.4));
    out.push({
      diagnoses: [`${g.diagnosisKey}00`, 'I10.x00', 'E11.900'],
      procedures,
      totalCost: String(cost),
      ...flags,
    });
  }
  return out;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
