import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { projectRoot } from '../src/config';
import {
  compileRulePackage,
  groupDrg,
  groupStream,
  type DrgCaseInput,
} from '../src/domain/grouping/drg';

export interface DrgGrouperOptions {
  /** Groupings without trace for the throughput figure (default 1,002,000: 334 × the 3,000 cases). */
  groupings?: number;
  /** Groupings with trace (default 100,000; the trace is ~9 KB of JSON per case). */
  tracedGroupings?: number;
  /** Cases streamed through `groupStream` for the memory figure (default 1,000,000). */
  streamed?: number;
  /** Rule package (default: the CHS-DRG 1.1 package the demo seeds). */
  rulesFile?: string;
  /** Cases with expected results, JSON Lines (default: the 3,000 CHS-DRG 1.1 dev cases in test/fixtures). */
  casesFile?: string;
}

export interface MemorySample {
  cases: number;
  heapUsedMb: number;
  rssMb: number;
}

export interface DrgGrouperFigures {
  compileMs: number;
  /** Groupings measured without trace, on one core, in-process. */
  cases: number;
  casesPerSecond: number;
  tracedCases: number;
  tracedCasesPerSecond: number;
  streamedCases: number;
  /** End-to-end JSON Lines throughput of `groupStream` (parse + group + serialise). */
  streamCasesPerSecond: number;
  /** Whether samples were taken after a forced GC (node --expose-gc): heapUsed is then the live heap. */
  gcForced: boolean;
  /** Peak heapUsed above the level before streaming, scaled to 1M cases. */
  heapPerMillionMb: number;
  /** Peak RSS above the level before streaming, scaled to 1M cases. */
  rssPerMillionMb: number;
  /** heapUsed/RSS before, every 100k cases during, and after streaming. */
  samples: MemorySample[];
}

const MB = 1024 * 1024;

/**
 * DRG grouper figures: compile time of the reference package, grouping throughput on one core
 * (no trace, then with trace) cycling the 3,000 dev cases, and memory while 1,000,000 JSON lines
 * stream through `groupStream` into a discarding sink (it should stay flat: constant memory).
 */
export async function benchDrgGrouper(options: DrgGrouperOptions = {}): Promise<DrgGrouperFigures> {
  const rulesFile =
    options.rulesFile ??
    join(projectRoot(), 'src', 'modules', 'catalog', 'seed', 'chs-drg-1.1.rules.json');
  const casesFile =
    options.casesFile ?? join(projectRoot(), 'test', 'fixtures', 'chs-drg-1.1', 'cases-dev.jsonl');
  const groupings = options.groupings ?? 1_002_000;
  const tracedGroupings = options.tracedGroupings ?? 100_000;
  const streamed = options.streamed ?? 1_000_000;

  const source: unknown = JSON.parse(readFileSync(rulesFile, 'utf8'));
  const compileStart = process.hrtime.bigint();
  const rules = compileRulePackage(source);
  const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;

  const lines = readFileSync(casesFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const cases = lines.map((line) => JSON.parse(line) as DrgCaseInput);
  // each case as JSON without its id, to prefix a fresh id per streamed line: `{"id":…,` + tail
  const tails = cases.map((c) => JSON.stringify({ ...c, id: undefined }).slice(1));

  const run = (n: number, trace: boolean): number => {
    let grouped = 0; // consumed so the work cannot be optimised away
    const options = trace ? { trace: true } : undefined;
    const start = process.hrtime.bigint();
    for (let i = 0, k = 0; i < n; i++, k = k + 1 === cases.length ? 0 : k + 1) {
      if (groupDrg(rules, cases[k], options).status === 'SUCCESS') grouped++;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (grouped === 0) throw new Error('nothing grouped');
    return n / seconds;
  };
  run(cases.length * 10, false); // warm-up: let V8 optimise the closures
  const casesPerSecond = run(groupings, false);
  run(cases.length, true);
  const tracedCasesPerSecond = run(tracedGroupings, true);

  const samples: MemorySample[] = [];
  // with --expose-gc, collect first so heapUsed is the live heap (a leak would show as growth)
  const gc = (globalThis as { gc?: () => void }).gc;
  const sample = (n: number) => {
    gc?.();
    const m = process.memoryUsage();
    samples.push({ cases: n, heapUsedMb: m.heapUsed / MB, rssMb: m.rss / MB });
  };
  sample(0);
  const input = Readable.from(
    (function* () {
      // 100 lines per chunk, each case a fresh line with its own id
      for (let i = 0; i < streamed; i += 100) {
        let chunk = '';
        for (let j = i; j < Math.min(i + 100, streamed); j++) {
          chunk += `{"id":"bench-${j}",${tails[j % tails.length]}\n`;
        }
        if (i > 0 && i % 100_000 === 0) sample(i);
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
  const sink = new Writable({ decodeStrings: false, write: (_chunk, _enc, done) => done() });
  const streamStart = process.hrtime.bigint();
  const counts = await groupStream(rules, input, sink);
  const streamSeconds = Number(process.hrtime.bigint() - streamStart) / 1e9;
  sample(counts.cases);
  if (counts.cases !== streamed) throw new Error(`streamed ${counts.cases} of ${streamed} cases`);

  const before = samples[0];
  const scale = 1_000_000 / streamed;
  return {
    compileMs,
    cases: groupings,
    casesPerSecond,
    tracedCases: tracedGroupings,
    tracedCasesPerSecond,
    streamedCases: streamed,
    streamCasesPerSecond: streamed / streamSeconds,
    gcForced: gc !== undefined,
    heapPerMillionMb: Math.max(0, ...samples.map((s) => s.heapUsedMb - before.heapUsedMb)) * scale,
    rssPerMillionMb: Math.max(0, ...samples.map((s) => s.rssMb - before.rssMb)) * scale,
    samples,
  };
}

/** Prints the figures of `benchDrgGrouper`, one line each. */
export function printDrgGrouperFigures(f: DrgGrouperFigures): void {
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log('DRG grouper (CHS-DRG 1.1 reference package, cases-dev.jsonl cycled, one core)');
  console.log(`   compile rules.json: ${f.compileMs.toFixed(0)} ms`);
  console.log(
    `   groupDrg, no trace: ${int(f.casesPerSecond)} cases/s over ${int(f.cases)} groupings (target ≥ 100,000)`,
  );
  console.log(
    `   groupDrg, with trace: ${int(f.tracedCasesPerSecond)} cases/s over ${int(f.tracedCases)} groupings`,
  );
  console.log(
    `   groupStream JSON Lines: ${int(f.streamCasesPerSecond)} cases/s over ${int(f.streamedCases)} lines`,
  );
  console.log(
    `   memory per 1M streamed cases: peak heap +${f.heapPerMillionMb.toFixed(1)} MB, peak RSS +${f.rssPerMillionMb.toFixed(1)} MB`,
  );
  console.log(
    `   heapUsed${f.gcForced ? ' (after GC)' : ' (no forced GC: run node --expose-gc for the live heap)'} / RSS MB by cases streamed: ${f.samples
      .map((s) => `${int(s.cases)}: ${s.heapUsedMb.toFixed(0)}/${s.rssMb.toFixed(0)}`)
      .join(', ')}`,
  );
}
