import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { runWorkerProcess } from '../../src/worker';
import { fastJobDefinitions } from './period-jobs.fixture';

/**
 * `npm run worker` with the production job kinds (short chunk timeouts): the period crash test
 * runs it as a child process (through swc-register.js) and kills it mid-job.
 */
const config = loadConfig(process.env);
runWorkerProcess(config, createLogger(config), fastJobDefinitions).catch((error: unknown) => {
  process.stderr.write(`worker fixture failed: ${String(error)}\n`);
  process.exit(1);
});
