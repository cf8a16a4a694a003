/**
 * Per-capita payment (按人头付费, seed 001 二(五)): a region's outpatient and chronic-disease
 * packages, the enrolment of its primary-care institutions, and what each is paid for the year.
 */
import { CapitationResolver } from './capitation.resolver';

export { capitationLines } from './capitation.service';
export { CAPITATION_FIGURES } from './capitation.sql';
export const capitationResolvers = [CapitationResolver] as const;
