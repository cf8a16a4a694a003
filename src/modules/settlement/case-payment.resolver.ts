import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CaseRevision, SettlementCase } from '../case';
import { CasePayment, PaymentIssue } from './case-payment.types';
import { issueOf, paymentOf } from './case-payment.service';

@Resolver(() => CaseRevision)
export class RevisionPaymentResolver {
  @FieldResolver(() => CasePayment, {
    nullable: true,
    description:
      'What this revision is paid (病例支付), priced at ingest; null when it could not be priced (see paymentIssue).',
  })
  payment(@Root() r: CaseRevision, @Ctx() ctx: RequestContext): Promise<CasePayment | null> {
    return paymentOf(ctx, r.provinceCode, r.uuid);
  }

  @FieldResolver(() => PaymentIssue, {
    nullable: true,
    description:
      'Why this revision has no payment (未计价原因), e.g. no payment standard in force at discharge; null when priced.',
  })
  paymentIssue(@Root() r: CaseRevision, @Ctx() ctx: RequestContext): Promise<PaymentIssue | null> {
    return issueOf(ctx, r.provinceCode, r.uuid);
  }
}

@Resolver(() => SettlementCase)
export class CasePaymentResolver {
  @FieldResolver(() => CasePayment, {
    nullable: true,
    description:
      'What the current revision is paid (当前版本的支付); null when it could not be priced (see paymentIssue).',
  })
  payment(@Root() c: SettlementCase, @Ctx() ctx: RequestContext): Promise<CasePayment | null> {
    return paymentOf(ctx, c.provinceCode, c.currentRevisionId);
  }

  @FieldResolver(() => PaymentIssue, {
    nullable: true,
    description: 'Why the current revision has no payment (未计价原因); null when priced.',
  })
  paymentIssue(
    @Root() c: SettlementCase,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentIssue | null> {
    return issueOf(ctx, c.provinceCode, c.currentRevisionId);
  }
}
