import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { costNote, FIELD_COST } from '../../graphql/field-cost';
import { DateScalar } from '../../graphql/scalars';
import { DemoCatalogs } from '../catalog';
import { CaseGroupingInput, GroupingMethod } from './grouping.inputs';
import { groupCase } from './grouping.service';
import { CaseGroupingResult } from './grouping.types';

@Resolver()
export class GroupingResolver {
  @Query(() => CaseGroupingResult, {
    complexity: FIELD_COST.GROUPING,
    description:
      'Preview how a case groups (病例分组预览), for any principal: with the named DRG/DIP catalog version, or the one of `method` in force for the region on `asOf`. TCM-advantage diseases are tried first when the case has a TCM diagnosis. Catalogs looked up in force leave demonstration versions out for a region that has official ones, unless `demo` asks for them. Every result carries its explanation and trace.' +
      costNote(FIELD_COST.GROUPING),
  })
  groupCase(
    @Arg('input', () => CaseGroupingInput, { description: 'The case.' }) input: CaseGroupingInput,
    @Arg('catalogVersion', () => ID, {
      nullable: true,
      description: 'A DRG or DIP catalog version; overrides asOf/method.',
    })
    catalogVersion: string | undefined,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Day whose catalogs apply; default today (出院日期).',
    })
    asOf: string | undefined,
    @Arg('method', () => GroupingMethod, {
      nullable: true,
      description: 'DRG (default) or DIP, when no version is named.',
    })
    method: GroupingMethod | undefined,
    @Arg('regionCode', () => String, {
      nullable: true,
      description: "Treatment-site region (就医地); default the caller's.",
    })
    regionCode: string | undefined,
    @Arg('demo', () => DemoCatalogs, {
      defaultValue: DemoCatalogs.UNLESS_OFFICIAL,
      description:
        'Whether catalogs looked up in force (DRG/DIP, DRG severity for DIP, TCM-advantage) may be demonstration versions (演示目录); by default only for a region with no official catalog.',
    })
    demo: DemoCatalogs,
    @Ctx() ctx: RequestContext,
  ) {
    return groupCase(ctx, input, { catalogVersion, asOf, method, regionCode, demo });
  }
}
