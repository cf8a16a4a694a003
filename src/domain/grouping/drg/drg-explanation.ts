import type { DrgGroupingResult } from './drg-grouper.types';

/** The catalog row the case grouped into, as far as the explanation needs it. */
export interface ExplainedDrgGroup {
  readonly code: string;
  readonly weight: string;
}

/**
 * The DRG decision in plain lines, from the grouper's trace: which validation rule fired, which
 * MDC took the case and which were passed over, which ADRG and split matched, and what every
 * secondary diagnosis contributed as MCC/CC after the principal's exclusion table.
 */
export function explainDrg(result: DrgGroupingResult, group: ExplainedDrgGroup | null): string[] {
  const trace = result.trace;
  if (!trace) return [`DRG ${result.status}`];
  const lines: string[] = [];
  const fired = trace.validation.find((v) => v.fired);
  if (fired) lines.push(`Validation ${fired.id} (${fired.message}): ${fired.reason}`);
  const skipped = trace.mdcs.filter((m) => !m.entered).map((m) => m.mdc);
  if (skipped.length) lines.push(`MDCs not entered: ${skipped.join(', ')}`);
  for (const mdc of trace.mdcs.filter((m) => m.entered)) {
    lines.push(`${mdc.mdc} entered: ${mdc.condition} — ${mdc.reason}`);
    for (const adrg of mdc.adrgs ?? []) {
      if (adrg.matched) lines.push(`  ${adrg.adrg} matched: ${adrg.condition} — ${adrg.reason}`);
    }
    const tried = (mdc.adrgs ?? []).filter((a) => !a.matched).length;
    if (tried) lines.push(`  ${tried} other ADRG(s) of ${mdc.mdc} did not match`);
  }
  const c = trace.complications;
  lines.push(
    `Principal ${c.principal ?? '(none)'}; exclusion table ${c.exclusionTable ?? 'none'}; MCC ${c.hasMcc ? 'yes' : 'no'}, CC ${c.hasCc ? 'yes' : 'no'}`,
  );
  for (const s of c.secondaries) lines.push(`  secondary ${s.code}: ${s.reason}`);
  if (trace.split) {
    const chosen = trace.split.tried.find((x) => x.matched);
    lines.push(
      `Split ${trace.split.drg}${trace.split.drgName ? ` ${trace.split.drgName}` : ''}: ${chosen ? `${chosen.condition} — ${chosen.reason}` : 'no split held'}`,
    );
  }
  if (group) lines.push(`Catalog weight of ${group.code}: RW ${group.weight}`);
  lines.push(trace.reason);
  return lines;
}
