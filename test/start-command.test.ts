import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config';

/**
 * The fresh-machine path: the README's start command (`npm start`) with no DATABASE_URL and no
 * configuration comes up on embedded PostgreSQL, seeds the demo province, prints tokens that
 * work, shares its development key with `npm run token`, survives a crash (the next start adopts
 * the orphaned cluster) and stops PostgreSQL on SIGTERM.
 */
const root = projectRoot();
const dataDir = join(root, '.data', `start-test-${randomBytes(4).toString('hex')}`);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  YIBAO_DATA_DIR: dataDir,
  PORT: '0',
  LOG_LEVEL: 'info',
};
for (const name of ['DATABASE_URL', 'TEST_ADMIN_URL', 'NODE_ENV', 'JWT_SECRET', 'JWT_PUBLIC_KEY'])
  delete env[name];

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  postgresPid: number;
}

function start(command: string, args: string[]): Promise<Started> {
  const child = spawn(command, args, {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 180 s:\n${output}`)), 180_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before coming up:\n${output}`));
    });
    const poll = setInterval(() => {
      const up = /Yibao Graph is up: (http:\/\/\S+)/.exec(output);
      const pg =
        /embedded PostgreSQL [^"]* \(pid (\d+)/.exec(output) ??
        /adopting the embedded PostgreSQL left running \(pid (\d+)/.exec(output);
      if (up && pg && /HOSPITAL H\d+ .*: \S+/.test(output)) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ child, output: () => output, url: up[1], postgresPid: Number(pg[1]) });
      }
    }, 100);
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(predicate: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (predicate()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return predicate();
}

async function query(url: string, token: string, q: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: q }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const tokenFrom = (output: string, scope: string) =>
  new RegExp(`${scope}\\s+\\S+ [^:]+: (\\S+)`).exec(output)![1];

let running: Started | undefined;
let postgresPid: number | undefined;

afterAll(() => {
  if (running?.child.pid && alive(running.child.pid)) process.kill(-running.child.pid, 'SIGKILL');
  if (postgresPid && alive(postgresPid)) process.kill(postgresPid, 'SIGQUIT');
  rmSync(dataDir, { recursive: true, force: true });
});

it('`npm start` comes up on embedded PostgreSQL with the demo province and working tokens', async () => {
  running = await start('npm', ['start']);
  postgresPid = running.postgresPid;
  expect(running.output()).toContain('demo province seeded');

  const region = tokenFrom(running.output(), 'REGION');
  const answer = await query(
    running.url,
    region,
    '{ viewer { scope code } province(code: "510000") { name poolingRegions(first: 50) { totalCount } hospitals(first: 100) { totalCount } } }',
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toMatchObject({
    viewer: { scope: 'REGION', code: '510100' },
    province: { name: '四川省' },
  });
  const province = answer.data!.province as {
    poolingRegions: { totalCount: number };
    hospitals: { totalCount: number };
  };
  expect(province.poolingRegions.totalCount).toBeGreaterThanOrEqual(7); // provincial pool + ≥ 6 cities
  expect(province.hospitals.totalCount).toBeGreaterThanOrEqual(28);

  // `npm run token` signs with the same development key
  const cli = spawn(
    'node',
    ['dist/src/cli/token.js', '--scope', 'HOSPITAL', '--code', 'H51050000001'],
    { cwd: root, env },
  );
  let printed = '';
  cli.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  await new Promise((resolve) => cli.on('exit', resolve));
  const viewer = await query(
    running.url,
    printed.trim(),
    '{ viewer { scope code tenant { ... on Hospital { name } } } }',
  );
  expect(viewer.data).toMatchObject({
    viewer: { scope: 'HOSPITAL', code: 'H51050000001', tenant: { name: '西南医科大学附属医院' } },
  });

  // a request failing after it started loading (a malformed id after a good one) used to leave a
  // load behind whose rejection, unhandled once the transaction ended, killed the process
  const good = Buffer.from('Hospital:H51010000001').toString('base64url');
  const refused = await query(running.url, region, `{ nodes(ids: ["${good}", "!!"]) { id } }`);
  expect(refused.errors).toHaveLength(1);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(running.child.exitCode).toBeNull();
  expect((await query(running.url, region, '{ viewer { code } }')).data).toEqual({
    viewer: { code: '510100' },
  });
}, 240_000);

it('after a crash the next start adopts the orphaned PostgreSQL, and SIGTERM stops it', async () => {
  const first = running!;
  process.kill(-first.child.pid!, 'SIGKILL'); // npm, sh and node die; PostgreSQL (own group) survives
  await waitFor(() => first.child.exitCode !== null || first.child.signalCode !== null, 10_000);
  expect(alive(first.postgresPid)).toBe(true);

  running = await start('node', ['dist/src/main.js']);
  expect(running.output()).toContain('adopting the embedded PostgreSQL');
  expect(running.postgresPid).toBe(first.postgresPid);
  expect(running.output()).not.toContain('demo province seeded');
  const answer = await query(
    running.url,
    tokenFrom(running.output(), 'PROVINCE'),
    '{ hospitals { totalCount } }',
  );
  expect(answer.data).toMatchObject({ hospitals: { totalCount: expect.any(Number) } });

  const exited = new Promise<number | null>((resolve) =>
    running!.child.on('exit', (code) => resolve(code)),
  );
  process.kill(running.child.pid!, 'SIGTERM');
  expect(await exited).toBe(0);
  expect(await waitFor(() => !alive(first.postgresPid), 15_000)).toBe(true);
}, 240_000);
