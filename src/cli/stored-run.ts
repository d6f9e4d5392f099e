/**
 * One experiment run, recorded in the results database from start to end: the
 * run is started (status `running`, with its full parameters and seed) before any
 * simulation, and completed — metrics, criteria and artifacts in one transaction —
 * or failed with its error. Stopped in between — Ctrl-C, SIGTERM from a scheduler,
 * kill -9, a crash — it stays `running` until the next command notices its process
 * is gone and marks it `interrupted`. No signal handler is installed on purpose:
 * the default action ends the process at once even while a subject is being
 * computed in this thread, and SQLite's journal makes that as safe as any stop.
 */
import {
  type AgentRaiser,
  type ExperimentRun,
  type ExperimentRunOptions,
  type RunStore,
  runExperiment,
  type SubjectRunner,
  VERSION,
} from '../node.js';
import { jsonSafe, runArtifacts } from '../report/index.js';

export interface RunPlan {
  experiment: string;
  seed: number;
  /** Overrides as given (nested). */
  overrides: Record<string, unknown>;
  /** The full parameters they resolve to (stored with the run). */
  resolved: Record<string, unknown>;
  sweep?: { id: string; pointKey: string };
}

export type RunOutcome =
  | { id: string; ok: true; run: ExperimentRun }
  | { id: string; ok: false; error: unknown };

export interface RunMachinery {
  runner: SubjectRunner;
  raise: AgentRaiser;
  onProgress?: ExperimentRunOptions['onProgress'];
}

export async function executeStoredRun(store: RunStore, plan: RunPlan, m: RunMachinery): Promise<RunOutcome> {
  const id = store.startRun({
    experiment: plan.experiment,
    params: jsonSafe(plan.resolved),
    seed: plan.seed,
    subjects: plan.resolved.subjects as number,
    version: VERSION,
    ...(plan.sweep ? { sweepId: plan.sweep.id, pointKey: plan.sweep.pointKey } : {}),
  });
  try {
    const run = await runExperiment(
      plan.experiment,
      {
        seed: plan.seed,
        params: plan.overrides,
        raise: m.raise,
        ...(m.onProgress ? { onProgress: m.onProgress } : {}),
      },
      m.runner,
    );
    store.completeRun(id, {
      metrics: jsonSafe(run.metrics) as object,
      criteria: run.criteria,
      artifacts: runArtifacts(run),
    });
    return { id, ok: true, run };
  } catch (error) {
    try {
      store.failRun(id, error);
    } catch {
      // Cannot even record the failure: the run stays `running` and is marked interrupted later.
    }
    return { id, ok: false, error };
  }
}
