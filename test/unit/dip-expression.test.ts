import {
  DipError,
  DipExpressionError,
  expressionCodes,
  formatProcedureExpression,
  matchExpression,
  parseProcedureExpression,
} from '../../src/domain/grouping/dip';

const match = (expression: string, procedures: string[]) =>
  matchExpression(parseProcedureExpression(expression), new Set(procedures));

/** The error a bad expression throws (fails the test when it parses). */
function syntaxError(text: string): DipExpressionError {
  try {
    parseProcedureExpression(text);
  } catch (error) {
    if (error instanceof DipExpressionError) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed`);
}

describe('procedure expression: parsing', () => {
  it('parses a single code (digits, dots and x extensions)', () => {
    expect(parseProcedureExpression('51.2300')).toEqual({ type: 'code', code: '51.2300' });
    expect(parseProcedureExpression(' 06.4x00 ')).toEqual({ type: 'code', code: '06.4x00' });
  });

  it('binds + tighter than /: a+b/c+d is (a+b)/(c+d)', () => {
    expect(parseProcedureExpression('51.2200+51.2300/51.2201+51.2300')).toEqual({
      type: 'anyOf',
      operands: [
        {
          type: 'allOf',
          operands: [
            { type: 'code', code: '51.2200' },
            { type: 'code', code: '51.2300' },
          ],
        },
        {
          type: 'allOf',
          operands: [
            { type: 'code', code: '51.2201' },
            { type: 'code', code: '51.2300' },
          ],
        },
      ],
    });
  });

  it('accepts parentheses and flattens nested operators of the same kind', () => {
    expect(formatProcedureExpression(parseProcedureExpression('(a/b)+c'))).toBe('(a/b)+c');
    expect(formatProcedureExpression(parseProcedureExpression('a+(b+c)'))).toBe('a+b+c');
    expect(formatProcedureExpression(parseProcedureExpression('((a))/ (b / c)'))).toBe('a/b/c');
    expect(expressionCodes(parseProcedureExpression('a+b/b+c'))).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['', 0, /ended/],
    ['   ', 3, /ended/],
    ['51.2300/', 8, /ended/],
    ['/51.2300', 0, /found "\/"/],
    ['a//b', 2, /found "\/"/],
    ['a++b', 2, /found "\+"/],
    ['a b', 2, /unexpected "b"/],
    ['(a/b', 4, /unclosed "\(" opened at position 0/],
    ['(a b)', 3, /expected "\)"/],
    ['a)b', 1, /unexpected "\)"/],
    ['51.23#00', 5, /unexpected "#"/],
    ['51.2300，51.2200', 7, /unexpected/],
    ['()', 1, /found "\)"/],
  ])('rejects %j at position %i', (text, position, message) => {
    const error = syntaxError(text);
    expect(error).toBeInstanceOf(DipError);
    expect(error.reason).toBe('EXPRESSION_SYNTAX');
    expect(error.position).toBe(position);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`at position ${position}`);
  });

  it('limits nesting depth instead of overflowing the stack', () => {
    expect(syntaxError('('.repeat(40) + 'a' + ')'.repeat(40)).message).toMatch(/nested deeper/);
    expect(() => parseProcedureExpression('('.repeat(20) + 'a' + ')'.repeat(20))).not.toThrow();
  });

  it('treats code-looking text as data, never as JavaScript', () => {
    // "process.exit" is a (nonsense) code token; the "(" after it is a syntax error
    expect(syntaxError('process.exit()').position).toBe(12);
    expect(match('constructor/toString', ['51.2300'])).toEqual({
      matched: false,
      matchedCodes: [],
    });
  });
});

describe('procedure expression: matching', () => {
  it('a/b matches when any alternative is present (positive and negative controls)', () => {
    expect(match('47.0100/47.0900', ['47.0900'])).toEqual({
      matched: true,
      matchedCodes: ['47.0900'],
    });
    expect(match('47.0100/47.0900', ['47.0100', '99.2500'])).toEqual({
      matched: true,
      matchedCodes: ['47.0100'],
    });
    expect(match('47.0100/47.0900', ['51.2300'])).toEqual({ matched: false, matchedCodes: [] });
    expect(match('47.0100/47.0900', [])).toEqual({ matched: false, matchedCodes: [] });
  });

  it('a+b matches only when all are present', () => {
    expect(match('00.6600+36.0700', ['36.0700', '00.6600', '88.5700'])).toEqual({
      matched: true,
      matchedCodes: ['00.6600', '36.0700'],
    });
    expect(match('00.6600+36.0700', ['00.6600'])).toEqual({ matched: false, matchedCodes: [] });
  });

  it('combined: any of the + groups, reporting the codes of the satisfied group', () => {
    const expression = '51.2200+51.2300/51.2201+51.2300';
    expect(match(expression, ['51.2201', '51.2300'])).toEqual({
      matched: true,
      matchedCodes: ['51.2201', '51.2300'],
    });
    expect(match(expression, ['51.2300'])).toEqual({ matched: false, matchedCodes: [] });
    expect(match(expression, ['51.2200', '51.2201'])).toEqual({ matched: false, matchedCodes: [] });
  });

  it('reports the alternative with the most matched codes (first one on a tie)', () => {
    expect(match('a/a+b', ['a', 'b']).matchedCodes).toEqual(['a', 'b']);
    expect(match('a/a+b', ['a']).matchedCodes).toEqual(['a']);
    expect(match('a+b/c+d', ['a', 'b', 'c', 'd']).matchedCodes).toEqual(['a', 'b']);
    expect(match('(a/b)+c', ['b', 'c']).matchedCodes).toEqual(['b', 'c']);
    expect(match('(a/b)+c', ['a', 'b']).matched).toBe(false);
    // a code counted once even when two operands use it
    expect(match('a+(a/b)', ['a']).matchedCodes).toEqual(['a']);
  });

  it('compares codes verbatim (no prefix or case folding)', () => {
    expect(match('51.2300', ['51.2300x001']).matched).toBe(false);
    expect(match('06.4x00', ['06.4X00']).matched).toBe(false);
  });
});
