import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why an inter-region clearing operation was refused; each maps to one GraphQL code below. */
export type InterRegionReason =
  | 'INVALID_INPUT'
  | 'WRONG_SCOPE'
  | 'NOT_FOUND'
  | 'NO_VARIANT'
  | 'APPROVED'
  | 'NOT_COMPUTED'
  | 'COMPUTING'
  | 'POINT_VALUE_REQUIRED';

const CODE_OF: Record<InterRegionReason, ErrorCode> = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  WRONG_SCOPE: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  NO_VARIANT: 'PRECONDITION_FAILED',
  APPROVED: 'CONFLICT',
  NOT_COMPUTED: 'PRECONDITION_FAILED',
  COMPUTING: 'PRECONDITION_FAILED',
  POINT_VALUE_REQUIRED: 'PRECONDITION_FAILED',
};

/** The inter-region module's one error type (exhaustively mapped to GraphQL codes above). */
export class InterRegionError extends CodedError {
  constructor(reason: InterRegionReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }
}
