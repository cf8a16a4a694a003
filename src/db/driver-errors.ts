import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { CodedError } from '../graphql/errors';

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
  // P0001 raised by our own triggers (e.g. catalog immutability): the hint names the rule; the
  // message is ours (knex prefixes the SQL, so keep only the text after the last " - ")
  if (error.code === 'P0001') {
    const hint = (error as DriverException & { hint?: string }).hint;
    const firstLine = error.message.split('\n')[0];
    const message = firstLine.slice(firstLine.lastIndexOf(' - ') + 3);
    return new CodedError('PRECONDITION_FAILED', message, hint ?? 'RULE_VIOLATION');
  }
  // 42501 insufficient_privilege: a row-level security policy refused the write
  if (error.code === '42501') {
    return new CodedError('FORBIDDEN', 'Not allowed to write this record', 'ROW_LEVEL_SECURITY');
  }
  return undefined;
}
