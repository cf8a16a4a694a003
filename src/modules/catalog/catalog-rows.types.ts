import { Field, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import { AuxFactorKind, CodeKind, DipGroupKind, ProcedureClass, RowOrigin } from './catalog.enums';

/**
 * Read models of catalog rows. They are written and read with set-based SQL (a catalog holds
 * hundreds to tens of thousands of rows, copied whole when a version is derived), so they are
 * plain classes rather than ORM entities.
 */

@ObjectType({
  simpleResolvers: true,
  description: 'An entry of a code table (编码): ICD-10, ICD-9-CM-3 or TCM (TCD).',
})
export class CodeEntry {
  @Field(() => CodeKind, { description: 'Code table (编码表).' })
  kind!: CodeKind;

  @Field({ description: 'Code (编码), e.g. "K80.100".' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First valid day (启用日期); null = always.',
  })
  validFrom!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Day it stops being valid (停用日期), exclusive; null = open.',
  })
  validTo!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A DRG group of a catalog version (DRG病组) with its relative weight.',
})
export class DrgGroup {
  @Field({ description: 'DRG code (DRG编码), e.g. "GZ13".' })
  code!: string;

  @Field({ description: 'Major diagnostic category (主要诊断大类, MDC), e.g. "MDCG".' })
  mdc!: string;

  @Field({ description: 'Adjacent DRG (核心疾病诊断相关组, ADRG), e.g. "GZ1".' })
  adrg!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Relative weight (相对权重, RW).' })
  weight!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Reference average cost in CNY (例均费用).',
  })
  averageCost!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Reference average length of stay in days (平均住院日).',
  })
  averageLos!: string | null;

  @Field(() => RowOrigin, { description: 'Inherited, overridden or added in this version (来源).' })
  origin!: RowOrigin;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A DIP group of a catalog version (DIP病种) with its score.',
})
export class DipGroup {
  @Field({ description: 'Group code (病种编码).' })
  code!: string;

  @Field(() => DipGroupKind, { description: 'Core, primary-care or comprehensive (病种类型).' })
  kind!: DipGroupKind;

  @Field({
    description:
      'Diagnosis key (诊断编码): subcategory such as "K80.1", category "K80" or chapter.',
  })
  diagnosisKey!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Procedure expression (操作组合): "a/b" any of, "a+b" all of; null = conservative.',
  })
  procedureExpression!: string | null;

  @Field(() => ProcedureClass, {
    nullable: true,
    description: 'Procedure class of a comprehensive group (操作类别).',
  })
  procedureClass!: ProcedureClass | null;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Score (分值).' })
  score!: string;

  @Field(() => DecimalScalar, { description: 'Group average cost in CNY (例均费用).' })
  averageCost!: string;

  @Field(() => RowOrigin, { description: 'Inherited, overridden or added (来源).' })
  origin!: RowOrigin;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A DIP auxiliary catalog row (辅助目录): a condition and its score factor.',
})
export class DipAuxFactor {
  @Field({ description: 'Row code (编码).' })
  code!: string;

  @Field(() => AuxFactorKind, { description: 'Kind (类型).' })
  kind!: AuxFactorKind;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Condition as JSON text (条件), e.g. {"minAge":65}.' })
  condition!: string;

  @Field(() => DecimalScalar, {
    description: 'Score factor (调整系数); the largest matching one applies.',
  })
  factor!: string;

  @Field(() => RowOrigin, { description: 'Inherited, overridden or added (来源).' })
  origin!: RowOrigin;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A TCM-advantage disease (中医优势病种) with its payment standard and eligibility.',
})
export class TcmDisease {
  @Field({ description: 'TCM disease code (中医病名编码, TCD).' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field(() => [String], { description: 'Mapped ICD-10 diagnoses (对应西医诊断).' })
  icd10Codes!: string[];

  @Field(() => DecimalScalar, { description: 'Per-case standard in CNY (病种支付标准).' })
  standard!: string;

  @Field(() => DecimalScalar, {
    description: 'Minimum share of TCM treatment in the case cost (中医治疗费用占比下限), 0–1.',
  })
  minTcmTreatmentShare!: string;

  @Field(() => Int, { nullable: true, description: 'Minimum length of stay in days (最短住院日).' })
  minLos!: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum length of stay in days (最长住院日).' })
  maxLos!: number | null;

  @Field(() => RowOrigin, { description: 'Inherited, overridden or added (来源).' })
  origin!: RowOrigin;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A bed-day category (床日付费类别) with its daily standard.',
})
export class BedDayCategory {
  @Field({ description: 'Category code (类别编码).' })
  code!: string;

  @Field({ description: 'Name (名称), e.g. "精神类住院".' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Daily standard in CNY (床日标准).' })
  dailyStandard!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Longest stay paid per bed-day (床日上限天数).',
  })
  maxDays!: number | null;

  @Field(() => RowOrigin, { description: 'Inherited, overridden or added (来源).' })
  origin!: RowOrigin;
}

export const { Connection: CodeEntryConnection } = connectionTypes(CodeEntry, 'CodeEntry', '编码');
export const { Connection: DrgGroupConnection } = connectionTypes(DrgGroup, 'DrgGroup', 'DRG病组');
export const { Connection: DipGroupConnection } = connectionTypes(DipGroup, 'DipGroup', 'DIP病种');
export const { Connection: DipAuxFactorConnection } = connectionTypes(
  DipAuxFactor,
  'DipAuxFactor',
  '辅助目录',
);
export const { Connection: TcmDiseaseConnection } = connectionTypes(
  TcmDisease,
  'TcmDisease',
  '中医优势病种',
);
export const { Connection: BedDayCategoryConnection } = connectionTypes(
  BedDayCategory,
  'BedDayCategory',
  '床日类别',
);
