import { join } from 'node:path';
import { projectRoot } from '../../src/config';

/**
 * The CHS-DRG 1.1 reference data the tests read, vendored with the project (Apache-2.0, LICENSE
 * and NOTICE beside it) so `npm test` passes in a plain clone: the full ICD code tables and the
 * 3,000 dev cases under test/fixtures, the rule package from the seed folder (stored once).
 */
export const REFERENCE_DIR = join(projectRoot(), 'test', 'fixtures', 'chs-drg-1.1');

export const ICD10_TSV = join(REFERENCE_DIR, 'icd10-diagnoses.tsv');
export const ICD9CM3_TSV = join(REFERENCE_DIR, 'icd9cm3-procedures.tsv');
export const CASES_DEV_JSONL = join(REFERENCE_DIR, 'cases-dev.jsonl');
export const RULES_JSON = join(
  projectRoot(),
  'src',
  'modules',
  'catalog',
  'seed',
  'chs-drg-1.1.rules.json',
);
