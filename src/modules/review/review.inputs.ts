import type Decimal from 'decimal.js';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import {
  SpecialCaseCategory,
  SpecialCaseOutcome,
  SpecialCasePaymentKind,
  SpecialCaseStatus,
} from './review.enums';

@InputType('ApplySpecialCaseInput', {
  description: 'A special-case application (特例单议申请) for a case’s current revision.',
})
export class ApplySpecialCaseInput {
  @Field(() => ID, { description: 'The case (SettlementCase global id): the caller’s own.' })
  caseId!: string;

  @Field(() => SpecialCaseCategory, { description: 'Category (申请类别).' })
  category!: SpecialCaseCategory;

  @Field({ description: 'Reason (申请理由), 1–2000 characters.' })
  reason!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Amount claimed (申请金额), CNY, above 0, at most 2 decimals and the total cost.',
  })
  claimedAmount?: Decimal | null;
}

@InputType('DecideSpecialCaseInput', {
  description: 'The treatment region’s decision (审核结论) on a pending application.',
})
export class DecideSpecialCaseInput {
  @Field(() => ID, { description: 'The application (SpecialCaseApplication global id).' })
  applicationId!: string;

  @Field(() => SpecialCaseOutcome, { description: 'APPROVED or REJECTED.' })
  outcome!: SpecialCaseOutcome;

  @Field(() => SpecialCasePaymentKind, {
    nullable: true,
    description: 'How an approval pays: required to approve, refused with a rejection.',
  })
  payment?: SpecialCasePaymentKind | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The decided amount (核定金额) for ADJUSTED_AMOUNT: above 0, at most 2 decimals, at most the total cost.',
  })
  amount?: Decimal | null;

  @Field(() => String, {
    nullable: true,
    description: 'Reason (审核意见), 1–2000 characters: required to reject.',
  })
  reason?: string | null;
}

@InputType('CommentSpecialCaseInput', { description: 'A remark on an application.' })
export class CommentSpecialCaseInput {
  @Field(() => ID, { description: 'The application (SpecialCaseApplication global id).' })
  applicationId!: string;

  @Field({ description: 'The remark, 1–2000 characters.' })
  body!: string;
}

@InputType('SpecialCaseApplicationFilter', {
  description: 'Conditions every listed application meets (筛选条件).',
})
export class SpecialCaseApplicationFilter {
  @Field(() => SpecialCaseStatus, { nullable: true, description: 'Status (申请状态).' })
  status?: SpecialCaseStatus | null;

  @Field(() => SpecialCaseCategory, { nullable: true, description: 'Category (申请类别).' })
  category?: SpecialCaseCategory | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Discharged on or after this day (出院日期起).',
  })
  dischargedFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Discharged on or before this day (出院日期止).',
  })
  dischargedTo?: string | null;
}
