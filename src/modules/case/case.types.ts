import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { IngestStatus, QcSeverityEnum, SpecialItemKind } from './case.enums';

@ObjectType('CaseDiagnosis', {
  simpleResolvers: true,
  description: 'A diagnosis of a settlement list (诊断).',
})
export class CaseDiagnosis {
  @Field({ description: 'ICD-10 医保版 code (诊断代码).' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Name as written on the list (诊断名称).' })
  name!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Condition on admission (入院病情): 1 有, 2 临床未确定, 3 情况不明, 4 无.',
  })
  admissionCondition!: number | null;
}

@ObjectType('CaseProcedure', {
  simpleResolvers: true,
  description: 'A procedure of a settlement list (手术操作).',
})
export class CaseProcedure {
  @Field({ description: 'ICD-9-CM-3 医保版 code (手术操作代码).' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name as written on the list (手术操作名称).',
  })
  name!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When performed (手术操作日期).' })
  performedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Anaesthesia start (麻醉开始时间).' })
  anaesthesiaFrom!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Anaesthesia end (麻醉结束时间).' })
  anaesthesiaTo!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Performed on both sides (双侧手术): true when the list says so, else null.',
  })
  bilateral?: boolean | null;
}

@ObjectType('IcuStay', {
  simpleResolvers: true,
  description: 'A stay in intensive care (重症监护).',
})
export class IcuStay {
  @Field(() => DateTimeScalar, { description: 'Entered ICU (进重症监护室时间).' })
  from!: string;

  @Field(() => DateTimeScalar, { description: 'Left ICU (出重症监护室时间).' })
  to!: string;
}

@ObjectType('FeeLine', {
  simpleResolvers: true,
  description: 'Fee total of one category (住院费用分类).',
})
export class FeeLine {
  @Field({ description: 'Fee category code (费用类别), e.g. "BED", "DRUG_WESTERN".' })
  category!: string;

  @Field(() => DecimalScalar, { description: 'Amount in CNY (金额).' })
  amount!: string;
}

@ObjectType('FundPayment', {
  simpleResolvers: true,
  description: 'One fund’s payment (基金支付项).',
})
export class FundPayment {
  @Field({
    description: 'Fund code (基金类型), e.g. "POOLING" 统筹基金, "SERIOUS_ILLNESS" 大病保险.',
  })
  fund!: string;

  @Field(() => DecimalScalar, { description: 'Amount in CNY (金额).' })
  amount!: string;
}

@ObjectType('SpecialItem', {
  simpleResolvers: true,
  description:
    'A new drug, device or technology used (新药耗新技术), for the exclusion from DRG/DIP payment.',
})
export class SpecialItem {
  @Field(() => SpecialItemKind, { description: 'Kind of item (类别).' })
  kind!: SpecialItemKind;

  @Field({ description: 'Item code (项目编码).' })
  code!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Cost of the item in CNY (项目费用), when the list gives it.',
  })
  amount?: string | null;
}

@ObjectType('QcIssue', {
  simpleResolvers: true,
  description: 'A quality-control finding (质控问题).',
})
export class QcIssue {
  @Field({
    description:
      'Rule code (质控规则编码), e.g. "2133"; or DUPLICATE, HOSPITAL_UNKNOWN, NOT_PERMITTED for uploads that are not QC failures.',
  })
  code!: string;

  @Field(() => QcSeverityEnum, { description: 'ERROR rejects, WARNING stores and flags (级别).' })
  severity!: QcSeverityEnum;

  @Field({
    description: 'JSON path of the field in the settlement list (字段), "" for the whole list.',
  })
  field!: string;

  @Field({ description: 'What is wrong (说明).' })
  message!: string;

  @Field({ description: 'Whether the rule affects DRG grouping (影响DRG分组).' })
  affectsDrg!: boolean;

  @Field({ description: 'Whether the rule affects DIP grouping (影响DIP分组).' })
  affectsDip!: boolean;
}

@ObjectType('SettlementListResult', {
  description: 'What an upload did with one settlement list (上传结果).',
})
export class SettlementListResult {
  @Field(() => Int, {
    description: 'Position in the uploaded list (0-based) or line number of the file.',
  })
  index!: number;

  @Field(() => String, { nullable: true, description: 'Settlement id (结算ID), when readable.' })
  settlementId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hospital code (定点医疗机构代码), when readable.',
  })
  hospitalCode!: string | null;

  @Field(() => IngestStatus, { description: 'ACCEPTED, UNCHANGED or REJECTED.' })
  status!: IngestStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'The current revision after the upload (版本号): new for ACCEPTED, the stored one for UNCHANGED.',
  })
  revision!: number | null;

  @Field({
    description: 'Whether the case is new (首次上传); false for a new revision or unchanged.',
  })
  created!: boolean;

  @Field(() => [QcIssue], {
    description: 'Every QC finding: errors for REJECTED, warnings otherwise.',
  })
  issues!: QcIssue[];

  /** The stored case's uuid (the `case` field resolves it). */
  caseUuid!: string | null;
}

@ObjectType('SubmitSettlementListsPayload', {
  description: 'Result of submitSettlementLists (结算清单上传结果).',
})
export class SubmitSettlementListsPayload {
  @Field(() => [SettlementListResult], {
    description: 'One result per uploaded list, in upload order.',
  })
  results!: SettlementListResult[];

  @Field(() => Int, { description: 'Lists stored (new cases or new revisions).' })
  accepted!: number;

  @Field(() => Int, { description: 'Lists identical to their current revision.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Lists refused.' })
  rejected!: number;
}

@ObjectType('QcRule', {
  simpleResolvers: true,
  description:
    'A quality-control rule as it applies in a region (质控规则): the default with the region’s override.',
})
export class QcRule {
  @Field({ description: 'Rule code (规则编码), e.g. "2133".' })
  code!: string;

  @Field({ description: 'Name (规则名称).' })
  name!: string;

  @Field({ description: 'What the rule checks (规则说明).' })
  description!: string;

  @Field(() => QcSeverityEnum, { description: 'ERROR rejects, WARNING stores and flags.' })
  severity!: QcSeverityEnum;

  @Field({ description: 'Parameters as JSON text (参数), e.g. {"min": 200, "max": 20000}.' })
  parameters!: string;

  @Field({ description: 'Whether a failure affects DRG grouping.' })
  affectsDrg!: boolean;

  @Field({ description: 'Whether a failure affects DIP grouping.' })
  affectsDip!: boolean;

  @Field({ description: 'Whether the rule runs in this region (启用).' })
  enabled!: boolean;

  @Field({ description: 'Whether the region overrides the default (地区自定义).' })
  overridden!: boolean;
}
