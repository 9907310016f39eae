import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The processes of a PostgreSQL cluster, found the way the operating system sees them: every
 * PostgreSQL process (the postmaster and each backend) runs with the cluster's folder as its working
 * directory. On Linux, /proc tells it for every process; that is how a server left running by a
 * portal killed with `kill -9` is recognised as ours, and never confused with another program that
 * got the same process id.
 */
export function clusterProcesses(clusterDir: string): number[] {
  if (!existsSync('/proc/self/cwd')) return [];
  const target = realpathSync(clusterDir);
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) === target) found.push(pid);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster's process id as its lock file gives it (first line of postmaster.pid), if any. */
export function postmasterPid(clusterDir: string): number | null {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitGone(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  let alive = pids.filter(isAlive);
  while (alive.length && Date.now() < deadline) {
    await sleep(100);
    alive = alive.filter(isAlive);
  }
  return alive;
}

function signal(pids: number[], name: NodeJS.Signals) {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

export type LeftoverOutcome = 'none' | 'stopped' | 'stale-lock-file';

/**
 * Before starting the cluster: a postmaster of this cluster still running (the portal was killed
 * and its server orphaned) is asked to stop with a fast shutdown, which rolls back open transactions
 * and writes a checkpoint; backends left behind by a killed postmaster are stopped too. A lock file
 * naming a process that is gone, or that is not one of this cluster's, is removed. Returns what it did.
 */
export async function stopLeftoverServer(clusterDir: string, log: (line: string) => void): Promise<LeftoverOutcome> {
  const lockPid = postmasterPid(clusterDir);
  const ours = clusterProcesses(clusterDir);
  let outcome: LeftoverOutcome = 'none';
  if (ours.length) {
    outcome = 'stopped';
    if (lockPid && ours.includes(lockPid)) {
      log(`A PostgreSQL server of this portal (PID ${lockPid}) is still running from an earlier start: stopping it.`);
      signal([lockPid], 'SIGINT');
      await waitGone([lockPid], 15_000);
    }
    // Backends of a postmaster that was killed notice it and exit on their own; give them a moment.
    let left = await waitGone(clusterProcesses(clusterDir), 3_000);
    if (left.length) {
      log(`Stopping ${left.length} PostgreSQL process(es) left behind by an earlier server.`);
      signal(left, 'SIGQUIT');
      left = await waitGone(left, 5_000);
      signal(left, 'SIGKILL');
      await waitGone(left, 2_000);
    }
  }
  const stillLocked = postmasterPid(clusterDir);
  if (stillLocked && !clusterProcesses(clusterDir).includes(stillLocked)) {
    // Without /proc (not Linux), a live process under that id might still be ours: leave its file.
    if (existsSync('/proc/self/cwd') || !isAlive(stillLocked)) {
      rmSync(join(clusterDir, 'postmaster.pid'), { force: true });
      if (outcome === 'none') outcome = 'stale-lock-file';
    }
  }
  return outcome;
}
