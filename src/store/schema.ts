/**
 * The database layout and how it evolves.
 *
 * The layout's version is kept in `PRAGMA user_version`; `MIGRATIONS[v]` takes a
 * database from version v to v + 1, and a new layout is always a new entry at the
 * end — an existing entry is never edited, because files written with it exist.
 * `PRAGMA application_id` marks the file as mirrorlab's, so that another program's
 * SQLite database is recognised and never modified.
 *
 * The tables are plain (not STRICT) so that the SQLite shipped with older systems
 * and with Python can still read them; the CHECK constraints give the same
 * guarantees where they matter, and enforce the life cycle of a run: a completed run
 * always has its end time, metrics and criteria, a failed one always its error.
 */
import type { Database } from 'better-sqlite3';

/** "MLAB" in ASCII: marks a SQLite file as a mirrorlab results database. */
export const APPLICATION_ID = 0x4d4c4142;

export interface Migration {
  /** One line for humans. */
  describe: string;
  up(db: Database): void;
}

const V1 = `
CREATE TABLE sweeps (
  id          TEXT NOT NULL PRIMARY KEY CHECK (length(id) > 0),
  experiment  TEXT NOT NULL CHECK (length(experiment) > 0),
  spec        TEXT NOT NULL CHECK (json_valid(spec)),
  created_at  TEXT NOT NULL
);

CREATE TABLE runs (
  id          TEXT NOT NULL PRIMARY KEY CHECK (length(id) > 0),
  experiment  TEXT NOT NULL CHECK (length(experiment) > 0),
  params      TEXT NOT NULL CHECK (json_valid(params)),
  seed        INTEGER NOT NULL CHECK (typeof(seed) = 'integer'),
  subjects    INTEGER NOT NULL CHECK (typeof(subjects) = 'integer' AND subjects >= 0),
  version     TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  ended_at    TEXT,
  status      TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
  pid         INTEGER NOT NULL CHECK (typeof(pid) = 'integer'),
  host        TEXT NOT NULL,
  metrics     TEXT CHECK (metrics IS NULL OR (json_valid(metrics) AND json_type(metrics) = 'object')),
  criteria    TEXT CHECK (criteria IS NULL OR (json_valid(criteria) AND json_type(criteria) = 'array')),
  error       TEXT,
  sweep_id    TEXT REFERENCES sweeps (id),
  point_key   TEXT,
  CHECK ((sweep_id IS NULL) = (point_key IS NULL)),
  CHECK (status <> 'completed' OR (ended_at IS NOT NULL AND metrics IS NOT NULL AND criteria IS NOT NULL)),
  CHECK (status <> 'failed' OR (ended_at IS NOT NULL AND error IS NOT NULL))
);

CREATE INDEX runs_by_time ON runs (started_at, id);
CREATE INDEX runs_by_experiment ON runs (experiment, started_at, id);
CREATE INDEX runs_by_status ON runs (status, started_at, id);
CREATE INDEX runs_by_sweep_point ON runs (sweep_id, point_key);

CREATE TABLE artifacts (
  run_id      TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  media_type  TEXT NOT NULL CHECK (instr(media_type, '/') > 1),
  content     BLOB NOT NULL CHECK (typeof(content) IN ('blob', 'text')),
  UNIQUE (run_id, name)
);
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    describe: 'runs, artifacts and sweeps',
    up: (db) => db.exec(V1),
  },
];

/** The layout version this code writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** The tables every current database has; one missing means damage. */
export const TABLES = ['runs', 'artifacts', 'sweeps'] as const;
