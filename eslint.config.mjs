// @ts-check
import tseslint from 'typescript-eslint';

/*
 * Layering (ARCHITECTURE.md §3), enforced with no-restricted-imports:
 *   (a) src/domain is pure: it imports only src/domain files, node: built-ins and pure libraries;
 *   (b) a feature module imports another module only through its index.ts ('../<module>');
 *   (c) plumbing (src/db, src/graphql, src/config, src/shared, src/logger.ts) never imports a
 *       feature module, identity's index.ts aside; src/db, src/shared and identity never import
 *       src/graphql.
 * src/app.ts, src/main.ts, src/worker.ts and src/cli wire everything; test/ and bench/ may import internals.
 * test/unit/import-rules.test.ts proves every rule fires.
 *
 * The rule sees the import string, not the file it resolves to, so each rule is generated per
 * directory depth: from a file `depth` directories below a root, `'../'.repeat(depth + 1)` leaves
 * that root. A later config block replaces an earlier one's options for the same rule, so each
 * file gets exactly one block.
 */
const MAX_DEPTH = 6;
const depths = [...Array(MAX_DEPTH + 1).keys()];
/** The glob of files exactly `depth` directories below `root`. */
const filesAt = (root, depth) => [`${root}/${'*/'.repeat(depth)}*.{ts,js,mjs,cjs}`];
/** A regex prefix matching an import that climbs `n` directories (`n = 0`: './'). */
const up = (n) => (n === 0 ? '^\\./' : `^(?:\\.\\./){${n}}`);
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** (a) Leaving src/domain, or any package but a pure library, is refused. */
const domainBlocks = depths.map((depth) => ({
  files: filesAt('src/domain', depth),
  rules: restrict([
    {
      regex: up(depth + 1),
      message:
        'src/domain is pure: it imports only src/domain files (not db, graphql, modules, config, cli, app or shared).',
    },
    {
      regex: '^(?!\\.|node:|decimal\\.js$)',
      message:
        'src/domain imports only node: built-ins and pure libraries (decimal.js): no ORM, GraphQL, pg, dataloader or pino. Add a pure library to eslint.config.mjs deliberately.',
    },
  ]),
}));

/** (b) Another module's internals, the module list, and the wiring are out of a module's reach. */
const modulePatterns = (depth) => [
  {
    regex: `${up(depth + 1)}[^./][^/]*/(?!index$)`,
    message: "Import another module through its index.ts ('../<module>'), not its internals.",
  },
  {
    regex: `${up(depth + 2)}(?:modules|app|main|worker|cli)(?:/|$)`,
    message:
      "A module reaches another module as '../<module>'; src/modules/index.ts, src/app, src/main, src/worker and src/cli are the wiring above the modules.",
  },
];
const noGraphql = (n) => ({
  regex: `${up(n)}graphql(?:/|$)`,
  message:
    'src/db, src/shared and identity do not import src/graphql: coded errors live in src/shared/errors.ts.',
});
const moduleBlocks = depths.flatMap((depth) => [
  { files: filesAt('src/modules/*', depth), rules: restrict(modulePatterns(depth)) },
  {
    files: filesAt('src/modules/identity', depth),
    rules: restrict([...modulePatterns(depth), noGraphql(depth + 2)]),
  },
]);

/** (c) Plumbing gets feature modules' parts from src/app.ts; identity's index is the exception. */
const noModules = (n) => ({
  regex: `${up(n)}modules(?:/(?!identity(?:/index)?$)|$)`,
  message:
    "Plumbing never imports feature modules (identity's index.ts aside): src/app.ts passes their parts in.",
});
const noWiring = (n) => ({
  regex: `${up(n)}(?:app|main|worker|cli)(?:/|$)`,
  message: 'Plumbing does not import the wiring (src/app, src/main, src/worker, src/cli).',
});
const plumbingBlocks = [
  { files: ['src/logger.ts'], rules: restrict([noModules(0), noWiring(0)]) },
  ...['src/graphql', 'src/config', 'src/db', 'src/shared'].flatMap((root) =>
    depths.map((depth) => ({
      files: filesAt(root, depth),
      rules: restrict([
        noModules(depth + 1),
        noWiring(depth + 1),
        ...(root === 'src/db' || root === 'src/shared' ? [noGraphql(depth + 1)] : []),
      ]),
    })),
  ),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'test/generated/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // CLIs and benchmarks talk to a terminal.
    files: ['src/cli/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['src/modules/index.ts'], rules: restrict(modulePatterns(-1)) },
  ...domainBlocks,
  ...moduleBlocks,
  ...plumbingBlocks,
);
