import { Dec, toFen } from '../decimal';

/** One institution's enrolment in a per-capita package over some months (按人头付费). */
export interface CapitationInput {
  /** Σ enrolled persons over the months (person-months). */
  readonly personMonths: number;
  /** The package's amount per enrolled person and month. */
  readonly perHeadMonth: Dec;
  /** Referral costs the institution bears for its patients sent to hospitals (转诊费用). */
  readonly referralCost: Dec;
}

export interface CapitationLine {
  /** person-months × per-head amount, rounded once to the fen. */
  readonly gross: Dec;
  readonly referralCost: Dec;
  /** gross − referral costs: paid to (+) or owed by (−) the institution. */
  readonly net: Dec;
}

/**
 * Per-capita payment of seed 001 二(五): the fund pays the primary-care institution per enrolled
 * person; when its patients are referred to a hospital, the institution pays for it out of that
 * (由基层医疗卫生机构或家庭医生团队支付相应的转诊费用), so the referral costs come off.
 */
export function capitationLine(input: CapitationInput): CapitationLine {
  const gross = toFen(input.perHeadMonth.times(input.personMonths));
  return { gross, referralCost: input.referralCost, net: gross.minus(input.referralCost) };
}
