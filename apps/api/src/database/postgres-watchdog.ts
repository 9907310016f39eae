import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A tiny separate process that stops the embedded PostgreSQL when the portal dies without stopping
 * it (`kill -9`, a crash, an out-of-memory kill): it holds the read end of a pipe from the portal,
 * and the operating system closes that pipe when the portal's process ends, however it ends. It
 * then asks the postmaster for a fast shutdown (after checking, through /proc, that the process is
 * still this cluster's), escalates to an immediate shutdown after 20 s, and exits. It ignores
 * terminal signals: a Ctrl-C is the portal's to handle, and the portal stops PostgreSQL itself.
 */
const WATCHDOG = `
const fs = require('node:fs');
const pid = Number(process.argv[1]);
const dir = process.argv[2];
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {});
const alive = () => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const ours = () => { try { return fs.readlinkSync('/proc/' + pid + '/cwd') === dir; } catch { return !fs.existsSync('/proc/self') && alive(); } };
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  if (!alive() || !ours()) process.exit(0);
  try { process.kill(pid, 'SIGINT'); } catch {}
  const started = Date.now();
  const timer = setInterval(() => {
    if (!alive()) process.exit(0);
    if (Date.now() - started > 20000) { try { process.kill(pid, 'SIGQUIT'); } catch {} process.exit(0); }
  }, 200);
}
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.on('close', stop);
process.stdin.resume();
`;

export interface Watchdog {
  /** The portal stopped PostgreSQL itself: the watchdog may go. */
  release(): void;
}

export function startWatchdog(postmasterPid: number, clusterDir: string): Watchdog {
  const child: ChildProcess = spawn(process.execPath, ['-e', WATCHDOG, String(postmasterPid), clusterDir], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Its own process group: a Ctrl-C in the terminal reaches the portal, not the watchdog.
    detached: true,
  });
  child.unref();
  // The pipe must not keep the portal's event loop alive either.
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return { release: () => child.stdin?.end() };
}
