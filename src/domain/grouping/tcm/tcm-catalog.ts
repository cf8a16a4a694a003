import { DECIMAL_TEXT, Dec } from '../../decimal';
import { TcmError, type TcmCatalogProblem } from './tcm.errors';

/**
 * One TCM-advantage disease (中医优势病种) paid per case at a fixed standard (按病种付费).
 * Source of the rule: 国家医保局办公室 国家中医药局综合司《关于开展中医优势病种按病种付费试点工作
 * 的通知》(2025): a disease is identified by its TCM diagnosis (TCD, GB/T 15657) mapped to Western
 * ICD-10 codes (中西医编码映射), and paid at a standard not lower than before the pilot.
 */
export interface TcmDiseaseRow {
  /** TCD code of the TCM disease (e.g. `BWG000`, or the 2021 form `A17.…`). */
  readonly tcdCode: string;
  readonly name: string;
  /**
   * Western principal diagnoses this disease maps to. An entry matches the case's principal
   * diagnosis when equal to it, when it is a category (`K64`) or subcategory (`K64.8`) the code
   * starts with, or when the code is that entry's extension (`K64.800x001`) or dagger form
   * (`M47.221+G55.2*`). Empty = any Western diagnosis.
   */
  readonly icd10Codes: readonly string[];
  /** Payment standard per case in CNY (decimal text > 0). */
  readonly standard: string;
  /** Minimum share of TCM treatment in the case's cost (中医治疗费用占比), decimal 0..1. */
  readonly minTcmTreatmentShare: string;
  /** Length-of-stay bounds in days, inclusive; null = unbounded. */
  readonly minLos?: number | null;
  readonly maxLos?: number | null;
  /** Set on demonstration rows. */
  readonly demo?: boolean;
}

/** A validated row with its decimals parsed. */
export interface CompiledTcmDisease {
  readonly index: number;
  readonly row: TcmDiseaseRow;
  readonly tcdCode: string;
  readonly standard: Dec;
  readonly minShare: Dec;
}

/** A validated catalog indexed by TCD code. */
export interface CompiledTcmCatalog {
  readonly byTcdCode: ReadonlyMap<string, CompiledTcmDisease>;
}

const TCD_CODE = /^[A-Z][A-Z0-9]*(\.[A-Z0-9]+)*$/;
const ICD10_ENTRY = /^[A-Z]\d{2}(\.[0-9x][0-9A-Za-z.+*]*)?$/;

/** TCD codes compare trimmed and upper-cased. */
export function normaliseTcdCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Validates and indexes a TCM-advantage catalog.
 * @throws TcmError listing every bad row with its index and reason; nothing is partially accepted.
 */
export function compileTcmCatalog(rows: readonly TcmDiseaseRow[]): CompiledTcmCatalog {
  const problems: TcmCatalogProblem[] = [];
  const byTcdCode = new Map<string, CompiledTcmDisease>();
  const firstRowOf = new Map<string, number>();
  if (!Array.isArray(rows))
    throw new TcmError([{ index: -1, tcdCode: null, reason: 'rows must be an array' }]);
  rows.forEach((row, index) => {
    const reasons: string[] = [];
    const tcd = typeof row?.tcdCode === 'string' ? normaliseTcdCode(row.tcdCode) : '';
    if (!TCD_CODE.test(tcd))
      reasons.push(`tcdCode ${JSON.stringify(row?.tcdCode)} is not a TCD code`);
    else if (firstRowOf.has(tcd))
      reasons.push(`duplicate tcdCode ${tcd} (also row ${firstRowOf.get(tcd)})`);
    else firstRowOf.set(tcd, index);
    if (typeof row?.name !== 'string' || !row.name.trim())
      reasons.push('name must be a non-empty string');
    if (
      !Array.isArray(row?.icd10Codes) ||
      row.icd10Codes.some((c: unknown) => typeof c !== 'string' || !ICD10_ENTRY.test(c as string))
    ) {
      reasons.push('icd10Codes must be an array of ICD-10 codes, categories or subcategories');
    }
    const standardOk = isDecimal(row?.standard) && new Dec(row.standard).gt(0);
    if (!standardOk)
      reasons.push(`standard must be decimal text > 0, got ${JSON.stringify(row?.standard)}`);
    const shareOk =
      isDecimal(row?.minTcmTreatmentShare) &&
      new Dec(row.minTcmTreatmentShare).gte(0) &&
      new Dec(row.minTcmTreatmentShare).lte(1);
    if (!shareOk) {
      reasons.push(
        `minTcmTreatmentShare must be decimal text in 0..1, got ${JSON.stringify(row?.minTcmTreatmentShare)}`,
      );
    }
    const bad = (v: unknown) => v != null && !(Number.isInteger(v) && (v as number) >= 0);
    if (bad(row?.minLos) || bad(row?.maxLos))
      reasons.push('minLos/maxLos must be whole days ≥ 0 or null');
    else if (row.minLos != null && row.maxLos != null && row.minLos > row.maxLos) {
      reasons.push(`minLos ${row.minLos} > maxLos ${row.maxLos}`);
    }
    if (reasons.length > 0) {
      for (const reason of reasons) problems.push({ index, tcdCode: tcd || null, reason });
      return;
    }
    byTcdCode.set(tcd, {
      index,
      row,
      tcdCode: tcd,
      standard: new Dec(row.standard),
      minShare: new Dec(row.minTcmTreatmentShare),
    });
  });
  if (problems.length > 0) throw new TcmError(problems);
  return { byTcdCode };
}

function isDecimal(v: unknown): v is string {
  return typeof v === 'string' && DECIMAL_TEXT.test(v) && !v.startsWith('-');
}
