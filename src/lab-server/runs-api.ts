/**
 * What `mirrorlab lab` offers at /api/runs: the stored runs of the results database,
 * read-only. Plain types (no Node imports), shared with the browser lab's runs panel.
 */
export interface RunSummary {
  id: string;
  experiment: string;
  status: string;
  startedAt: string;
  endedAt: string | null;
  seed: number;
  subjects: number;
  version: string;
  criteriaPassed: number;
  criteriaTotal: number;
  criteria: { id: string; description: string; passed: boolean; measured: string; expected: string }[];
}

export interface RunsResponse {
  /** The database file read, or null when there is none. */
  database: string | null;
  runs: RunSummary[];
  /** Why there are no runs, in a sentence (no database, unreadable…). */
  message?: string;
}

export const RUNS_PATH = '/api/runs';
