/**
 * The records the results database keeps: runs (one execution of an experiment
 * with one seed and parameter set), their artifacts (figures, tables, recordings)
 * and sweeps (a planned set of runs over a parameter grid).
 */
import type { JsonObject, JsonValue } from './json.js';

/**
 * A run is `running` from its start until it ends one of three ways: `completed`
 * (all its results stored), `failed` (it reported an error) or `interrupted` (its
 * process vanished without saying — a crash, a kill, a lost node).
 */
export type RunStatus = 'running' | 'completed' | 'failed' | 'interrupted';

export const RUN_STATUSES: readonly RunStatus[] = ['running', 'completed', 'failed', 'interrupted'];

/** One success criterion of a reproduced experiment and how the run fared. */
/** A criterion outcome as stored (the experiments' Criterion has the same shape). */
export interface StoredCriterion {
  id: string;
  description: string;
  passed: boolean;
  /** What the run measured (null when it could not be measured). */
  measured: JsonValue;
  /** What the published experiment reports, or the threshold to meet. */
  expected: JsonValue;
}

/** What is known when a run starts. */
export interface RunStart {
  experiment: string;
  /** The full resolved parameters, so the run can be repeated exactly. Must be JSON. */
  params: unknown;
  seed: number;
  subjects: number;
  /** The mirrorlab version that runs it. */
  version: string;
  /** The sweep this run belongs to; `pointKey` names its point in the sweep. Both or neither. */
  sweepId?: string;
  pointKey?: string;
}

/** A file-like result of a run, stored inside the database. */
export interface ArtifactInput {
  /** Unique within the run, e.g. `figure-2.png`. */
  name: string;
  /** e.g. `image/png`, `image/svg+xml`, `text/csv`. */
  mediaType: string;
  /** Text is stored as text (readable with any SQLite tool) and comes back as a string. */
  content: Uint8Array | string;
}

/** Everything a completed run produced; stored together or not at all. */
export interface RunCompletion {
  /** Named results, a plain JSON object. */
  metrics: object;
  criteria: readonly StoredCriterion[];
  artifacts: readonly ArtifactInput[];
}

/** An artifact as listed with its run, without its content. */
export interface ArtifactInfo {
  name: string;
  mediaType: string;
  /** Size of the content in bytes (UTF-8 for text). */
  size: number;
  /** Whether the content comes back as a string. */
  isText: boolean;
}

/** An artifact with its content. */
export interface Artifact {
  name: string;
  mediaType: string;
  content: Uint8Array | string;
}

/** A stored run, JSON fields parsed. */
export interface RunRecord {
  id: string;
  experiment: string;
  params: JsonValue;
  seed: number;
  subjects: number;
  version: string;
  /** ISO 8601 UTC, millisecond precision. */
  startedAt: string;
  /** When the run completed or failed; null while running and when interrupted (the end is unknown). */
  endedAt: string | null;
  status: RunStatus;
  pid: number;
  host: string;
  /** Present once completed. */
  metrics: JsonObject | null;
  /** Present once completed. */
  criteria: StoredCriterion[] | null;
  /** Why the run failed or was declared interrupted. */
  error: string | null;
  sweepId: string | null;
  pointKey: string | null;
}

/** A run with the list of its artifacts. */
export interface RunDetails extends RunRecord {
  artifacts: ArtifactInfo[];
}

/** Filters for {@link RunStore.listRuns}; all optional, combined with AND. */
export interface RunQuery {
  experiment?: string;
  status?: RunStatus;
  sweepId?: string;
  /** At most this many runs (the newest). */
  limit?: number;
}

/** What a sweep is created from. */
export interface SweepStart {
  experiment: string;
  /** The sweep's plan (grid, seeds, shared parameters). Must be JSON. */
  spec: unknown;
  /**
   * Give the id yourself to share one sweep between shard databases (create it with
   * the same id and spec in every shard, then merge): creating an existing sweep
   * with the same experiment and spec returns it unchanged.
   */
  id?: string;
}

export interface SweepRecord {
  id: string;
  experiment: string;
  spec: JsonValue;
  createdAt: string;
}

export interface OpenOptions {
  /** Open for reading only: nothing in the file is changed (no upgrade, no recovery). Default false. */
  readonly?: boolean;
  /** Create the file (and its folder) when it does not exist. Default: true unless read-only. */
  create?: boolean;
}
