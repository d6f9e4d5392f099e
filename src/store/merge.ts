/**
 * Combine another results database into this one — typically the per-job files of
 * a cluster sweep. Only completed runs are copied (with their artifacts), plus the
 * sweeps they may refer to; everything happens in one transaction, so the target
 * gains either all of the other file's new runs or none.
 *
 * Ids decide what is already present. A run id found in both files must describe
 * the same run (same experiment, seed, start time, host and process); anything else
 * is an id collision and stops the merge rather than silently dropping a result.
 * A run that is present here but not completed (say, declared interrupted in a copy
 * of the file) while the other file has it completed is replaced by the completed
 * version, since that is the run's real outcome.
 *
 * The other file is opened read-only: merging never changes it.
 */
import type { Database } from 'better-sqlite3';
import { connect } from './connect.js';
import { StoreError } from './errors.js';
import { sameJsonText } from './json.js';
import { RUN_COLUMNS, type RunRow, type SweepRow } from './rows.js';

interface ArtifactRow {
  name: string;
  media_type: string;
  content: Uint8Array | string;
}

/** Copy `otherFile`'s completed runs missing from `db`; returns how many were copied. */
export function mergeInto(db: Database, file: string, otherFile: string): number {
  const other = connect(otherFile, { readonly: true, create: false });
  const src = other.db;
  try {
    const sweeps = src.prepare('SELECT id, experiment, spec, created_at FROM sweeps').all() as SweepRow[];
    const runs = src
      .prepare(`SELECT * FROM runs WHERE status = 'completed' ORDER BY started_at, id`)
      .all() as RunRow[];
    const artifactsOf = src.prepare('SELECT name, media_type, content FROM artifacts WHERE run_id = ?');

    const sweepHere = db.prepare('SELECT id, experiment, spec, created_at FROM sweeps WHERE id = ?');
    const insertSweep = db.prepare(
      'INSERT INTO sweeps (id, experiment, spec, created_at) VALUES (@id, @experiment, @spec, @created_at)',
    );
    const runHere = db.prepare('SELECT * FROM runs WHERE id = ?');
    const deleteRun = db.prepare('DELETE FROM runs WHERE id = ?');
    const insertRun = db.prepare(
      `INSERT INTO runs (${RUN_COLUMNS.join(', ')}) VALUES (${RUN_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    const insertArtifact = db.prepare(
      'INSERT INTO artifacts (run_id, name, media_type, content) VALUES (?, ?, ?, ?)',
    );

    return db
      .transaction(() => {
        for (const sweep of sweeps) {
          const here = sweepHere.get(sweep.id) as SweepRow | undefined;
          if (here === undefined) insertSweep.run(sweep);
          else if (here.experiment !== sweep.experiment || !sameJsonText(here.spec, sweep.spec)) {
            throw conflict(`sweep ${sweep.id} differs between ${file} and ${other.file}`, file);
          }
        }
        let copied = 0;
        for (const run of runs) {
          const here = runHere.get(run.id) as RunRow | undefined;
          if (here !== undefined) {
            if (!sameRun(here, run)) {
              throw conflict(`run id ${run.id} names different runs in ${file} and ${other.file}`, file);
            }
            if (here.status === 'completed') continue;
            deleteRun.run(run.id);
          }
          insertRun.run(run);
          for (const a of artifactsOf.all(run.id) as ArtifactRow[]) {
            insertArtifact.run(run.id, a.name, a.media_type, a.content);
          }
          copied++;
        }
        return copied;
      })
      .immediate();
  } finally {
    src.close();
  }
}

function sameRun(a: RunRow, b: RunRow): boolean {
  return (
    a.experiment === b.experiment &&
    a.seed === b.seed &&
    a.started_at === b.started_at &&
    a.host === b.host &&
    a.pid === b.pid
  );
}

function conflict(message: string, file: string): StoreError {
  return new StoreError('conflict', `cannot merge: ${message}`, { file });
}
