/** Grouping: the DRG, DIP and TCM-advantage engines (pure, in drg/, dip/, tcm/) and `groupCase`. */
import { GroupingResolver } from './grouping.resolver';

export { groupCase } from './grouping.service';
export const groupingResolvers = [GroupingResolver] as const;
