import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { costNote, FIELD_COST } from '../../graphql/field-cost';
import { fromGlobalId, PageArgs } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { ADMIN_ROLE } from '../identity';
import { Budget } from './budget.entity';
import {
  BudgetAllianceConnection,
  BudgetAllianceMemberConnection,
  BudgetConnection,
  BudgetOutOfRegionConnection,
  BudgetPrepaymentConnection,
} from './budget.connections';
import {
  BudgetFilter,
  BudgetPayload,
  CreateBudgetInput,
  SetBudgetRowsInput,
  UpdateBudgetInput,
} from './budget.inputs';
import { ALLIANCE_MEMBERS, ALLIANCES, OUT_OF_REGION, PREPAYMENTS } from './budget.loaders';
import {
  budgetInForce,
  createBudget,
  findBudget,
  listBudgetRows,
  listBudgets,
  publishBudget,
  retireBudget,
  setBudgetParameters,
  setBudgetRows,
  updateBudget,
} from './budget.service';

const BUDGET_ID = { description: 'The budget (总额预算).' } as const;

@Resolver(() => Budget)
export class BudgetResolver {
  @Query(() => BudgetConnection, {
    description:
      "Budgets the caller can see (总额预算列表): a region its own (drafts included); a province its regions' published budgets; NATIONAL every published budget. Other regions and hospitals see none (they read their own rows).",
  })
  budgets(
    @Args() page: PageArgs,
    @Arg('filter', () => BudgetFilter, {
      nullable: true,
      description: 'Conditions every listed budget meets (筛选条件).',
    })
    filter: BudgetFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listBudgets(ctx, page, filter ?? undefined, selection);
  }

  @Query(() => Budget, {
    nullable: true,
    description: 'A budget by ID (总额预算); null when it does not exist or is not visible.',
  })
  budget(@Arg('id', () => ID, BUDGET_ID) id: string, @Ctx() ctx: RequestContext) {
    const { type, key } = fromGlobalId(id);
    return type === Budget.typename ? findBudget(ctx, key) : null;
  }

  @Query(() => Budget, {
    nullable: true,
    description:
      "A region's budget in force on a day (生效总额预算): its published budget with the latest effective date; null when none (or not visible).",
  })
  budgetInForce(
    @Arg('regionCode', { description: 'Pooling region (统筹地区).' }) regionCode: string,
    @Arg('day', () => DateScalar, { description: 'The day (日期).' }) day: string,
    @Ctx() ctx: RequestContext,
  ) {
    return budgetInForce(ctx, regionCode, day);
  }

  @FieldResolver(() => Budget, {
    nullable: true,
    description: 'The budget this one was derived from (上一版本).',
  })
  parent(@Root() budget: Budget, @Ctx() ctx: RequestContext) {
    return budget.parentId ? findBudget(ctx, budget.parentId) : null;
  }

  @FieldResolver(() => BudgetOutOfRegionConnection, {
    description: 'Out-of-region budgets per insured region and insurance type (异地就医预算).',
  })
  outOfRegion(
    @Root() budget: Budget,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listBudgetRows(ctx, budget, OUT_OF_REGION, page, selection);
  }

  @FieldResolver(() => BudgetPrepaymentConnection, {
    description: 'Prepayments per hospital and insurance type (预付金).',
  })
  prepayments(
    @Root() budget: Budget,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listBudgetRows(ctx, budget, PREPAYMENTS, page, selection);
  }

  @FieldResolver(() => BudgetAllianceConnection, {
    description: 'Medical alliances with a combined budget (医联体).',
  })
  alliances(
    @Root() budget: Budget,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listBudgetRows(ctx, budget, ALLIANCES, page, selection);
  }

  @FieldResolver(() => BudgetAllianceMemberConnection, {
    description: 'Members of the medical alliances, by alliance then hospital (医联体成员).',
  })
  allianceMembers(
    @Root() budget: Budget,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listBudgetRows(ctx, budget, ALLIANCE_MEMBERS, page, selection);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => BudgetPayload, {
    complexity: FIELD_COST.CATALOG_BUILD,
    description:
      "Create a draft budget of the caller's pooling region (新建总额预算); with `parentId`, a copy of that published budget's parameters and rows. REGION scope, ADMIN role." +
      costNote(FIELD_COST.CATALOG_BUILD),
  })
  async createBudget(
    @Arg('input', () => CreateBudgetInput, { description: 'The new budget.' })
    input: CreateBudgetInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { budget: await createBudget(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => BudgetPayload, {
    description: "Change one of the caller's draft budgets (修改总额预算草稿). ADMIN role.",
  })
  async updateBudget(
    @Arg('input', () => UpdateBudgetInput, { description: 'The draft and its changes.' })
    input: UpdateBudgetInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { budget: await updateBudget(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => BudgetPayload, {
    description:
      "Replace a draft's parameters (设置预算参数), validated whole: every refused value in `extensions.fieldErrors` with its path and code; nothing stored. ADMIN role.",
  })
  async setBudgetParameters(
    @Arg('id', () => ID, BUDGET_ID) id: string,
    @Arg('parameters', () => GraphQLJSONObject, {
      description: 'Every parameter the budget sets (decimals as strings); the rest take defaults.',
    })
    parameters: Record<string, unknown>,
    @Ctx() ctx: RequestContext,
  ) {
    return { budget: await setBudgetParameters(ctx, id, parameters) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => BudgetPayload, {
    complexity: FIELD_COST.UPLOAD,
    description:
      "Replace rows of a draft budget (维护预算明细): each list given replaces its table's rows; all or nothing, every bad row in `extensions.fieldErrors`. ADMIN role." +
      costNote(FIELD_COST.UPLOAD),
  })
  async setBudgetRows(
    @Arg('input', () => SetBudgetRowsInput, { description: 'The draft and its rows.' })
    input: SetBudgetRowsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { budget: await setBudgetRows(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => BudgetPayload, {
    complexity: FIELD_COST.CATALOG_BUILD,
    description:
      'Publish a draft budget (发布总额预算): parameters complete and valid, alliance and out-of-region budgets within the fund budget of their insurance type; prepayments granted under its conditions. Every problem in `extensions.fieldErrors`. From then on it never changes. ADMIN role.' +
      costNote(FIELD_COST.CATALOG_BUILD),
  })
  async publishBudget(@Arg('id', () => ID, BUDGET_ID) id: string, @Ctx() ctx: RequestContext) {
    return { budget: await publishBudget(ctx, id) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => BudgetPayload, {
    description:
      'Retire a published budget from a day (废止总额预算; default today, never earlier): it stays in force for the days before. ADMIN role.',
  })
  async retireBudget(
    @Arg('id', () => ID, BUDGET_ID) id: string,
    @Arg('retiredOn', () => DateScalar, {
      nullable: true,
      description: 'First day no longer in force (废止日期); default today in China.',
    })
    retiredOn: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return { budget: await retireBudget(ctx, id, retiredOn ?? undefined) };
  }
}
