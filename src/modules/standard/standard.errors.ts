import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a payment-standard operation was refused; each maps to one GraphQL code below. */
export type StandardReason =
  | 'WRONG_SCOPE'
  | 'NOT_OWNER'
  | 'NOT_AN_ANCESTOR'
  | 'NOT_FOUND'
  | 'NOT_PUBLISHED'
  | 'INCOMPLETE_PARAMETERS'
  | 'NO_CATALOG'
  | 'TCM_BELOW_PRE_PILOT'
  | 'INVALID_INPUT'
  | 'INVALID_PARAMETERS'
  | 'INVALID_ROWS'
  | 'CATALOG_MISMATCH'
  | 'DUPLICATE';

const CODE_OF: Record<StandardReason, ErrorCode> = {
  WRONG_SCOPE: 'FORBIDDEN',
  NOT_OWNER: 'FORBIDDEN',
  NOT_AN_ANCESTOR: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  NOT_PUBLISHED: 'PRECONDITION_FAILED',
  INCOMPLETE_PARAMETERS: 'PRECONDITION_FAILED',
  NO_CATALOG: 'PRECONDITION_FAILED',
  TCM_BELOW_PRE_PILOT: 'PRECONDITION_FAILED',
  INVALID_INPUT: 'BAD_USER_INPUT',
  INVALID_PARAMETERS: 'BAD_USER_INPUT',
  INVALID_ROWS: 'BAD_USER_INPUT',
  CATALOG_MISMATCH: 'BAD_USER_INPUT',
  DUPLICATE: 'CONFLICT',
};

/** One refused input value: a code, the field path from the mutation's input, and why. */
export interface FieldError {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The standard module's one error type (exhaustively mapped to GraphQL codes above). */
export class StandardError extends CodedError {
  constructor(reason: StandardReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }

  /** Bad input: every problem in `extensions.fieldErrors` (the first path also in `field`). */
  static invalid(
    reason: 'INVALID_INPUT' | 'INVALID_PARAMETERS' | 'INVALID_ROWS',
    what: string,
    fieldErrors: readonly FieldError[],
  ): StandardError {
    const shown = fieldErrors.slice(0, 500);
    return new StandardError(reason, `${what}: ${fieldErrors.length} problem(s), nothing stored`, {
      field: shown[0]?.path,
      fieldErrors: shown,
      fieldErrorCount: fieldErrors.length,
    });
  }
}
