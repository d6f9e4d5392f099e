/**
 * Kohler et al. (2002) for one monkey: for each noisy act (breaking a peanut, ripping
 * paper, dropping a stick) the monkey performs it, sees and hears the experimenter do
 * it, only sees it (silent), only hears it (in the dark); control noises are heard in
 * the dark. Responses are aligned on the moment the act makes its sound.
 */
import type { Agent } from '../../agent/agent.js';
import type { ResponseCriterion, UnitResponse } from '../../analysis/responses.js';
import { unitResponses } from '../../analysis/responses.js';
import { RngTree } from '../../engine/rng.js';
import { SessionRecorder } from '../../instruments/recorder.js';
import type { TrialRecord } from '../../instruments/recording.js';
import { otherActor } from '../../world/actors.js';
import { ACTS, type ActName } from '../../world/acts.js';
import type { ObjectName } from '../../world/objects.js';
import { scene } from '../../world/scene.js';
import { CONTROL_NOISES } from '../../world/sounds.js';
import { type ConditionPlan, runInterleaved } from '../common/session.js';
import { ACT_ON_MS, actTrialScene, BASELINE_WINDOW } from '../common/trials.js';

export const SOUND_ACTS: { act: ActName; object: ObjectName }[] = [
  { act: 'break', object: 'peanut' },
  { act: 'tear', object: 'paper' },
  { act: 'drop', object: 'stick' },
];

/** Modalities: M perform, VS see and hear, V see only, S hear only. */
export const MODALITIES = ['M', 'VS', 'V', 'S'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Response window around the sound (ms). */
export const WINDOW = { startMs: 0, endMs: 400 };

function soundTime(act: ActName): number {
  const a = ACTS[act];
  return ACT_ON_MS + (a.sound?.atPhase ?? 0.5) * a.durationMs;
}

export function modalityScene(m: Modality, act: ActName, object: ObjectName) {
  switch (m) {
    case 'M':
      return actTrialScene({ who: 'self', act, object });
    case 'VS':
      return actTrialScene({ who: 'other', act, object });
    case 'V':
      return actTrialScene({ who: 'other', act, object, silent: true });
    case 'S':
      return actTrialScene({ who: 'other', act, object, dark: true });
  }
}

export function controlNoiseScene(noise: (typeof CONTROL_NOISES)[number]) {
  return scene({ actor: otherActor('experimenter'), dark: true })
    .wait(ACT_ON_MS + 400)
    .sound(noise)
    .wait(600)
    .build();
}

export interface Session {
  recorder: SessionRecorder;
  conditions: Map<string, TrialRecord[]>;
}

export function recordSession(
  agent: Agent,
  subject: number,
  seed: number,
  trials: number,
  progress?: (f: number) => void,
): Session {
  const recorder = new SessionRecorder(agent, { areas: ['F5'], subject });
  const plans: ConditionPlan[] = [];
  for (const { act, object } of SOUND_ACTS) {
    for (const m of MODALITIES) {
      plans.push({
        make: () => ({
          condition: `${m}:${act}`,
          scene: modalityScene(m, act, object),
          align: soundTime(act),
        }),
        reps: trials,
      });
    }
  }
  for (const noise of CONTROL_NOISES) {
    plans.push({
      make: () => ({ condition: `noise:${noise}`, scene: controlNoiseScene(noise), align: 'sound' }),
      reps: trials,
    });
  }
  return {
    recorder,
    conditions: runInterleaved(recorder, plans, new RngTree(seed).stream('kohler2002/order'), progress),
  };
}

/** Per condition: every unit's response, and the trial-by-unit rates (for decoding). */
export function sessionResponses(
  s: Session,
  criterion: ResponseCriterion,
): Map<string, { responses: UnitResponse[]; rates: Float64Array[] }> {
  const out = new Map<string, { responses: UnitResponse[]; rates: Float64Array[] }>();
  for (const [c, trials] of s.conditions) {
    const rates = s.recorder.rates('F5', trials, { from: 'align', ...WINDOW });
    out.set(c, {
      responses: unitResponses(rates, s.recorder.rates('F5', trials, BASELINE_WINDOW), criterion),
      rates,
    });
  }
  return out;
}
