import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { CatalogOwnerScope } from './catalog.enums';

/** A DRG rule package (分组器规则包): the data a DRG grouper runs on, immutable once stored. */
@ObjectType('RulePackage', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A DRG grouping rule package (分组规则包), e.g. CHS-DRG 1.1; immutable once uploaded.',
})
@Entity({ tableName: 'rule_package' })
export class RulePackage implements Node {
  static readonly typename = 'RulePackage';

  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  @Field({ description: 'Kind of package; DRG for now.' })
  @Property({ type: 'string' })
  kind!: string;

  @Field({ description: 'Name (名称), e.g. "CHS-DRG 1.1".' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Version (版本).' })
  @Property({ type: 'string' })
  version!: string;

  @Field(() => CatalogOwnerScope, { description: 'Level that uploaded it (归属层级).' })
  @Property({ type: 'string' })
  ownerScope!: CatalogOwnerScope;

  @Field({ description: "Owner's code (归属代码)." })
  @Property({ type: 'string' })
  ownerCode!: string;

  @Property({ type: 'string', nullable: true })
  provinceCode!: string | null;

  @Property({ type: 'json', lazy: true })
  content!: unknown;

  @Field({
    description: 'SHA-256 of the package JSON (校验值), to prove which rules grouped a case.',
  })
  @Property({ type: 'string' })
  sha256!: string;

  @Field({ description: 'When it was uploaded (上传时间).' })
  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt!: Date;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(RulePackage.typename, this.uuid);
  }
}
