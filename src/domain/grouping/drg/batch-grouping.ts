import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseCaseLine } from './case-input.parser';
import type { CompiledDrgRules } from './compiled-rules.types';
import { groupDrg } from './drg-grouper';
import type { DrgStatus } from './rule-package.types';

export interface GroupStreamOptions {
  /** Add each case's `trace` to its output line. */
  trace?: boolean;
}

export interface GroupStreamCounts {
  /** Lines read, blank ones included (line numbers in error rows count them too). */
  lines: number;
  /** Cases grouped (whatever their status). */
  cases: number;
  /** Lines refused (malformed JSON or wrongly typed fields). */
  errors: number;
  byStatus: Partial<Record<DrgStatus, number>>;
}

// Output is written in chunks of about this many characters: one write per case costs more
// than the grouping itself, and a chunk keeps back-pressure meaningful.
const CHUNK = 64 * 1024;

/**
 * Groups a JSON Lines stream of cases into a JSON Lines stream of results, one output line per
 * non-blank input line, in input order: `{"id","status","mdc","adrg","drg"}` (+ `"trace"`), or
 * `{"line":N,"error":"…"}` for a malformed line, after which processing continues.
 *
 * Memory stays constant in the number of cases: lines are read with `readline` (which pauses the
 * input when its buffer fills) and the output is awaited on 'drain' whenever `write` returns
 * false. The output stream is not ended, so it can be `process.stdout`.
 */
export async function groupStream(
  rules: CompiledDrgRules,
  input: Readable,
  output: Writable,
  options: GroupStreamOptions = {},
): Promise<GroupStreamCounts> {
  const trace = options.trace === true;
  const counts: GroupStreamCounts = { lines: 0, cases: 0, errors: 0, byStatus: {} };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let pending = '';
  for await (const raw of lines) {
    counts.lines++;
    // a UTF-8 byte-order mark from spreadsheet exports is not part of the first case
    const line = counts.lines === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (isBlank(line)) continue;
    const parsed = parseCaseLine(line);
    if (!parsed.ok) {
      counts.errors++;
      pending += JSON.stringify({ line: counts.lines, error: parsed.error }) + '\n';
    } else {
      const result = groupDrg(rules, parsed.input, trace ? { trace } : undefined);
      counts.cases++;
      counts.byStatus[result.status] = (counts.byStatus[result.status] ?? 0) + 1;
      const row = {
        id: parsed.id,
        status: result.status,
        mdc: result.mdc,
        adrg: result.adrg,
        drg: result.drg,
        ...(trace ? { trace: result.trace } : {}),
      };
      pending += JSON.stringify(row) + '\n';
    }
    if (pending.length >= CHUNK) {
      await write(output, pending);
      pending = '';
    }
  }
  if (pending.length > 0) await write(output, pending);
  return counts;
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (output.destroyed) throw new Error('the output stream is closed');
  if (!output.write(chunk)) await drained(output);
}

/** Resolves on 'drain'; rejects if the stream fails or closes first (e.g. EPIPE), never hangs. */
function drained(output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      output.off('drain', onDrain).off('error', onError).off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () => settle(new Error('the output stream closed before draining'));
    output.on('drain', onDrain).on('error', onError).on('close', onClose);
  });
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0d) return false;
  }
  return true;
}
