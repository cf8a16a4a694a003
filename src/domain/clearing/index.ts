/**
 * Budgets, point values and clearing (DOMAIN-FORMULAS §5, §8): pure decimal functions the annual
 * clearing and the province's inter-region clearing run on. Rounding order (§5): the point value
 * is used unrounded; each hospital or pair line is rounded to the fen once.
 */
export * from './point-value';
export * from './hospital-line';
export * from './alliance';
export * from './inter-region';
export * from './monthly';
export * from './capitation';
export * from './annual-line';
