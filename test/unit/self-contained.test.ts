import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../src/config';
import {
  CASES_DEV_JSONL,
  ICD10_TSV,
  ICD9CM3_TSV,
  REFERENCE_DIR,
  RULES_JSON,
} from '../support/reference';

/**
 * A plain clone must pass `npm test`: no code path in the tests, scripts, benchmarks or server
 * reads a folder beside the checkout. On our machines such a folder may exist, so a regression
 * would not show as a failing test there; this check catches it statically. Comments may still
 * describe where vendored data came from.
 */
const root = projectRoot();
// `src/shared` is ours; the reference folder that used to sit beside the checkout is not
const OUTSIDE = [
  /'\.\.',\s*'shared'/,
  /'shared',\s*'reference'/,
  /shared\/reference/,
  /projectRoot\(\),\s*'\.\.'/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

it('no test, script, benchmark or source file reads outside the checkout', () => {
  const offending = ['src', 'test', 'scripts', 'bench', 'migrations'].flatMap((dir) =>
    sourceFiles(join(root, dir)).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\/\/|\/?\*)/.test(line)) // comments may name the provenance
        .filter(({ line }) => OUTSIDE.some((pattern) => pattern.test(line)))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    ),
  );
  expect(offending).toEqual([]);
});

it('the vendored CHS-DRG 1.1 data is in the checkout, with its licence and notice', () => {
  for (const file of [RULES_JSON, ICD10_TSV, ICD9CM3_TSV, CASES_DEV_JSONL]) {
    expect(existsSync(file)).toBe(true);
  }
  expect(readFileSync(join(REFERENCE_DIR, 'LICENSE'), 'utf8')).toContain('Apache License');
  expect(readFileSync(join(REFERENCE_DIR, 'NOTICE'), 'utf8')).toContain('OpenDRG');
  const seed = join(root, 'src', 'modules', 'catalog', 'seed');
  expect(readFileSync(join(seed, 'LICENSE-chs-drg-1.1'), 'utf8')).toContain('Apache License');
  expect(readFileSync(join(seed, 'NOTICE-chs-drg-1.1'), 'utf8')).toContain('OpenDRG');
});
