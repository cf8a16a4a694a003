import { Entity, Enum, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { VersionedEntity } from '../versioning';

import { PaymentMethod, StandardOwnerScope } from './standard.enums';

/**
 * A payment standard (支付标准) of a pooling region for a year, or a province's template: its
 * scalar parameters and its rows (coefficients, out-of-region coefficients, bed-day and
 * TCM-advantage standards, new-technology exclusions). Versioned and effective-dated with the
 * catalogs' lifecycle: DRAFT → PUBLISHED → RETIRED, immutable once published.
 */
@ObjectType('PaymentStandard', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A payment standard (支付标准) of a pooling region for a year, or a province template: parameters and rows, DRAFT → PUBLISHED → RETIRED.',
})
@Entity({ tableName: 'payment_standard' })
export class PaymentStandard extends VersionedEntity implements Node {
  static readonly typename = 'PaymentStandard';

  @Field(() => PaymentMethod, { description: 'Payment method (支付方式).' })
  @Enum({ items: () => PaymentMethod, type: 'string' })
  method!: PaymentMethod;

  @Field(() => Int, { description: 'Payment year (支付年度).' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => StandardOwnerScope, { description: 'Level that owns the standard (归属层级).' })
  @Enum({ items: () => StandardOwnerScope, type: 'string' })
  ownerScope!: StandardOwnerScope;

  @Field({
    description: "Owner's code (归属代码): the region's, or the province's for a template.",
  })
  @Property({ type: 'string' })
  ownerCode!: string;

  @Field({ description: 'Province of the owner (所属省份).' })
  @Property({ type: 'string' })
  provinceCode!: string;

  @Property({ type: 'uuid', nullable: true })
  catalogVersionId!: string | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'Scalar parameters (支付参数): one flat object of named values, decimals as strings (base rates or point values per insurance type, coefficient fallback, out-of-region mode, outlier thresholds and formulas, city rules, special-case cap). Stored normalised: every parameter present once set.',
  })
  @Property({ type: 'json' })
  parameters!: Record<string, unknown>;

  @Field({
    description:
      'Whether the standard is demonstration data (演示数据): seeded for the demo regions, never official.',
  })
  @Property({ type: 'boolean' })
  demo!: boolean;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(PaymentStandard.typename, this.uuid);
  }
}
