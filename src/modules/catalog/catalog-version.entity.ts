import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { VersionedEntity } from '../versioning';
import { DecimalScalar } from '../../graphql/scalars';
import { CatalogKind, CatalogOwnerScope } from './catalog.enums';

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
export class CatalogVersion extends VersionedEntity implements Node {
  static readonly typename = 'CatalogVersion';

  @Field(() => CatalogKind, { description: 'Kind of catalog (目录类型).' })
  @Enum({ items: () => CatalogKind, type: 'string' })
  kind!: CatalogKind;

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

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(CatalogVersion.typename, this.uuid);
  }
}
