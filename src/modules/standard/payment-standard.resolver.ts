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
import { PageArgs } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { CatalogVersion, findCatalogVersion } from '../catalog';
import { ADMIN_ROLE } from '../identity';
import { PaymentStandard } from './payment-standard.entity';
import {
  createPaymentStandard,
  findPaymentStandard,
  listPaymentStandards,
  listStandardRows,
  paymentStandardInForce,
  publishPaymentStandard,
  retirePaymentStandard,
  setPaymentStandardParameters,
  setPaymentStandardRows,
  updatePaymentStandard,
} from './payment-standard.service';
import {
  PaymentStandardConnection,
  StandardBedDayConnection,
  StandardCoefficientConnection,
  StandardExclusionItemConnection,
  StandardOutOfRegionCoefficientConnection,
  StandardTcmAdvantageConnection,
} from './standard.connections';
import { PaymentMethod } from './standard.enums';
import {
  CreatePaymentStandardInput,
  PaymentStandardFilter,
  PaymentStandardPayload,
  SetPaymentStandardRowsInput,
  UpdatePaymentStandardInput,
} from './standard.inputs';
import {
  BED_DAYS,
  COEFFICIENTS,
  EXCLUSION_ITEMS,
  OUT_OF_REGION_COEFFICIENTS,
  TCM_ADVANTAGE,
} from './standard.loaders';

const STANDARD_ID = { description: 'The payment standard (支付标准).' } as const;

@Resolver(() => PaymentStandard)
export class PaymentStandardResolver {
  @Query(() => PaymentStandardConnection, {
    description:
      "Payment standards the caller can see (支付标准列表): its own (drafts included), and published ones of its province's regions and templates (a hospital: its region's).",
  })
  paymentStandards(
    @Args() page: PageArgs,
    @Arg('ownerCode', () => String, {
      nullable: true,
      description: "Only this owner's: a region's standards, or a province's templates.",
    })
    ownerCode: string | undefined,
    @Arg('filter', () => PaymentStandardFilter, {
      nullable: true,
      description: 'Conditions every listed standard meets (筛选条件).',
    })
    filter: PaymentStandardFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listPaymentStandards(ctx, page, ownerCode ?? undefined, filter, selection);
  }

  @Query(() => PaymentStandard, {
    nullable: true,
    description:
      'The standard of a method in force for a pooling region on a day (生效支付标准): its own published standard with the latest effective date; null when none (or not visible).',
  })
  paymentStandardInForce(
    @Arg('method', () => PaymentMethod, { description: 'Payment method.' }) method: PaymentMethod,
    @Arg('asOf', () => DateScalar, { description: 'The day (日期).' }) asOf: string,
    @Arg('regionCode', () => String, {
      nullable: true,
      description:
        "Pooling region; defaults to the caller's region (a hospital's region for a hospital).",
    })
    regionCode: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return paymentStandardInForce(ctx, method, asOf, regionCode);
  }

  @FieldResolver(() => PaymentStandard, {
    nullable: true,
    description:
      'The standard this one was derived from (上级标准): a template or an earlier version.',
  })
  parent(@Root() standard: PaymentStandard, @Ctx() ctx: RequestContext) {
    return standard.parentId ? findPaymentStandard(ctx, standard.parentId) : null;
  }

  @FieldResolver(() => CatalogVersion, {
    nullable: true,
    description: 'The catalog version whose groups the standard prices (适用目录).',
  })
  catalogVersion(@Root() standard: PaymentStandard, @Ctx() ctx: RequestContext) {
    return standard.catalogVersionId ? findCatalogVersion(ctx, standard.catalogVersionId) : null;
  }

  @FieldResolver(() => StandardCoefficientConnection, {
    description: 'Coefficients (系数) by hospital or level/grade, optionally per group.',
  })
  coefficients(
    @Root() standard: PaymentStandard,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listStandardRows(ctx, standard, COEFFICIENTS, page, selection);
  }

  @FieldResolver(() => StandardOutOfRegionCoefficientConnection, {
    description: 'Out-of-region coefficients per insured region (异地调节系数).',
  })
  outOfRegionCoefficients(
    @Root() standard: PaymentStandard,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listStandardRows(ctx, standard, OUT_OF_REGION_COEFFICIENTS, page, selection);
  }

