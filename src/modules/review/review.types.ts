import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { SpecialCaseOutcome, SpecialCasePaymentKind } from './review.enums';
import { SpecialCaseApplication } from './special-case-application.entity';

@ObjectType('SpecialCaseCap', {
  simpleResolvers: true,
  description:
    'The special-case cap (特例单议比例上限) an approval was checked against: parameters of the payment standard that priced the case.',
})
export class SpecialCaseCap {
  @Field({ description: 'REGION (the treatment region’s cases) or HOSPITAL (the hospital’s).' })
  scope!: string;

  @Field({ description: 'MONTH, QUARTER or YEAR, by discharge day.' })
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  periodFrom!: string;

  @Field(() => DateScalar, { description: 'First day after the period.' })
  periodTo!: string;

  @Field(() => DecimalScalar, { description: 'Share of cases that may be approved (e.g. 0.05).' })
  share!: string;

  @Field(() => Int, { description: 'Cases of the scope discharged in the period.' })
  caseCount!: number;

  @Field(() => Int, { description: 'Approvals the period allows: ⌊cases × share⌋.' })
  allowed!: number;

  @Field(() => Int, { description: 'Approvals counted before this one.' })
  used!: number;
}

@ObjectType('SpecialCaseDecision', {
  simpleResolvers: true,
  description:
    'The treatment region’s decision on a special-case application (特例单议审核结论), with the amounts an approval fixes. Never changed once made.',
})
export class SpecialCaseDecision {
  @Field(() => SpecialCaseOutcome, { description: 'APPROVED or REJECTED.' })
  outcome!: SpecialCaseOutcome;

  @Field(() => SpecialCasePaymentKind, {
    nullable: true,
    description: 'How an approval pays; null for a rejection.',
  })
  payment!: SpecialCasePaymentKind | null;

  @Field(() => String, { nullable: true, description: 'The region’s reason (审核意见).' })
  reason!: string | null;

  @Field(() => Int, { description: 'The case revision the decision was taken on (版本号).' })
  revision!: number;

  @Field(() => DecimalScalar, { description: 'Total cost (总费用) of that revision.' })
  totalCost!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The formula’s provisional amount (按病组/病种测算金额) of that revision; null when it was not priced.',
  })
  formulaAmount!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Final amount (核定金额): the total cost or the decided amount; null if rejected.',
  })
  finalAmount!: string | null;

  @Field(() => DecimalScalar, { description: 'Patient share (个人负担) of that revision.' })
  patientShare!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Fund due (基金应付): final amount − patient share, rounded half-up to the fen once; null if rejected.',
  })
  fundDue!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Special-case adjustment (特例调整额): final amount − formula amount, what settlement and clearing add; null if rejected or unpriced.',
  })
  adjustment!: string | null;

  @Field(() => SpecialCaseCap, {
    nullable: true,
    description: 'The cap the approval was checked against; null for a rejection.',
  })
  cap!: SpecialCaseCap | null;

  @Field(() => DateTimeScalar, { description: 'When decided (审核时间).' })
  decidedAt!: Date;

  /** Row key of the revision decided on (not on the wire). */
  revisionKey!: string;
}

@ObjectType('SpecialCaseComment', {
  simpleResolvers: true,
  description:
    'A remark on a special-case application (审核意见交流) by the hospital, the treatment region or the insured region (联办).',
})
export class SpecialCaseComment {
  @Field({ description: 'HOSPITAL or REGION: who wrote it.' })
  authorScope!: string;

  @Field({ description: 'The author’s code (hospital or region).' })
  authorCode!: string;

  @Field({ description: 'The remark, 1–2000 characters.' })
  body!: string;

  @Field(() => DateTimeScalar, { description: 'When written.' })
  createdAt!: Date;
}

@ObjectType('FinalCasePayment', {
  simpleResolvers: true,
  description:
    'What a case revision is finally paid (最终支付): the formula’s payment, or an approved special-case decision’s amounts. The formula result itself stays on `payment`.',
})
export class FinalCasePayment {
  @Field({ description: 'SPECIAL_CASE (an approved decision) or FORMULA (the formula result).' })
  source!: string;

  @Field(() => DecimalScalar, {
    description:
      'Final amount (最终金额), to the fen: the decided amount or the provisional amount.',
  })
  amount!: string;

  @Field(() => DecimalScalar, { description: 'Patient share (个人负担).' })
  patientShare!: string;

  @Field(() => DecimalScalar, {
    description: 'Fund due (基金应付): amount − patient share, rounded half-up to the fen once.',
  })
  fundDue!: string;

  @Field(() => SpecialCaseDecision, {
    nullable: true,
    description: 'The approved decision applied; null when the formula pays.',
  })
  decision!: SpecialCaseDecision | null;
}

@ObjectType('SpecialCaseApplicationPayload', {
  simpleResolvers: true,
  description: 'The application after a special-case mutation.',
})
export class SpecialCaseApplicationPayload {
  @Field(() => SpecialCaseApplication, { description: 'The application as it now stands.' })
  application!: SpecialCaseApplication;
}
