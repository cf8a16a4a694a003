import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { HospitalGrade, HospitalLevel } from '../tenancy';
import { ExclusionItemKind } from './standard.enums';

/*
 * A standard's rows, read as connections (written in sets by the service, never through the
 * ORM's unit of work). Decimal columns arrive from PostgreSQL as exact text.
 */

@ObjectType('StandardCoefficient', {
  simpleResolvers: true,
  description:
    'A coefficient (系数) of a standard: for one hospital, or a hospital level (and grade); for every group or one group.',
})
@Entity({ tableName: 'standard_coefficient' })
export class StandardCoefficient {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Stable key of the row (hospital|level|grade|group), the sort order.' })
  @PrimaryKey({ type: 'string' })
  rowKey!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Hospital code (定点医疗机构代码), or null for a level row.',
  })
  @Property({ type: 'string', nullable: true })
  hospitalCode!: string | null;

  @Field(() => HospitalLevel, {
    nullable: true,
    description: 'Hospital level (医院等级), or null for a hospital row.',
  })
  @Enum({ items: () => HospitalLevel, type: 'string', nullable: true })
  level!: HospitalLevel | null;

  @Field(() => HospitalGrade, {
    nullable: true,
    description: 'Grade within the level (等次); null: every grade.',
  })
  @Enum({ items: () => HospitalGrade, type: 'string', nullable: true })
  grade!: HospitalGrade | null;

  @Field(() => String, {
    nullable: true,
    description: 'DRG/DIP group code (病组); null: every group.',
  })
  @Property({ type: 'string', nullable: true })
  groupCode!: string | null;

  @Field(() => DecimalScalar, { description: 'The coefficient (系数值).' })
  @Property({ type: 'decimal' })
  coefficient!: string;
}

@ObjectType('StandardOutOfRegionCoefficient', {
  simpleResolvers: true,
  description:
    'The out-of-region adjustment coefficient (异地调节系数) agreed with one insured region (参保地).',
})
@Entity({ tableName: 'standard_out_of_region_coefficient' })
export class StandardOutOfRegionCoefficient {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Insured region code (参保地统筹地区代码).' })
  @PrimaryKey({ type: 'string' })
  insuredRegionCode!: string;

  @Field(() => DecimalScalar, { description: 'The coefficient (调节系数).' })
  @Property({ type: 'decimal' })
  coefficient!: string;
}

@ObjectType('StandardBedDay', {
  simpleResolvers: true,
  description:
    'A per-bed-day standard (按床日付费标准): points per day (point methods, same pool) or money per day (rate method).',
})
@Entity({ tableName: 'standard_bed_day' })
export class StandardBedDay {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Bed-day category code (床日类别), as in the bed-day catalog.' })
  @PrimaryKey({ type: 'string' })
  categoryCode!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Points per day (日点数).' })
  @Property({ type: 'decimal', nullable: true })
  dailyPoints!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Money per day, CNY (日费用标准).' })
  @Property({ type: 'decimal', nullable: true })
  dailyAmount!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days paid at most (最高支付天数); null: every day.',
  })
  @Property({ type: 'integer', nullable: true })
  maxDays!: number | null;
}

@ObjectType('StandardTcmAdvantage', {
  simpleResolvers: true,
  description:
    'A TCM-advantage disease standard (中医优势病种支付标准), never below its pre-pilot standard (试点前标准).',
})
@Entity({ tableName: 'standard_tcm_advantage' })
export class StandardTcmAdvantage {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'TCM disease code (中医病种代码), as in the TCM-advantage catalog.' })
  @PrimaryKey({ type: 'string' })
  diseaseCode!: string;

  @Field(() => DecimalScalar, { description: 'Fixed standard per case, CNY (病种支付标准).' })
  @Property({ type: 'decimal' })
  standard!: string;

  @Field(() => DecimalScalar, { description: 'The standard before the pilot, CNY (试点前标准).' })
  @Property({ type: 'decimal' })
  prePilotStandard!: string;
}

@ObjectType('StandardExclusionItem', {
  simpleResolvers: true,
  description:
    'A new drug, device or technology paid outside the standard for a period (新药耗新技术除外支付, seed 004).',
})
@Entity({ tableName: 'standard_exclusion_item' })
export class StandardExclusionItem {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Stable key of the row (kind:code), the sort order.' })
  @PrimaryKey({ type: 'string' })
  rowKey!: string;

  @Field(() => ExclusionItemKind, { description: 'Kind of item (项目类别).' })
  @Enum({ items: () => ExclusionItemKind, type: 'string' })
  itemKind!: ExclusionItemKind;

  @Field({ description: 'Item code (项目编码): drug, device or procedure code.' })
  @Property({ type: 'string' })
  code!: string;

  @Field({ description: 'Item name (项目名称).' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => DateScalar, { description: 'First day excluded (除外起始日), inclusive.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day excluded is the day before this (除外终止日); null: open.',
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo!: string | null;
}

export const STANDARD_ROW_ENTITIES = [
  StandardCoefficient,
  StandardOutOfRegionCoefficient,
  StandardBedDay,
  StandardTcmAdvantage,
  StandardExclusionItem,
];
