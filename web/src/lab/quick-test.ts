/**
 * A quick test of every F5 unit, the way Gallese et al. (1996) classified them but
 * with fewer trials: the agent performs each test act and watches the experimenter
 * perform it; a unit is motor if it responds when acting, visual if it responds when
 * watching, mirror if both (rank-sum test against the same trials' baseline, as in
 * the recording protocol).
 *
 * The test must not change the agent's life: the whole network (weights, noise
 * streams, clock) is snapshot before and restored after, so development continues
 * exactly as if no one had tested it. Spikes come from a spike probe on F5 that the
 * caller owns; the caller clears probes afterwards.
 */
import {
  ACTS,
  type ActName,
  type ActResponses,
  type Agent,
  actsRelated,
  classifyUnit,
  type ProbeData,
  unitResponses,
} from '../../../src/index.js';
import { ACT_ON_MS, conditionScene, OBJECT_ON_MS } from './condition-scenes.js';
import { TEST_ACTS } from './conditions.js';
import type { UnitClasses, UnitClassName } from './protocol.js';

export interface QuickTestOptions {
  /** Trials per condition (at least 4: with fewer, the rank-sum test can never reach p < 0.05). */
  trials: number;
  alpha?: number;
  minIncreaseHz?: number;
  /** Rest after each trial, after working memory is cleared (ms), as the recorder does. */
  itiMs?: number;
  /** The acts tested (default: every test act; fewer make a quicker, rougher test). */
  acts?: readonly string[];
}

const BASELINE_MS = OBJECT_ON_MS;

/** Rates (Hz) of every unit in the baseline and response windows of one trial. */
function trialRates(
  agent: Agent,
  probe: string,
  size: number,
  act: ActName,
  who: 'execute' | 'observe',
  itiMs: number,
): { response: Float64Array; baseline: Float64Array } {
  agent.sim.clearProbes();
  const start = agent.timeMs;
  agent.experience(conditionScene(`${who}:${act}`));
  const data: ProbeData = agent.sim.probe(probe);
  if (data.kind !== 'spikes') throw new Error(`probe ${probe} does not record spikes`);
  const response = new Float64Array(size);
  const baseline = new Float64Array(size);
  const actMs = ACTS[act].durationMs;
  for (let k = 0; k < data.index.length; k++) {
    const t = data.timeMs[k]! - start;
    const u = data.index[k]!;
    if (t < BASELINE_MS) baseline[u]!++;
    else if (t >= ACT_ON_MS && t < ACT_ON_MS + actMs) response[u]!++;
  }
  for (let u = 0; u < size; u++) {
    baseline[u] = baseline[u]! / (BASELINE_MS / 1000);
    response[u] = response[u]! / (actMs / 1000);
  }
  agent.clearWorkingMemory();
  agent.rest(itiMs);
  return { response, baseline };
}

/** Classify every F5 unit; the agent is left exactly as it was. */
export function quickTest(
  agent: Agent,
  f5Probe: string,
  options: QuickTestOptions,
  episode: number,
  onProgress?: (fraction: number) => void,
): Omit<UnitClasses, 'epoch'> {
  const { trials, alpha = 0.05, minIncreaseHz = 2, itiMs = 200 } = options;
  const size = agent.sim.population('F5').size;
  const acts = (options.acts ?? TEST_ACTS) as readonly ActName[];
  const snapshot = agent.sim.snapshot();
  const rates = {
    execute: new Map<ActName, { r: Float64Array[]; b: Float64Array[] }>(),
    observe: new Map<ActName, { r: Float64Array[]; b: Float64Array[] }>(),
  };
  const total = trials * acts.length * 2;
  let done = 0;
  try {
    for (let k = 0; k < trials; k++) {
      for (const act of acts) {
        for (const who of ['execute', 'observe'] as const) {
          const { response, baseline } = trialRates(agent, f5Probe, size, act, who, itiMs);
          const entry = rates[who].get(act) ?? { r: [], b: [] };
          entry.r.push(response);
          entry.b.push(baseline);
          rates[who].set(act, entry);
          onProgress?.(++done / total);
        }
      }
    }
  } finally {
    agent.sim.restore(snapshot);
  }
  const criterion = { alpha, minIncreaseHz };
  const responses = (who: 'execute' | 'observe') =>
    new Map(
      acts.map((act) => [act, unitResponses(rates[who].get(act)!.r, rates[who].get(act)!.b, criterion)]),
    );
  const exec = responses('execute');
  const obs = responses('observe');
  const table = (m: typeof exec, u: number): ActResponses =>
    Object.fromEntries(
      acts.map((a) => [a, { significant: m.get(a)![u]!.significant, increaseHz: m.get(a)![u]!.increaseHz }]),
    );
  const out: Omit<UnitClasses, 'epoch'> = {
    episode,
    tMs: agent.timeMs,
    trialsPerCondition: trials,
    acts: [...acts],
    unitClass: [],
    mirrorClass: [],
    preferredExecuted: [],
    preferredObserved: [],
    executedHz: Object.fromEntries(acts.map((a) => [a, exec.get(a)!.map((r) => r.increaseHz)])),
    observedHz: Object.fromEntries(acts.map((a) => [a, obs.get(a)!.map((r) => r.increaseHz)])),
    counts: { mirror: 0, motor: 0, visual: 0, unresponsive: 0 },
  };
  for (let u = 0; u < size; u++) {
    const c = classifyUnit(table(exec, u), table(obs, u), actsRelated);
    const name = c.unitClass as UnitClassName;
    out.unitClass.push(name);
    out.mirrorClass.push(c.mirrorClass);
    out.preferredExecuted.push(c.preferredExecuted);
    out.preferredObserved.push(c.preferredObserved);
    out.counts[name]++;
  }
  return out;
}
