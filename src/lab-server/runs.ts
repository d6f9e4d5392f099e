/** The stored runs for the lab, read from the results database without changing it. */
import fs from 'node:fs';
import { openStore, type RunRecord } from '../node.js';
import type { RunSummary, RunsResponse } from './runs-api.js';

/** Most runs listed (the newest). */
export const RUNS_LIMIT = 200;

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function summarize(r: RunRecord): RunSummary {
  const criteria = (r.criteria ?? []).map((c) => ({
    id: c.id,
    description: c.description,
    passed: c.passed,
    measured: text(c.measured),
    expected: text(c.expected),
  }));
  return {
    id: r.id,
    experiment: r.experiment,
    status: r.status,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    seed: r.seed,
    subjects: r.subjects,
    version: r.version,
    criteriaPassed: criteria.filter((c) => c.passed).length,
    criteriaTotal: criteria.length,
    criteria,
  };
}

/** The runs of `file`, newest first; a missing or unreadable database is said, not thrown. */
export function listStoredRuns(file: string | null): RunsResponse {
  if (file === null || !fs.existsSync(file)) {
    return {
      database: null,
      runs: [],
      message: 'No results database yet: `mirrorlab run <experiment>` creates one.',
    };
  }
  try {
    const store = openStore(file, { readonly: true });
    try {
      return { database: file, runs: store.listRuns({ limit: RUNS_LIMIT }).map(summarize) };
    } finally {
      store.close();
    }
  } catch (e) {
    return {
      database: file,
      runs: [],
      message: `The results database could not be read: ${(e as Error).message}`,
    };
  }
}
