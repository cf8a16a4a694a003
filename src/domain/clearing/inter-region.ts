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

/** A region's position across the province (净头寸). */
export interface RegionPosition {
  /** Σ balances of the pairs where it is the treatment site (应收). */
  readonly receivable: Dec;
  /** Σ balances of the pairs where it is the insured site (应付). */
  readonly payable: Dec;
  /** receivable − payable. */
  readonly net: Dec;
}

/**
 * Each region's position across the province: what it receives as a treatment site and pays as
 * an insured site. Every pair's balance is counted once each way, so the nets sum to zero across
 * the province.
 */
export function netPositions(pairs: readonly PairClearing[]): Map<string, RegionPosition> {
  const sums = new Map<string, { receivable: Dec; payable: Dec }>();
  const of = (region: string) => {
    let sum = sums.get(region);
    if (!sum) sums.set(region, (sum = { receivable: new Dec(0), payable: new Dec(0) }));
    return sum;
  };
  for (const p of pairs) {
    const treatment = of(p.treatmentRegionCode);
    treatment.receivable = treatment.receivable.plus(p.balance);
    const insured = of(p.insuredRegionCode);
    insured.payable = insured.payable.plus(p.balance);
  }
  return new Map(
    [...sums].map(([region, s]) => [region, { ...s, net: s.receivable.minus(s.payable) }]),
  );
}
