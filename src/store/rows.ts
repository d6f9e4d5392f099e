/**
 * Rows as SQLite returns them, and their conversion to the records of the API.
 * Stored JSON is parsed here; text that no longer parses, or a status outside the
 * known four, is reported as damage rather than passed on.
 */
import { StoreError } from './errors.js';
import { type JsonObject, parseStoredJson } from './json.js';
import {
  RUN_STATUSES,
  type RunRecord,
  type RunStatus,
  type StoredCriterion,
  type SweepRecord,
} from './types.js';

export interface RunRow {
  id: string;
  experiment: string;
  params: string;
  seed: number;
  subjects: number;
  version: string;
  started_at: string;
  ended_at: string | null;
  status: string;
  pid: number;
  host: string;
  metrics: string | null;
  criteria: string | null;
  error: string | null;
  sweep_id: string | null;
  point_key: string | null;
}

export interface SweepRow {
  id: string;
  experiment: string;
  spec: string;
  created_at: string;
}

/** The columns of `runs`, in table order; used to copy rows verbatim. */
export const RUN_COLUMNS = [
  'id',
  'experiment',
  'params',
  'seed',
  'subjects',
  'version',
  'started_at',
  'ended_at',
  'status',
  'pid',
  'host',
  'metrics',
  'criteria',
  'error',
  'sweep_id',
  'point_key',
] as const satisfies readonly (keyof RunRow)[];

export function toRunRecord(row: RunRow, file: string): RunRecord {
  const what = (column: string) => `${column} of run ${row.id}`;
  if (!RUN_STATUSES.includes(row.status as RunStatus)) {
    throw new StoreError('damaged', `${file} is damaged: run ${row.id} has unknown status ${row.status}`, {
      file,
    });
  }
  return {
    id: row.id,
    experiment: row.experiment,
    params: parseStoredJson(row.params, what('params'), file),
    seed: row.seed,
    subjects: row.subjects,
    version: row.version,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    status: row.status as RunStatus,
    pid: row.pid,
    host: row.host,
    metrics:
      row.metrics === null ? null : (parseStoredJson(row.metrics, what('metrics'), file) as JsonObject),
    criteria:
      row.criteria === null
        ? null
        : (parseStoredJson(row.criteria, what('criteria'), file) as unknown as StoredCriterion[]),
    error: row.error,
    sweepId: row.sweep_id,
    pointKey: row.point_key,
  };
}

export function toSweepRecord(row: SweepRow, file: string): SweepRecord {
  return {
    id: row.id,
    experiment: row.experiment,
    spec: parseStoredJson(row.spec, `spec of sweep ${row.id}`, file),
    createdAt: row.created_at,
  };
}
