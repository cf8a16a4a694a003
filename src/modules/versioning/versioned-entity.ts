import { Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { VersionStatus } from './version-status';

/**
 * What every versioned, effective-dated rule set shares — catalog versions, payment standards
 * and, next, budgets: identity, name and label, the version it was derived from, the lifecycle
 * (status and its timestamps) and the period in force. Subclasses add what is theirs (kind,
 * owner, parameters) and their GraphQL type; the database side is shared too (the tables carry
 * the same columns, guarded by the `version_lifecycle` trigger).
 */
@ObjectType()
export abstract class VersionedEntity {
  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  @Field({ description: 'Name (名称).' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Version label (版本号), e.g. "2025.1".' })
  @Property({ type: 'string' })
  versionLabel!: string;

  /** The version this one was derived from (a province's, or the national one); null: none. */
  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Field(() => VersionStatus, { description: 'Lifecycle status (状态).' })
  @Enum({ items: () => VersionStatus, type: 'string' })
  status!: VersionStatus;

  @Field(() => DateScalar, { description: 'First day in force (生效日期), inclusive.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it stops being in force (失效日期), exclusive; null = open-ended.',
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo!: string | null;

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
}
