import { createHash } from 'node:crypto';
import { Dec } from '../../domain/decimal';

/**
 * DEMO relative weights for CHS-DRG groups. The national CHS-DRG 1.1 package names its 628 DRGs
 * but carries no weights (each region computes RW = group average cost / all-case average cost
 * from its own history). This synthetic cost model gives plausible, clearly labelled demo values:
 *
 *   RW = base(ADRG kind) × spread(ADRG) × split(complication digit)
 *   base:   pre-MDC (MDCA: transplants, ECMO, long ventilation) 6.0; surgical ADRG (2nd letter
 *           A–J) 1.6; non-OR procedure (K–Q) 1.0; medical (R–Z) 0.65
 *   spread: a fixed pseudo-random factor in [0.55, 1.85] per ADRG (from its code's hash)
 *   split:  1 (with MCC) ×1.45, 3 (with CC) ×1.12, 5 (without) ×0.92, 9 (not split) ×1.00
 *   average cost = RW × 11,800 CNY (a synthetic all-case average); average LOS = 3 + RW × 3.5 days
 */
export const DEMO_ALL_CASE_AVERAGE_COST = new Dec(11800);

export function demoDrgFigures(
  drg: string,
  adrg: string,
  mdc: string,
): { weight: string; averageCost: string; averageLos: string } {
  const kind = adrg.charAt(1);
  const base = mdc === 'MDCA' ? 6 : kind <= 'J' ? 1.6 : kind <= 'Q' ? 1.0 : 0.65;
  const hash = createHash('sha256').update(adrg).digest().readUInt32BE(0) / 0xffffffff;
  const spread = new Dec(0.55).plus(new Dec(1.3).times(hash.toFixed(6)));
  const split = { '1': '1.45', '3': '1.12', '5': '0.92', '9': '1' }[drg.slice(-1)] ?? '1';
  const weight = new Dec(base).times(spread).times(split).toDecimalPlaces(4);
  return {
    weight: weight.toFixed(4),
    averageCost: weight.times(DEMO_ALL_CASE_AVERAGE_COST).toDecimalPlaces(2).toFixed(2),
    averageLos: weight.times(3.5).plus(3).toDecimalPlaces(1).toFixed(1),
  };
}
