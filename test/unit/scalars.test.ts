import { parse, valueFromAST, type ValueNode } from 'graphql';
import { DateScalar, DecimalScalar, Dec } from '../../src/graphql/scalars';

const literal = (text: string) =>
  (
    parse(`{ f(a: ${text}) }`).definitions[0] as never as {
      selectionSet: { selections: { arguments: { value: ValueNode }[] }[] };
    }
  ).selectionSet.selections[0].arguments[0].value;

describe('Decimal', () => {
  it('serialises exactly, as a string', () => {
    expect(DecimalScalar.serialize(new Dec('0.4527').times('6495.34'))).toBe('2940.440418');
    expect(DecimalScalar.serialize(new Dec('0.1').plus('0.2'))).toBe('0.3');
    expect(DecimalScalar.serialize('12.50')).toBe('12.50');
  });

  it('parses strings only, never JSON numbers or exponents', () => {
    expect(DecimalScalar.parseValue('2940.44').toFixed()).toBe('2940.44');
    expect(() => DecimalScalar.parseValue(2940.44)).toThrow(/string/);
    expect(() => DecimalScalar.parseValue('1e3')).toThrow();
    expect(() => DecimalScalar.parseValue('')).toThrow();
    expect(String(valueFromAST(literal('"-0.5"'), DecimalScalar))).toBe('-0.5');
    expect(valueFromAST(literal('0.5'), DecimalScalar)).toBeUndefined();
  });
});

describe('Date', () => {
  it('accepts real calendar days only', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2023-02-29')).toThrow(/does not exist/);
    expect(() => DateScalar.parseValue('2023-2-1')).toThrow();
    expect(DateScalar.serialize(new Date(Date.UTC(2025, 0, 31)))).toBe('2025-01-31');
  });
});
