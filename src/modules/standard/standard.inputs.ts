import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Dec } from '../../domain/decimal';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { VersionStatus } from '../versioning';
import { HospitalGrade, HospitalLevel } from '../tenancy';
import { PaymentStandard } from './payment-standard.entity';
import { ExclusionItemKind, PaymentMethod, StandardOwnerScope } from './standard.enums';

@InputType({ description: 'Filter for payment standards (支付标准筛选).' })
export class PaymentStandardFilter {
  @Field(() => PaymentMethod, { nullable: true, description: 'Only this payment method.' })
  method?: PaymentMethod | null;

  @Field(() => VersionStatus, { nullable: true, description: 'Only this status.' })
  status?: VersionStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only this payment year (支付年度).' })
  year?: number | null;

  @Field(() => StandardOwnerScope, {
    nullable: true,
    description: 'Only standards owned at this level (REGION: standards; PROVINCE: templates).',
  })
  ownerScope?: StandardOwnerScope | null;
}

@InputType({
  description:
    "A new payment standard owned by the caller (新建支付标准), created as a DRAFT: a region's standard, or a province's template. With `parentId` it starts as a copy of that published standard's parameters and rows (derivation from the province template, or from the region's earlier version).",
})
export class CreatePaymentStandardInput {
  @Field(() => PaymentMethod, { description: 'Payment method (支付方式).' })
  method!: PaymentMethod;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Version label (版本号), unique per owner, method and year.' })
  versionLabel!: string;

  @Field(() => Int, { description: 'Payment year (支付年度).' })
  year!: number;

  @Field(() => DateScalar, { description: 'First day in force once published (生效日期).' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it stops being in force, exclusive (失效日期).',
  })
  effectiveTo?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The catalog version whose groups it prices (DRG catalog for DRG methods, DIP for DIP); default the parent’s.',
  })
  catalogVersionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A published standard to derive from (上级标准): the caller's province's template, or the caller's own earlier standard.",
  })
  parentId?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "Scalar parameters (支付参数), validated whole; default the parent's, else none yet (set them before publishing).",
  })
  parameters?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  notes?: string | null;
}

@InputType({ description: "Changes to one of the caller's draft standards (修改支付标准草稿)." })
export class UpdatePaymentStandardInput {
  @Field(() => ID, { description: 'The draft standard.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New version label.' })
  versionLabel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New first day in force.' })
  effectiveFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'New end day (exclusive); an explicit null makes it open-ended.',
  })
  effectiveTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'New catalog version it prices.' })
  catalogVersionId?: string | null;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  notes?: string | null;
}

@InputType({
  description:
    'A coefficient row (系数): exactly one of hospitalCode or level; grade only with a level; groupCode for one group, or none for every group.',
})
export class StandardCoefficientInput {
  @Field(() => String, { nullable: true, description: 'Hospital code (定点医疗机构代码).' })
  hospitalCode?: string | null;

  @Field(() => HospitalLevel, { nullable: true, description: 'Hospital level (医院等级).' })
  level?: HospitalLevel | null;

  @Field(() => HospitalGrade, { nullable: true, description: 'Grade within the level (等次).' })
  grade?: HospitalGrade | null;

  @Field(() => String, { nullable: true, description: 'Group code (病组); none: every group.' })
  groupCode?: string | null;

  @Field(() => DecimalScalar, { description: 'The coefficient, > 0, at most 4 decimals.' })
  coefficient!: Dec;
}

@InputType({ description: 'An out-of-region coefficient for one insured region (异地调节系数).' })
export class StandardOutOfRegionCoefficientInput {
  @Field({ description: 'Insured region code (参保地), a region of the same province.' })
  insuredRegionCode!: string;

  @Field(() => DecimalScalar, { description: 'The coefficient, > 0, at most 4 decimals.' })
  coefficient!: Dec;
}

@InputType({ description: 'A per-bed-day standard (按床日付费标准).' })
export class StandardBedDayInput {
  @Field({ description: 'Bed-day category code (床日类别).' })
  categoryCode!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Points per day (point methods), at most 4 decimals.',
  })
  dailyPoints?: Dec | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Money per day, CNY (rate method), at most 2 decimals.',
  })
  dailyAmount?: Dec | null;

  @Field(() => Int, { nullable: true, description: 'Days paid at most; none: every day.' })
  maxDays?: number | null;
}

@InputType({ description: 'A TCM-advantage disease standard (中医优势病种支付标准).' })
export class StandardTcmAdvantageInput {
  @Field({ description: 'TCM disease code (中医病种代码).' })
  diseaseCode!: string;

  @Field(() => DecimalScalar, { description: 'Fixed standard per case, CNY, at most 2 decimals.' })
  standard!: Dec;

  @Field(() => DecimalScalar, {
    description:
      'The standard before the pilot (试点前标准), CNY; publishing refuses a lower standard.',
  })
  prePilotStandard!: Dec;
}

@InputType({ description: 'A new-technology exclusion item (新药耗新技术除外支付项目).' })
export class StandardExclusionItemInput {
  @Field(() => ExclusionItemKind, { description: 'Kind of item.' })
  itemKind!: ExclusionItemKind;

  @Field({ description: 'Item code (项目编码).' })
  code!: string;

  @Field({ description: 'Item name (项目名称).' })
  name!: string;

  @Field(() => DateScalar, { description: 'First day excluded.' })
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the exclusion ends (exclusive).' })
  effectiveTo?: string | null;
}

@InputType({
  description:
    "Rows of one of the caller's draft standards (维护支付标准明细): each list given replaces that table's rows whole; lists left out stay as they are. All or nothing.",
})
export class SetPaymentStandardRowsInput {
  @Field(() => ID, { description: 'The draft standard.' })
  id!: string;

  @Field(() => [StandardCoefficientInput], { nullable: true, description: 'Coefficients (系数).' })
  coefficients?: StandardCoefficientInput[] | null;

  @Field(() => [StandardOutOfRegionCoefficientInput], {
    nullable: true,
    description: 'Out-of-region coefficients per insured region (异地调节系数).',
  })
  outOfRegionCoefficients?: StandardOutOfRegionCoefficientInput[] | null;

  @Field(() => [StandardBedDayInput], {
    nullable: true,
    description: 'Per-bed-day standards (床日标准).',
  })
  bedDays?: StandardBedDayInput[] | null;

  @Field(() => [StandardTcmAdvantageInput], {
    nullable: true,
    description: 'TCM-advantage disease standards (中医优势病种标准).',
  })
  tcmAdvantage?: StandardTcmAdvantageInput[] | null;

  @Field(() => [StandardExclusionItemInput], {
    nullable: true,
    description: 'New-technology exclusion items (除外支付项目).',
  })
  exclusionItems?: StandardExclusionItemInput[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a payment-standard mutation.' })
export class PaymentStandardPayload {
  @Field(() => PaymentStandard, { description: 'The standard as stored.' })
  paymentStandard!: PaymentStandard;
}
