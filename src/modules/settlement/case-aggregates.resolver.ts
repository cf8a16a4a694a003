import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { costNote, FIELD_COST } from '../../graphql/field-cost';
import { DateScalar } from '../../graphql/scalars';
import { InsuranceType } from '../case';
import { PoolingRegion } from '../tenancy';
import { caseAggregates, MAX_AGGREGATE_ROWS } from './case-aggregates.service';
import { CaseAggregateDimension, CaseAggregates, CaseSite } from './case-aggregates.types';

@Resolver(() => PoolingRegion)
export class RegionAggregatesResolver {
  @FieldResolver(() => CaseAggregates, {
    complexity: FIELD_COST.CASE_AGGREGATES,
    description:
      'The region’s case figures for a discharge period (病例汇总): cases, total cost, points, provisional amount and fund due, by hospital, group, region or class, with a total row — as far as the caller can see the cases (a hospital its own, the insured-site region those insured with it). At most 366 days.' +
      costNote(FIELD_COST.CASE_AGGREGATES),
  })
  caseAggregates(
    @Root() region: PoolingRegion,
    @Arg('from', () => DateScalar, { description: 'First discharge day (China time), included.' })
    from: string,
    @Arg('to', () => DateScalar, { description: 'Last discharge day (China time), included.' })
    to: string,
    @Arg('by', () => CaseAggregateDimension, { description: 'What the rows are broken down by.' })
    by: CaseAggregateDimension,
    @Arg('site', () => CaseSite, {
      defaultValue: CaseSite.TREATMENT,
      description: 'The region as treatment site (default) or as insured site.',
    })
    site: CaseSite,
    @Arg('insuranceType', () => InsuranceType, {
      nullable: true,
      description: 'Only cases of this insurance type (职工/居民); all when omitted.',
    })
    insuranceType: InsuranceType | null | undefined,
    @Arg('first', () => Int, {
      defaultValue: 100,
      description: `At most this many rows (1–${MAX_AGGREGATE_ROWS}); the total counts every case.`,
    })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseAggregates> {
    return caseAggregates(ctx, {
      regionCode: region.code,
      from,
      to,
      by,
      site,
      insuranceType: insuranceType ?? null,
      first,
    });
  }
}
