/**
 * Running a session of interleaved conditions: each block holds one repetition of
 * every condition still due, in a seeded random order, as in the papers' protocols
 * (so slow drifts cannot masquerade as condition effects).
 */
import type { Rng } from '../../engine/rng.js';
import type { SessionRecorder, TrialSpec } from '../../instruments/recorder.js';
import type { TrialRecord } from '../../instruments/recording.js';

export interface ConditionPlan {
  /** Builds the trial (called once per repetition, so scenes may vary between repetitions). */
  make: (repetition: number) => TrialSpec;
  reps: number;
}

export function runInterleaved(
  recorder: SessionRecorder,
  plans: readonly ConditionPlan[],
  rng: Rng,
  progress?: (fraction: number) => void,
): Map<string, TrialRecord[]> {
  const total = plans.reduce((s, x) => s + x.reps, 0);
  const conditions = new Map<string, TrialRecord[]>();
  let done = 0;
  for (let block = 0; done < total; block++) {
    const due = plans.filter((s) => s.reps > block);
    for (let i = due.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [due[i], due[j]] = [due[j]!, due[i]!];
    }
    for (const s of due) {
      const trial = recorder.runTrial(s.make(block));
      const list = conditions.get(trial.condition) ?? [];
      list.push(trial);
      conditions.set(trial.condition, list);
      done++;
      progress?.(done / total);
    }
  }
  return conditions;
}
