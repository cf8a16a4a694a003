import Decimal from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { DECIMAL_TEXT, Dec } from '../domain/decimal';

export { Dec };

function parseDecimal(value: unknown): Decimal {
  if (typeof value !== 'string' || !DECIMAL_TEXT.test(value)) {
    throw new GraphQLError(
      'Decimal must be a string of digits such as "2940.44" (no exponent, no float)',
    );
  }
  return new Dec(value);
}

/**
 * `Decimal` (定点小数): a string on the wire, a decimal.js value inside. Numbers from JSON are
 * refused on input because a JSON number may already have lost precision in the client.
 */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description:
    'Exact decimal number (定点小数) for money (CNY), points, weights and coefficients, serialised as a string such as "2940.44".',
  serialize(value) {
    if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
    if (typeof value === 'string' && DECIMAL_TEXT.test(value)) return value;
    throw new GraphQLError('Decimal cannot represent a non-decimal value');
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Decimal literals must be strings, e.g. "0.4527"');
    return parseDecimal(ast.value);
  },
});

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE_TEXT.exec(value) : null;
  if (!match) throw new GraphQLError('Date must be a calendar day in the form YYYY-MM-DD');
  const [, y, m, d] = match.map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw new GraphQLError(`Date "${value as string}" does not exist`);
  }
  return value as string;
}

/** `Date` (日期): a calendar day with no time zone, `YYYY-MM-DD`, kept as that string inside. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'Calendar day (日期) in ISO form YYYY-MM-DD, with no time zone; effective dates and periods.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date literals must be strings, e.g. "2025-01-01"');
    return parseDate(ast.value);
  },
});

/** `DateTime` (时间戳): an instant, ISO 8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant in time (时间戳), ISO 8601 in UTC, e.g. "2025-01-01T08:00:00.000Z".',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue(value) {
    const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime literals must be strings');
    const date = new Date(ast.value);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
});
