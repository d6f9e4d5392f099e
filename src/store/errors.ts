/**
 * The one error type of the results database. Its message is a single line that
 * names the file (or run) and says what is wrong, so the CLI can print it as is and
 * exit with status 2; `code` lets a program tell the cases apart without parsing text.
 */

/** What went wrong, for programs that react differently to each case. */
export type StoreErrorCode =
  /** The file does not exist and the store was not allowed to create it. */
  | 'missing'
  /** The file cannot be read or opened (permissions, a folder, a device). */
  | 'unreadable'
  /** The file is not a SQLite database at all. */
  | 'not-sqlite'
  /** A SQLite database, but another program's, or empty when opened read-only. */
  | 'not-mirrorlab'
  /** Written by a newer mirrorlab whose results format this version does not know. */
  | 'newer-format'
  /** An older results format that read-only mode cannot upgrade. */
  | 'needs-upgrade'
  /** SQLite found damage (a malformed page, a missing table, invalid stored JSON). */
  | 'damaged'
  /** Another process held the database locked for longer than the busy timeout. */
  | 'busy'
  /** A write was attempted on a store opened read-only, or the file is not writable. */
  | 'readonly'
  /** The store was used after `close()`. */
  | 'closed'
  /** No run, sweep or artifact with that id or name. */
  | 'not-found'
  /** The request contradicts what is stored (completing a finished run, id collisions in a merge). */
  | 'conflict'
  /** The caller passed data the store refuses to keep (NaN in metrics, a bad media type). */
  | 'invalid'
  /** Any other failure of the disk or of SQLite. */
  | 'io';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** The database file concerned, when there is one. */
  readonly file: string | undefined;

  constructor(code: StoreErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
    this.file = options.file;
  }
}
