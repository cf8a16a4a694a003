import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { runWorkerProcess } from '../../src/worker';
import { testJobs } from './job-fixtures';

/**
 * `npm run worker` with the test-only job kinds: the crash test runs it as a child process
 * (through swc-register.js) and kills it mid-job. Configuration comes from the environment.
 */
const config = loadConfig(process.env);
runWorkerProcess(config, createLogger(config), testJobs).catch((error: unknown) => {
  process.stderr.write(`worker fixture failed: ${String(error)}\n`);
  process.exit(1);
});
