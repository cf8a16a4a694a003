import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for money, points, weights and coefficients — never JS floats.
 * 40 significant digits, half-up: intermediate products of weights × rates × coefficients stay
 * exact; rounding to the fen happens once, in `toFen`.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Rounds an amount of money to the fen (分, 0.01 CNY), half-up. */
export function toFen(amount: Decimal.Value): Decimal {
  return new Dec(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Strict decimal text: digits with an optional fraction, no exponent. */
export const DECIMAL_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;
