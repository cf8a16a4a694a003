import { CodedError, type ErrorCode } from '../../shared/errors';

/** Why a catalog operation was refused; each maps to one GraphQL code below. */
export type CatalogReason =
  | 'WRONG_SCOPE'
  | 'NOT_OWNER'
  | 'NOT_FOUND'
  | 'NOT_PUBLISHED'
  | 'KIND_MISMATCH'
  | 'NOT_AN_ANCESTOR'
  | 'EMPTY_CATALOG'
  | 'NO_RULE_PACKAGE'
  | 'NO_CATALOG_IN_FORCE'
  | 'INVALID_INPUT'
  | 'INVALID_ROWS';

const CODE_OF: Record<CatalogReason, ErrorCode> = {
  WRONG_SCOPE: 'FORBIDDEN',
  NOT_OWNER: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  NOT_PUBLISHED: 'PRECONDITION_FAILED',
  KIND_MISMATCH: 'BAD_USER_INPUT',
  NOT_AN_ANCESTOR: 'FORBIDDEN',
  EMPTY_CATALOG: 'PRECONDITION_FAILED',
  NO_RULE_PACKAGE: 'PRECONDITION_FAILED',
  NO_CATALOG_IN_FORCE: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_USER_INPUT',
  INVALID_ROWS: 'BAD_USER_INPUT',
};

/** One rejected row of an upload: its 1-based row number (or JSON path) and why. */
export interface RowError {
  row: number | string;
  field?: string;
  reason: string;
}

/** The catalog module's one error type (exhaustively mapped to GraphQL codes above). */
export class CatalogError extends CodedError {
  constructor(reason: CatalogReason, message: string, details?: Record<string, unknown>) {
    super(CODE_OF[reason], message, reason, details);
  }

  /** An upload with bad rows: every bad row is listed in `extensions.rowErrors`; nothing is stored. */
  static invalidRows(what: string, rowErrors: RowError[]): CatalogError {
    const shown = rowErrors.slice(0, 500);
    return new CatalogError(
      'INVALID_ROWS',
      `${what}: ${rowErrors.length} row(s) rejected, nothing stored`,
      {
        rowErrors: shown,
        rowErrorCount: rowErrors.length,
      },
    );
  }
}
