/**
 * Global budgets (总额预算, DOMAIN-FORMULAS §5): the parameters a region's budget for a year
 * holds, their parser (every problem with a path, decimals as strings), the alliances' sharing
 * bands, and the prepayment a hospital is granted under the national conditions. Pure: no ORM,
 * no GraphQL.
 */
export * from './parameters';
export * from './parse-parameters';
export * from './prepayment';
