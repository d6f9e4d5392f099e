/**
 * `result.json`: what a run found, in one file, stored with the run and written
 * beside its report. It carries the experiment's description and published result
 * as they were when the run was made, so a report rebuilt later from the database
 * says exactly what the first one said, whatever has changed in the code since.
 */
import type { Criterion, ExperimentRun, PublishedResult } from '../experiments/index.js';
import { getExperiment } from '../experiments/index.js';
import type { JsonObject } from '../store/index.js';
import { jsonSafe } from './json-safe.js';

export interface RunResultFile {
  formatVersion: 1;
  experiment: string;
  title: string;
  protocol: string;
  published: PublishedResult;
  seed: number;
  subjects: number;
  version: string;
  /** Pooled metrics: mean, 95% CI, n, per-subject values, unit (null: not measurable). */
  metrics: JsonObject;
  criteria: Criterion[];
  notes: string[];
  /** Each subject's own measurements (null: not measurable). */
  perSubject: { subject: number; seed: number; metrics: JsonObject }[];
  /** Seconds the simulation took (the run's start and end times are in its database row). */
  durationS: number;
  params: JsonObject;
}

export function resultFile(run: ExperimentRun): RunResultFile {
  const def = getExperiment(run.experiment);
  return {
    formatVersion: 1,
    experiment: run.experiment,
    title: run.title,
    protocol: def.protocol,
    published: def.published,
    seed: run.seed,
    subjects: run.subjects,
    version: run.version,
    metrics: jsonSafe(run.metrics) as JsonObject,
    criteria: run.criteria,
    notes: run.notes ?? [],
    perSubject: run.outputs.map((o) => ({
      subject: o.subject,
      seed: o.seed,
      metrics: jsonSafe(o.metrics) as JsonObject,
    })),
    durationS: Number(run.durationS.toFixed(3)),
    params: jsonSafe(run.params) as JsonObject,
  };
}
