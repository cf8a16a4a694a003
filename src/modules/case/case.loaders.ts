import DataLoader from 'dataloader';
import { entityColumns, readOnlyPrototype } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { entitySource, PageLoaders, type ConnectionSource } from '../../graphql/page-loaders';
import { CaseRevision } from './case-revision.entity';
import { SettlementCase } from './settlement-case.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (text: string) => UUID.test(text);

/** What a case connection hangs under: its partition column (none for a root list). */
export type CaseParentColumn =
  'hospital_code' | 'treatment_region_code' | 'insured_region_code' | 'province_code';

function selectList(ctx: RequestContext, entity: new () => object): string {
  return [...entityColumns(ctx.metadata, entity)]
    .map(([property, column]) => `t.${column} as "${property}"`)
    .join(', ');
}

/**
 * The case module's loaders for one request: cases and revisions by id, revisions per case, the
 * identifier per revision (null where row-level security hides it), and case connections. Each
 * is one `= any(…)` statement per batch, under the request's row-level security.
 */
export class CaseLoaders {
  readonly caseById: DataLoader<string, SettlementCase | null>;
  readonly revisionById: DataLoader<string, CaseRevision | null>;
  readonly revisionsOfCase: DataLoader<string, CaseRevision[]>;
  readonly identityOfRevision: DataLoader<string, string | null>;
  private readonly sources = new Map<string, ConnectionSource<SettlementCase>>();

  constructor(private readonly ctx: RequestContext) {
    const caseProto = readOnlyPrototype(ctx.metadata, SettlementCase);
    const revisionProto = readOnlyPrototype(ctx.metadata, CaseRevision);
    const cases = `select ${selectList(ctx, SettlementCase)} from settlement_case t where t.id = any($1::uuid[])`;
    const revisions = `select ${selectList(ctx, CaseRevision)} from case_revision t`;
    this.caseById = new DataLoader(async (ids) => {
      const rows = await ctx.sql(cases, [ids.filter(isUuid)], { prepared: true });
      const byId = new Map(
        rows.map((r) => [String(r.uuid), Object.setPrototypeOf(r, caseProto) as SettlementCase]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.revisionById = new DataLoader(async (ids) => {
      const rows = await ctx.sql(
        `${revisions} where t.id = any($1::uuid[])`,
        [ids.filter(isUuid)],
        {
          prepared: true,
        },
      );
      const byId = new Map(
        rows.map((r) => [String(r.uuid), Object.setPrototypeOf(r, revisionProto) as CaseRevision]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.revisionsOfCase = new DataLoader(async (caseIds) => {
      const rows = await ctx.sql(
        `${revisions} where t.case_id = any($1::uuid[]) order by t.case_id, t.revision`,
        [caseIds.filter(isUuid)],
        { prepared: true },
      );
      const byCase = new Map<string, CaseRevision[]>();
      for (const row of rows) {
        const revision = Object.setPrototypeOf(row, revisionProto) as CaseRevision;
        const list = byCase.get(revision.caseId) ?? [];
        list.push(revision);
        byCase.set(revision.caseId, list);
      }
      return caseIds.map((id) => byCase.get(id) ?? []);
    });
    this.identityOfRevision = new DataLoader(async (ids) => {
      const rows = await ctx.sql<{ revision_id: string; insured_person_id: string }>(
        'select revision_id, insured_person_id from case_identity where revision_id = any($1::uuid[])',
        [ids.filter(isUuid)],
        { prepared: true },
      );
      const byId = new Map(rows.map((r) => [r.revision_id, r.insured_person_id]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Cases as connections, all visible or per parent, in case_key order. */
  cases(partitionBy?: CaseParentColumn): ConnectionSource<SettlementCase> {
    const key = partitionBy ?? '';
    let source = this.sources.get(key);
    if (!source) {
      source = entitySource(this.ctx, SettlementCase, {
        table: 'settlement_case',
        sortKey: 'case_key',
        partitionBy,
        keyFields: ['caseKey', 'uuid'],
        computed: {
          id: ['uuid'],
          hospital: ['hospitalCode'],
          current: ['uuid', 'currentRevision'],
          revisions: ['uuid'],
        },
        cursorOf: (c) => c.caseKey,
      });
      this.sources.set(key, source);
    }
    return source;
  }

  /** After a write: later fields of the same operation see it. */
  written(): void {
    this.caseById.clearAll();
    this.revisionById.clearAll();
    this.revisionsOfCase.clearAll();
    this.identityOfRevision.clearAll();
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

export const caseLoaders = (ctx: RequestContext): CaseLoaders => ctx.loaders.for(CaseLoaders);
