import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a job operation was refused; each maps to one GraphQL code below. */
export type JobReason = 'INVALID_ID' | 'NOT_FOUND' | 'NOT_STARTER' | 'FINISHED' | 'INVALID_FILTER';

const CODE_OF: Record<JobReason, ErrorCode> = {
  INVALID_ID: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  NOT_STARTER: 'FORBIDDEN',
  FINISHED: 'PRECONDITION_FAILED',
  INVALID_FILTER: 'BAD_USER_INPUT',
};

/** The job module's one error type (exhaustively mapped to GraphQL codes above). */
export class JobError extends CodedError {
  constructor(reason: JobReason, message: string, field?: string) {
    super(CODE_OF[reason], message, reason, field ? { field } : undefined);
  }
}
