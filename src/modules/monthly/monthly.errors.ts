import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a monthly-settlement operation was refused; each maps to one GraphQL code below. */
export type MonthlyReason =
  | 'INVALID_INPUT'
  | 'WRONG_SCOPE'
  | 'NOT_FOUND'
  | 'BATCH_CLOSED'
  | 'NOT_COMPUTED'
  | 'COMPUTING'
  | 'EARLIER_BATCH_OPEN'
  | 'LATER_BATCH_EXISTS'
  | 'INVALID_BUDGET';

const CODE_OF: Record<MonthlyReason, ErrorCode> = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  WRONG_SCOPE: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BATCH_CLOSED: 'CONFLICT',
  NOT_COMPUTED: 'PRECONDITION_FAILED',
  COMPUTING: 'PRECONDITION_FAILED',
  EARLIER_BATCH_OPEN: 'PRECONDITION_FAILED',
  LATER_BATCH_EXISTS: 'PRECONDITION_FAILED',
  INVALID_BUDGET: 'PRECONDITION_FAILED',
};

/** The monthly module's one error type (exhaustively mapped to GraphQL codes above). */
export class MonthlyError extends CodedError {
  constructor(reason: MonthlyReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }
}
