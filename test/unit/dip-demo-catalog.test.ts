import { readFileSync } from 'node:fs';
import {
  buildDipDemoRows,
  readCodeTable,
  renderDipDemoCatalog,
} from '../../scripts/build-dip-demo';
import { loadDipDemoCatalog } from '../../src/modules/catalog/demo/dip-demo-catalog';
import { DIP_DEMO_CATALOG_FILE } from '../../src/modules/catalog/seed-files';
import { TCM_DEMO_CATALOG } from '../../src/modules/catalog/demo/tcm-demo-catalog';
import {
  compileDipCatalog,
  expressionCodes,
  groupDip,
  icd10ChapterByNumeral,
  parseProcedureExpression,
  type DipGroupRow,
} from '../../src/domain/grouping/dip';
import { classifyTcm, compileTcmCatalog, icdEntryMatches } from '../../src/domain/grouping/tcm';
import { ICD10_TSV, ICD9CM3_TSV } from '../support/reference';

// The full CHS-DRG 1.1 code tables, vendored under test/fixtures.
const diagnoses = readCodeTable(ICD10_TSV);
const procedures = readCodeTable(ICD9CM3_TSV);
const DIP_DEMO_CATALOG = loadDipDemoCatalog();
const diagnosisCodes = [...diagnoses.keys()];

const groups = DIP_DEMO_CATALOG.rows.filter(
  (r): r is DipGroupRow =>
    r.kind === 'CORE' || r.kind === 'PRIMARY_CARE' || r.kind === 'COMPREHENSIVE',
);

describe('DIP demo catalog', () => {
  it('compiles, is a few hundred rows of every kind, all flagged DEMO', () => {
    const catalog = compileDipCatalog(DIP_DEMO_CATALOG);
    expect(catalog.scaleK).toBe('100');
    expect(groups.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(DIP_DEMO_CATALOG.rows.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      'AGE',
      'COMPREHENSIVE',
      'CORE',
      'DEATH',
      'PRIMARY_CARE',
      'SEVERITY',
      'TUMOR_STAGE',
    ]);
    for (const r of DIP_DEMO_CATALOG.rows) expect(r.demo).toBe(true);
    for (const g of groups) expect(g.name).toMatch(/\[DEMO\]$/);
    const comprehensiveClasses = new Set(
      groups.filter((g) => g.kind === 'COMPREHENSIVE').map((g) => g.procedureClass),
    );
    expect(comprehensiveClasses.size).toBe(4);
  });

  it('uses only codes that exist in the full ICD-10 and ICD-9-CM-3 tables', () => {
    const missing: string[] = [];
    for (const g of groups) {
      if (g.kind === 'COMPREHENSIVE') {
        const ok =
          icd10ChapterByNumeral(g.diagnosisKey) ||
          diagnosisCodes.some((c) => c.startsWith(g.diagnosisKey));
        if (!ok) missing.push(`${g.code}: ${g.diagnosisKey}`);
        continue;
      }
      // a subcategory exists when its "00" code does (K80.1 → K80.100)
      if (!diagnoses.has(`${g.diagnosisKey}00`)) missing.push(`${g.code}: ${g.diagnosisKey}`);
      if (g.procedureExpression) {
        for (const code of expressionCodes(parseProcedureExpression(g.procedureExpression))) {
          if (!procedures.has(code)) missing.push(`${g.code}: ${code}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps score = averageCost / M × K (M = 10,000, K = 100)', () => {
    for (const g of groups) expect(Number(g.score)).toBeCloseTo(Number(g.averageCost) / 100, 10);
  });

  it('is exactly what the generator builds from the code tables (no hand edits, no drift)', () => {
    expect(buildDipDemoRows({ diagnoses, procedures })).toEqual(DIP_DEMO_CATALOG.rows);
    // byte for byte, so the committed data file is the generator's output as it stands
    expect(renderDipDemoCatalog(buildDipDemoRows({ diagnoses, procedures }))).toBe(
      readFileSync(DIP_DEMO_CATALOG_FILE, 'utf8'),
    );
  });

  it('groups realistic cases', () => {
    const catalog = compileDipCatalog(DIP_DEMO_CATALOG);
    const g = (diagnosesIn: string[], proceduresIn: string[]) =>
      groupDip(catalog, { diagnoses: diagnosesIn, procedures: proceduresIn }).groupCode;
    expect(g(['K80.100x001'], ['51.2300'])).toBe('DC-K80.1-01');
    expect(g(['I21.000'], ['00.6600', '36.0700', '88.5700'])).toBe('DC-I21.0-01');
    expect(g(['J18.900'], [])).toBe('DC-J18.9-00');
    expect(g(['C34.100x004'], ['32.4100'])).toBe('DC-C34.1-01');
    expect(g(['H25.000'], ['13.4100', '13.7100'])).toBe('DC-H25.0-01');
    expect(g(['I10.x00'], [])).toBe('DP-I10.x-00');
    expect(g(['K83.000'], ['51.2300'])).toBe('DZ-XI-SURG');
  });
});

describe('TCM demo catalog', () => {
  it('compiles, about ten diseases, all flagged DEMO', () => {
    const catalog = compileTcmCatalog(TCM_DEMO_CATALOG);
    expect(catalog.byTcdCode.size).toBeGreaterThanOrEqual(10);
    for (const r of TCM_DEMO_CATALOG) {
      expect(r.demo).toBe(true);
      expect(r.tcdCode).toMatch(/^B[A-Z]{2}\d{3}$/); // GB/T 15657-1995 form
    }
  });

  it('maps only to ICD-10 codes that exist in the full table', () => {
    const unmapped = TCM_DEMO_CATALOG.flatMap((r) =>
      r.icd10Codes.filter((entry) => !diagnosisCodes.some((code) => icdEntryMatches(entry, code))),
    );
    expect(unmapped).toEqual([]);
  });

  it('classifies a 混合痔 case', () => {
    const r = classifyTcm(compileTcmCatalog(TCM_DEMO_CATALOG), {
      tcmPrincipalDiagnosis: 'BWG000',
      diagnoses: ['K64.811'],
      tcmTreatmentShare: '0.35',
      los: 7,
    });
    expect(r).toMatchObject({ classified: true, standard: '6800' });
  });
});
