/**
 * Turn SQLite's errors into one-line {@link StoreError}s that name the file. SQLite
 * reports damage, locks and full disks with terse codes; the user needs to know
 * which file and what to do. Errors that are not SQLite's (programming mistakes)
 * are returned unchanged so their stack traces survive.
 */
import Database from 'better-sqlite3';
import { StoreError } from './errors.js';

/** How long a write waits for another process's write to finish before giving up. */
export const BUSY_TIMEOUT_MS = 15_000;

/**
 * `doing` completes "while …", e.g. `completing run 0mhx3k2a1-4f8k2q`.
 */
export function describeSqliteError(file: string, e: unknown, doing: string): unknown {
  if (e instanceof StoreError || !(e instanceof Database.SqliteError)) return e;
  const code = e.code;
  const make = (kind: StoreError['code'], what: string) =>
    new StoreError(kind, `${what} (${code}, while ${doing})`, { file, cause: e });
  if (code === 'SQLITE_NOTADB') return make('not-sqlite', `${file} is not a SQLite database`);
  if (code.startsWith('SQLITE_CORRUPT')) return make('damaged', `${file} is damaged: ${e.message}`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return make(
      'busy',
      `${file} stayed locked by another process for ${BUSY_TIMEOUT_MS / 1000} s; try again when it is idle`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) return make('readonly', `cannot write ${file}: ${e.message}`);
  if (code.startsWith('SQLITE_CANTOPEN')) return make('unreadable', `cannot open ${file}: ${e.message}`);
  if (code === 'SQLITE_FULL') return make('io', `cannot write ${file}: the disk is full`);
  if (code.startsWith('SQLITE_CONSTRAINT')) return make('invalid', `${file} refused the data: ${e.message}`);
  return make('io', `${file}: ${e.message}`);
}
