import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type {
  EntityManager,
  JobContext,
  MetadataSource,
  SqlRunner,
  TenantTransaction,
} from '../db';
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
  /** Entity metadata (column names), without touching the EntityManager. */
  readonly metadata: MetadataSource;
  readonly loaders: LoaderRegistry;
  readonly limits: AppConfig['limits'];
  readonly requestId: string;
  readonly log: Logger;
  /** Mutable request flags (nested: Apollo shallow-clones the context object). */
  readonly state: { failed: boolean; operationName?: string; operationKind?: string };
}

/** The request context; `em` and `log` are prototype getters so Apollo's shallow clone keeps them lazy. */
class Context {
  readonly loaders: LoaderRegistry;
  readonly state = { failed: false } as RequestContext['state'];
  readonly sql: SqlRunner;
  private logger: Logger | undefined;

  constructor(
    readonly principal: RequestContext['principal'],
    private readonly tx: TenantTransaction,
    readonly metadata: MetadataSource,
    readonly limits: RequestContext['limits'],
    readonly requestId: string,
    private readonly makeLog: () => Logger,
  ) {
    this.sql = tx.query;
    this.loaders = new LoaderRegistry(this);
  }

  /** Made on first use: a request that never touches the ORM pays neither fork nor flush. */
  get em(): EntityManager {
    return this.tx.em;
  }

  /** Made on first use: most requests log nothing. */
  get log(): Logger {
    return (this.logger ??= this.makeLog());
  }
}

/** Everything request-scoped, made in one place (STYLE: one createContext). */
export function createContext(fields: {
  principal: RequestContext['principal'];
  tx: TenantTransaction;
  metadata: MetadataSource;
  limits: RequestContext['limits'];
  requestId: string;
  log: () => Logger;
}): RequestContext {
  return new Context(
    fields.principal,
    fields.tx,
    fields.metadata,
    fields.limits,
    fields.requestId,
    fields.log,
  );
}

/** Page-size limits for work outside a request (jobs page nothing through the API). */
const JOB_LIMITS: RequestContext['limits'] = {
  defaultPageSize: 20,
  maxPageSize: 100,
  maxQueryDepth: 12,
  maxQueryCost: 25_000,
  maxBodyBytes: 8_388_608,
};

/**
 * The context a background job's chunk hands to module services written for requests: the job's
 * starter as the principal, the chunk's tenant transaction (so row-level security applies as in
 * the starter's own request), loaders made for this chunk only.
 */
export function contextOfJob(job: JobContext<unknown>): RequestContext {
  return new Context(
    job.startedBy,
    {
      get em() {
        return job.em;
      },
      query: job.query,
      ormUsed: true,
    },
    { getMetadata: () => job.em.getMetadata() },
    JOB_LIMITS,
    `job-${job.runId}`,
    () => job.log,
  );
}
