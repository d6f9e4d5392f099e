/**
 * The results database of mirrorlab: every run of every experiment, with its
 * parameters, seed, outcome, metrics, criteria and artifacts, kept in one SQLite
 * file so that results are never lost, can be found again and compared.
 *
 * Guarantees:
 * - A run is `completed` only together with all of its metrics, criteria and
 *   artifacts (one transaction); a crash at any moment leaves it `running`, and the
 *   next open declares it `interrupted`.
 * - A completed or failed run is final: it cannot be completed or failed again.
 * - Every failure surfaces as a {@link StoreError} naming the file, run or field.
 *
 * Create one with `openStore`. A store is used from one thread; several processes
 * may use the same file at once.
 */
import { inspect } from 'node:util';
import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';
import { newId } from './ids.js';
import { listQuery } from './list-query.js';
import { ownRuns, thisHost } from './liveness.js';
import { mergeInto } from './merge.js';
import { recoverInterrupted } from './recover.js';
import { type RunRow, toRunRecord, toSweepRecord } from './rows.js';
import { describeSqliteError } from './sqlite-errors.js';
import { createSweep, pointRun, sweepRow } from './sweeps.js';
import type {
  Artifact,
  ArtifactInfo,
  RunCompletion,
  RunDetails,
  RunQuery,
  RunRecord,
  RunStart,
  RunStatus,
  SweepRecord,
  SweepStart,
} from './types.js';
import { checkCompletion, checkStart } from './validate.js';

/** How many fresh ids to try when one is taken (practically never). */
const ID_ATTEMPTS = 5;

export class RunStore {
  /** Absolute path of the database file. */
  readonly file: string;
  /** Whether the store was opened read-only (every write throws). */
  readonly readonly: boolean;
  #db: Database | undefined;

  /** @internal Use `openStore`, which checks, upgrades and recovers the file first. */
  constructor(db: Database, file: string, readonly: boolean) {
    this.#db = db;
    this.file = file;
    this.readonly = readonly;
  }

