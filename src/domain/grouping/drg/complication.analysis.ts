import {
  COMPLICATIONS_CC,
  COMPLICATIONS_DONE,
  COMPLICATIONS_MCC,
  type CaseContext,
  type CompiledComplications,
} from './compiled-rules.types';
import type { DrgComplicationAnalysis, DrgSecondaryDiagnosis } from './drg-grouper.types';

/**
 * MCC/CC flags of a diagnosis list (principal first). A secondary diagnosis counts unless its
 * MCC (or CC) table is the one the principal diagnosis excludes (CC 排除表, FORMAT.md "hasMcc").
 * A secondary equal to the principal is treated like any other.
 */
export function complicationFlags(rules: CompiledComplications, dx: readonly string[]): number {
  let flags = COMPLICATIONS_DONE;
  if (dx.length < 2) return flags;
  const excluded = rules.exclusion.get(dx[0]);
  for (let i = 1; i < dx.length; i++) {
    const code = dx[i];
    const mcc = rules.mcc.get(code);
    if (mcc !== undefined && mcc !== excluded) flags |= COMPLICATIONS_MCC;
    const cc = rules.cc.get(code);
    if (cc !== undefined && cc !== excluded) flags |= COMPLICATIONS_CC;
  }
  return flags;
}

/**
 * Whether the secondary diagnoses count as MCC / CC: what a trace's `complications` says, without
 * tracing the grouping (DIP takes its severity from it).
 */
export function complicationsOf(
  rules: CompiledComplications,
  dx: readonly string[],
): { hasMcc: boolean; hasCc: boolean } {
  const flags = complicationFlags(rules, dx);
  return { hasMcc: (flags & COMPLICATIONS_MCC) !== 0, hasCc: (flags & COMPLICATIONS_CC) !== 0 };
}

/** The case's flags, computed on first use and kept on the context. */
export function caseComplications(rules: CompiledComplications, c: CaseContext): number {
  return c.cx === 0 ? (c.cx = complicationFlags(rules, c.dx)) : c.cx;
}

/** The same analysis, diagnosis by diagnosis, for the trace. */
export function analyseComplications(
  rules: CompiledComplications,
  dx: readonly string[],
): DrgComplicationAnalysis {
  const principal = dx.length > 0 ? dx[0] : null;
  const exclusionTable = principal === null ? null : (rules.exclusion.get(principal) ?? null);
  const secondaries: DrgSecondaryDiagnosis[] = [];
  let hasMcc = false;
  let hasCc = false;
  for (let i = 1; i < dx.length; i++) {
    const code = dx[i];
    const mccTable = rules.mcc.get(code);
    const ccTable = rules.cc.get(code);
    const mcc =
      mccTable === undefined ? null : { table: mccTable, excluded: mccTable === exclusionTable };
    const cc =
      ccTable === undefined ? null : { table: ccTable, excluded: ccTable === exclusionTable };
    const countsMcc = mcc !== null && !mcc.excluded;
    const countsCc = cc !== null && !cc.excluded;
    hasMcc ||= countsMcc;
    hasCc ||= countsCc;
    secondaries.push({
      index: i,
      code,
      mcc,
      cc,
      counts: countsMcc && countsCc ? 'MCC+CC' : countsMcc ? 'MCC' : countsCc ? 'CC' : null,
      reason: secondaryReason(mcc, cc, exclusionTable),
    });
  }
  return { principal, exclusionTable, secondaries, hasMcc, hasCc };
}

function secondaryReason(
  mcc: DrgSecondaryDiagnosis['mcc'],
  cc: DrgSecondaryDiagnosis['cc'],
  exclusionTable: number | null,
): string {
  if (mcc === null && cc === null) return 'neither an MCC nor a CC';
  const parts: string[] = [];
  for (const [kind, entry] of [
    ['MCC', mcc],
    ['CC', cc],
  ] as const) {
    if (entry === null) continue;
    parts.push(
      entry.excluded
        ? `${kind} of table ${entry.table}, excluded: the principal diagnosis excludes table ${entry.table}`
        : exclusionTable === null
          ? `${kind} of table ${entry.table}; the principal diagnosis excludes no table, so it counts`
          : `${kind} of table ${entry.table}; the principal diagnosis excludes table ${exclusionTable}, so it counts`,
    );
  }
  return parts.join('; ');
}
