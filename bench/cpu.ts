import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far; 0 when it is gone or not readable. */
function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name (which may hold spaces) start at state, field 3
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** PostgreSQL's processes on this machine (backends included), when /proc shows them. */
function postgresPids(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
}

/**
 * CPU time of a server process and of PostgreSQL while one measured segment runs. Throughput on a
 * shared 2-core machine moves with what the neighbours do; the CPU a request costs does not, so
 * the RLS overhead is read from it as well. PostgreSQL's share is only seen when it runs on this
 * machine (embedded, or a local DATABASE_URL); otherwise `postgres` stays 0 and `known` false.
 */
export class CpuMeter {
  private readonly pids: number[];
  private readonly start: Map<number, number>;

  constructor(private readonly serverPid: number) {
    this.pids = postgresPids();
    this.start = new Map([serverPid, ...this.pids].map((pid) => [pid, processCpuSeconds(pid)]));
  }

  /** CPU seconds since construction: the server's, PostgreSQL's, and whether PostgreSQL was seen. */
  read(): { server: number; postgres: number; known: boolean } {
    const used = (pid: number) => processCpuSeconds(pid) - (this.start.get(pid) ?? 0);
    const postgres = postgresPids().reduce((sum, pid) => sum + Math.max(0, used(pid)), 0);
    return { server: used(this.serverPid), postgres, known: this.pids.length > 0 };
  }
}
