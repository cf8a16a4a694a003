import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';
import {
  documentShape,
  MAX_DOCUMENT_NESTING,
  refuseDocumentText,
} from '../../src/graphql/document-guard';

/**
 * Reference measure over the parsed document (recursive: only for small documents): the deepest
 * chain of selection sets, a fragment spread counting as one more level than where it stands.
 */
function astDepth(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const depth = (set: SelectionSetNode): number =>
    1 +
    Math.max(
      0,
      ...set.selections.map((s) => {
        if (s.kind === Kind.FRAGMENT_SPREAD) {
          const target = fragments.get(s.name.value);
          return target ? depth(target) - 1 : 0;
        }
        return s.selectionSet ? depth(s.selectionSet) : 0;
      }),
    );
  return Math.max(
    ...document.definitions.map((d) =>
      d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION
        ? depth(d.selectionSet)
        : 0,
    ),
  );
}

const chain = (n: number, body = (i: number) => `...F${i + 1}`) =>
  `{ viewer { ...F0 } }\n` +
  Array.from({ length: n }, (_, i) => `fragment F${i} on Viewer { ${body(i)} }`).join('\n') +
  `\nfragment F${n} on Viewer { code }`;

describe('documentShape', () => {
  it('never counts less than the parsed document nests, for real operations', () => {
    const dir = join(__dirname, '..', 'operations');
    const sources = [
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        inputValueDeprecation: true,
      }),
      ...readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')),
    ];
    for (const source of sources) {
      const shape = documentShape(source);
      expect(shape.cycle).toBeUndefined();
      expect(shape.depth).toBeGreaterThanOrEqual(astDepth(parse(source)));
      expect(shape.depth).toBeLessThan(30);
    }
  });

  it('counts through fragment spreads', () => {
    const text = chain(10);
    expect(documentShape(text).depth).toBeGreaterThanOrEqual(astDepth(parse(text)));
    expect(documentShape(text).depth).toBeGreaterThanOrEqual(12);
  });

  it.each([
    ['nested selections', `{ ${'viewer { '.repeat(5000)}code${' }'.repeat(5001)}`],
    ['nested lists', `{ hospital(code: ${'['.repeat(20000)}"x"${']'.repeat(20000)}) { code } }`],
    [
      'nested input objects',
      `{ hospitals(filter: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}) { totalCount } }`,
    ],
    ['a long fragment chain', chain(3000)],
    ['a fragment chain with fields', chain(60, (i) => `... on Viewer { code ...F${i + 1} }`)],
    ['fragments defined before use', chain(3000).split('\n').reverse().join('\n')],
  ])('refuses %s, in linear time and without recursion', (_label, text) => {
    const started = performance.now();
    expect(refuseDocumentText(text)).toMatchObject({ reason: 'QUERY_TOO_DEEP' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reports a fragment spreading itself', () => {
    expect(
      refuseDocumentText(
        '{ viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }',
      ),
    ).toMatchObject({
      reason: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringContaining('"A"'),
    });
  });

  it('cannot be fooled by text the parser reads differently', () => {
    const deep = `${'viewer { '.repeat(60)}code${' }'.repeat(60)}`;
    // fragments defined twice over: every definition counts
    const twice =
      `fragment A on Viewer { viewer { ...B } } fragment B on Viewer { ${deep} }`.repeat(2);
    const cases = [
      // the operation is named `fragment`, then a real fragment follows
      `query fragment { viewer { ...Deep } } fragment Deep on Viewer { ...More } fragment More on Viewer { ${deep} }`,
      // a byte-order mark between the spread and its name is ignored by GraphQL
      `{ viewer { ...\uFEFFDeep } } fragment Deep on Viewer { viewer { ...More } } fragment More on Viewer { ${deep} }`,
      // comments and strings holding brackets and spreads
      `{ viewer { # }}} ...X\n ...Deep } } fragment Deep on Viewer { a(s: "}}}}") b(t: """ \\""" }}} """) ...More } fragment More on Viewer { ${deep} }`,
      // a fragment defined twice: the deeper definition counts
      `{ viewer { ...Deep } } fragment Deep on Viewer { code } fragment Deep on Viewer { ...More } fragment More on Viewer { ${deep} }`,
      twice,
    ];
    for (const text of cases) {
      // each is a document the parser accepts, nesting 60 deep through its fragments
      expect(astDepth(parse(text))).toBeGreaterThanOrEqual(60);
      expect(documentShape(text).depth).toBeGreaterThanOrEqual(60);
    }
    // positive control: the same documents without the deep fragment are fine
    expect(refuseDocumentText('query fragment { viewer { code } }')).toBeUndefined();
  });

  it('accepts the deepest allowed document and refuses one level more', () => {
    const nested = (n: number) => `${'{ a '.repeat(n - 1)}{ b }${' }'.repeat(n - 1)}`;
    expect(documentShape(nested(MAX_DOCUMENT_NESTING)).depth).toBe(MAX_DOCUMENT_NESTING);
    expect(refuseDocumentText(nested(MAX_DOCUMENT_NESTING))).toBeUndefined();
    expect(refuseDocumentText(nested(MAX_DOCUMENT_NESTING + 1))).toMatchObject({
      reason: 'QUERY_TOO_DEEP',
    });
  });
});
