import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import type { Dec } from '../../domain/decimal';
import { ClearingRunStatus, InterRegionVariant } from './interregion.enums';

/** A province's inter-region clearing of a year (省内异地年度清算). */
@ObjectType('InterRegionClearing', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A province’s inter-region clearing of a year (省内异地年度清算): the pair matrix and each region’s net position, under the province’s variant; frozen once approved.',
})
export class InterRegionRun implements Node {
  static readonly typename = 'InterRegionClearing';

  uuid!: string;

  @Field({ description: 'Province (省份).' })
  provinceCode!: string;

  @Field(() => Int, { description: 'Year (清算年度).' })
  year!: number;

  @Field(() => InterRegionVariant, { description: 'Variant it was computed under (清算方式).' })
  variant!: InterRegionVariant;

  @Field(() => ClearingRunStatus, { description: 'COMPUTED or APPROVED (状态).' })
  status!: ClearingRunStatus;

  @Field(() => Date, { nullable: true, description: 'When last computed (计算时间).' })
  computedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When approved (审定时间).' })
  approvedAt!: Date | null;

  jobRunId!: string | null;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(InterRegionRun.typename, this.uuid);
  }
}

/** One (treatment region, insured region, insurance type) pair of the matrix (§5). */
@ObjectType('InterRegionPair', {
  simpleResolvers: true,
  description:
    'One pair of the inter-region matrix (异地就医清算对): what the insured site owes the treatment site for its insured persons’ cases, DOMAIN-FORMULAS §5.',
})
export class InterRegionPair {
  @Field({ description: 'Treatment-site region (就医地).' })
  treatmentRegionCode!: string;

  @Field({ description: 'Insured-site region (参保地).' })
  insuredRegionCode!: string;

  @Field({ description: 'Insurance type (险种): EMPLOYEE or RESIDENT.' })
  insuranceType!: string;

  @Field(() => Int, { description: 'Cases discharged in the year (病例数).' })
  caseCount!: number;

  @Field(() => Int, {
    description:
      'Cases without a payment (未定价): counted at their itemised fund in the DRG/DIP due.',
  })
  unpricedCases!: number;

  @Field(() => DecimalScalar, { description: 'Total cost (医疗总费用).' })
  totalCost!: string;

  @Field(() => DecimalScalar, { description: 'Patients’ share (个人负担).' })
  patientShare!: string;

  @Field(() => DecimalScalar, {
    description: 'Fund the insured site paid at discharge, item by item (按项目基金支付).',
  })
  itemisedFundPaid!: string;

  @Field(() => DecimalScalar, {
    description: 'Fund due under the treatment site’s DRG/DIP standard (病组/病种基金应付).',
  })
  drgDipFundDue!: string;

  @Field(() => DecimalScalar, { description: 'Points or scores (点数/分值).' })
  points!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Point value the points were paid at (POOLED only), unrounded (点值).',
  })
  pointValue!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Out-of-region coefficient applied (异地调节系数) when one value applied to every case; null: none or several.',
  })
  coefficientApplied!: string | null;

  @Field(() => Int, { description: 'Cases with an approved special-case decision (特例单议).' })
  specialCases!: number;

  @Field(() => Int, { description: 'Cases disputed by either site (争议病例).' })
  disputedCases!: number;

  @Field(() => DecimalScalar, {
    description: 'Prepaid by the insured site in the year (区域间预付金).',
  })
  prepayment!: string;

  @Field(() => DecimalScalar, {
    description: 'What the insured site owes under the variant (应付).',
  })
  due!: string;

  @Field(() => DecimalScalar, {
    description: 'due − itemised fund paid (差额); negative: the treatment site refunds.',
  })
  delta!: string;

  @Field(() => DecimalScalar, {
    description:
      'delta − prepayment: what the insured site still transfers (应清算); negative: it receives.',
  })
  balance!: string;
}

/** A region's net position across the province (净头寸). */
@ObjectType('InterRegionPosition', {
  simpleResolvers: true,
  description:
    'A region’s net position in the province’s inter-region clearing (净头寸): positions net to zero across the province.',
})
export class InterRegionPosition {
  @Field({ description: 'Pooling region (统筹地区).' })
  regionCode!: string;

  @Field(() => DecimalScalar, { description: 'Σ balances as treatment site (应收).' })
  receivable!: string;

  @Field(() => DecimalScalar, { description: 'Σ balances as insured site (应付).' })
  payable!: string;

  @Field(() => DecimalScalar, { description: 'receivable − payable (净额).' })
  net!: string;
}

/** One prepayment between two regions of a province in a year (区域间预付金). */
@InputType('InterRegionPrepaymentInput', {
  description: 'What an insured region prepaid a treatment region in the year (区域间预付金).',
})
export class InterRegionPrepaymentInput {
  @Field({ description: 'Treatment-site region (就医地).' })
  treatmentRegionCode!: string;

  @Field({ description: 'Insured-site region (参保地).' })
  insuredRegionCode!: string;

  @Field({ description: 'Insurance type (险种): EMPLOYEE or RESIDENT.' })
  insuranceType!: string;

  @Field(() => DecimalScalar, { description: 'Amount prepaid, CNY (≥ 0, to the fen).' })
  amount!: Dec;
}
