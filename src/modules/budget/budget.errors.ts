import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a budget operation was refused; each maps to one GraphQL code below. */
export type BudgetReason =
  | 'WRONG_SCOPE'
  | 'NOT_OWNER'
  | 'NOT_FOUND'
  | 'NOT_PUBLISHED'
  | 'INCOMPLETE_PARAMETERS'
  | 'OVER_BUDGET'
  | 'INVALID_INPUT'
  | 'INVALID_PARAMETERS'
  | 'INVALID_ROWS';

const CODE_OF: Record<BudgetReason, ErrorCode> = {
  WRONG_SCOPE: 'FORBIDDEN',
  NOT_OWNER: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  NOT_PUBLISHED: 'PRECONDITION_FAILED',
  INCOMPLETE_PARAMETERS: 'PRECONDITION_FAILED',
  OVER_BUDGET: 'PRECONDITION_FAILED',
  INVALID_INPUT: 'BAD_USER_INPUT',
  INVALID_PARAMETERS: 'BAD_USER_INPUT',
  INVALID_ROWS: 'BAD_USER_INPUT',
};

/** One refused value: a code, the field path from the mutation's input, and why. */
export interface FieldError {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The budget module's one error type (exhaustively mapped to GraphQL codes above). */
export class BudgetError extends CodedError {
  constructor(reason: BudgetReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }

  /** Every problem in `extensions.fieldErrors` (the first path also in `field`). */
  static invalid(
    reason:
      | 'INVALID_INPUT'
      | 'INVALID_PARAMETERS'
      | 'INVALID_ROWS'
      | 'INCOMPLETE_PARAMETERS'
      | 'OVER_BUDGET',
    what: string,
    fieldErrors: readonly FieldError[],
  ): BudgetError {
    const shown = fieldErrors.slice(0, 500);
    return new BudgetError(reason, `${what}: ${fieldErrors.length} problem(s), nothing stored`, {
      field: shown[0]?.path,
      fieldErrors: shown,
      fieldErrorCount: fieldErrors.length,
    });
  }
}
