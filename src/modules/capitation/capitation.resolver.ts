import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ADMIN_ROLE } from '../identity';
import {
  capitationLines,
  listCapitationPackages,
  setCapitationEnrolment,
  setCapitationPackages,
} from './capitation.service';
import {
  CapitationEnrolmentInput,
  CapitationLine,
  CapitationPackage,
  CapitationPackageInput,
} from './capitation.types';

const REGION = { description: 'Pooling region (统筹地区) code.' } as const;
const YEAR = { description: 'The year (年度).' } as const;

@Resolver()
export class CapitationResolver {
  @Query(() => [CapitationPackage], {
    description:
      'A region’s per-capita packages of a year (按人头付费服务包): the region, its hospitals, its province and NATIONAL read them. At most 200.',
  })
  capitationPackages(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return listCapitationPackages(ctx, regionCode, year);
  }

  @Query(() => [CapitationLine], {
    description:
      'Per-capita payment per institution and package over a year (按人头付费结算): an institution reads its own lines, the region, province and NATIONAL all. At most one per institution and package.',
  })
  capitationLines(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('hospitalCode', () => String, { nullable: true, description: 'Only this institution.' })
    hospitalCode: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return capitationLines(ctx, regionCode, year, hospitalCode);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => [CapitationPackage], {
    description:
      'Replaces the region’s per-capita packages of a year, whole (region only, ADMIN); a package still enrolled cannot be dropped.',
  })
  setCapitationPackages(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('packages', () => [CapitationPackageInput], { description: 'Every package of the year.' })
    packages: CapitationPackageInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return setCapitationPackages(ctx, regionCode, year, packages);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => Int, {
    description:
      'Replaces the region’s per-capita enrolment of a year, whole, all or nothing (region only, ADMIN; at most 50,000 rows); returns how many rows were stored.',
  })
  setCapitationEnrolment(
    @Arg('regionCode', REGION) regionCode: string,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('enrolment', () => [CapitationEnrolmentInput], {
      description: 'Every (institution, package, month) row of the year.',
    })
    enrolment: CapitationEnrolmentInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return setCapitationEnrolment(ctx, regionCode, year, enrolment);
  }
}
