import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { SpecialCaseCategory, SpecialCaseStatus } from './review.enums';

/**
 * A special-case application (特例单议申请): a hospital asks for one revision of its case to be
 * paid outside the formula. Co-owned like the case (row-level security): the treating hospital,
 * the treatment-site and insured-site regions, their province; NATIONAL reads all.
 */
@ObjectType('SpecialCaseApplication', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A special-case application (特例单议申请): the treating hospital asks for one revision of its case to be paid outside the formula; the treatment region decides. Visible to the treating hospital, the treatment-site and insured-site regions (联办), their province and the national bureau.',
})
@Entity({ tableName: 'special_case_application' })
export class SpecialCaseApplication implements Node {
  static readonly typename = 'SpecialCaseApplication';

  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  @Field({ description: 'Province (省份代码): the treating hospital’s.' })
  @Property({ type: 'string' })
  provinceCode!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  revisionId!: string;

  @Field(() => Int, {
    description:
      'The case revision applied for (申请时的版本号): the current one when applied. A decision holds for this revision only.',
  })
  @Property({ type: 'integer' })
  revision!: number;

  @Field({ description: 'Treating hospital (定点医疗机构代码): the applicant.' })
  @Property({ type: 'string' })
  hospitalCode!: string;

  @Field({ description: 'Treatment-site region (就医地统筹区): decides the application.' })
  @Property({ type: 'string' })
  treatmentRegionCode!: string;

  @Field({
    description: 'Insured-site region (参保地统筹区): reads and comments (联办, seed 003 六(二)).',
  })
  @Property({ type: 'string' })
  insuredRegionCode!: string;

  @Field(() => DateScalar, {
    description: 'Discharge day (出院日期) of the revision: places it in a cap period.',
  })
  @Property({ type: 'string', columnType: 'date' })
  dischargeDate!: string;

  @Field(() => SpecialCaseCategory, { description: 'Category (申请类别).' })
  @Enum({ items: () => SpecialCaseCategory, type: 'string' })
  category!: SpecialCaseCategory;

  @Field({ description: 'The hospital’s reason (申请理由), 1–2000 characters.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Amount the hospital claims (申请金额), CNY; null when none was given.',
  })
  @Property({ type: 'string', columnType: 'numeric(14,2)', nullable: true })
  claimedAmount!: string | null;

  @Field(() => SpecialCaseStatus, { description: 'Where the application stands (申请状态).' })
  @Enum({ items: () => SpecialCaseStatus, type: 'string' })
  status!: SpecialCaseStatus;

  @Property({ type: 'string' })
  sortKey!: string;

  @Field(() => DateTimeScalar, { description: 'When applied (申请时间).' })
  @Property({ type: 'Date' })
  appliedAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When withdrawn or decided (办结时间); null while pending.',
  })
  @Property({ type: 'Date', nullable: true })
  closedAt!: Date | null;

  /** Row key `province:uuid` (loaders and global ids). */
  get rowKey(): string {
    return `${this.provinceCode}:${this.uuid}`;
  }

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(SpecialCaseApplication.typename, this.rowKey);
  }
}
