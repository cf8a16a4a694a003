import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { EntityManager, SqlRunner } from '../db';
import type { Principal } from '../modules/identity';

/**
 * Per-request memo of loader sets. A module asks for its loader class and gets the one instance
 * of this request, created on first use inside the request's transaction (DataLoader README:
 * one loader set per request, never shared across requests).
 */
export class LoaderRegistry {
  private readonly sets = new Map<Function, unknown>(); // eslint-disable-line @typescript-eslint/no-unsafe-function-type

  constructor(private readonly context: RequestContext) {}

  for<T>(LoaderSet: new (context: RequestContext) => T): T {
    let set = this.sets.get(LoaderSet) as T | undefined;
    if (!set) {
      set = new LoaderSet(this.context);
      this.sets.set(LoaderSet, set);
    }
    return set;
  }
}

/** Everything request-scoped, made in one place: identity, transaction-bound ORM, loaders. */
export interface RequestContext {
  readonly principal: Principal;
  /** EntityManager fork bound to this request's tenant transaction. */
  readonly em: EntityManager;
  /** Plain parameterised SQL on the same transaction, for set-based reads (page loaders). */
  readonly sql: SqlRunner;
  readonly loaders: LoaderRegistry;
  readonly limits: AppConfig['limits'];
  readonly requestId: string;
  readonly log: Logger;
  /** Mutable request flags (nested: Apollo shallow-clones the context object). */
  readonly state: { failed: boolean; operationName?: string };
}

/** The request context; `log` is a prototype getter so Apollo's shallow clone keeps it lazy. */
class Context {
  readonly loaders: LoaderRegistry;
  readonly state = { failed: false } as RequestContext['state'];
  private logger: Logger | undefined;

  constructor(
    readonly principal: RequestContext['principal'],
    readonly em: EntityManager,
    readonly sql: SqlRunner,
    readonly limits: RequestContext['limits'],
    readonly requestId: string,
    private readonly makeLog: () => Logger,
  ) {
    this.loaders = new LoaderRegistry(this);
  }

  /** Made on first use: most requests log nothing. */
  get log(): Logger {
    return (this.logger ??= this.makeLog());
  }
}

export function createContext(
  fields: Omit<RequestContext, 'loaders' | 'state' | 'log'> & { log: () => Logger },
): RequestContext {
  return new Context(
    fields.principal,
    fields.em,
    fields.sql,
    fields.limits,
    fields.requestId,
    fields.log,
  );
}
