import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/relay';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { PoolingRegion } from '../tenancy';
import { listRegionStandards } from './payment-standard.service';
import { PaymentStandardConnection } from './standard.connections';
import { PaymentStandardFilter } from './standard.inputs';

/** A pooling region's payment standards, nested under the region. */
@Resolver(() => PoolingRegion)
export class RegionStandardsResolver {
  @FieldResolver(() => PaymentStandardConnection, {
    description:
      "The region's own payment standards the caller can see (支付标准): published ones for its province, regions and the region's hospitals; drafts for the region itself.",
  })
  paymentStandards(
    @Root() region: PoolingRegion,
    @Args() page: PageArgs,
    @Arg('filter', () => PaymentStandardFilter, {
      nullable: true,
      description: 'Conditions every listed standard meets (筛选条件; ownerScope is ignored).',
    })
    filter: PaymentStandardFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listRegionStandards(ctx, region.code, page, filter, selection);
  }
}
