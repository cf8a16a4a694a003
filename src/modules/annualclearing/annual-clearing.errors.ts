import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why an annual-clearing operation was refused; each maps to one GraphQL code below. */
export type AnnualClearingReason =
  | 'INVALID_INPUT'
  | 'WRONG_SCOPE'
  | 'NOT_FOUND'
  | 'NO_BUDGET'
  | 'INVALID_BUDGET'
  | 'MONTHLY_OPEN'
  | 'APPROVED'
  | 'NOT_COMPUTED'
  | 'COMPUTING';

const CODE_OF: Record<AnnualClearingReason, ErrorCode> = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  WRONG_SCOPE: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  NO_BUDGET: 'PRECONDITION_FAILED',
  INVALID_BUDGET: 'PRECONDITION_FAILED',
  MONTHLY_OPEN: 'PRECONDITION_FAILED',
  APPROVED: 'CONFLICT',
  NOT_COMPUTED: 'PRECONDITION_FAILED',
  COMPUTING: 'PRECONDITION_FAILED',
};

/** The annual-clearing module's one error type (exhaustively mapped to GraphQL codes above). */
export class AnnualClearingError extends CodedError {
  constructor(reason: AnnualClearingReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }
}
