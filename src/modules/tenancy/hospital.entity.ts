import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { HospitalGrade, HospitalLevel, HospitalType } from './tenancy.enums';

/** Designated hospital (定点医疗机构), paid by the pooling region it belongs to. */
@ObjectType('Hospital', {
  simpleResolvers: true,
  implements: Node,
  description: 'Designated medical institution (定点医疗机构).',
})
@Entity({ tableName: 'hospital' })
export class Hospital implements Node {
  static readonly typename = 'Hospital';

  @Field({ description: 'National institution code (医保定点医疗机构代码), e.g. "H51010400001".' })
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Field({ description: 'Code of the province (所属省份代码).' })
  @Property({ type: 'string', length: 6 })
  provinceCode!: string;

  @Field({ description: 'Code of the pooling region it belongs to (所属统筹地区代码).' })
  @Property({ type: 'string', length: 6 })
  regionCode!: string;

  @Field({ description: 'Name (机构名称).' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => HospitalLevel, { description: 'Level (医院等级: 三级/二级/一级).' })
  @Enum({ items: () => HospitalLevel, type: 'string' })
  level!: HospitalLevel;

  @Field(() => HospitalGrade, {
    nullable: true,
    description: 'Grade within the level (等次: 甲/乙/丙); null when not graded (未定等).',
  })
  @Enum({ items: () => HospitalGrade, type: 'string', nullable: true })
  grade!: HospitalGrade | null;

  @Field(() => HospitalType, { description: 'Kind of hospital (医疗机构类别).' })
  @Enum({ items: () => HospitalType, type: 'string' })
  type!: HospitalType;

  @Field({ description: 'When the record was created (创建时间).' })
  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt!: Date;

  @Field({ description: 'When the record was last changed (更新时间).' })
  @Property({ type: 'Date', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(Hospital.typename, this.code);
  }
}