  /** Record the start of a run (status `running`, with this process's id and host); returns its id. */
  startRun(start: RunStart): string {
    const row = checkStart(start);
    const id = this.#write('starting a run', (db) => {
      if (row.sweepId !== null) sweepRow(db, this.file, row.sweepId);
      const insert = db.prepare(
        `INSERT INTO runs (id, experiment, params, seed, subjects, version, started_at, status, pid, host,
                           sweep_id, point_key)
         VALUES (@id, @experiment, @params, @seed, @subjects, @version, @startedAt, 'running', @pid, @host,
                 @sweepId, @pointKey)`,
      );
      for (let attempt = 1; ; attempt++) {
        const { id, ms } = newId();
        if (attempt < ID_ATTEMPTS && db.prepare('SELECT 1 FROM runs WHERE id = ?').get(id) !== undefined) {
          continue;
        }
        insert.run({ ...row, id, startedAt: new Date(ms).toISOString(), pid: process.pid, host: thisHost() });
        return id;
      }
    });
    ownRuns().add(id);
    return id;
  }

  /**
   * Store everything the run produced and mark it `completed`, all in one
   * transaction: if anything fails, nothing is stored and the run stays as it was.
   * A run declared `interrupted` by another process can still be completed — its
   * process was alive after all, and the results are real.
   */
  completeRun(id: string, done: RunCompletion): void {
    const row = checkCompletion(done);
    this.#write(`completing run ${id}`, (db) => {
      this.#finishable(db, id, 'complete');
      db.prepare(
        `UPDATE runs SET status = 'completed', ended_at = ?, metrics = ?, criteria = ?, error = NULL
         WHERE id = ?`,
      ).run(new Date().toISOString(), row.metrics, row.criteria, id);
      const insert = db.prepare(
        'INSERT INTO artifacts (run_id, name, media_type, content) VALUES (?, ?, ?, ?)',
      );
      for (const a of row.artifacts) insert.run(id, a.name, a.mediaType, a.content);
    });
    ownRuns().delete(id);
  }

  /** Mark a run `failed` with the error (an Error's stack, or the value as text). */
  failRun(id: string, error: unknown): void {
    const message = errorText(error);
    this.#write(`failing run ${id}`, (db) => {
      this.#finishable(db, id, 'fail');
      db.prepare("UPDATE runs SET status = 'failed', ended_at = ?, error = ? WHERE id = ?").run(
        new Date().toISOString(),
        message,
        id,
      );
    });
    ownRuns().delete(id);
  }

  /** A run with its artifacts listed (without their content). */
  getRun(id: string): RunDetails {
    return this.#read(`reading run ${id}`, (db) => {
      const run = toRunRecord(this.#runRow(db, id), this.file);
      const artifacts = db
        .prepare(
          `SELECT name, media_type AS mediaType, octet_length(content) AS size, typeof(content) = 'text' AS isText
           FROM artifacts WHERE run_id = ? ORDER BY name`,
        )
        .all(id) as { name: string; mediaType: string; size: number; isText: number }[];
      return {
        ...run,
        artifacts: artifacts.map((a): ArtifactInfo => ({ ...a, isText: a.isText === 1 })),
      };
    });
  }

  /** One artifact with its content: a string if it was stored as text, bytes otherwise. */
  getArtifact(id: string, name: string): Artifact {
    return this.#read(`reading artifact ${name} of run ${id}`, (db) => {
      const row = db
        .prepare('SELECT media_type, content FROM artifacts WHERE run_id = ? AND name = ?')
        .get(id, name) as { media_type: string; content: Buffer | string } | undefined;
      if (row === undefined) {
        this.#runRow(db, id);
        throw new StoreError('not-found', `run ${id} has no artifact named ${name}`, { file: this.file });
      }
      const content =
        typeof row.content === 'string'
          ? row.content
          : new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength);
      return { name, mediaType: row.media_type, content };
    });
  }

  /** Runs matching all the given filters, newest first (by start time, then id). */
  listRuns(query: RunQuery = {}): RunRecord[] {
    const { sql, params } = listQuery(query);
    return this.#read('listing runs', (db) =>
      (db.prepare(sql).all(params) as RunRow[]).map((r) => toRunRecord(r, this.file)),
    );
  }

  /**
   * Declare `interrupted` every `running` run whose process is gone (see
   * `recover.ts`); returns their ids. `openStore` calls it, so callers rarely need to.
   */
  recoverInterrupted(): string[] {
    return this.#writeOwn('looking for interrupted runs', (db) => recoverInterrupted(db));
  }

  /**
   * SQLite's check of the whole file, plus a check that every artifact has its run
   * and every run its sweep: `ok`, or one problem per line.
   */
  integrityCheck(): string {
    return this.#read('checking integrity', (db) => {
      const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
        (r) => r.integrity_check,
      );
      if (problems.length === 1 && problems[0] === 'ok') problems.length = 0;
      const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
      for (const o of orphans)
        problems.push(`row ${o.rowid} of ${o.table} refers to a missing ${o.parent} row`);
      return problems.length === 0 ? 'ok' : problems.join('\n');
    });
  }

  /** Record a sweep; returns its id. With a given id, an identical existing sweep is returned as is. */
  createSweep(sweep: SweepStart): string {
    return this.#write('creating a sweep', (db) => createSweep(db, this.file, sweep));
  }

  getSweep(id: string): SweepRecord {
    return this.#read(`reading sweep ${id}`, (db) => toSweepRecord(sweepRow(db, this.file, id), this.file));
  }

  /**
   * The run to consult when resuming a sweep at a point: its completed run if there
   * is one (then skip the point), else its most recent run of any status, else
   * undefined. Several runs can share a point when earlier attempts failed.
   */
  findRunByPoint(sweepId: string, pointKey: string): RunRecord | undefined {
    return this.#read(`looking up point ${pointKey} of sweep ${sweepId}`, (db) => {
      const row = pointRun(db, this.file, sweepId, pointKey);
      return row === undefined ? undefined : toRunRecord(row, this.file);
    });
  }

  /**
   * Copy the completed runs (with artifacts) and the sweeps of another results file
   * that are not here yet, in one transaction; returns how many runs were copied.
   * The other file is only read. See `merge.ts` for how conflicts are handled.
   */
  mergeFrom(otherDbFile: string): number {
    return this.#writeOwn(`merging ${otherDbFile}`, (db) => mergeInto(db, this.file, otherDbFile));
  }

  /** Close the file. Safe to call twice; any other use afterwards throws. */
  close(): void {
    const db = this.#db;
    this.#db = undefined;
    db?.close();
  }

  #open(): Database {
    if (this.#db === undefined) {
      throw new StoreError('closed', `the results database ${this.file} is already closed`, {
        file: this.file,
      });
    }
    return this.#db;
  }

  #read<T>(doing: string, fn: (db: Database) => T): T {
    const db = this.#open();
    try {
      return fn(db);
    } catch (e) {
      throw describeSqliteError(this.file, e, doing);
    }
  }

  /**
   * Run `fn` in one write transaction. It takes the write lock at once (BEGIN
   * IMMEDIATE): a transaction that starts reading and later wants to write can be
   * refused by SQLite when another process writes in between.
   */
  #write<T>(doing: string, fn: (db: Database) => T): T {
    return this.#writeOwn(doing, (db) => db.transaction(fn).immediate(db));
  }

  /** For writers that manage their own transaction. */
  #writeOwn<T>(doing: string, fn: (db: Database) => T): T {
    if (this.readonly) {
      throw new StoreError('readonly', `${this.file} was opened read-only, so ${doing} is not possible`, {
        file: this.file,
      });
    }
    return this.#read(doing, fn);
  }

  #runRow(db: Database, id: string): RunRow {
    const row = db.prepare('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
    if (row === undefined)
      throw new StoreError('not-found', `no run ${id} in ${this.file}`, { file: this.file });
    return row;
  }

  /** Throw unless the run exists and has not already finished. */
  #finishable(db: Database, id: string, verb: 'complete' | 'fail'): void {
    const status = this.#runRow(db, id).status as RunStatus;
    if (status === 'completed' || status === 'failed') {
      throw new StoreError('conflict', `cannot ${verb} run ${id}: it has already ${status}`, {
        file: this.file,
      });
    }
  }
}

/** What is stored as a failed run's error: an Error's stack (it says where), anything else as text. */
function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  const s =
    typeof error === 'string' ? error : inspect(error, { depth: 4, breakLength: Number.POSITIVE_INFINITY });
  return s.length > 0 ? s : '(no message)';
}
