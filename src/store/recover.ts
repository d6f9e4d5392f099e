/**
 * Declare runs interrupted when the process that was running them is gone.
 *
 * On this host the process id is checked directly. A run from another host cannot
 * be checked; it is declared interrupted once it started more than a day ago (such
 * rows come from database files copied between machines). The end time stays
 * unknown (null) and the error says who noticed, and when.
 *
 * The rows are read and updated inside one write transaction, so a run that
 * completes at the same moment is never overwritten.
 */
import type { Database } from 'better-sqlite3';
import { isProcessAlive, ownRuns, thisHost } from './liveness.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface RunningRow {
  id: string;
  pid: number;
  host: string;
  started_at: string;
}

/** Mark dead `running` runs `interrupted`; returns their ids. */
export function recoverInterrupted(db: Database, now: number = Date.now()): string[] {
  const anyRunning = db.prepare("SELECT 1 FROM runs WHERE status = 'running' LIMIT 1").get();
  if (anyRunning === undefined) return []; // the usual case: no write lock taken
  const host = thisHost();
  const noticed = `noticed ${new Date(now).toISOString()} by process ${process.pid} on ${host}`;
  const mark = db.prepare(
    "UPDATE runs SET status = 'interrupted', error = ? WHERE id = ? AND status = 'running'",
  );
  return db
    .transaction(() => {
      const rows = db
        .prepare("SELECT id, pid, host, started_at FROM runs WHERE status = 'running'")
        .all() as RunningRow[];
      const marked: string[] = [];
      for (const row of rows) {
        const why = whyGone(row, host, now);
        if (why === undefined) continue;
        mark.run(`interrupted: ${why} (${noticed})`, row.id);
        marked.push(row.id);
      }
      return marked;
    })
    .immediate();
}

/** Why the run's process must be gone, or undefined if it may still be running. */
function whyGone(row: RunningRow, host: string, now: number): string | undefined {
  if (row.host === host) {
    if (row.pid === process.pid) {
      return ownRuns().has(row.id) ? undefined : `process id ${row.pid} now belongs to another process`;
    }
    return isProcessAlive(row.pid) ? undefined : `process ${row.pid} on ${row.host} is gone`;
  }
  const age = now - Date.parse(row.started_at);
  // An unparsable start time counts as old: the row cannot be trusted to be live.
  return age <= DAY_MS ? undefined : `started on ${row.host} more than a day ago and never finished`;
}
