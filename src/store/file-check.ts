/**
 * Look at a database file before SQLite does. SQLite happily treats a missing path
 * as a new database and reports a text file only on the first query, with a
 * message that does not say which file; checking first gives the user one line
 * naming the file and the problem, and guarantees that a mistyped path never
 * leaves an empty database behind when the caller asked not to create one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from './errors.js';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Throw a {@link StoreError} if `file` cannot be a database we may open; create its
 * folder when the file is to be created.
 */
export function checkDatabaseFile(file: string, mode: { readonly: boolean; create: boolean }): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = errnoCode(e);
    if (code !== 'ENOENT')
      throw new StoreError('unreadable', `cannot access ${file}: ${code}`, { file, cause: e });
    if (mode.readonly || !mode.create) {
      throw new StoreError('missing', `no results database at ${file}`, { file, cause: e });
    }
    const dir = path.dirname(file);
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new StoreError('unreadable', `cannot create folder ${dir} for ${file}: ${errnoCode(err)}`, {
        file,
        cause: err,
      });
    }
    return;
  }
  if (stat.isDirectory())
    throw new StoreError('unreadable', `${file} is a folder, not a database file`, { file });
  if (!stat.isFile()) throw new StoreError('unreadable', `${file} is not a regular file`, { file });
  // An empty file is a valid, empty SQLite database (e.g. made by `touch`).
  if (stat.size === 0) return;
  const head = Buffer.alloc(SQLITE_HEADER.length);
  let got = 0;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      got = fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    throw new StoreError('unreadable', `cannot read ${file}: ${errnoCode(e)}`, { file, cause: e });
  }
  if (got < head.length || !head.equals(SQLITE_HEADER)) {
    throw new StoreError('not-sqlite', `${file} is not a SQLite database`, { file });
  }
}

function errnoCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
