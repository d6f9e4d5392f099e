/**
 * Sweeps: a planned set of runs over a parameter grid, each run tagged with its
 * point. Kept so that a sweep interrupted half-way (a cluster time limit, a crash)
 * can be resumed by skipping the points that already have a completed run.
 */
import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';
import { newId } from './ids.js';
import { sameJsonText, toJsonText } from './json.js';
import type { RunRow, SweepRow } from './rows.js';
import type { SweepStart } from './types.js';
import { text } from './validate.js';

export function sweepRow(db: Database, file: string, id: string): SweepRow {
  const row = db.prepare('SELECT * FROM sweeps WHERE id = ?').get(id) as SweepRow | undefined;
  if (row === undefined) throw new StoreError('not-found', `no sweep ${id} in ${file}`, { file });
  return row;
}

/** Insert a sweep, or accept an identical one under the same given id; returns the id. */
export function createSweep(db: Database, file: string, sweep: SweepStart): string {
  const experiment = text(sweep.experiment, 'experiment');
  const spec = toJsonText(sweep.spec, 'spec');
  const id = sweep.id === undefined ? newId().id : text(sweep.id, 'sweep id');
  const existing = db.prepare('SELECT * FROM sweeps WHERE id = ?').get(id) as SweepRow | undefined;
  if (existing !== undefined) {
    if (existing.experiment !== experiment || !sameJsonText(existing.spec, spec)) {
      throw new StoreError('conflict', `sweep ${id} already exists with a different experiment or spec`, {
        file,
      });
    }
    return id;
  }
  db.prepare('INSERT INTO sweeps (id, experiment, spec, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    experiment,
    spec,
    new Date().toISOString(),
  );
  return id;
}

/**
 * The run that tells whether a point is done: its completed run if any (several
 * attempts may share a point), else its latest attempt, else undefined.
 */
export function pointRun(db: Database, file: string, sweepId: string, pointKey: string): RunRow | undefined {
  sweepRow(db, file, sweepId);
  return db
    .prepare(
      `SELECT * FROM runs WHERE sweep_id = ? AND point_key = ?
       ORDER BY status = 'completed' DESC, started_at DESC, id DESC LIMIT 1`,
    )
    .get(sweepId, pointKey) as RunRow | undefined;
}
