import { DECIMAL_TEXT, Dec } from '../../decimal';
import { normaliseTcdCode, type CompiledTcmCatalog, type TcmDiseaseRow } from './tcm-catalog';

/** A case as the TCM-advantage classifier sees it. */
export interface TcmCaseInput {
  /** TCM principal diagnosis (中医主病), TCD code. */
  readonly tcmPrincipalDiagnosis?: string | null;
  /** Western diagnoses, ICD-10 医保版, principal first. */
  readonly diagnoses: readonly string[];
  /** Share of TCM treatment in the case's cost (中医治疗费用占比), decimal text 0..1. */
  readonly tcmTreatmentShare?: string | null;
  /** Length of stay in days. */
  readonly los?: number | null;
}

/** Why a case is not paid as a TCM-advantage disease. */
export type TcmRejectionCode =
  | 'NO_TCM_DIAGNOSIS'
  | 'NOT_IN_CATALOG'
  | 'NO_WESTERN_DIAGNOSIS'
  | 'ICD_NOT_MAPPED'
  | 'SHARE_MISSING'
  | 'SHARE_INVALID'
  | 'SHARE_TOO_LOW'
  | 'LOS_MISSING'
  | 'LOS_INVALID'
  | 'LOS_TOO_SHORT'
  | 'LOS_TOO_LONG';

/** One failed condition. */
export interface TcmRejection {
  readonly code: TcmRejectionCode;
  readonly message: string;
}

/** The case is a TCM-advantage case, paid at the disease's standard. */
export interface TcmClassified {
  readonly classified: true;
  readonly disease: TcmDiseaseRow;
  /** Payment standard in CNY, decimal text. */
  readonly standard: string;
  readonly trace: readonly string[];
}

/** The case is not a TCM-advantage case: the caller falls back to DRG/DIP. */
export interface TcmNotClassified {
  readonly classified: false;
  /** Every condition that failed (not only the first), so a hospital can see all of them. */
  readonly reasons: readonly TcmRejection[];
  readonly trace: readonly string[];
}

export type TcmClassification = TcmClassified | TcmNotClassified;

/**
 * Classifies a case as a TCM-advantage disease (中医优势病种) when all hold:
 * 1. its TCM principal diagnosis (TCD) is in the catalog;
 * 2. its Western principal diagnosis is among the row's mapped ICD-10 codes (when it lists any) —
 *    the pilot requires a unified TCD ↔ ICD-10 mapping (中西医编码映射);
 * 3. eligibility: TCM treatment share ≥ the row's minimum, and LOS within the row's bounds
 *    (inclusive) — the pilot's "TCM main treatment technique" and admission/discharge standards.
 * Otherwise returns every failed condition; the caller groups the case with DRG/DIP instead.
 */
