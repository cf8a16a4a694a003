/**
 * Pricing (支付标准计算): a payment standard's parameters, their parser from untrusted JSON, and
 * `priceCase` — pure functions over decimals (DOMAIN-FORMULAS §3–4).
 */
export * from './parameters';
export * from './parse-parameters';
export * from './price-case';
export * from './tcm-floor';
