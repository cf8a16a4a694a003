import { Migration } from '@mikro-orm/migrations';
import { scopeIs, setting } from './support/policies';

/** The tables of a payment standard's rows (Migration20261202120000), each frozen with it. */
const STANDARD_ROW_TABLES = [
  'standard_coefficient',
  'standard_out_of_region_coefficient',
  'standard_bed_day',
  'standard_tcm_advantage',
  'standard_exclusion_item',
];

/**
 * A standard's rows: visible when the standard is, in its province (NATIONAL: every province) —
 * the read policy of Migration20261202120000 word for word, but for `offset 0` in the sub-select.
 * Without it the planner may run the exists as a hashed subplan that reads every payment standard
 * the caller may see (through payment_standard's own policy) on each read of a standard's rows
 * (≈ 2 ms per table); with it, the exists is a probe of payment_standard's key per row.
 * `offset 0` changes no result: the exists asks for one row either way.
 */
const rowVisible = (
  table: string,
) => `(${scopeIs('NATIONAL')} or province_code = ${setting('province')})
  and exists (select 1 from payment_standard s where s.id = ${table}.version_id offset 0)`;

/**
 * Indexes for case ingest and the period jobs (the case-ingest throughput issue).
 *
 *   settlement_case (province, discharge day) becomes (province, discharge day, treatment
 *                    region): still every province-wide date range, and now exactly the key
 *                    range a re-grouping or re-pricing chunk owns (one treatment region's cases
 *                    discharged on one day) — its probe, the two deletes of the day's payments
 *                    and the two reads of its revisions, which read the whole province's cases
 *                    of the day and filtered out the other regions' rows. The day leads, not
 *                    the region: before statistics exist, an index led by (province, treatment
 *                    region) ties with the foreign-key and pseudonym lookups' own indexes and
 *                    can be picked for them, scanning a region per row.
 *   case_revision    loses its three (province, party) indexes: revisions are read by key only
 *                    (province and id, through a case's current revision, or province, case and
 *                    revision), never by party, and the policies' party columns stay indexed in
 *                    case_revision_parties_key. Each cost every ingested revision three index
 *                    insertions, and before statistics exist (a new database, or a table grown
 *                    since its last analyze) the per-row foreign-key check of case_identity
 *                    picked (province, insured region) and scanned a region's revisions per row.
 *
 *   payment-standard rows (coefficients, out-of-region coefficients, bed days, TCM advantage,
 *                    exclusion items): the read policies ask the same question in a form the
 *                    planner answers through payment_standard's key (see rowVisible).
 *
 * Who may see or write what stays exactly as before.
 */
export class Migration20261203100000IngestIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
drop index settlement_case_discharge_idx;
create index settlement_case_discharge_idx on settlement_case
  (province_code, discharge_date, treatment_region_code);
drop index case_revision_hospital_idx, case_revision_treatment_region_idx,
  case_revision_insured_region_idx;
${STANDARD_ROW_TABLES.map((t) => `alter policy ${t}_read on ${t} using (${rowVisible(t)});`).join('\n')}
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
${STANDARD_ROW_TABLES.map(
  (
    t,
  ) => `alter policy ${t}_read on ${t} using ((${scopeIs('NATIONAL')} or province_code = ${setting('province')})
  and exists (select 1 from payment_standard s where s.id = version_id));`,
).join('\n')}
create index case_revision_hospital_idx on case_revision (province_code, hospital_code);
create index case_revision_treatment_region_idx on case_revision (province_code, treatment_region_code);
create index case_revision_insured_region_idx on case_revision (province_code, insured_region_code);
drop index if exists settlement_case_discharge_idx;
create index settlement_case_discharge_idx on settlement_case (province_code, discharge_date);
`);
  }
}
