import { readFileSync } from 'node:fs';
import { compileDipCatalog, type DipCatalogSource } from '../../../domain/grouping/dip';
import { DIP_DEMO_CATALOG_FILE } from '../seed-files';

/**
 * The DEMO DIP catalog (按病种分值付费 病种目录库): synthetic demonstration data, NOT a real
 * catalog. Real ICD-10 / ICD-9-CM-3 医保版 codes, invented costs; every row is flagged `demo`.
 * Read from `seed/dip-demo-catalog.json`, which `scripts/build-dip-demo.ts` generates (its cost
 * model is documented there), and checked by the DIP compiler so a damaged file fails loudly.
 */
export function loadDipDemoCatalog(file = DIP_DEMO_CATALOG_FILE): DipCatalogSource {
  const { version, scaleK, rows } = JSON.parse(readFileSync(file, 'utf8')) as DipCatalogSource;
  const source: DipCatalogSource = { version, scaleK, rows };
  compileDipCatalog(source);
  return source;
}
