import { Field, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { PaymentMethod } from '../standard';
import { CaseClass } from './settlement.enums';

@ObjectType('PaymentCoefficient', {
  simpleResolvers: true,
  description: 'A coefficient applied to a case’s payment (系数).',
})
export class PaymentCoefficient {
  @Field({
    description:
      'Kind: ADJUSTMENT (调整系数, in the rate method’s base), INSTITUTION (医疗机构系数), OUT_OF_REGION (异地调节系数), TCM, BILATERAL_SURGERY, AUX_FACTOR (DIP 辅助目录), BLANK_GROUP, READMISSION, UNGROUPED.',
  })
  kind!: string;

  @Field(() => DecimalScalar, { description: 'Its value.' })
  value!: string;

  @Field({ description: 'Where it came from, e.g. `hospital H…`, `level TERTIARY/A`.' })
  source!: string;
}

@ObjectType('PaymentTrace', {
  simpleResolvers: true,
  description: 'The versions a payment was computed with (计算依据).',
})
export class PaymentTrace {
  @Field({ description: 'The payment standard (支付标准) version’s id (UUID).' })
  paymentStandardId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The catalog version (分组目录版本) the standard prices and the case grouped with (UUID).',
  })
  catalogVersionId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 of the DRG rule package (分组规则包) the case grouped with; null for DIP and TCM.',
  })
  rulePackageSha256!: string | null;
}

@ObjectType('CasePayment', {
  simpleResolvers: true,
  description:
    'What a case revision is paid (病例支付), priced at ingest with the payment standard in force at discharge in the treatment region. Points, standards and amounts are exact; the provisional amount and the fund due are rounded half-up to the fen once.',
})
export class CasePayment {
  @Field(() => CaseClass, { description: 'Class of the case (病例类型).' })
  caseClass!: CaseClass;

  @Field({
    description:
      'The formula applied, finer than the class: STANDARD, HIGH_OUTLIER, LOW_OUTLIER, EXTREME_COEFFICIENT_ONLY, FEE_FOR_SERVICE, INCOMPLETE_STAY, READMISSION, BLANK_GROUP, ZERO_SCORE_AT_COST, BED_DAY, TCM_ADVANTAGE, NEW_TECHNOLOGY_EXCLUSION, LOS_EXCLUSION, UNGROUPED.',
  })
  rule!: string;

  @Field(() => PaymentMethod, { description: 'The standard’s payment method (支付方式).' })
  method!: PaymentMethod;

  @Field(() => String, {
    nullable: true,
    description: 'The group priced: DRG or DIP group code, TCM-advantage disease code.',
  })
  groupCode!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Base points (基准点数: DRG RW × 100, DIP score) or, for DRG_RATE, the base standard (baseRate × RW × adjustment).',
  })
  baseValue!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the cost was compared with: GROUP_AVERAGE, PAYMENT_STANDARD or LEVEL_AVERAGE.',
  })
  comparator!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The comparator in CNY.' })
  comparatorAmount!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Cost ratio (费用倍率): total cost ÷ comparator, exact.',
  })
  ratio!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'High-cost threshold H applied.' })
  highThreshold!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Low-cost threshold L applied.' })
  lowThreshold!: string | null;

  @Field(() => [PaymentCoefficient], { description: 'Every coefficient applied, in order.' })
  coefficients!: PaymentCoefficient[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Points of the case (病例点数), point methods; null when paid in money.',
  })
  points!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Budgeted point value used (预算点值), by insurance type; point methods.',
  })
  pointValue!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Rate method: the case’s standard amount (支付标准), exact.',
  })
  standardAmount!: string | null;

  @Field(() => DecimalScalar, {
    description:
      'Provisional amount, exact (points × point value, the standard, or the money rule).',
  })
  amount!: string;

  @Field(() => DecimalScalar, {
    description: 'Provisional amount rounded half-up to the fen (预结算金额).',
  })
  provisionalAmount!: string;

  @Field(() => DecimalScalar, { description: 'Patient share (个人负担) of the list.' })
  patientShare!: string;

  @Field(() => DecimalScalar, {
    description:
      'Fund due to the hospital (基金应付): amount − patient share, rounded half-up to the fen once.',
  })
  fundDue!: string;

  @Field(() => [String], {
    description:
      'Flags: SPECIAL_REVIEW_CANDIDATE (特例单议候选), OUT_OF_REGION (异地), INCOMPLETE_CAPPED, BED_DAYS_CAPPED, NEW_TECHNOLOGY_ITEMS, READMISSION, NOT_PAID.',
  })
  flags!: string[];

  @Field(() => DateScalar, { description: 'Discharge day priced on (China time).' })
  dischargeDate!: string;

  @Field(() => PaymentTrace, { description: 'The versions used (计算依据).' })
  trace!: PaymentTrace;

  @Field(() => DateTimeScalar, { description: 'When it was priced.' })
  pricedAt!: Date;
}

@ObjectType('PaymentIssue', {
  simpleResolvers: true,
  description: 'Why a case revision has no payment (未计价原因).',
})
export class PaymentIssue {
  @Field({
    description:
      'NO_CATALOG, NO_STANDARD (no payment standard in force), CATALOG_MISMATCH, STANDARD_INCOMPLETE, ITEM_COSTS_UNKNOWN, or a pricing code: NO_COEFFICIENT, NO_STANDARD_ROW, MISSING_GROUP_DATA, METHOD_MISMATCH, INVALID_CASE.',
  })
  code!: string;

  @Field({ description: 'What was missing, in words.' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The payment standard in force, when one was (UUID).',
  })
  paymentStandardId!: string | null;
}
