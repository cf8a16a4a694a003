import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a settlement operation was refused; each maps to one GraphQL code below. */
export type SettlementReason =
  'NOT_FOUND' | 'INVALID_INPUT' | 'UNSUPPORTED_VARIANTS' | 'NOT_REGION_AUTHORITY';

const CODE_OF: Record<SettlementReason, ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_USER_INPUT',
  // the set-based pricing does not compute these rules yet: refused rather than priced otherwise
  UNSUPPORTED_VARIANTS: 'PRECONDITION_FAILED',
  // a period job for a region is started by that region or its province, nobody else
  NOT_REGION_AUTHORITY: 'FORBIDDEN',
};

/** The settlement module's one error type (exhaustively mapped to GraphQL codes above). */
export class SettlementError extends CodedError {
  constructor(reason: SettlementReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }
}
