// Rebuilds the built-in code-table subset the demo seeds (src/modules/catalog/seed/*-subset.tsv)
// from the full ICD tables vendored in test/fixtures/chs-drg-1.1: the codes of the first 600 dev
// cases plus every code the demo DIP and TCM catalogs use. Needs no build:
//   node scripts/build-demo-code-subset.js
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const ref = join(root, 'test', 'fixtures', 'chs-drg-1.1');
const seed = join(root, 'src', 'modules', 'catalog', 'seed');
const dx = new Set();
const px = new Set();
const cases = readFileSync(join(ref, 'cases-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 600);
for (const line of cases) {
  const c = JSON.parse(line);
  c.diagnoses.forEach((d) => dx.add(d));
  c.procedures.forEach((p) => px.add(p));
}
// codes of the demo catalogs: the DIP data file and the TCM catalog's source
const text = [
  join(seed, 'dip-demo-catalog.json'),
  join(root, 'src', 'modules', 'catalog', 'demo', 'tcm-demo-catalog.ts'),
]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
for (const m of text.matchAll(/\b([A-Z]\d{2}(?:\.[0-9A-Za-z]+)?)\b/g)) dx.add(m[1]);
for (const m of text.matchAll(/\b(\d{2}\.\d{2,4}(?:x\d{3})?)\b/g)) px.add(m[1]);

function subset(file, wanted, out) {
  const lines = readFileSync(join(ref, file), 'utf8').split('\n');
  const kept = [lines[0], ...lines.slice(1).filter((l) => wanted.has(l.split('\t')[0]))];
  writeFileSync(join(seed, out), kept.join('\n') + '\n');
  console.log(`${out}: ${kept.length - 1} codes`);
}
subset('icd10-diagnoses.tsv', dx, 'icd10-subset.tsv');
subset('icd9cm3-procedures.tsv', px, 'icd9cm3-subset.tsv');
