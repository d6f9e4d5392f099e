/**
 * Bring a database to the current layout. All steps and the new version number
 * are committed in one transaction, so a crash mid-upgrade leaves the file at the old
 * version, intact, and the next open simply tries again. The version is read again
 * inside the write transaction because two processes may open a new file at the
 * same moment (parallel runs): the second then finds the work done.
 */
import type { Database } from 'better-sqlite3';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export function userVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Upgrade `db` to {@link SCHEMA_VERSION}; the caller has already refused newer files. */
export function migrate(db: Database): void {
  if (userVersion(db) >= SCHEMA_VERSION) return;
  db.transaction(() => {
    const from = userVersion(db);
    if (from >= SCHEMA_VERSION) return;
    for (let v = from; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!.up(db);
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
