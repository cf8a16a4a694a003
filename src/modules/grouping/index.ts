/**
 * Grouping: `groupCase` over the catalogs in force, with the DRG, DIP and TCM-advantage engines
 * of src/domain/grouping (pure functions; catalog compiles with them too, never through here).
 */
import { GroupingResolver } from './grouping.resolver';

export { groupCase } from './grouping.service';
export const groupingResolvers = [GroupingResolver] as const;
