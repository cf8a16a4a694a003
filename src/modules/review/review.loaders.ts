import DataLoader from 'dataloader';
import { entityColumns, readOnlyPrototype } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { entitySource, PageLoaders, type ConnectionSource } from '../../graphql/page-loaders';
import { parseRowKey } from '../case';
import type { SpecialCaseOutcome, SpecialCasePaymentKind } from './review.enums';
import { SpecialCaseComment, SpecialCaseDecision } from './review.types';
import { SpecialCaseApplication } from './special-case-application.entity';

/** Well-formed row keys (`province:uuid`) as two arrays for `unnest($1::text[], $2::uuid[])`. */
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

const PAIRS = `(select * from unnest($1::text[], $2::uuid[]))`;

/** What an application connection hangs under: its partition column (none for a root list). */
export type ApplicationParentColumn =
  'hospital_code' | 'treatment_region_code' | 'insured_region_code' | 'province_code' | 'case_id';

interface DecisionRow {
  key: string;
  revision_key: string;
  revision: number;
  outcome: SpecialCaseOutcome;
  payment: SpecialCasePaymentKind | null;
  reason: string | null;
  total_cost: string;
  formula_amount: string | null;
  final_amount: string | null;
  patient_share: string;
  fund_due: string | null;
  adjustment: string | null;
  cap_scope: string | null;
  cap_period: string | null;
  cap_period_from: string | null;
  cap_period_to: string | null;
  cap_share: string | null;
  cap_case_count: number | null;
  cap_allowed: number | null;
  cap_used: number | null;
  decided_at: Date;
}

const DECISIONS = `select d.province_code || ':' || d.application_id as key,
   d.province_code || ':' || d.revision_id as revision_key, a.revision, d.outcome, d.payment,
   d.reason, d.total_cost::text, d.formula_amount::text, d.final_amount::text,
   d.patient_share::text, d.fund_due::text, d.adjustment::text, d.cap_scope, d.cap_period,
   to_char(d.cap_period_from, 'YYYY-MM-DD') as cap_period_from,
   to_char(d.cap_period_to, 'YYYY-MM-DD') as cap_period_to, d.cap_share::text, d.cap_case_count,
   d.cap_allowed, d.cap_used, d.decided_at
 from special_case_decision d
 join special_case_application a on a.province_code = d.province_code and a.id = d.application_id`;

function toDecision(r: DecisionRow): SpecialCaseDecision {
  return Object.assign(new SpecialCaseDecision(), {
    outcome: r.outcome,
    payment: r.payment,
    reason: r.reason,
    revision: r.revision,
    totalCost: r.total_cost,
    formulaAmount: r.formula_amount,
    finalAmount: r.final_amount,
    patientShare: r.patient_share,
    fundDue: r.fund_due,
    adjustment: r.adjustment,
    cap:
      r.cap_scope === null
        ? null
        : {
            scope: r.cap_scope,
            period: r.cap_period!,
            periodFrom: r.cap_period_from!,
            periodTo: r.cap_period_to!,
            share: r.cap_share!,
            caseCount: r.cap_case_count!,
            allowed: r.cap_allowed!,
            used: r.cap_used!,
          },
    decidedAt: r.decided_at,
    revisionKey: r.revision_key,
  });
}

/**
 * The review module's loaders for one request: applications by id, the decision of an
 * application, the approved decision of a revision, the comments of an application, and
 * application connections. One statement per batch, under the request's row-level security.
 */
export class ReviewLoaders {
  readonly applicationById: DataLoader<string, SpecialCaseApplication | null>;
  readonly decisionOfApplication: DataLoader<string, SpecialCaseDecision | null>;
  readonly approvedDecisionOfRevision: DataLoader<string, SpecialCaseDecision | null>;
  readonly commentsOfApplication: DataLoader<string, SpecialCaseComment[]>;
  private readonly sources = new Map<string, ConnectionSource<SpecialCaseApplication>>();

  constructor(private readonly ctx: RequestContext) {
    const proto = readOnlyPrototype(ctx.metadata, SpecialCaseApplication);
    const columns = [...entityColumns(ctx.metadata, SpecialCaseApplication)]
      .map(([property, column]) => `t.${column} as "${property}"`)
      .join(', ');
    this.applicationById = new DataLoader(async (keys) => {
      const rows = await ctx.sql(
        `select ${columns} from special_case_application t where (t.province_code, t.id) in ${PAIRS}`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map(
        rows.map((r) => {
          const a = Object.setPrototypeOf(r, proto) as SpecialCaseApplication;
          return [a.rowKey, a];
        }),
      );
      return keys.map((key) => byKey.get(key) ?? null);
    });
    this.decisionOfApplication = new DataLoader(async (keys) => {
      const rows = await ctx.sql<DecisionRow>(
        `${DECISIONS} where (d.province_code, d.application_id) in ${PAIRS}`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map(rows.map((r) => [r.key, toDecision(r)]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
    // a revision has at most one approval: the application unique key allows one non-withdrawn
    // application per revision
    this.approvedDecisionOfRevision = new DataLoader(async (keys) => {
      const rows = await ctx.sql<DecisionRow>(
        `${DECISIONS} where d.outcome = 'APPROVED' and (d.province_code, d.revision_id) in ${PAIRS}`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map(rows.map((r) => [r.revision_key, toDecision(r)]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
    this.commentsOfApplication = new DataLoader(async (keys) => {
      const rows = await ctx.sql<{
        key: string;
        author_scope: string;
        author_code: string;
        body: string;
        created_at: Date;
      }>(
        `select province_code || ':' || application_id as key, author_scope, author_code, body,
           created_at
         from special_case_comment where (province_code, application_id) in ${PAIRS}
         order by province_code, application_id, sort_key`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map<string, SpecialCaseComment[]>();
      for (const r of rows) {
        const list = byKey.get(r.key) ?? [];
        list.push(
          Object.assign(new SpecialCaseComment(), {
            authorScope: r.author_scope,
            authorCode: r.author_code,
            body: r.body,
            createdAt: r.created_at,
          }),
        );
        byKey.set(r.key, list);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    });
  }

  /** Applications as connections, all visible or per parent, in application order. */
  applications(partitionBy?: ApplicationParentColumn): ConnectionSource<SpecialCaseApplication> {
    const key = partitionBy ?? '';
    let source = this.sources.get(key);
    if (!source) {
      source = entitySource(this.ctx, SpecialCaseApplication, {
        table: 'special_case_application',
        sortKey: 'sort_key',
        partitionBy,
        partitionType: partitionBy === 'case_id' ? 'uuid' : 'text',
        keyFields: ['sortKey', 'uuid', 'provinceCode'],
        computed: {
          id: ['provinceCode', 'uuid'],
          case: ['provinceCode', 'caseId'],
          caseRevision: ['provinceCode', 'revisionId'],
          decision: ['provinceCode', 'uuid'],
          comments: ['provinceCode', 'uuid'],
        },
        cursorOf: (a) => a.sortKey,
      });
      this.sources.set(key, source);
    }
    return source;
  }

  /** After a write: later fields of the same operation see it. */
  written(): void {
    this.applicationById.clearAll();
    this.decisionOfApplication.clearAll();
    this.approvedDecisionOfRevision.clearAll();
    this.commentsOfApplication.clearAll();
    this.ctx.loaders.for(PageLoaders).clear();
  }
}

export const reviewLoaders = (ctx: RequestContext): ReviewLoaders => ctx.loaders.for(ReviewLoaders);
