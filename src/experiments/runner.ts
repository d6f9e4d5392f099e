/**
 * Running an experiment: resolve its parameters, give every subject its own seed
 * (derived from the master seed, so subjects are the same whatever runs them), run
 * the subjects, pool them. `runSubjects` is pluggable so subjects can run on worker
 * threads; results are identical either way.
 */

import { raiseInMemory } from '../agent/raise.js';
import { deriveSeed } from '../engine/rng.js';
import { VERSION } from '../version.js';
import { resolveParams } from './params.js';
import { getExperiment } from './registry.js';
import type { AgentRaiser, ExperimentDefinition, ExperimentSummary, SubjectOutput } from './types.js';

export interface ExperimentRunOptions {
  /** Master seed (default 1). */
  seed?: number;
  /** Parameter overrides, nested (e.g. { subjects: 3, agent: { brain: { scale: 2 } } }). */
  params?: Record<string, unknown>;
  /** How developed agents are raised (default: in memory; the CLI uses the cache). */
  raise?: AgentRaiser;
  onProgress?: (p: { subject: number; fraction: number; note: string }) => void;
}

export interface SubjectJob {
  experiment: string;
  subject: number;
  seed: number;
  params: unknown;
}

export interface ExperimentRun extends ExperimentSummary {
  experiment: string;
  title: string;
  seed: number;
  subjects: number;
  params: Record<string, unknown>;
  version: string;
  startedAt: string;
  durationS: number;
  outputs: SubjectOutput[];
}

export function subjectSeed(master: number, subject: number): number {
  return deriveSeed(master, `subject/${subject}`);
}

/** Run one subject (in this thread). */
export function runSubjectJob(
  job: SubjectJob,
  raise: AgentRaiser,
  onProgress?: ExperimentRunOptions['onProgress'],
): SubjectOutput {
  const def = getExperiment(job.experiment);
  return def.runSubject({
    subject: job.subject,
    seed: job.seed,
    params: job.params,
    raise,
    progress: (fraction, note) => onProgress?.({ subject: job.subject, fraction, note }),
  });
}

export type SubjectRunner = (
  jobs: SubjectJob[],
  raise: AgentRaiser,
  onProgress?: ExperimentRunOptions['onProgress'],
) => Promise<SubjectOutput[]>;

/** Runs the subjects one after the other in this thread. */
export const runSubjectsInline: SubjectRunner = async (jobs, raise, onProgress) =>
  jobs.map((j) => runSubjectJob(j, raise, onProgress));

export async function runExperiment(
  id: string,
  options: ExperimentRunOptions = {},
  runSubjects: SubjectRunner = runSubjectsInline,
): Promise<ExperimentRun> {
  // biome-ignore lint/suspicious/noExplicitAny: parameters are checked by the experiment's schema
  const def: ExperimentDefinition<any> = getExperiment(id);
  const params = resolveParams(def, options.params ?? {});
  const seed = options.seed ?? 1;
  const started = new Date();
  const t0 = performance.now();
  const jobs: SubjectJob[] = Array.from({ length: params.subjects as number }, (_, subject) => ({
    experiment: id,
    subject,
    seed: subjectSeed(seed, subject),
    params,
  }));
  const outputs = (await runSubjects(jobs, options.raise ?? raiseInMemory, options.onProgress)).sort(
    (a, b) => a.subject - b.subject,
  );
  const summary = def.aggregate(outputs, params);
  return {
    experiment: id,
    title: def.title,
    seed,
    subjects: outputs.length,
    params,
    version: VERSION,
    startedAt: started.toISOString(),
    durationS: (performance.now() - t0) / 1000,
    outputs,
    ...summary,
  };
}
