/**
 * Open (or create) a results database. This is the one way to get a
 * {@link RunStore}: it refuses files that are not mirrorlab results (or come from a
 * newer mirrorlab), upgrades older layouts, and — unless read-only — declares runs
 * whose process died `interrupted`, so that nothing stays `running` forever.
 */
import { connect } from './connect.js';
import { recoverInterrupted } from './recover.js';
import { RunStore } from './run-store.js';
import { describeSqliteError } from './sqlite-errors.js';
import type { OpenOptions } from './types.js';

/**
 * @param file the database file; relative paths resolve against the working directory.
 * @throws StoreError with a one-line message naming the file when it cannot be used.
 */
export function openStore(file: string, options: OpenOptions = {}): RunStore {
  const readonly = options.readonly ?? false;
  const create = options.create ?? !readonly;
  const { db, file: abs } = connect(file, { readonly, create });
  if (!readonly) {
    try {
      recoverInterrupted(db);
    } catch (e) {
      db.close();
      throw describeSqliteError(abs, e, 'looking for interrupted runs');
    }
  }
  return new RunStore(db, abs, readonly);
}
