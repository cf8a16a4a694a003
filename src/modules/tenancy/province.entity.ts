import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';

/**
 * Province (省级行政区): the top of a tenant tree and the distribution key of every tenant row.
 * One class serves as the table mapping and the GraphQL type: the columns are the fields, and
 * the global `id` is derived from the immutable code.
 */
@ObjectType('Province', {
  simpleResolvers: true,
  implements: Node,
  description: 'Province-level administrative division (省/自治区/直辖市).',
})
@Entity({ tableName: 'province' })
export class Province implements Node {
  static readonly typename = 'Province';

  @Field({
    description: 'Administrative code (行政区划代码), 6 digits ending in 0000, e.g. "510000".',
  })
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @Field({ description: 'Name (名称), e.g. "四川省".' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'When the record was created (创建时间).' })
  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt!: Date;

  @Field({ description: 'When the record was last changed (更新时间).' })
  @Property({ type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(Province.typename, this.code);
  }
}
