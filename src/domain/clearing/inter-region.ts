import { Dec, toFen } from '../decimal';

/**
 * How a province clears in-province out-of-region care (省内异地, DOMAIN-FORMULAS §5):
 *
 *  ITEMISED       the insured site owes the itemised fund it paid; the treatment site's DRG/DIP
 *                 result stays between it and its hospitals (delta 0)
 *  DRG_DIP_BASED  the insured site owes the DRG/DIP fund due under the treatment site's
 *                 standard (out-of-region coefficient applied); delta = fund due − itemised paid
 *  POOLED         the out-of-region budget joined the treatment site's global budget: the pair's
 *                 points are paid at the treatment site's annual point value
 */
export const INTER_REGION_VARIANTS = ['ITEMISED', 'DRG_DIP_BASED', 'POOLED'] as const;
export type InterRegionVariant = (typeof INTER_REGION_VARIANTS)[number];

/** One (treatment region, insured region, insurance type) pair's figures for the year. */
export interface PairFigures {
  readonly treatmentRegionCode: string;
  readonly insuredRegionCode: string;
  readonly insuranceType: string;
  readonly caseCount: number;
  readonly totalCost: Dec;
  readonly patientShare: Dec;
  /** What the insured site's fund paid at discharge, item by item (直接结算). */
  readonly itemisedFundPaid: Dec;
  /** Σ case fund due under the treatment site's standard (each case rounded at pricing). */
  readonly drgDipFundDue: Dec;
  readonly points: Dec;
  /** Cases with an approved special-case decision, and cases disputed by either site. */
  readonly specialCases: number;
  readonly disputedCases: number;
  /** What the insured site prepaid the treatment site during the year (区域间预付金). */
  readonly prepayment: Dec;
}

export interface PairClearing extends PairFigures {
  readonly variant: InterRegionVariant;
  /** Point value the pair's points were paid at (POOLED), unrounded; null otherwise. */
  readonly pointValue: Dec | null;
  /** What the insured site owes for the pair's cases under the variant. */
  readonly due: Dec;
  /** due − itemised fund paid (negative: the treatment site refunds the insured site). */
  readonly delta: Dec;
  /** delta − prepayment: what the insured site still transfers (negative: receives). */
  readonly balance: Dec;
}

/**
 * A pair's clearing under the province's variant. POOLED needs the treatment site's annual point
 * value (unrounded); the pair's due is then rounded once, on the pair line.
 */
export function clearPair(
  pair: PairFigures,
  variant: InterRegionVariant,
  treatmentPointValue: Dec | null,
): PairClearing {
  let due: Dec;
  let pointValue: Dec | null = null;
  switch (variant) {
    case 'ITEMISED':
      due = pair.itemisedFundPaid;
      break;
    case 'DRG_DIP_BASED':
      due = pair.drgDipFundDue;
      break;
    case 'POOLED':
      if (treatmentPointValue === null)
        throw new Error(
          `POOLED clearing of ${pair.treatmentRegionCode}←${pair.insuredRegionCode} needs the treatment site's point value`,
        );
      pointValue = treatmentPointValue;
      due = toFen(pair.points.times(treatmentPointValue).minus(pair.patientShare));
      break;
  }
  const delta = due.minus(pair.itemisedFundPaid);
  return { ...pair, variant, pointValue, due, delta, balance: delta.minus(pair.prepayment) };
}

/**
 * Each region's net position across the province (净头寸): what it receives as a treatment site
 * minus what it pays as an insured site. Every pair's balance is counted once each way, so the
 * positions sum to zero across the province.
 */
export function netPositions(pairs: readonly PairClearing[]): Map<string, Dec> {
  const net = new Map<string, Dec>();
  const add = (region: string, amount: Dec) =>
    net.set(region, (net.get(region) ?? new Dec(0)).plus(amount));
  for (const p of pairs) {
    add(p.treatmentRegionCode, p.balance);
    add(p.insuredRegionCode, p.balance.negated());
  }
  return net;
}
