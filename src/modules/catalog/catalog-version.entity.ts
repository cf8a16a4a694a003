import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { CatalogKind, CatalogOwnerScope, CatalogStatus } from './catalog.enums';

/**
 * A version of a catalog (目录版本): DRG, DIP, TCM-advantage or bed-day, owned by the national
 * bureau, a province or a pooling region, possibly derived from a parent version, in force from
 * `effectiveFrom` (inclusive) to `effectiveTo` (exclusive) once published.
 */
@ObjectType('CatalogVersion', {
  simpleResolvers: true,
  implements: Node,
  description: 'A version of a disease catalog (目录版本): DRG, DIP, TCM-advantage or bed-day.',
})
@Entity({ tableName: 'catalog_version' })
export class CatalogVersion implements Node {
  static readonly typename = 'CatalogVersion';

  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  @Field(() => CatalogKind, { description: 'Kind of catalog (目录类型).' })
  @Enum({ items: () => CatalogKind, type: 'string' })
  kind!: CatalogKind;

  @Field({ description: 'Name (名称), e.g. "CHS-DRG 1.1 四川省".' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Version label (版本号), e.g. "2025.1".' })
  @Property({ type: 'string' })
  versionLabel!: string;

  @Field(() => CatalogOwnerScope, { description: 'Level that owns the version (归属层级).' })
  @Enum({ items: () => CatalogOwnerScope, type: 'string' })
  ownerScope!: CatalogOwnerScope;

  @Field({ description: "Owner's code (归属代码): '000000', a province or a region code." })
  @Property({ type: 'string' })
  ownerCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Province of the owner (所属省份); null for national.',
  })
  @Property({ type: 'string', nullable: true })
  provinceCode!: string | null;

  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Field(() => CatalogStatus, { description: 'Lifecycle status (状态).' })
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

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'DIP scale constant K (调节系数K, e.g. 100 or 1000); DIP only.',
  })
  @Property({ type: 'decimal', columnType: 'numeric(12,4)', nullable: true })
  scaleK!: string | null;

  @Property({ type: 'uuid', nullable: true })
  rulePackageId!: string | null;

  @Field({
    description:
      'Whether the content is demonstration data, not an official catalog (演示数据): set by the demo seed and inherited by versions derived from it. `catalogInForce` leaves such versions out for a region that has official catalogs.',
  })
  @Property({ type: 'boolean' })
  demo!: boolean;

  @Field(() => String, { nullable: true, description: 'Free-text notes (备注).' })
  @Property({ type: 'text', nullable: true })
  notes!: string | null;

  @Field({ description: 'When the version was created (创建时间).' })
  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt!: Date;

  @Field({ description: 'When the version last changed (更新时间).' })
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
      'First day no longer in force after retirement (废止日期); the version still applies before it.',
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  retiredOn!: string | null;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(CatalogVersion.typename, this.uuid);
  }
}
