import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { CatalogStatus } from '../catalog';
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
export class PaymentStandard implements Node {
  static readonly typename = 'PaymentStandard';

  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  @Field(() => PaymentMethod, { description: 'Payment method (支付方式).' })
  @Enum({ items: () => PaymentMethod, type: 'string' })
  method!: PaymentMethod;

  @Field({ description: 'Name (名称), e.g. "成都市2025年DRG点数法支付标准".' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Version label (版本号), e.g. "2025.1".' })
  @Property({ type: 'string' })
  versionLabel!: string;

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
  parentId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  catalogVersionId!: string | null;

  @Field(() => CatalogStatus, {
    description: 'Lifecycle status (状态), the same lifecycle as catalog versions.',
  })
  @Enum({ items: () => CatalogStatus, type: 'string' })
  status!: CatalogStatus;

  @Field(() => DateScalar, { description: 'First day in force (生效日期), inclusive.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it stops being in force (失效日期), exclusive; null = open-ended.',
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo!: string | null;

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

  @Field(() => String, { nullable: true, description: 'Free-text notes (备注).' })
  @Property({ type: 'text', nullable: true })
  notes!: string | null;

  @Field({ description: 'When the standard was created (创建时间).' })
  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt!: Date;

  @Field({ description: 'When the standard last changed (更新时间).' })
  @Property({ type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was published (发布时间).' })
  @Property({ type: 'Date', nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was retired (废止时间).' })
  @Property({ type: 'Date', nullable: true })
  retiredAt!: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day no longer in force after retirement (废止日期); the standard still applies before it.',
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  retiredOn!: string | null;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(PaymentStandard.typename, this.uuid);
  }
}
