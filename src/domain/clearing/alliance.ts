import { Dec } from '../decimal';

/**
 * A tier of "结余留用、合理超支分担" (seed 001 二(一)4): the part of a medical alliance's surplus
 * (or overspend) up to `upToShare` of its budget (null: no upper end) is retained by the alliance
 * (or borne by the fund) at `share`. Tiers are applied in order of `upToShare`, each to the slice
 * above the previous one.
 */
export interface SharingBand {
  readonly upToShare: Dec | null;
  readonly share: Dec;
}

export interface AllianceSharingRules {
  /** Surplus bands: the share the alliance keeps (结余留用). */
  readonly surplus: readonly SharingBand[];
  /** Overspend bands: the share the fund bears (合理超支分担); the alliance bears the rest. */
  readonly overspend: readonly SharingBand[];
}

export interface AllianceSettlement {
  /** Budget − actual: positive a surplus, negative an overspend. */
  readonly balance: Dec;
  /** What the alliance keeps of its surplus, or what the fund bears of its overspend. */
  readonly shared: Dec;
  /** What the alliance is paid for the year in all: actual + retained, or budget + borne. */
  readonly settlement: Dec;
  /** settlement − actual: added to (+) or taken from (−) its members' fund due. */
  readonly adjustment: Dec;
}

/** The shared part of `amount` (≥ 0) under tiered bands, as shares of `budget`. */
function tiered(amount: Dec, budget: Dec, bands: readonly SharingBand[]): Dec {
  const ordered = [...bands].sort((a, b) =>
    a.upToShare === null ? 1 : b.upToShare === null ? -1 : a.upToShare.cmp(b.upToShare),
  );
  let shared = new Dec(0);
  let below = new Dec(0);
  for (const band of ordered) {
    const top = band.upToShare === null ? amount : Dec.min(amount, budget.times(band.upToShare));
    if (top.gt(below)) shared = shared.plus(top.minus(below).times(band.share));
    below = Dec.max(below, top);
    if (below.gte(amount)) break;
  }
  return shared;
}

/**
 * Surplus retention / overspend sharing of a medical alliance's combined budget (医联体总额):
 * `actual` is its members' fund due for the year. Rounded to the fen once, on the settlement.
 */
export function settleAlliance(
  budget: Dec,
  actual: Dec,
  rules: AllianceSharingRules,
): AllianceSettlement {
  const balance = budget.minus(actual);
  const shared = balance.lt(0)
    ? tiered(balance.negated(), budget, rules.overspend)
    : tiered(balance, budget, rules.surplus);
  const settlement = (balance.lt(0) ? budget : actual)
    .plus(shared)
    .toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return { balance, shared, settlement, adjustment: settlement.minus(actual) };
}

/**
 * Splits an alliance's adjustment over its members in proportion to fund due × tilt (倾斜系数,
 * e.g. > 1 for primary-care and children's hospitals), to the fen, the last fen by largest
 * remainder (ties by member order) so the parts sum to the adjustment exactly.
 */
export function splitAdjustment(
  adjustment: Dec,
  members: readonly { readonly code: string; readonly fundDue: Dec; readonly tilt: Dec }[],
): Map<string, Dec> {
  const weights = members.map((m) => m.fundDue.times(m.tilt));
  const total = weights.reduce((s, w) => s.plus(w), new Dec(0));
  const out = new Map<string, Dec>();
  if (members.length === 0) return out;
  if (!total.gt(0)) {
    // nothing to weigh by: equal parts
    return splitAdjustment(
      adjustment,
      members.map((m) => ({ code: m.code, fundDue: new Dec(1), tilt: new Dec(1) })),
    );
  }
  const fen = adjustment.times(100);
  const exact = weights.map((w) => fen.times(w).div(total));
  const floors = exact.map((e) => e.toDecimalPlaces(0, Dec.ROUND_FLOOR));
  let left = fen.minus(floors.reduce((s, f) => s.plus(f), new Dec(0))).toNumber();
  const order = exact
    .map((e, i) => ({ i, rest: e.minus(floors[i]!) }))
    .sort((a, b) => b.rest.cmp(a.rest) || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = floors[i]!.plus(1);
    left -= 1;
  }
  members.forEach((m, i) => out.set(m.code, floors[i]!.div(100)));
  return out;
}
