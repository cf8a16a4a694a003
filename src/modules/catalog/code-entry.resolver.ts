import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/relay';
import { CodeKind } from './catalog.enums';
import { CodeEntry, CodeEntryConnection } from './catalog-rows.types';
import { CodeEntryFilter } from './catalog.inputs';
import { findCodeEntry, listCodeEntries } from './code-table.service';

@Resolver(() => CodeEntry)
export class CodeEntryResolver {
  @Query(() => CodeEntryConnection, {
    description: 'Look codes up by prefix or name fragment (编码查询), in code order.',
  })
  codeEntries(
    @Arg('kind', () => CodeKind, { description: 'Code table.' }) kind: CodeKind,
    @Args() page: PageArgs,
    @Arg('filter', () => CodeEntryFilter, {
      nullable: true,
      description: 'Prefix and/or name fragment.',
    })
    filter: CodeEntryFilter | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listCodeEntries(ctx, kind, page, filter);
  }

  @Query(() => CodeEntry, {
    nullable: true,
    description: 'One code (按编码查询); null when absent.',
  })
  codeEntry(
    @Arg('kind', () => CodeKind, { description: 'Code table.' }) kind: CodeKind,
    @Arg('code', () => String, { description: 'The code, verbatim.' }) code: string,
    @Ctx() ctx: RequestContext,
  ) {
    return findCodeEntry(ctx, kind, code);
  }
}
