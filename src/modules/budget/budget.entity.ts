import { Entity, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { VersionedEntity } from '../versioning';

/**
 * A pooling region's global budget for a year (总额预算): the fund budget per insurance type and
 * the rules the monthly settlement and annual clearing apply (reserve, point-value formula,
 * payment and deposit shares, assessment bands, prepayment conditions), with its rows
 * (out-of-region budgets, prepayments, medical alliances). Versioned like payment standards:
 * DRAFT → PUBLISHED → RETIRED, immutable once published.
 */
@ObjectType('Budget', {
  simpleResolvers: true,
  implements: Node,
  description:
    "A pooling region's global budget for a year (总额预算): parameters and rows, DRAFT → PUBLISHED → RETIRED.",
})
@Entity({ tableName: 'budget' })
export class Budget extends VersionedEntity implements Node {
  static readonly typename = 'Budget';

  @Field(() => Int, { description: 'Budget year (预算年度).' })
  @Property({ type: 'integer' })
  year!: number;

  /** Always REGION: a budget is a pooling region's (kept so the owner policy reads like others). */
  @Property({ type: 'string' })
  ownerScope!: string;

  @Field({ description: 'Pooling region that owns the budget (统筹地区代码).' })
  @Property({ type: 'string' })
  ownerCode!: string;

  @Field({ description: 'Province of the region (所属省份).' })
  @Property({ type: 'string' })
  provinceCode!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'Parameters (预算参数): one flat object, decimals as strings — fundBudgetEmployee/Resident, reserveShare (调剂金), pointValueFormula with reimbursementRatio*/fixedPointValue*, budgetedPointValue* (null: the payment standard’s), monthlyPaymentShare, qualityDepositShare (质量保证金), assessmentBands, prepaymentMonths, prepaymentHistoryYears, prepaymentMinBalanceMonthsEmployee/Resident (预付金). Stored normalised: every parameter present once set.',
  })
  @Property({ type: 'json' })
  parameters!: Record<string, unknown>;

  @Field({ description: 'Whether the budget is demonstration data (演示数据), never official.' })
  @Property({ type: 'boolean' })
  demo!: boolean;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(Budget.typename, this.uuid);
  }
}
