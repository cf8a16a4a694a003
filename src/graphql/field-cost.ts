import type { GraphQLField } from 'graphql';

/**
 * What a field costs beyond the object it returns, in objects' worth, for fields that do far
 * more work than reading a row: declared with type-graphql's `complexity` option (kept in the
 * field's `extensions`) and added by the query-limits plugin, multiplied like any field by the
 * pages around it. So a request's total work stays within the cost limit however many aliases of
 * an expensive field it asks for. Calibrated against paging: 25,000 registry objects take about
 * as long as 60 warm `groupCase` calls.
 */
export const FIELD_COST = {
  /** One case grouped (DRG/DIP/TCM, with trace): ~6 ms warm. */
  GROUPING: 400,
  /** Two whole catalogs loaded and compared. */
  CATALOG_DIFF: 1000,
  /** A whole catalog copied or compiled (derive, publish). */
  CATALOG_BUILD: 2000,
  /** A region's cases of a period aggregated in the database (up to a year of cases). */
  CASE_AGGREGATES: 1000,
  /** An upload parsed, compiled and written (rule package, DIP catalog). */
  UPLOAD: 5000,
} as const;

/** The cost a field declares (0 when it declares none). */
export function declaredCost(field: GraphQLField<unknown, unknown> | undefined): number {
  const cost = field?.extensions?.complexity;
  return typeof cost === 'number' && Number.isFinite(cost) && cost > 0 ? cost : 0;
}

/** The sentence a costly field's description ends with, so clients can plan their requests. */
export const costNote = (cost: number) => ` Counts as ${cost} objects toward the query cost limit.`;
