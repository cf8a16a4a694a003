import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { costNote, FIELD_COST } from '../../graphql/field-cost';
import { PageArgs } from '../../graphql/relay';
import { Selected, type ConnectionSelection } from '../../graphql/selection';
import { ADMIN_ROLE, Scope } from '../identity';
import { findHospital, Hospital } from '../tenancy';
import { SettlementCaseConnection } from './case.connections';
import { CaseError } from './case.errors';
import { SettlementCaseFilter, SettlementListInput } from './case.inputs';
import { caseLoaders } from './case.loaders';
import {
  findCase,
  findCaseByKey,
  insuredPersonIdOf,
  listCases,
  qcRulesFor,
  revisionsOf,
} from './case.service';
import { QcRule, SettlementListResult, SubmitSettlementListsPayload } from './case.types';
import { inputToRaw, ingestSettlementLists, MAX_LISTS_PER_UPLOAD } from './case-ingest.service';
import { CaseRevision } from './case-revision.entity';
import { SettlementCase } from './settlement-case.entity';

@Resolver(() => SettlementCase)
export class SettlementCaseResolver {
  @Query(() => SettlementCaseConnection, {
    description:
      'Cases the caller can see (病例列表): a hospital its own, a region those it treated or insured, a province its province’s, NATIONAL all; by hospital and settlement id.',
  })
  settlementCases(
    @Args() page: PageArgs,
    @Arg('filter', () => SettlementCaseFilter, {
      nullable: true,
      description: 'Conditions every listed case meets (筛选条件).',
    })
    filter: SettlementCaseFilter | undefined,
    @Selected() selection: ConnectionSelection,
    @Ctx() ctx: RequestContext,
  ) {
    return listCases(ctx, page, filter, selection);
  }

  @Query(() => SettlementCase, {
    nullable: true,
    description:
      'A case by hospital and settlement id (按结算ID查询病例); null when absent or not visible.',
  })
  settlementCase(
    @Arg('hospitalCode', () => String, { description: 'Treating hospital.' }) hospitalCode: string,
    @Arg('settlementId', () => String, { description: 'Settlement id (结算ID).' })
    settlementId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return findCaseByKey(ctx, hospitalCode, settlementId);
  }

  @Query(() => [QcRule], {
    description:
      'The quality-control rules (质控规则) as they apply in a region: the defaults with its overrides. Default region: a REGION caller’s own, a HOSPITAL caller’s region; for others, without regionCode, the defaults.',
  })
  async qcRules(
    @Arg('regionCode', () => String, {
      nullable: true,
      description: 'Pooling region (统筹地区代码).',
    })
    regionCode: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<QcRule[]> {
    let region = regionCode ?? null;
    if (region === null && ctx.principal.scope === Scope.REGION) region = ctx.principal.code;
    if (region === null && ctx.principal.scope === Scope.HOSPITAL)
      region = (await findHospital(ctx, ctx.principal.code))?.regionCode ?? null;
    return qcRulesFor(ctx, region);
  }

  @FieldResolver(() => CaseRevision, { description: 'The current revision (当前版本).' })
  async current(@Root() c: SettlementCase, @Ctx() ctx: RequestContext): Promise<CaseRevision> {
    const revisions = await revisionsOf(ctx, c);
    return (
      revisions.find((r) => r.revision === c.currentRevision) ?? revisions[revisions.length - 1]
    );
  }

  @FieldResolver(() => [CaseRevision], {
    description: 'Every revision, oldest first (历次版本); earlier ones stay readable.',
  })
  revisions(@Root() c: SettlementCase, @Ctx() ctx: RequestContext): Promise<CaseRevision[]> {
    return revisionsOf(ctx, c);
  }

  @FieldResolver(() => Hospital, {
    nullable: true,
    description: 'The treating hospital (定点医疗机构).',
  })
  hospital(@Root() c: SettlementCase, @Ctx() ctx: RequestContext): Promise<Hospital | null> {
    return findHospital(ctx, c.hospitalCode);
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => SubmitSettlementListsPayload, {
    complexity: FIELD_COST.UPLOAD,
    description: `Upload settlement lists (上传结算清单), at most ${MAX_LISTS_PER_UPLOAD}: a HOSPITAL its own, a REGION its hospitals'. Idempotent per (hospital, settlement id): identical content is UNCHANGED, changed content a new revision. Each list is quality-controlled (ERROR rejects that list only, WARNING stores and flags) and grouped at once with the catalogs in force at discharge in the treatment region. ADMIN role.${costNote(FIELD_COST.UPLOAD)}`,
  })
  async submitSettlementLists(
    @Arg('input', () => [SettlementListInput], { description: 'The settlement lists.' })
    input: SettlementListInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<SubmitSettlementListsPayload> {
    if (input.length === 0)
      throw new CaseError('NO_LISTS', 'Upload at least one settlement list', 'input');
    if (input.length > MAX_LISTS_PER_UPLOAD)
      throw new CaseError(
        'TOO_MANY_LISTS',
        `At most ${MAX_LISTS_PER_UPLOAD} settlement lists per upload (got ${input.length})`,
        'input',
      );
    const outcome = await ingestSettlementLists(
      ctx,
      input.map((list, index) => ({ index, raw: inputToRaw(list) })),
    );
    caseLoaders(ctx).written();
    return outcome;
  }
}

@Resolver(() => CaseRevision)
export class CaseRevisionResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Insured person identifier (个人编号): personal data, shown to the treating hospital, and to other co-owners only with the PII role; null otherwise (use personPseudonym).',
  })
  insuredPersonId(@Root() r: CaseRevision, @Ctx() ctx: RequestContext): Promise<string | null> {
    return insuredPersonIdOf(ctx, r);
  }
}

@Resolver(() => SettlementListResult)
export class SettlementListResultResolver {
  @FieldResolver(() => SettlementCase, {
    nullable: true,
    description: 'The stored case (ACCEPTED, UNCHANGED); null for REJECTED.',
  })
  case(
    @Root() r: SettlementListResult,
    @Ctx() ctx: RequestContext,
  ): Promise<SettlementCase | null> {
    return r.caseUuid && ctx.principal.provinceCode
      ? findCase(ctx, `${ctx.principal.provinceCode}:${r.caseUuid}`)
      : Promise.resolve(null);
  }
}
