import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a special-case review operation was refused; each maps to one GraphQL code below. */
export type ReviewReason =
  | 'WRONG_SCOPE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'NOT_A_PARTY'
  | 'NOT_TREATMENT_REGION'
  | 'APPLICATION_OPEN'
  | 'ALREADY_DECIDED'
  | 'ALREADY_CLOSED'
  | 'REVISION_SUPERSEDED'
  | 'CASE_UNPRICED'
  | 'STANDARD_INCOMPLETE'
  | 'SPECIAL_CASE_CAP_EXCEEDED';

const CODE_OF: Record<ReviewReason, ErrorCode> = {
  WRONG_SCOPE: 'FORBIDDEN',
  INVALID_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  NOT_A_PARTY: 'FORBIDDEN',
  NOT_TREATMENT_REGION: 'FORBIDDEN',
  APPLICATION_OPEN: 'CONFLICT',
  ALREADY_DECIDED: 'CONFLICT',
  ALREADY_CLOSED: 'CONFLICT',
  REVISION_SUPERSEDED: 'PRECONDITION_FAILED',
  CASE_UNPRICED: 'PRECONDITION_FAILED',
  STANDARD_INCOMPLETE: 'PRECONDITION_FAILED',
  SPECIAL_CASE_CAP_EXCEEDED: 'PRECONDITION_FAILED',
};

/** The review module's one error type (exhaustively mapped to GraphQL codes above). */
export class ReviewError extends CodedError {
  constructor(reason: ReviewReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }

  static invalid(message: string, field: string): ReviewError {
    return new ReviewError('INVALID_INPUT', message, { field });
  }
}
