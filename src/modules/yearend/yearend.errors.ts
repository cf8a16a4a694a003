import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why closing a year stopped; each maps to one GraphQL code below. */
export type YearEndReason = 'JOB_FAILED';

const CODE_OF: Record<YearEndReason, ErrorCode> = {
  // a computation the year needs failed or was cancelled: fix its cause, then run again
  JOB_FAILED: 'PRECONDITION_FAILED',
};

/** The year-end module's one error type (exhaustively mapped to GraphQL codes above). */
export class YearEndError extends CodedError {
  constructor(reason: YearEndReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }
}
