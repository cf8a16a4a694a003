import { createUnionType, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Scope, type Principal } from '../identity';
import { Hospital } from './hospital.entity';
import { findHospital } from './hospital.service';
import { PoolingRegion } from './pooling-region.entity';
import { findPoolingRegion } from './pooling-region.service';
import { Province } from './province.entity';
import { findProvince } from './province.service';

export const Tenant = createUnionType({
  name: 'Tenant',
  description:
    'The registry record a principal acts for (租户): its province, pooling region or hospital.',
  types: () => [Province, PoolingRegion, Hospital] as const,
});

@ObjectType({
  simpleResolvers: true,
  description: 'The verified caller (当前调用方), from its signed token.',
})
export class Viewer {
  @Field({ description: 'Token subject (主体标识).' })
  subject!: string;

  @Field(() => Scope, { description: 'Level the caller acts at (权限层级).' })
  scope!: Scope;

  @Field({
    description:
      "Tenant code (租户代码): '000000' for NATIONAL, else the province, region or hospital code.",
  })
  code!: string;

  @Field(() => [String], { description: 'Roles granted by the token (角色).' })
  roles!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Province the caller belongs to (所属省份代码); null for NATIONAL.',
  })
  provinceCode!: string | null;

  @Field(() => Tenant, {
    nullable: true,
    description: "The caller's own registry record; null for NATIONAL or when not registered.",
  })
  tenant!: Province | PoolingRegion | Hospital | null;

  @Field(() => Province, {
    nullable: true,
    description: "The caller's province record (所属省份); null for NATIONAL.",
  })
  province!: Province | null;
}

function tenantOf(ctx: RequestContext, principal: Principal) {
  switch (principal.scope) {
    case Scope.PROVINCE:
      return findProvince(ctx, principal.code);
    case Scope.REGION:
      return findPoolingRegion(ctx, principal.code);
    case Scope.HOSPITAL:
      return findHospital(ctx, principal.code);
    default:
      return Promise.resolve(null);
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'Who is calling (当前调用方): principal and tenant.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer> {
    const { principal } = ctx;
    const [tenant, province] = await Promise.all([
      tenantOf(ctx, principal),
      principal.provinceCode ? findProvince(ctx, principal.provinceCode) : Promise.resolve(null),
    ]);
    return {
      subject: principal.subject,
      scope: principal.scope,
      code: principal.code,
      roles: [...principal.roles],
      provinceCode: principal.provinceCode ?? null,
      tenant,
      province,
    };
  }
}
