import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import {
  hospitalAlliances,
  hospitalPrepayments,
  outOfRegionBudgets,
} from './budget-shares.service';
import { HospitalAlliance, HospitalPrepayment, OutOfRegionBudget } from './budget-shares.types';

const YEAR = { description: 'Budget year (预算年度).' } as const;

/**
 * What other parties read of a region's published budgets: the insured region the out-of-region
 * budgets set aside for its insured persons, a hospital its prepayment and its alliance — without
 * reading the budget itself (its totals are the region's).
 */
@Resolver()
export class BudgetSharesResolver {
  @Query(() => [OutOfRegionBudget], {
    description:
      'Out-of-region budgets of a year set aside for an insured region’s insured persons by the treatment regions of the province (异地就医预算): read by that insured region, the treatment region, the province and NATIONAL. Published budgets only.',
  })
  outOfRegionBudgets(
    @Arg('insuredRegionCode', { description: 'Insured region (参保地).' })
    insuredRegionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return outOfRegionBudgets(ctx, insuredRegionCode, year);
  }

  @Query(() => [HospitalPrepayment], {
    description:
      'A hospital’s prepayments (预付金) in the published budgets of a year: read by the hospital, its region, the province and NATIONAL.',
  })
  hospitalPrepayments(
    @Arg('hospitalCode', { description: 'Hospital (定点医疗机构).' }) hospitalCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return hospitalPrepayments(ctx, hospitalCode, year);
  }

  @Query(() => [HospitalAlliance], {
    description:
      'The medical alliances (医联体) a hospital is a member of in the published budgets of a year, with their members: read by the members, the region, the province and NATIONAL.',
  })
  hospitalAlliances(
    @Arg('hospitalCode', { description: 'Member hospital (成员医院).' }) hospitalCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return hospitalAlliances(ctx, hospitalCode, year);
  }
}
