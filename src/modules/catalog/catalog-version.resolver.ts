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
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { costNote, FIELD_COST } from '../../graphql/field-cost';
import { PageArgs } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { ADMIN_ROLE } from '../identity';
import { CatalogKind, DemoCatalogs } from './catalog.enums';
import {
  BedDayCategoryConnection,
  DipAuxFactorConnection,
  DipGroupConnection,
  DrgGroupConnection,
  TcmDiseaseConnection,
} from './catalog-rows.types';
import { listCatalogRows } from './catalog-rows.service';
import {
  BED_DAY_CATEGORIES,
  DIP_AUX_FACTORS,
  DIP_GROUPS,
  DRG_GROUPS,
  TCM_DISEASES,
} from './catalog-tables';
import { catalogDiff } from './catalog-diff.service';
import { CatalogVersion } from './catalog-version.entity';
import {
  catalogInForce,
  createCatalogVersion,
  deriveCatalogVersion,
  findCatalogVersion,
  listCatalogVersions,
  publishCatalogVersion,
  retireCatalogVersion,
  updateCatalogVersion,
} from './catalog-version.service';
import {
  CatalogDiff,
  CatalogRowFilter,
  CatalogVersionFilter,
  CatalogVersionPayload,
  CreateCatalogVersionInput,
  DeriveCatalogVersionInput,
  UpdateCatalogVersionInput,
} from './catalog.inputs';
import { CatalogVersionConnection } from './catalog.connections';
import { RulePackage } from './rule-package.entity';
import { findRulePackage } from './rule-package.service';

const ROW_FILTER = {
  nullable: true,
  description: 'Conditions every listed row meets (筛选条件).',
} as const;

@Resolver(() => CatalogVersion)
export class CatalogVersionResolver {
  @Query(() => CatalogVersionConnection, {
    description:
      'Catalog versions the caller can see (目录版本列表): every published one, and its own drafts.',
  })
  catalogVersions(
    @Args() page: PageArgs,
    @Arg('filter', () => CatalogVersionFilter, {
      nullable: true,
      description: 'Conditions every listed version meets.',
    })
    filter: CatalogVersionFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listCatalogVersions(ctx, page, filter);
  }

  @Query(() => CatalogVersion, {
    nullable: true,
    description:
      'The version of a catalog in force for a pooling region on a day (生效目录): the region’s own, else its province’s, else the national one. Demonstration versions (`demo: true`) are left out for a region that has any official catalog, unless `demo` asks for them.',
  })
  catalogInForce(
    @Arg('kind', () => CatalogKind, { description: 'Kind of catalog.' }) kind: CatalogKind,
    @Arg('asOf', () => DateScalar, { description: 'The day (日期).' }) asOf: string,
    @Arg('regionCode', () => String, {
      nullable: true,
      description:
        "Pooling region; defaults to the caller's region (a hospital's region for a hospital).",
    })
    regionCode: string | undefined,
    @Arg('demo', () => DemoCatalogs, {
      defaultValue: DemoCatalogs.UNLESS_OFFICIAL,
      description:
        'Whether demonstration versions may be picked (演示目录); by default only for a region with no official catalog.',
    })
    demo: DemoCatalogs,
    @Ctx() ctx: RequestContext,
  ) {
    return catalogInForce(ctx, kind, asOf, regionCode, demo);
  }

  @Query(() => CatalogDiff, {
    complexity: FIELD_COST.CATALOG_DIFF,
    description:
      'Groups added, removed and re-weighted between two versions (版本差异).' +
      costNote(FIELD_COST.CATALOG_DIFF),
  })
  catalogDiff(
    @Arg('from', () => ID, { description: 'The older version.' }) from: string,
    @Arg('to', () => ID, { description: 'The newer version.' }) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return catalogDiff(ctx, from, to);
  }

  @FieldResolver(() => CatalogVersion, {
    nullable: true,
    description: 'The version this one was derived from (上级版本).',
  })
  parent(@Root() version: CatalogVersion, @Ctx() ctx: RequestContext) {
    return version.parentId ? findCatalogVersion(ctx, version.parentId) : null;
  }

  @FieldResolver(() => RulePackage, {
    nullable: true,
    description: 'DRG rule package the version groups with (分组规则包).',
  })
  rulePackage(@Root() version: CatalogVersion, @Ctx() ctx: RequestContext) {
    return version.rulePackageId ? findRulePackage(ctx, version.rulePackageId) : null;
  }