  @FieldResolver(() => StandardBedDayConnection, {
    description: 'Per-bed-day standards (床日付费标准).',
  })
  bedDays(
    @Root() standard: PaymentStandard,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listStandardRows(ctx, standard, BED_DAYS, page, selection);
  }

  @FieldResolver(() => StandardTcmAdvantageConnection, {
    description: 'TCM-advantage disease standards (中医优势病种支付标准).',
  })
  tcmAdvantage(
    @Root() standard: PaymentStandard,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listStandardRows(ctx, standard, TCM_ADVANTAGE, page, selection);
  }

  @FieldResolver(() => StandardExclusionItemConnection, {
    description: 'New drugs, devices and technology paid outside the standard (除外支付项目).',
  })
  exclusionItems(
    @Root() standard: PaymentStandard,
    @Args() page: PageArgs,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listStandardRows(ctx, standard, EXCLUSION_ITEMS, page, selection);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PaymentStandardPayload, {
    complexity: FIELD_COST.CATALOG_BUILD,
    description:
      "Create a draft payment standard (新建支付标准): a REGION its standard, a PROVINCE a template; with `parentId`, a copy of that published standard's parameters and rows. ADMIN role." +
      costNote(FIELD_COST.CATALOG_BUILD),
  })
  async createPaymentStandard(
    @Arg('input', () => CreatePaymentStandardInput, { description: 'The new standard.' })
    input: CreatePaymentStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { paymentStandard: await createPaymentStandard(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PaymentStandardPayload, {
    description: "Change one of the caller's draft standards (修改支付标准草稿). ADMIN role.",
  })
  async updatePaymentStandard(
    @Arg('input', () => UpdatePaymentStandardInput, { description: 'The draft and its changes.' })
    input: UpdatePaymentStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { paymentStandard: await updatePaymentStandard(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PaymentStandardPayload, {
    description:
      "Replace a draft's scalar parameters (设置支付参数), validated whole: every refused value comes back in `extensions.fieldErrors` with its path and code, and nothing is stored. ADMIN role.",
  })
  async setPaymentStandardParameters(
    @Arg('id', () => ID, STANDARD_ID) id: string,
    @Arg('parameters', () => GraphQLJSONObject, {
      description:
        'Every parameter the standard sets (decimals as strings); the rest take their defaults.',
    })
    parameters: Record<string, unknown>,
    @Ctx() ctx: RequestContext,
  ) {
    return { paymentStandard: await setPaymentStandardParameters(ctx, id, parameters) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PaymentStandardPayload, {
    complexity: FIELD_COST.UPLOAD,
    description:
      "Replace rows of a draft standard (维护支付标准明细): each list given replaces its table's rows; all or nothing, every bad row in `extensions.fieldErrors`. ADMIN role." +
      costNote(FIELD_COST.UPLOAD),
  })
  async setPaymentStandardRows(
    @Arg('input', () => SetPaymentStandardRowsInput, { description: 'The draft and its rows.' })
    input: SetPaymentStandardRowsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { paymentStandard: await setPaymentStandardRows(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PaymentStandardPayload, {
    complexity: FIELD_COST.CATALOG_BUILD,
    description:
      'Publish a draft standard (发布支付标准): its parameters must be complete and valid, and no TCM-advantage standard below its pre-pilot standard (the offending rows in `extensions.rows`). From then on it never changes. ADMIN role.' +
      costNote(FIELD_COST.CATALOG_BUILD),
  })
  async publishPaymentStandard(
    @Arg('id', () => ID, STANDARD_ID) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return { paymentStandard: await publishPaymentStandard(ctx, id) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => PaymentStandardPayload, {
    description:
      'Retire a published standard from a day (废止支付标准; default today, never earlier): it stays in force for the days before. ADMIN role.',
  })
  async retirePaymentStandard(
    @Arg('id', () => ID, STANDARD_ID) id: string,
    @Arg('retiredOn', () => DateScalar, {
      nullable: true,
      description: 'First day no longer in force (废止日期); default today in China.',
    })
    retiredOn: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return { paymentStandard: await retirePaymentStandard(ctx, id, retiredOn ?? undefined) };
  }
}
