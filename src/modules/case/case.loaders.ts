import DataLoader from 'dataloader';
import { entityColumns, readOnlyPrototype } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { entitySource, PageLoaders, type ConnectionSource } from '../../graphql/page-loaders';
import { CaseRevision } from './case-revision.entity';
import { SettlementCase } from './settlement-case.entity';

const ROW_KEY = /^([1-9][0-9]0000):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** A row key `province:uuid` (global ids carry it), or null when malformed. */
export function parseRowKey(key: string): [province: string, uuid: string] | null {
  const match = ROW_KEY.exec(key);
  return match ? [match[1], match[2]] : null;
}

/** Well-formed keys as two parallel arrays for `unnest($1::text[], $2::uuid[])`. */
function splitKeys(keys: readonly string[]): [string[], string[]] {
  const provinces: string[] = [];
  const uuids: string[] = [];
  for (const key of keys) {
    const parsed = parseRowKey(key);
    if (parsed) {
      provinces.push(parsed[0]);
      uuids.push(parsed[1]);
    }
  }
  return [provinces, uuids];
}

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
  /** By `province:uuid` (a row key: province first, as every key of these tables). */
  readonly caseById: DataLoader<string, SettlementCase | null>;
  readonly revisionById: DataLoader<string, CaseRevision | null>;
  readonly revisionsOfCase: DataLoader<string, CaseRevision[]>;
  readonly identityOfRevision: DataLoader<string, string | null>;
  private readonly sources = new Map<string, ConnectionSource<SettlementCase>>();

  constructor(private readonly ctx: RequestContext) {
    const caseProto = readOnlyPrototype(ctx.metadata, SettlementCase);
    const revisionProto = readOnlyPrototype(ctx.metadata, CaseRevision);
    // (province, uuid) pairs: the primary keys lead with the province (the Citus distribution
    // key), so a lookup names it and uses the key's index
    const pairs = `(select * from unnest($1::text[], $2::uuid[]))`;
    const cases = `select ${selectList(ctx, SettlementCase)} from settlement_case t where (t.province_code, t.id) in ${pairs}`;
    const revisions = `select ${selectList(ctx, CaseRevision)} from case_revision t`;
    const rowKey = (row: { provinceCode: unknown; uuid: unknown }) =>
      `${String(row.provinceCode)}:${String(row.uuid)}`;
    this.caseById = new DataLoader(async (keys) => {
      const rows = await ctx.sql(cases, splitKeys(keys), { prepared: true });
      const byKey = new Map(
        rows.map((r) => [
          rowKey(r as { provinceCode: unknown; uuid: unknown }),
          Object.setPrototypeOf(r, caseProto) as SettlementCase,
        ]),
      );
      return keys.map((key) => byKey.get(key) ?? null);
    });
    this.revisionById = new DataLoader(async (keys) => {
      const rows = await ctx.sql(
        `${revisions} where (t.province_code, t.id) in ${pairs}`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map(
        rows.map((r) => [
          rowKey(r as { provinceCode: unknown; uuid: unknown }),
          Object.setPrototypeOf(r, revisionProto) as CaseRevision,
        ]),
      );
      return keys.map((key) => byKey.get(key) ?? null);
    });
    this.revisionsOfCase = new DataLoader(async (keys) => {
      const rows = await ctx.sql(
        `${revisions} where (t.province_code, t.case_id) in ${pairs} order by t.case_id, t.revision`,
        splitKeys(keys),
        { prepared: true },
      );
      const byCase = new Map<string, CaseRevision[]>();
      for (const row of rows) {
        const revision = Object.setPrototypeOf(row, revisionProto) as CaseRevision;
        const key = `${revision.provinceCode}:${revision.caseId}`;
        const list = byCase.get(key) ?? [];
        list.push(revision);
        byCase.set(key, list);
      }
      return keys.map((key) => byCase.get(key) ?? []);
    });
    this.identityOfRevision = new DataLoader(async (keys) => {
      const rows = await ctx.sql<{ key: string; insured_person_id: string }>(
        `select province_code || ':' || revision_id as key, insured_person_id from case_identity
         where (province_code, revision_id) in ${pairs}`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map(rows.map((r) => [r.key, r.insured_person_id]));
      return keys.map((key) => byKey.get(key) ?? null);
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
          id: ['provinceCode', 'uuid'],
          hospital: ['hospitalCode'],
          current: ['provinceCode', 'uuid', 'currentRevision'],
          revisions: ['provinceCode', 'uuid'],
          // the settlement module's fields on a case read its current revision's key
          payment: ['provinceCode', 'currentRevisionId'],
          paymentIssue: ['provinceCode', 'currentRevisionId'],
          // the review module's fields on a case: its applications, the current final payment
          specialCaseApplications: ['provinceCode', 'uuid'],
          finalPayment: ['provinceCode', 'currentRevisionId'],
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
