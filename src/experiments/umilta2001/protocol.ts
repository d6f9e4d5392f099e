/**
 * The four conditions of Umiltà et al. (2001) for one monkey: the experimenter grasps
 * an object in full vision; grasps it behind a screen after the monkey has seen it
 * placed there (hidden); mimes the grasp in full vision; mimes it behind the screen
 * (the monkey saw that nothing was placed). The monkey also performs the grasp, so
 * that grasp mirror units can be identified. Responses are aligned on act onset.
 */
import type { Agent } from '../../agent/agent.js';
import type { ResponseCriterion, UnitResponse } from '../../analysis/responses.js';
import { RngTree } from '../../engine/rng.js';
import { SessionRecorder } from '../../instruments/recorder.js';
import type { TrialRecord } from '../../instruments/recording.js';
import type { ActName } from '../../world/acts.js';
import { runInterleaved } from '../common/session.js';
import { ACT_ON_MS, actTrialScene, actWindow, responses } from '../common/trials.js';

export const GRASP: ActName = 'precisionGrip';
const OBJECT = 'raisin' as const;
/** The screen comes up after the monkey saw the object, shortly before the hand moves. */
export const SCREEN_MS = ACT_ON_MS - 50;

export const CONDITIONS = ['execute', 'full', 'hidden', 'mimedFull', 'mimedHidden'] as const;
export type Condition = (typeof CONDITIONS)[number];

export function conditionScene(c: Condition) {
  switch (c) {
    case 'execute':
      return actTrialScene({ who: 'self', act: GRASP, object: OBJECT });
    case 'full':
      return actTrialScene({ who: 'other', act: GRASP, object: OBJECT });
    case 'hidden':
      return actTrialScene({ who: 'other', act: GRASP, object: OBJECT, screenFromMs: SCREEN_MS });
    case 'mimedFull':
      return actTrialScene({ who: 'other', act: GRASP, mime: true });
    case 'mimedHidden':
      return actTrialScene({ who: 'other', act: GRASP, mime: true, screenFromMs: SCREEN_MS });
  }
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
  which: readonly Condition[],
  label = '',
  progress?: (f: number) => void,
): Session {
  const recorder = new SessionRecorder(agent, { areas: ['F5'], subject });
  const plans = which.map((c) => ({
    make: () => ({ condition: `${label}${c}`, scene: conditionScene(c) }),
    reps: trials,
  }));
  return {
    recorder,
    conditions: runInterleaved(recorder, plans, new RngTree(seed).stream('umilta2001/order'), progress),
  };
}

/** Responses of every F5 unit in each condition (response window: the grasp). */
export function sessionResponses(s: Session, criterion: ResponseCriterion): Map<string, UnitResponse[]> {
  const out = new Map<string, UnitResponse[]>();
  for (const [c, trials] of s.conditions)
    out.set(c, responses(s.recorder, 'F5', trials, actWindow(GRASP), criterion));
  return out;
}
