import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../src/config';

/**
 * The layering rules of eslint.config.mjs (ARCHITECTURE.md §3) hold only if they fire. Each case
 * lints one in-memory import, placed at a path in the tree, with the project's own ESLint config;
 * every refusal has an allowed neighbour as its positive control.
 */
interface Case {
  file: string;
  source: string;
  refused: boolean;
}

const refused = (file: string, source: string): Case => ({ file, source, refused: true });
const allowed = (file: string, source: string): Case => ({ file, source, refused: false });

const DRG = 'src/domain/grouping/drg/drg-grouper.ts';
const SERVICE = 'src/modules/grouping/grouping.service.ts';
const DEMO = 'src/modules/catalog/demo/dip-demo-catalog.ts';

const cases: Record<string, Case[]> = {
  '(a) src/domain is pure': [
    refused(DRG, "import { x } from '../../../db';"),
    refused(DRG, "import { x } from '../../../graphql/context';"),
    refused(DRG, "import { x } from '../../../modules/catalog';"),
    refused(DRG, "import { x } from '../../../config';"),
    refused(DRG, "import { x } from '../../../cli/group';"),
    refused(DRG, "import { x } from '../../../app';"),
    refused(DRG, "import { x } from '../../../shared/errors';"),
    refused('src/domain/decimal.ts', "import type { X } from '../graphql/context';"),
    refused('src/domain/pricing/pricing.ts', "export * from '../../modules/catalog';"),
    refused('src/domain/decimal.ts', "import { x } from '@mikro-orm/core';"),
    refused('src/domain/decimal.ts', "import { x } from '@mikro-orm/postgresql';"),
    refused('src/domain/decimal.ts', "import { x } from 'type-graphql';"),
    refused('src/domain/decimal.ts', "import type { x } from 'graphql';"),
    refused('src/domain/decimal.ts', "import { x } from 'pg';"),
    refused('src/domain/decimal.ts', "import x from 'dataloader';"),
    refused('src/domain/decimal.ts', "import type { Logger } from 'pino';"),
    allowed('src/domain/decimal.ts', "import x from 'decimal.js';"),
    allowed(DRG, "import { x } from 'node:fs/promises';"),
    allowed(DRG, "import { x } from '../../decimal';"),
    allowed(DRG, "import { x } from '../dip';"),
    allowed(DRG, "import { x } from './drg-grouper.types';"),
  ],
  '(b) modules meet at index.ts': [
    refused(SERVICE, "import { x } from '../catalog/catalog-tables';"),
    refused(SERVICE, "export { x } from '../tenancy/tenancy.validation';"),
    refused(SERVICE, "import { x } from '../../modules/catalog/catalog-tables';"),
    refused(SERVICE, "import { x } from '../../modules';"),
    refused(SERVICE, "import { x } from '../../app';"),
    refused(SERVICE, "import { x } from '../../worker';"),
    refused(DEMO, "import { x } from '../../tenancy/tenancy.validation';"),
    refused('src/modules/index.ts', "import { x } from './catalog/catalog.demo';"),
    refused('src/modules/identity/token-verifier.ts', "import { x } from '../tenancy/x';"),
    allowed(SERVICE, "import { x } from '../catalog';"),
    allowed(SERVICE, "import { x } from '../catalog/index';"),
    allowed(SERVICE, "import { x } from './grouping.types';"),
    allowed(SERVICE, "import { x } from '../../domain/grouping/drg';"),
    allowed(SERVICE, "import { x } from '../../graphql/context';"),
    allowed(DEMO, "import { x } from '../catalog-tables';"),
    allowed(DEMO, "import { x } from '../../tenancy';"),
    allowed('src/modules/index.ts', "import { x } from './catalog';"),
    allowed(
      'test/unit/any.test.ts',
      "import { x } from '../../src/modules/catalog/catalog-tables';",
    ),
    allowed('bench/any.ts', "import { x } from '../src/modules/catalog/demo/dip-demo-catalog';"),
  ],
  '(c) plumbing never imports feature modules': [
    refused('src/graphql/schema.ts', "import { resolvers } from '../modules';"),
    refused('src/graphql/schema.ts', "import { x } from '../modules/catalog';"),
    refused('src/graphql/schema.ts', "import { x } from '../modules/identity/principal';"),
    refused('src/graphql/schema.ts', "import { x } from '../app';"),
    refused('src/db/driver-errors.ts', "import { x } from '../modules/tenancy';"),
    refused('src/db/sub/helper.ts', "import { x } from '../../modules/catalog';"),
    refused('src/config/config.ts', "import { x } from '../modules/catalog';"),
    refused('src/shared/errors.ts', "import { x } from '../modules/tenancy';"),
    refused('src/logger.ts', "import { x } from './modules/tenancy';"),
    refused('src/db/jobs/job-runner.ts', "import { x } from '../../worker';"),
    refused('src/db/jobs/job-runner.ts', "import { jobDefinitions } from '../../modules';"),
    allowed('src/graphql/context.ts', "import type { Principal } from '../modules/identity';"),
    allowed('src/graphql/schema.ts', "import { x } from '../shared/errors';"),
    allowed('src/graphql/scalars.ts', "import { x } from '../domain/decimal';"),
    allowed('src/app.ts', "import { resolvers } from './modules';"),
    allowed('src/worker.ts', "import { jobDefinitions } from './modules';"),
    allowed('src/db/jobs/job-runner.ts', "import { Scope } from '../../modules/identity';"),
    allowed('src/cli/group.ts', "import { x } from '../modules/catalog';"),
  ],
  'db, shared and identity never import src/graphql': [
    refused('src/db/driver-errors.ts', "import { CodedError } from '../graphql/errors';"),
    refused('src/shared/errors.ts', "import { x } from '../graphql/format-error';"),
    refused('src/modules/identity/token-verifier.ts', "import { x } from '../../graphql/errors';"),
    allowed('src/db/driver-errors.ts', "import { CodedError } from '../shared/errors';"),
    allowed('src/modules/identity/token-verifier.ts', "import { x } from '../../shared/errors';"),
    allowed('src/modules/tenancy/tenancy.errors.ts', "import { x } from '../../graphql/relay';"),
  ],
};

/**
 * ESLint loads eslint.config.mjs with a dynamic import, which jest's module sandbox cannot host,
 * so one child Node process lints every case through ESLint's Node API and answers in JSON.
 */
const LINT_CASES = `
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of JSON.parse(input)) {
  const [result] = await eslint.lintText(c.source + '\\n', { filePath: c.file });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, fatal: m.fatal === true, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
`;

type Message = { ruleId: string | null; fatal: boolean; message: string };
const all = Object.values(cases).flat();
let results: Message[][];

beforeAll(() => {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_CASES], {
    cwd: projectRoot(),
    input: JSON.stringify(all),
    encoding: 'utf8',
  });
  results = JSON.parse(out) as Message[][];
}, 60_000);

describe.each(Object.entries(cases))('%s', (_rule, list) => {
  it.each(list.map((c) => [c.refused ? 'refuses' : 'allows', c.file, c.source, c] as const))(
    '%s in %s: %s',
    (_verb, _file, _source, c) => {
      const messages = results[all.indexOf(c)];
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      const refusals = messages.filter((m) => m.ruleId === 'no-restricted-imports');
      expect(refusals.length).toBe(c.refused ? 1 : 0);
    },
  );
});
