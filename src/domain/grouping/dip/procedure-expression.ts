import { DipExpressionError } from './dip.errors';

/**
 * Procedure expressions of a DIP catalog row (病种目录的手术操作组合), parsed by hand — never
 * `eval`/`new Function`: stored rule text is data a bureau uploads.
 *
 * Grammar (whitespace between tokens is ignored):
 *
 *     anyOf := allOf ('/' allOf)*          a/b   = any of (或)
 *     allOf := term  ('+' term)*           a+b   = all of (且)
 *     term  := CODE | '(' anyOf ')'
 *     CODE  := [A-Za-z0-9.]+               e.g. 51.2300, 47.0100x001, 06.4x00
 *
 * `+` binds tighter than `/`, so `51.2200+51.2300/51.2201+51.2300` reads as
 * `(51.2200+51.2300)/(51.2201+51.2300)`: "any of the `+` groups", which is how real DIP catalog
 * rows are written (DIP 技术规范: 主要诊断 × 主要手术 [+ 相关手术], alternatives separated by `/`).
 * Parentheses are accepted for the rare row that needs `(a/b)+c`.
 */
export type ProcedureExpression =
  | { readonly type: 'code'; readonly code: string }
  | { readonly type: 'allOf'; readonly operands: readonly ProcedureExpression[] }
  | { readonly type: 'anyOf'; readonly operands: readonly ProcedureExpression[] };

/** Outcome of matching an expression against a case's procedures. */
export interface ExpressionMatch {
  readonly matched: boolean;
  /**
   * The distinct case codes used by the best satisfied alternative (most codes; the first such
   * alternative on a tie), in expression order; empty when not matched. Its length is the
   * "number of matched procedures" that ranks core groups.
   */
  readonly matchedCodes: readonly string[];
}

// Guards against pathological uploads (a stack overflow is not a syntax error message).
const MAX_LENGTH = 10_000;
const MAX_DEPTH = 32;
const CODE_CHAR = /[A-Za-z0-9.]/;

/**
 * Parses a catalog procedure expression into an AST.
 * @throws DipExpressionError with the 0-based position of the first syntax error.
 */
export function parseProcedureExpression(text: string): ProcedureExpression {
  if (text.length > MAX_LENGTH) {
    throw new DipExpressionError(
      `expression longer than ${MAX_LENGTH} characters`,
      text.slice(0, 40) + '…',
      MAX_LENGTH,
    );
  }
  const parser = new Parser(text);
  const ast = parser.parseAnyOf(0);
  parser.skipSpace();
  if (!parser.atEnd()) parser.fail(`unexpected "${parser.peek()}"`);
  return ast;
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos];
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.peek())) this.pos++;
  }

  fail(message: string, at = this.pos): never {
    throw new DipExpressionError(message, this.text, at);
  }

  parseAnyOf(depth: number): ProcedureExpression {
    const operands = [this.parseAllOf(depth)];
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '/') break;
      this.pos++;
      operands.push(this.parseAllOf(depth));
    }
    return flatten('anyOf', operands);
  }

  private parseAllOf(depth: number): ProcedureExpression {
    const operands = [this.parseTerm(depth)];
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '+') break;
      this.pos++;
      operands.push(this.parseTerm(depth));
    }
    return flatten('allOf', operands);
  }

  private parseTerm(depth: number): ProcedureExpression {
    this.skipSpace();
    if (this.atEnd()) this.fail('expected a procedure code or "(" but the expression ended');
    const start = this.pos;
    if (this.peek() === '(') {
      if (depth >= MAX_DEPTH) this.fail(`parentheses nested deeper than ${MAX_DEPTH}`);
      this.pos++;
      const inner = this.parseAnyOf(depth + 1);
      this.skipSpace();
      if (this.peek() !== ')') {
        this.fail(this.atEnd() ? `unclosed "(" opened at position ${start}` : 'expected ")"');
      }
      this.pos++;
      return inner;
    }
    while (!this.atEnd() && CODE_CHAR.test(this.peek())) this.pos++;
    if (this.pos === start) this.fail(`expected a procedure code but found "${this.peek()}"`);
    return { type: 'code', code: this.text.slice(start, this.pos) };
  }
}

// a+(b+c) is a+b+c: flattening keeps the canonical text and duplicate detection simple.
function flatten(type: 'allOf' | 'anyOf', operands: ProcedureExpression[]): ProcedureExpression {
  if (operands.length === 1) return operands[0];
  const flat: ProcedureExpression[] = [];
  for (const operand of operands) {
    if (operand.type === type) flat.push(...operand.operands);
    else flat.push(operand);
  }
  return { type, operands: flat };
}

const NO_MATCH: ExpressionMatch = { matched: false, matchedCodes: [] };

/**
 * Matches an expression against a case's procedure codes (compared verbatim, as the code tables
 * are: no case folding or prefix matching).
 */
export function matchExpression(
  ast: ProcedureExpression,
  procedures: ReadonlySet<string>,
): ExpressionMatch {
  switch (ast.type) {
    case 'code':
      return procedures.has(ast.code) ? { matched: true, matchedCodes: [ast.code] } : NO_MATCH;
    case 'allOf': {
      const codes: string[] = [];
      for (const operand of ast.operands) {
        const m = matchExpression(operand, procedures);
        if (!m.matched) return NO_MATCH;
        for (const c of m.matchedCodes) if (!codes.includes(c)) codes.push(c);
      }
      return { matched: true, matchedCodes: codes };
    }
    case 'anyOf': {
      let best: ExpressionMatch = NO_MATCH;
      for (const operand of ast.operands) {
        const m = matchExpression(operand, procedures);
        // strictly more: the first alternative wins a tie, so results do not depend on set order
        if (m.matched && (!best.matched || m.matchedCodes.length > best.matchedCodes.length)) {
          best = m;
        }
      }
      return best;
    }
  }
}

/** Canonical text of an expression (`/` between alternatives, `+` inside, minimal parentheses). */
export function formatProcedureExpression(ast: ProcedureExpression): string {
  switch (ast.type) {
    case 'code':
      return ast.code;
    case 'allOf':
      return ast.operands
        .map((o) =>
          o.type === 'anyOf' ? `(${formatProcedureExpression(o)})` : formatProcedureExpression(o),
        )
        .join('+');
    case 'anyOf':
      return ast.operands.map(formatProcedureExpression).join('/');
  }
}

/** Every distinct procedure code an expression mentions, in order of appearance. */
export function expressionCodes(ast: ProcedureExpression): string[] {
  const out: string[] = [];
  const walk = (node: ProcedureExpression): void => {
    if (node.type === 'code') {
      if (!out.includes(node.code)) out.push(node.code);
    } else node.operands.forEach(walk);
  };
  walk(ast);
  return out;
}
