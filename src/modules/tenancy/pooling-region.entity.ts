import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { RegionLevel } from './tenancy.enums';

/** Pooling region (统筹地区): the tenant that sets standards and pays its hospitals. */
@ObjectType('PoolingRegion', {
  simpleResolvers: true,
  implements: Node,
  description:
    'Pooling region (统筹地区): a city, county or provincial pool (省本级) that runs its own fund.',
})
@Entity({ tableName: 'pooling_region' })
export class PoolingRegion implements Node {
  static readonly typename = 'PoolingRegion';

  @Field({
    description:
      'Administrative code (行政区划代码), 6 digits, e.g. "510100"; 省本级 pools use XX9900.',
  })
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @Field({ description: 'Code of the parent province (所属省份代码).' })
  @Property({ type: 'string', length: 6 })
  provinceCode!: string;

  @Field({ description: 'Name (名称), e.g. "成都市".' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => RegionLevel, { description: 'Level of the pool (统筹层次).' })
  @Enum({ items: () => RegionLevel, type: 'string' })
  level!: RegionLevel;

  @Field({ description: 'When the record was created (创建时间).' })
  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt!: Date;

  @Field({ description: 'When the record was last changed (更新时间).' })
  @Property({ type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(PoolingRegion.typename, this.code);
  }
}
