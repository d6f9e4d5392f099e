/**
 * Open a SQLite connection to a results database and make sure it is one.
 *
 * The order matters for safety: the file is recognised (header, application id,
 * layout version) before anything is written, so another program's database, a
 * file from a newer mirrorlab or a damaged file is reported and left untouched.
 *
 * Settings, and why:
 * - WAL journal: readers never block the writer, so `list` works while runs are
 *   being recorded, and a crash can never leave a half-written transaction visible.
 * - `synchronous = FULL`: every commit is flushed to disk before it returns. With
 *   WAL, NORMAL would also keep the file consistent, but could forget the last
 *   commits after a power cut or a kernel crash; a run the CLI reported as stored
 *   must stay stored, and commits are rare (a few per run), so the flush costs
 *   nothing measurable.
 * - foreign keys on: artifacts cannot outlive their run, runs cannot name a sweep
 *   that does not exist.
 * - a busy timeout: parallel runs writing into one file take turns instead of failing.
 *
 * WAL needs shared memory between processes, which network file systems (NFS,
 * Lustre) do not reliably provide: on a cluster, give each job its own file on
 * local disk and combine them with `mergeFrom`.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors.js';
import { checkDatabaseFile } from './file-check.js';
import { migrate, userVersion } from './migrate.js';
import { APPLICATION_ID, SCHEMA_VERSION, TABLES } from './schema.js';
import { BUSY_TIMEOUT_MS, describeSqliteError } from './sqlite-errors.js';

export interface ConnectMode {
  readonly: boolean;
  create: boolean;
}

/** A connection to a checked, current results database; `file` is absolute. */
export function connect(file: string, mode: ConnectMode): { db: Database.Database; file: string } {
  const abs = path.resolve(file);
  checkDatabaseFile(abs, mode);
  let db: Database.Database;
  try {
    db = new Database(abs, {
      readonly: mode.readonly,
      fileMustExist: mode.readonly || !mode.create,
      timeout: BUSY_TIMEOUT_MS,
    });
  } catch (e) {
    throw describeSqliteError(abs, e, 'opening it');
  }
  try {
    recognise(db, abs, mode.readonly);
    if (!mode.readonly) {
      const journal = String(db.pragma('journal_mode = WAL', { simple: true }));
      if (journal !== 'wal') {
        throw new StoreError(
          'io',
          `cannot use write-ahead logging for ${file} (journal mode stays ${journal})`,
          {
            file: abs,
          },
        );
      }
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!mode.readonly) migrate(db);
    checkTables(db, abs);
    return { db, file: abs };
  } catch (e) {
    db.close();
    throw describeSqliteError(abs, e, 'opening it');
  }
}

/**
 * Refuse files that are not mirrorlab results databases this version understands.
 * The three facts are read in one transaction, from one snapshot: another process
 * may be creating the same new file at this moment, and facts from before and after
 * its first commit would not fit together.
 */
function recognise(db: Database.Database, file: string, readonly: boolean): void {
  const { objects, appId, version } = db.transaction(() => ({
    // Reading sqlite_schema makes SQLite parse page 1, so damage shows up here, before any write.
    objects: Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()),
    appId: Number(db.pragma('application_id', { simple: true })),
    version: userVersion(db),
  }))();
  if ((appId !== 0 || version !== 0) && appId !== APPLICATION_ID) {
    throw new StoreError(
      'not-mirrorlab',
      `${file} is a SQLite database of another program, not mirrorlab results`,
      {
        file,
      },
    );
  }
  if (version === 0) {
    if (objects > 0) {
      throw new StoreError('not-mirrorlab', `${file} is a SQLite database, but not mirrorlab results`, {
        file,
      });
    }
    if (readonly) throw new StoreError('not-mirrorlab', `${file} is empty: no results stored yet`, { file });
    return;
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      'newer-format',
      `${file} was written by a newer mirrorlab (results format ${version}; this version reads up to ${SCHEMA_VERSION})`,
      { file },
    );
  }
  if (readonly && version < SCHEMA_VERSION) {
    throw new StoreError(
      'needs-upgrade',
      `${file} uses the older results format ${version}; open it once without read-only to upgrade it to ${SCHEMA_VERSION}`,
      { file },
    );
  }
}

function checkTables(db: Database.Database, file: string): void {
  const present = new Set(
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .all()
      .map((n) => String(n)),
  );
  const missing = TABLES.filter((t) => !present.has(t));
  if (missing.length > 0) {
    throw new StoreError('damaged', `${file} is damaged: table ${missing.join(', ')} is missing`, { file });
  }
}
