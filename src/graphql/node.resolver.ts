import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context';
import { badInput } from '../shared/errors';
import { fromGlobalId, Node } from './relay';

export type NodeFetchers = Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
>;

const MAX_IDS = 100;

/** `node(id:)` and `nodes(ids:)` over the fetchers the modules register, by type name. */
export function createNodeResolver(fetchers: NodeFetchers) {
  // async: a malformed id rejects its own promise instead of throwing out of `ids.map` after
  // earlier ids already started loads nobody would await (their batch then runs after the
  // request's transaction ended, and its rejection went unhandled and ended the process)
  const fetch = async (ctx: RequestContext, id: string): Promise<object | null> => {
    const { type, key } = fromGlobalId(id);
    const fetcher = Object.hasOwn(fetchers, type) ? fetchers[type] : undefined;
    return fetcher ? fetcher(ctx, key) : null;
  };

  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description:
        'Any object by global ID (按全局标识查询); null when it does not exist or is not visible to the caller.',
    })
    node(
      @Arg('id', () => ID, { description: 'Global ID (全局标识).' }) id: string,
      @Ctx() ctx: RequestContext,
    ) {
      return fetch(ctx, id);
    }

    @Query(() => [Node], {
      nullable: 'items',
      description: `Several objects by global ID, in the order asked (at most ${MAX_IDS}); null for each one not visible.`,
    })
    nodes(
      @Arg('ids', () => [ID], { description: 'Global IDs (全局标识列表).' }) ids: string[],
      @Ctx() ctx: RequestContext,
    ) {
      if (ids.length > MAX_IDS) throw badInput(`At most ${MAX_IDS} ids`, 'ids', 'TOO_MANY_IDS');
      return Promise.all(ids.map((id) => fetch(ctx, id)));
    }
  }
  return NodeResolver;
}
