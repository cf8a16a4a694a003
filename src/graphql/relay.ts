import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { NUL } from '../domain/untrusted-json';
import { badInput } from '../shared/errors';

/** Relay `Node`: anything with a global ID that `node(id:)` can fetch. */
@InterfaceType({
  description: 'An object with a global ID (全局标识), fetchable through `node(id:)`.',
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Global ID (全局标识): opaque, stable, unique across all types.',
  })
  id!: string;
}

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a global ID; malformed IDs are a client error, unknown ones simply find nothing. */
export function fromGlobalId(id: string): { type: string; key: string } {
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(id)
    ? Buffer.from(id, 'base64url').toString('utf8')
    : '';
  const colon = text.indexOf(':');
  // a NUL decoded from the base64 would reach PostgreSQL, which cannot store one
  if (colon <= 0 || colon === text.length - 1 || text.includes(NUL))
    throw badInput(`Malformed global ID "${id}"`, 'id', 'MALFORMED_ID');
  return { type: text.slice(0, colon), key: text.slice(colon + 1) };
}

export function encodeCursor(sortKey: string): string {
  return Buffer.from(`c:${sortKey}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  if (!text.startsWith('c:') || text.includes(NUL))
    throw badInput(`Malformed cursor "${cursor}"`, 'after', 'MALFORMED_CURSOR');
  return text.slice(2);
}

@ObjectType({ simpleResolvers: true, description: 'Relay page information (分页信息).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page (true when `after` was given).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; pass as `after` for the next page.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page size (每页条数); defaults to the server default, at most the server page cap.',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (an `endCursor`).',
  })
  after?: string | null;
}

/** A validated page request. */
export interface PageRequest {
  first: number;
  after: string | null;
}

export function pageRequest(
  args: PageArgs,
  limits: { defaultPageSize: number; maxPageSize: number },
): PageRequest {
  const first = args.first ?? limits.defaultPageSize;
  if (first < 0 || first > limits.maxPageSize) {
    throw badInput(
      `first must be between 0 and ${limits.maxPageSize}`,
      'first',
      'PAGE_SIZE_OUT_OF_RANGE',
    );
  }
  return { first, after: args.after == null ? null : decodeCursor(args.after) };
}

/** One page of rows for one parent, as the batched page loaders return it. */
export interface Page<T> {
  items: T[];
  /** Null when the query did not ask for it (then it is never read). */
  totalCount: number | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (item: T) => string;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** An edge whose cursor is encoded only when a query reads it. */
class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (item: T) => string,
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursorOf(this.node));
  }
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const { items, cursorOf } = page;
  const edges = items.map((node) => new LazyEdge(node, cursorOf));
  return {
    edges,
    totalCount: page.totalCount ?? 0,
    pageInfo: new LazyPageInfo(page),
  };
}

/** Page information whose cursors are encoded only when read (most queries never ask). */
class LazyPageInfo<T> implements PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;

  constructor(private readonly page: Page<T>) {
    this.hasNextPage = page.hasNextPage;
    this.hasPreviousPage = page.hasPreviousPage;
  }

  get startCursor(): string | null {
    const { items, cursorOf } = this.page;
    return items.length ? encodeCursor(cursorOf(items[0])) : null;
  }

  get endCursor(): string | null {
    const { items, cursorOf } = this.page;
    return items.length ? encodeCursor(cursorOf(items[items.length - 1])) : null;
  }
}

/**
 * Declares `<Name>Edge` and `<Name>Connection` object types for a node class.
 * `label` is the Chinese term used in descriptions.
 */
export function connectionTypes<T extends object>(
  nodeClass: ClassType<T>,
  name: string,
  label: string,
) {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `An edge in a ${name} connection (${label}).`,
  })
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${name} (${label}).` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${name} items (${label}列表).`,
  })
  class Connection {
    @Field(() => [Edge], { description: 'The items on this page, in stable order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: 'Number of items matching the filter, across all pages (总数).',
    })
    totalCount!: number;
  }

  return { Edge, Connection };
}
