import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context';
import { parseRowKey } from '../case';
import { CasePayment, PaymentIssue } from './case-payment.types';
import type { CaseClass } from './settlement.enums';
import type { PaymentMethod } from '../standard';

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

interface PaymentRow {
  key: string;
  case_class: CaseClass;
  rule: string;
  method: PaymentMethod;
  group_code: string | null;
  base_value: string | null;
  comparator: string | null;
  comparator_amount: string | null;
  ratio: string | null;
  high_threshold: string | null;
  low_threshold: string | null;
  coefficients: { kind: string; value: string; source: string }[];
  points: string | null;
  point_value: string | null;
  standard_amount: string | null;
  amount: string;
  provisional_amount: string;
  patient_share: string;
  fund_due: string;
  flags: string[];
  discharge_date: string;
  payment_standard_id: string;
  catalog_version_id: string | null;
  rule_package_sha256: string | null;
  priced_at: Date;
}

function toPayment(r: PaymentRow): CasePayment {
  return Object.assign(new CasePayment(), {
    caseClass: r.case_class,
    rule: r.rule,
    method: r.method,
    groupCode: r.group_code,
    baseValue: r.base_value,
    comparator: r.comparator,
    comparatorAmount: r.comparator_amount,
    ratio: r.ratio,
    highThreshold: r.high_threshold,
    lowThreshold: r.low_threshold,
    coefficients: r.coefficients,
    points: r.points,
    pointValue: r.point_value,
    standardAmount: r.standard_amount,
    amount: r.amount,
    provisionalAmount: r.provisional_amount,
    patientShare: r.patient_share,
    fundDue: r.fund_due,
    flags: r.flags,
    dischargeDate: r.discharge_date,
    trace: {
      paymentStandardId: r.payment_standard_id,
      catalogVersionId: r.catalog_version_id,
      rulePackageSha256: r.rule_package_sha256,
    },
    pricedAt: r.priced_at,
  });
}

/**
 * The settlement module's loaders for one request: a revision's payment, and why a revision has
 * none; keyed by the revision's row key `province:uuid`, one `in (…)` statement per batch under
 * the request's row-level security (a payment is seen by exactly the case's co-owners).
 */
export class SettlementLoaders {
  readonly paymentOfRevision: DataLoader<string, CasePayment | null>;
  readonly issueOfRevision: DataLoader<string, PaymentIssue | null>;

  constructor(ctx: RequestContext) {
    this.paymentOfRevision = new DataLoader(async (keys) => {
      const rows = await ctx.sql<PaymentRow>(
        `select province_code || ':' || revision_id as key, case_class, rule, method, group_code,
           base_value::text, comparator, comparator_amount::text, ratio::text,
           high_threshold::text, low_threshold::text, coefficients, points::text,
           point_value::text, standard_amount::text, amount::text, provisional_amount::text,
           patient_share::text, fund_due::text, flags, to_char(discharge_date, 'YYYY-MM-DD') as discharge_date,
           payment_standard_id, catalog_version_id, rule_package_sha256, priced_at
         from case_payment where (province_code, revision_id) in ${PAIRS}`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map(rows.map((r) => [r.key, toPayment(r)]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
    this.issueOfRevision = new DataLoader(async (keys) => {
      const rows = await ctx.sql<{
        key: string;
        reason: string;
        message: string;
        payment_standard_id: string | null;
      }>(
        `select province_code || ':' || revision_id as key, reason, message, payment_standard_id
         from case_unpriced where (province_code, revision_id) in ${PAIRS}`,
        splitKeys(keys),
        { prepared: true },
      );
      const byKey = new Map(
        rows.map((r) => [
          r.key,
          Object.assign(new PaymentIssue(), {
            code: r.reason,
            message: r.message,
            paymentStandardId: r.payment_standard_id,
          }),
        ]),
      );
      return keys.map((key) => byKey.get(key) ?? null);
    });
  }
}

export const settlementLoaders = (ctx: RequestContext): SettlementLoaders =>
  ctx.loaders.for(SettlementLoaders);