export function classifyTcm(catalog: CompiledTcmCatalog, input: TcmCaseInput): TcmClassification {
  const trace: string[] = [];
  const reject = (reasons: TcmRejection[]): TcmNotClassified => {
    trace.push(`not a TCM-advantage case: ${reasons.map((r) => r.code).join(', ')}`);
    return { classified: false, reasons, trace };
  };
  const tcd = input.tcmPrincipalDiagnosis?.trim()
    ? normaliseTcdCode(input.tcmPrincipalDiagnosis)
    : null;
  if (!tcd)
    return reject([
      { code: 'NO_TCM_DIAGNOSIS', message: 'the case has no TCM principal diagnosis' },
    ]);
  const entry = catalog.byTcdCode.get(tcd);
  if (!entry) {
    return reject([
      {
        code: 'NOT_IN_CATALOG',
        message: `TCM diagnosis ${tcd} is not a TCM-advantage disease of this catalog`,
      },
    ]);
  }
  const row = entry.row;
  trace.push(`TCM diagnosis ${tcd} is catalog disease ${row.name}`);
  const reasons: TcmRejection[] = [];

  const principal = typeof input.diagnoses?.[0] === 'string' ? input.diagnoses[0].trim() : '';
  if (row.icd10Codes.length > 0) {
    if (!principal) {
      reasons.push({
        code: 'NO_WESTERN_DIAGNOSIS',
        message: 'the case has no Western principal diagnosis to check against the mapping',
      });
    } else {
      const hit = row.icd10Codes.find((c) => icdEntryMatches(c, principal));
      if (hit) trace.push(`Western principal diagnosis ${principal} is mapped (${hit})`);
      else {
        reasons.push({
          code: 'ICD_NOT_MAPPED',
          message: `Western principal diagnosis ${principal} is not mapped to ${tcd} (${row.icd10Codes.join(', ')})`,
        });
      }
    }
  } else trace.push('the disease maps no ICD-10 codes: any Western diagnosis is accepted');

  const share = input.tcmTreatmentShare;
  if (share == null || share === '') {
    reasons.push({
      code: 'SHARE_MISSING',
      message: `no TCM treatment share reported (minimum ${entry.minShare.toFixed()})`,
    });
  } else if (
    typeof share !== 'string' ||
    !DECIMAL_TEXT.test(share) ||
    share.startsWith('-') ||
    new Dec(share).gt(1)
  ) {
    reasons.push({
      code: 'SHARE_INVALID',
      message: `TCM treatment share ${JSON.stringify(share)} is not a decimal in 0..1`,
    });
  } else if (new Dec(share).lt(entry.minShare)) {
    reasons.push({
      code: 'SHARE_TOO_LOW',
      message: `TCM treatment share ${share} < minimum ${entry.minShare.toFixed()}`,
    });
  } else trace.push(`TCM treatment share ${share} ≥ minimum ${entry.minShare.toFixed()}`);

  const { minLos, maxLos } = row;
  if (minLos != null || maxLos != null) {
    const los = input.los;
    if (los == null) reasons.push({ code: 'LOS_MISSING', message: 'no length of stay reported' });
    else if (!Number.isInteger(los) || los < 0) {
      reasons.push({
        code: 'LOS_INVALID',
        message: `length of stay ${JSON.stringify(los)} is not whole days ≥ 0`,
      });
    } else if (minLos != null && los < minLos) {
      reasons.push({
        code: 'LOS_TOO_SHORT',
        message: `length of stay ${los} d < minimum ${minLos} d`,
      });
    } else if (maxLos != null && los > maxLos) {
      reasons.push({
        code: 'LOS_TOO_LONG',
        message: `length of stay ${los} d > maximum ${maxLos} d`,
      });
    } else trace.push(`length of stay ${los} d within ${minLos ?? '…'}–${maxLos ?? '…'} d`);
  }

  if (reasons.length > 0) return reject(reasons);
  trace.push(`paid as TCM-advantage disease ${tcd} at standard ${entry.standard.toFixed()} CNY`);
  return { classified: true, disease: row, standard: entry.standard.toFixed(), trace };
}

/** A mapped ICD-10 entry matches a principal diagnosis code (see `TcmDiseaseRow.icd10Codes`). */
export function icdEntryMatches(entry: string, principal: string): boolean {
  if (principal === entry) return true;
  if (!principal.startsWith(entry)) return false;
  // a category (K64) or subcategory (K64.8) covers every code under it
  if (entry.length <= 5) return true;
  // a full code covers its extensions (K64.800x001) and dagger/asterisk forms (+G55.2*)
  const next = principal[entry.length];
  return next === 'x' || next === '+';
}

/** Either the TCM-advantage result or the caller's DRG/DIP result, tagged by payment method. */
export type TcmOrFallback<T> =
  | { readonly method: 'TCM_ADVANTAGE'; readonly tcm: TcmClassified }
  | {
      readonly method: 'FALLBACK';
      readonly fallback: T;
      readonly tcmReasons: readonly TcmRejection[];
    };

/**
 * Classifies a case as TCM-advantage, or else runs `fallback` (e.g. the DRG or DIP grouper) —
 * lazily, only when the case is not a TCM-advantage case.
 */
export function classifyWithFallback<T>(
  catalog: CompiledTcmCatalog,
  input: TcmCaseInput,
  fallback: () => T,
): TcmOrFallback<T> {
  const tcm = classifyTcm(catalog, input);
  if (tcm.classified) return { method: 'TCM_ADVANTAGE', tcm };
  return { method: 'FALLBACK', fallback: fallback(), tcmReasons: tcm.reasons };
}
