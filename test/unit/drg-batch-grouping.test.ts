import { createReadStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import {
  compileRulePackage,
  groupStream,
  loadRulePackageFile,
  type CompiledDrgRules,
} from '../../src/domain/grouping/drg';
import { tinyRulePackage } from '../../src/domain/grouping/drg/rule-package.example';
import { CASES_DEV_JSONL, RULES_JSON } from '../support/reference';

const README_CASE =
  '{"id":"opendrg-readme-22058878","sex":2,"age":88,"ageDays":32460,"birthWeight":null,"los":94,' +
  '"dischargeWay":1,"diagnoses":["K22.301","K11.901","E11.900","I10.x05"],"procedures":["96.0800x005"]}';

/** Collects everything written; `delayMs` > 0 makes it a slow consumer with a tiny buffer. */
class Sink extends Writable {
  text = '';
  maxBuffered = 0;
  writes = 0;
  constructor(private readonly delayMs = 0) {
    super({ highWaterMark: 1024, decodeStrings: false });
  }
  override _write(chunk: string, _enc: BufferEncoding, done: (error?: Error | null) => void) {
    // everything written but not yet consumed, this chunk included
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.text += chunk;
    this.writes++;
    if (this.delayMs > 0) setTimeout(done, this.delayMs);
    else done();
  }
  lines(): unknown[] {
    return this.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as unknown);
  }
}

let chs: CompiledDrgRules;
beforeAll(async () => {
  chs = await loadRulePackageFile(RULES_JSON);
});

describe('groupStream', () => {
  it('writes one line per case, an error row per malformed line, and goes on', async () => {
    // split inside lines and with CRLF, as a pipe may deliver it
    const text =
      '\ufeff' +
      README_CASE +
      '\r\n' +
      '{"id": 2, "sex": 1, "age": 40, "diagnoses": ["O00.900"]}\n' +
      '\n' +
      '{"id": "broken", "sex": 1,\n' +
      '[1, 2]\n' +
      '{"id": "s", "sex": "1", "age": 40, "diagnoses": []}\n' +
      '{"id": "d", "sex": 1, "age": 40, "diagnoses": "K22.301"}\n' +
      '{"sex": null, "age": 40}\n';
    const chunks = [text.slice(0, 50), text.slice(50, 51), text.slice(51, 300), text.slice(300)];
    const sink = new Sink();
    const counts = await groupStream(chs, Readable.from(chunks), sink);
    expect(sink.lines()).toEqual([
      { id: 'opendrg-readme-22058878', status: 'SUCCESS', mdc: 'MDCG', adrg: 'GZ1', drg: 'GZ13' },
      { id: 2, status: 'NOT_GROUPED', mdc: null, adrg: null, drg: null },
      { line: 4, error: expect.stringMatching(/^invalid JSON: /) },
      { line: 5, error: 'a case must be a JSON object' },
      { line: 6, error: 'sex must be a number or null' },
      { line: 7, error: 'diagnoses must be an array of code strings' },
      { id: null, status: 'CHECK_FAILED', mdc: null, adrg: null, drg: null },
    ]);
    expect(counts).toEqual({
      lines: 8,
      cases: 3,
      errors: 4,
      byStatus: { SUCCESS: 1, NOT_GROUPED: 1, CHECK_FAILED: 1 },
    });
  });

  it('adds the trace with the trace option', async () => {
    const sink = new Sink();
    await groupStream(chs, Readable.from([README_CASE]), sink, { trace: true });
    const [row] = sink.lines() as { drg: string; trace: { split: { drg: string } } }[];
    expect(row.drg).toBe('GZ13');
    expect(row.trace.split.drg).toBe('GZ13');
  });

  it('groups the whole cases-dev.jsonl file as expected', async () => {
    const sink = new Sink();
    const counts = await groupStream(chs, createReadStream(CASES_DEV_JSONL), sink);
    expect(counts).toMatchObject({ lines: 3000, cases: 3000, errors: 0 });
    expect(counts.byStatus).toEqual({ SUCCESS: 2780, NOT_GROUPED: 113, CHECK_FAILED: 107 });
  });

  it('honours back-pressure from a slow consumer', async () => {
    const rules = compileRulePackage(tinyRulePackage());
    const n = 20_000;
    const input = Readable.from(
      (function* () {
        for (let i = 0; i < n; i++) yield `{"id":${i},"sex":2,"age":88,"diagnoses":["K22.301"]}\n`;
      })(),
    );
    const sink = new Sink(1);
    const counts = await groupStream(rules, input, sink);
    expect(counts.cases).toBe(n);
    const rows = sink.lines() as { id: number; drg: string }[];
    expect(rows).toHaveLength(n);
    expect(rows[n - 1]).toEqual({
      id: n - 1,
      status: 'SUCCESS',
      mdc: 'MDCG',
      adrg: 'GZ1',
      drg: 'GZ15',
    });
    // one pending chunk at a time: the sink never holds more than one chunk (~64 KiB) unconsumed
    expect(sink.writes).toBeGreaterThan(10);
    expect(sink.maxBuffered).toBeLessThanOrEqual(70 * 1024);
  });

  it('rejects instead of hanging when the output fails', async () => {
    const failing = new Writable({
      highWaterMark: 16,
      write: (_chunk, _enc, done) => done(new Error('EPIPE')),
    });
    failing.on('error', () => undefined);
    const input = Readable.from(
      (function* () {
        for (let i = 0; i < 5000; i++) yield README_CASE + '\n';
      })(),
    );
    await expect(groupStream(chs, input, failing)).rejects.toThrow(/EPIPE|closed/);
  });
});
