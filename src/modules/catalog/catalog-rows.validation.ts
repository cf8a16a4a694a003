import type { Dec } from '../../domain/decimal';
import { compileTcmCatalog, normaliseTcdCode, TcmError } from '../../domain/grouping/tcm';
import type { RowError } from './catalog.errors';
import type { RowValues } from './catalog-rows.service';
import type { BedDayCategoryInput, DrgGroupInput, TcmDiseaseInput } from './catalog.inputs';

/**
 * Pure checks that turn input rows into column values (in the table's column order) and collect
 * every bad row with its reason, so an upload is refused whole with a complete list.
 */
export interface Validated {
  rows: RowValues[];
  errors: RowError[];
}

const DRG_CODE = /^[A-Z]{2}[A-Z0-9][0-9]{1,2}$/;
const ADRG_CODE = /^[A-Z]{2}[A-Z0-9]{1,2}$/;
const MDC_CODE = /^MDC[A-Z]$/;

function text(value: string, row: number, field: string, errors: RowError[], max = 200): string {
  const t = value.trim();
  if (!t || t.length > max)
    errors.push({ row, field, reason: `${field} must be 1–${max} characters` });
  return t;
}

function positive(
  value: Dec | null | undefined,
  row: number,
  field: string,
  errors: RowError[],
  allowZero = false,
): string | null {
  if (value == null) return null;
  if (value.isNegative() || (!allowZero && value.isZero()))
    errors.push({ row, field, reason: `${field} must be ${allowZero ? '≥ 0' : '> 0'}` });
  return value.toFixed();
}

export function validateDrgGroups(input: DrgGroupInput[]): Validated {
  const errors: RowError[] = [];
  const rows = input.map((g, i) => {
    const row = i + 1;
    if (!DRG_CODE.test(g.code))
      errors.push({ row, field: 'code', reason: 'DRG codes look like GZ13 (ADRG + split digit)' });
    if (!MDC_CODE.test(g.mdc))
      errors.push({ row, field: 'mdc', reason: 'MDC codes look like MDCG' });
    if (!ADRG_CODE.test(g.adrg))
      errors.push({ row, field: 'adrg', reason: 'ADRG codes look like GZ1' });
    else if (DRG_CODE.test(g.code) && !g.code.startsWith(g.adrg))
      errors.push({ row, field: 'adrg', reason: `DRG ${g.code} is not in ADRG ${g.adrg}` });
    if (
      MDC_CODE.test(g.mdc) &&
      ADRG_CODE.test(g.adrg) &&
      g.mdc !== 'MDCA' &&
      g.mdc[3] !== g.adrg[0] &&
      !['MDCP', 'MDCY', 'MDCZ'].includes(g.mdc)
    ) {
      // CHS-DRG: an ADRG's first letter is its MDC's letter (pre-MDC and special MDCs aside)
      errors.push({ row, field: 'mdc', reason: `ADRG ${g.adrg} does not belong to ${g.mdc}` });
    }
    return [
      g.code,
      g.mdc,
      g.adrg,
      text(g.name, row, 'name', errors),
      positive(g.weight, row, 'weight', errors),
      positive(g.averageCost, row, 'averageCost', errors, true),
      positive(g.averageLos, row, 'averageLos', errors, true),
    ];
  });
  return { rows, errors };
}

export function validateTcmDiseases(input: TcmDiseaseInput[]): Validated {
  const errors: RowError[] = [];
  const rows = input.map((d, i) => {
    const row = i + 1;
    // stored as the classifier compares them (trimmed, upper-case), so one code is one row
    const code = normaliseTcdCode(text(d.code, row, 'code', errors, 40));
    const share = d.minTcmTreatmentShare;
    if (share.isNegative() || share.greaterThan(1))
      errors.push({ row, field: 'minTcmTreatmentShare', reason: 'a share is between 0 and 1' });
    if (d.icd10Codes.some((c) => !/^[A-Z][0-9]{2}(\.[0-9A-Za-z]+)?/.test(c) || c.includes(','))) {
      errors.push({ row, field: 'icd10Codes', reason: 'ICD-10 codes look like K64.800' });
    }
    for (const [field, v] of [
      ['minLos', d.minLos],
      ['maxLos', d.maxLos],
    ] as const) {
      if (v != null && v < 0) errors.push({ row, field, reason: `${field} must be ≥ 0` });
    }
    if (d.minLos != null && d.maxLos != null && d.maxLos < d.minLos)
      errors.push({ row, field: 'maxLos', reason: 'maxLos is below minLos' });
    return [
      code,
      text(d.name, row, 'name', errors),
      d.icd10Codes.join(','),
      positive(d.standard, row, 'standard', errors),
      share.toFixed(),
      d.minLos == null ? null : String(d.minLos),
      d.maxLos == null ? null : String(d.maxLos),
    ];
  });
  // the classifier's own compiler has the last word: what it cannot use is refused here
  try {
    compileTcmCatalog(
      input.map((d) => ({
        tcdCode: d.code,
        name: d.name,
        icd10Codes: d.icd10Codes,
        standard: d.standard.toFixed(),
        minTcmTreatmentShare: d.minTcmTreatmentShare.toFixed(),
        minLos: d.minLos ?? null,
        maxLos: d.maxLos ?? null,
      })),
    );
  } catch (error) {
    if (!(error instanceof TcmError)) throw error;
    for (const p of error.problems) {
      if (!errors.some((e) => e.row === p.index + 1))
        errors.push({ row: p.index + 1, reason: p.reason });
    }
  }
  return { rows, errors };
}

export function validateBedDayCategories(input: BedDayCategoryInput[]): Validated {
  const errors: RowError[] = [];
  const rows = input.map((b, i) => {
    const row = i + 1;
    if (b.maxDays != null && b.maxDays <= 0)
      errors.push({ row, field: 'maxDays', reason: 'maxDays must be > 0' });
    return [
      text(b.code, row, 'code', errors, 40),
      text(b.name, row, 'name', errors),
      positive(b.dailyStandard, row, 'dailyStandard', errors),
      b.maxDays == null ? null : String(b.maxDays),
    ];
  });
  return { rows, errors };
}
