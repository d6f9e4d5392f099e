/**
 * Is the process that started a run still there? A run left `running` by a
 * process that no longer exists will never finish, and must be reported as
 * interrupted rather than shown as in progress forever.
 */
import os from 'node:os';

/** The host name recorded with each run. */
export function thisHost(): string {
  return os.hostname();
}

/**
 * Whether a process with this id exists on this machine. Signal 0 checks without
 * sending anything: ESRCH means no such process; EPERM means it exists but
 * belongs to another user. Any other answer counts as alive, because wrongly
 * declaring a live run interrupted is worse than leaving a dead one running.
 * Ids ≤ 0 are never signalled (0 and -1 address process groups).
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Runs started by this very process and not yet finished. A process id can be
 * reused — in containers the same small id comes back on every start — so a
 * `running` run carrying our own pid is alive only if we started it. Kept on
 * `globalThis` so that two copies of this module in one process (source and
 * built) agree.
 */
const OWN_RUNS_KEY = Symbol.for('mirrorlab.store.ownRuns');

export function ownRuns(): Set<string> {
  const g = globalThis as { [OWN_RUNS_KEY]?: Set<string> };
  g[OWN_RUNS_KEY] ??= new Set<string>();
  return g[OWN_RUNS_KEY];
}
