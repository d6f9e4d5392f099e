/**
 * Which results database a command uses, and opening it. `--db` wins, then
 * `MIRRORLAB_DB`, then `./mirrorlab-results/mirrorlab.db`. Report folders go next
 * to the database (`runs/<id>/`, `sweeps/<id>/`), so one folder holds a project's
 * results whichever of the three chose it.
 */
import path from 'node:path';
import { defaultDbPath, openStore, type RunStore, StoreError } from '../node.js';

export interface DbOptions {
  db?: string;
}

export function dbFile(o: DbOptions): string {
  return o.db !== undefined && o.db !== '' ? path.resolve(o.db) : defaultDbPath();
}

/** The folder of the database, where report folders go. */
export function resultsDir(file: string): string {
  return path.dirname(file);
}

/** Open for recording runs (creates the file, and its folder, if missing). */
export function openForWriting(file: string): RunStore {
  return openStore(file);
}

/**
 * Open an existing database to read it. It is opened for writing when possible,
 * because opening notices runs whose process died and marks them interrupted; a
 * file we may not write is read as it is.
 */
export function openForReading(file: string): RunStore {
  try {
    return openStore(file, { create: false });
  } catch (e) {
    if (e instanceof StoreError && e.code === 'readonly') return openStore(file, { readonly: true });
    throw e;
  }
}
