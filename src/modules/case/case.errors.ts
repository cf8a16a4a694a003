import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a case operation was refused; each maps to one GraphQL code below. */
export type CaseReason =
  'WRONG_SCOPE' | 'TOO_MANY_LISTS' | 'NO_LISTS' | 'INVALID_FILTER' | 'CONCURRENT_UPLOAD';

const CODE_OF: Record<CaseReason, ErrorCode> = {
  WRONG_SCOPE: 'FORBIDDEN',
  TOO_MANY_LISTS: 'BAD_USER_INPUT',
  NO_LISTS: 'BAD_USER_INPUT',
  INVALID_FILTER: 'BAD_USER_INPUT',
  CONCURRENT_UPLOAD: 'CONFLICT',
};

/** The case module's one error type (exhaustively mapped to GraphQL codes above). */
export class CaseError extends CodedError {
  constructor(reason: CaseReason, message: string, field?: string) {
    super(CODE_OF[reason], message, reason, field ? { field } : undefined);
  }
}
