import {
  DriverException,
  UniqueConstraintViolationException,
  ConnectionException,
} from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, TransactionNotStarted } from '../../src/db/connection-errors';
import { formatError } from '../../src/graphql/format-error';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    ['an unknown host', withCode('getaddrinfo ENOTFOUND db', 'ENOTFOUND')],
    ['a session cut mid-statement', new Error('Connection terminated unexpectedly')],
    ['a pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a client connect timeout (connectionTimeoutMillis)', new Error('timeout expired')],
    [
      'an administrator shutdown (57P01)',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    [
      'the pool timing out',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
        name: 'KnexTimeoutError',
      }),
    ],
    [
      'MikroORM wrapping a lost session',
      new DriverException(new Error('select 1 - Connection terminated unexpectedly')),
    ],
    ['MikroORM ConnectionException', new ConnectionException(withCode('x', 'ECONNREFUSED'))],
    [
      'an error caused by one',
      new Error('begin failed', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }),
    ],
    [
      'an AggregateError of address attempts',
      new AggregateError(
        [withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')],
        'connect failed',
      ),
    ],
    [
      'a transaction whose first statement failed',
      new TransactionNotStarted(new Error('Transaction query already complete')),
    ],
    [
      'an error from another realm (a plain object)',
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
    ],
  ])('%s: unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      'a unique violation',
      new UniqueConstraintViolationException(withCode('duplicate key', '23505')),
    ],
    ['a syntax error', withCode('syntax error at or near "x"', '42601')],
    [
      'a statement on a finished transaction (a bug, not an outage)',
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
    [
      'a cause cycle',
      (() => {
        const e = new Error('a') as Error & { cause?: unknown };
        e.cause = e;
        return e;
      })(),
    ],
  ])('%s: not unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('formatError', () => {
  it('turns a lost connection under a resolver into SERVICE_UNAVAILABLE, without detail', () => {
    const original = new DriverException(
      new Error('update "hospital" set "name" = \'x\' - Connection terminated unexpectedly'),
    );
    const error = new GraphQLError(original.message, {
      path: ['updateHospital'],
      originalError: original,
    });
    const logged: unknown[] = [];
    const formatted = formatError(error.toJSON(), error, (e) => logged.push(e));
    expect(formatted).toEqual({
      message: 'The database is unavailable; try again shortly',
      path: ['updateHospital'],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
    });
    expect(logged).toEqual([original]);
  });

  it('still masks other driver errors as INTERNAL_SERVER_ERROR', () => {
    const original = new DriverException(new Error('select * from secret - division by zero'));
    const error = new GraphQLError(original.message, { path: ['x'], originalError: original });
    expect(formatError(error.toJSON(), error, () => undefined).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