  @FieldResolver(() => DrgGroupConnection, {
    description: 'DRG groups (DRG病组); empty unless a DRG catalog.',
  })
  drgGroups(
    @Root() v: CatalogVersion,
    @Args() page: PageArgs,
    @Arg('filter', () => CatalogRowFilter, ROW_FILTER) filter: CatalogRowFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCatalogRows(ctx, v, DRG_GROUPS, page, filter, selection);
  }

  @FieldResolver(() => DipGroupConnection, {
    description: 'DIP groups (DIP病种); empty unless a DIP catalog.',
  })
  dipGroups(
    @Root() v: CatalogVersion,
    @Args() page: PageArgs,
    @Arg('filter', () => CatalogRowFilter, ROW_FILTER) filter: CatalogRowFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCatalogRows(ctx, v, DIP_GROUPS, page, filter, selection);
  }

  @FieldResolver(() => DipAuxFactorConnection, {
    description: 'DIP auxiliary catalog (辅助目录); empty unless a DIP catalog.',
  })
  dipAuxFactors(
    @Root() v: CatalogVersion,
    @Args() page: PageArgs,
    @Arg('filter', () => CatalogRowFilter, ROW_FILTER) filter: CatalogRowFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCatalogRows(ctx, v, DIP_AUX_FACTORS, page, filter, selection);
  }

  @FieldResolver(() => TcmDiseaseConnection, {
    description: 'TCM-advantage diseases (中医优势病种); empty unless that kind.',
  })
  tcmDiseases(
    @Root() v: CatalogVersion,
    @Args() page: PageArgs,
    @Arg('filter', () => CatalogRowFilter, ROW_FILTER) filter: CatalogRowFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCatalogRows(ctx, v, TCM_DISEASES, page, filter, selection);
  }

  @FieldResolver(() => BedDayCategoryConnection, {
    description: 'Bed-day categories (床日类别); empty unless that kind.',
  })
  bedDayCategories(
    @Root() v: CatalogVersion,
    @Args() page: PageArgs,
    @Arg('filter', () => CatalogRowFilter, ROW_FILTER) filter: CatalogRowFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCatalogRows(ctx, v, BED_DAY_CATEGORIES, page, filter, selection);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogVersionPayload, {
    description: 'Create an empty DRAFT catalog version owned by the caller (新建目录版本).',
  })
  async createCatalogVersion(
    @Arg('input', () => CreateCatalogVersionInput, { description: 'The new version.' })
    input: CreateCatalogVersionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { catalogVersion: await createCatalogVersion(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogVersionPayload, {
    complexity: FIELD_COST.CATALOG_BUILD,
    description:
      'Derive a DRAFT from a published version above the caller (派生): rows are copied, then overridden or added locally.' +
      costNote(FIELD_COST.CATALOG_BUILD),
  })
  async deriveCatalogVersion(
    @Arg('input', () => DeriveCatalogVersionInput, { description: 'Parent and new version.' })
    input: DeriveCatalogVersionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { catalogVersion: await deriveCatalogVersion(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogVersionPayload, {
    description: "Change one of the caller's DRAFT versions (修改草稿).",
  })
  async updateCatalogVersion(
    @Arg('input', () => UpdateCatalogVersionInput, { description: 'The draft and its changes.' })
    input: UpdateCatalogVersionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { catalogVersion: await updateCatalogVersion(ctx, input) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogVersionPayload, {
    complexity: FIELD_COST.CATALOG_BUILD,
    description:
      'Publish a DRAFT (发布): it becomes immutable and visible to all.' +
      costNote(FIELD_COST.CATALOG_BUILD),
  })
  async publishCatalogVersion(
    @Arg('id', () => ID, { description: 'The draft.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return { catalogVersion: await publishCatalogVersion(ctx, id) };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogVersionPayload, {
    description: 'Retire a published version (废止); it stays in force for earlier days.',
  })
  async retireCatalogVersion(
    @Arg('id', () => ID, { description: 'The published version.' }) id: string,
    @Arg('retiredOn', () => DateScalar, {
      nullable: true,
      description: 'First day no longer in force; default today.',
    })
    retiredOn: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return { catalogVersion: await retireCatalogVersion(ctx, id, retiredOn) };
  }
}
