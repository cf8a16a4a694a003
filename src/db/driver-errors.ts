import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { CodedError } from '../shared/errors';

/** Client-facing messages for the rules our triggers enforce, by the hint they raise. */
const TRIGGER_MESSAGES: Record<string, string> = {
  CATALOG_IMMUTABLE:
    'The catalog version is published or retired and cannot change; derive a new version instead',
  STANDARD_IMMUTABLE:
    'The payment standard is published or retired and cannot change; make a new version instead',
  INVALID_TRANSITION: 'A draft cannot be retired; publish it first',
  BATCH_CLOSED:
    'The monthly batch is closed and cannot change; later changes go to the next month as corrections',
};

/**
 * Translates a database driver error into a coded domain error, or returns undefined when it is
 * not one we can explain (the caller rethrows, and it is masked as INTERNAL_SERVER_ERROR).
 * Messages name the constraint, never the SQL or the values.
 */
export function translateDriverError(error: unknown): CodedError | undefined {
  if (!(error instanceof DriverException)) return undefined;
  const constraint = (error as DriverException & { constraint?: string }).constraint;
  if (error instanceof UniqueConstraintViolationException) {
    return new CodedError('CONFLICT', 'A record with this code already exists', 'DUPLICATE', {
      constraint,
    });
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return new CodedError(
      'BAD_USER_INPUT',
      'A referenced record does not exist',
      'REFERENCE_NOT_FOUND',
      { constraint },
    );
  }
  if (
    error instanceof CheckConstraintViolationException ||
    error instanceof NotNullConstraintViolationException
  ) {
    return new CodedError(
      'BAD_USER_INPUT',
      'The record breaks a data rule',
      'CONSTRAINT_VIOLATION',
      { constraint },
    );
  }
  // P0001 raised by our own triggers: the hint names the rule. The message is rebuilt here: the
  // driver's message starts with the statement (knex prefixes the SQL), which must not leak.
  if (error.code === 'P0001') {
    const hint = (error as DriverException & { hint?: string }).hint ?? 'RULE_VIOLATION';
    return new CodedError(
      'PRECONDITION_FAILED',
      TRIGGER_MESSAGES[hint] ?? 'The change breaks a data rule',
      hint,
    );
  }
  // 22xxx data exceptions: a value out of range or unreadable for its column (numeric overflow,
  // bad text representation, invalid byte sequence, string too long)
  if (typeof error.code === 'string' && error.code.startsWith('22')) {
    return new CodedError(
      'BAD_USER_INPUT',
      'A value is out of range or malformed for its field',
      'INVALID_VALUE',
    );
  }
  // 42501 insufficient_privilege: a row-level security policy refused the write
  if (error.code === '42501') {
    return new CodedError('FORBIDDEN', 'Not allowed to write this record', 'ROW_LEVEL_SECURITY');
  }
  return undefined;
}
