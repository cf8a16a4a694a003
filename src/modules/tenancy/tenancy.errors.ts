import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a registry operation was refused; each maps to one GraphQL code below. */
export type TenancyReason =
  | 'NOT_OWNER'
  | 'WRONG_SCOPE'
  | 'INVALID_CODE'
  | 'INVALID_NAME'
  | 'CODE_OUTSIDE_PROVINCE'
  | 'NOT_FOUND'
  | 'DUPLICATE_CODE'
  | 'FILTER_TOO_LONG';

const CODE_OF: Record<TenancyReason, ErrorCode> = {
  NOT_OWNER: 'FORBIDDEN',
  WRONG_SCOPE: 'FORBIDDEN',
  INVALID_CODE: 'BAD_USER_INPUT',
  INVALID_NAME: 'BAD_USER_INPUT',
  CODE_OUTSIDE_PROVINCE: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE_CODE: 'CONFLICT',
  FILTER_TOO_LONG: 'BAD_USER_INPUT',
};

/** The tenancy module's one error type (exhaustively mapped to GraphQL codes above). */
export class TenancyError extends CodedError {
  constructor(reason: TenancyReason, message: string, field?: string) {
    super(CODE_OF[reason], message, reason, field ? { field } : undefined);
  }
}
