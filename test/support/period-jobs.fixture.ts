import { defineJob } from '../../src/db';
import { jobDefinitions } from '../../src/modules';

/**
 * The production job kinds with a short chunk timeout (the probe's 3 s), so a crash test
 * resumes a killed chunk in seconds instead of after the kind's minutes. Enqueue with these too:
 * a message's lease is set by whoever sends it.
 */
export const fastJobDefinitions = jobDefinitions.map((d) =>
  defineJob({ ...d, chunkTimeoutSeconds: 3, retryDelaySeconds: 0 }),
);
export const fastJob = (kind: string) => fastJobDefinitions.find((d) => d.kind === kind)!;
