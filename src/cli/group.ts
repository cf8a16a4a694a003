import { parseArgs } from 'node:util';
import { groupStream, loadRulePackageFile, RulePackageError } from '../domain/grouping/drg';

const USAGE =
  'usage: node dist/src/cli/group.js --rules <rules.json> [--trace] < cases.jsonl > results.jsonl';

/**
 * Batch DRG grouping for bureaus: JSON Lines cases on stdin, one JSON line per case on stdout
 * (`{"id","status","mdc","adrg","drg"}`, plus `"trace"` with --trace). A malformed line gives
 * `{"line":N,"error":"…"}` and the run goes on. Exit 0, or 2 when the rules cannot be loaded
 * (each problem of the package printed to stderr as `path: reason`).
 */
async function main(): Promise<void> {
  let values: { rules?: string; trace?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        rules: { type: 'string' },
        trace: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help || !values.rules) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }

  let rules;
  try {
    rules = await loadRulePackageFile(values.rules);
  } catch (error) {
    if (error instanceof RulePackageError) {
      process.stderr.write(
        `${values.rules}: invalid rule package (${error.errors.length} problems)\n`,
      );
      for (const row of error.errors) process.stderr.write(`  ${row.path}: ${row.reason}\n`);
    } else {
      process.stderr.write(`${values.rules}: ${(error as Error).message}\n`);
    }
    process.exit(2);
  }

  // the reader went away (`… | head`): stop quietly, as Unix filters do
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`stdout: ${error.message}\n`);
    process.exit(1);
  });
  const counts = await groupStream(rules, process.stdin, process.stdout, {
    trace: values.trace,
  });
  const statuses = Object.entries(counts.byStatus)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  process.stderr.write(
    `grouped ${counts.cases} case(s) with ${rules.meta.name} (version ${rules.meta.version})` +
      `${statuses ? `: ${statuses}` : ''}; ${counts.errors} malformed line(s)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
