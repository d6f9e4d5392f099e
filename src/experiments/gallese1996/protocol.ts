/**
 * The recording session of Gallese et al. (1996), for one simulated monkey: the monkey
 * performs each hand act and watches the experimenter perform it; as controls it sees
 * the object alone and the act mimed without an object. Conditions are interleaved
 * in a seeded random order, one repetition of every condition per block.
 */
import type { Agent } from '../../agent/agent.js';
import { type ActResponses, classifyUnit, type UnitClassification } from '../../analysis/mirror-classes.js';
import type { ResponseCriterion, UnitResponse } from '../../analysis/responses.js';
import { RngTree } from '../../engine/rng.js';
import { SessionRecorder } from '../../instruments/recorder.js';
import type { TrialRecord } from '../../instruments/recording.js';
import type { ActName } from '../../world/acts.js';
import type { ObjectName } from '../../world/objects.js';
import { actsRelated } from '../common/acts.js';
import { type ConditionPlan, runInterleaved } from '../common/session.js';
import { actTrialScene, actWindow, objectAloneScene, responses } from '../common/trials.js';

/** The object-directed acts tested (as in the paper: grasping with two grips, holding, placing, bringing to the mouth, breaking, tearing). */
export const TEST_ACTS: ActName[] = [
  'precisionGrip',
  'wholeHandGrip',
  'hold',
  'bringToMouth',
  'place',
  'break',
  'tear',
];

/** The object each act is performed on. */
export const TEST_OBJECT: Record<string, ObjectName> = {
  precisionGrip: 'raisin',
  wholeHandGrip: 'ball',
  hold: 'cube',
  bringToMouth: 'raisin',
  place: 'cube',
  break: 'peanut',
  tear: 'paper',
  drop: 'stick',
  reach: 'cube',
};

const OBJECTS_ALONE: ObjectName[] = ['raisin', 'cube', 'peanut', 'paper', 'ball'];

export interface SessionPlan {
  trials: number;
  /** Include the object-alone and mimed-act controls. */
  controls: boolean;
}

export interface Session {
  recorder: SessionRecorder;
  conditions: Map<string, TrialRecord[]>;
}

/** Record a full session from the F5 of one agent. */
export function recordSession(
  agent: Agent,
  subject: number,
  seed: number,
  plan: SessionPlan,
  progress?: (f: number) => void,
): Session {
  const recorder = new SessionRecorder(agent, { areas: ['F5'], subject });
  const plans: ConditionPlan[] = [];
  for (const act of TEST_ACTS) {
    const object = TEST_OBJECT[act]!;
    const container = act === 'place';
    plans.push({
      make: () => ({
        condition: `execute:${act}`,
        scene: actTrialScene({ who: 'self', act, object, container }),
      }),
      reps: plan.trials,
    });
    plans.push({
      make: () => ({
        condition: `observe:${act}`,
        scene: actTrialScene({ who: 'other', act, object, container }),
      }),
      reps: plan.trials,
    });
    if (plan.controls) {
      plans.push({
        make: () => ({
          condition: `mime:${act}`,
          scene: actTrialScene({ who: 'other', act, mime: true, container }),
        }),
        reps: Math.ceil(plan.trials / 2),
      });
    }
  }
  if (plan.controls) {
    plans.push({
      make: (k) => ({
        condition: 'objectAlone',
        scene: objectAloneScene(OBJECTS_ALONE[k % OBJECTS_ALONE.length]!),
        align: 'objectOn',
      }),
      reps: plan.trials,
    });
  }
  const rng = new RngTree(seed).stream('gallese1996/order');
  return { recorder, conditions: runInterleaved(recorder, plans, rng, progress) };
}

export interface UnitResult extends UnitClassification {
  unit: number;
  executed: ActResponses;
  observed: ActResponses;
  mimed: ActResponses;
  objectAlone: UnitResponse | null;
}

/** Responses and class of every recorded F5 unit. */
export function analyseSession(session: Session, criterion: ResponseCriterion): UnitResult[] {
  const { recorder, conditions } = session;
  const per = (prefix: string) => {
    const out = new Map<ActName, UnitResponse[]>();
    for (const act of TEST_ACTS) {
      const trials = conditions.get(`${prefix}:${act}`);
      if (trials) out.set(act, responses(recorder, 'F5', trials, actWindow(act), criterion));
    }
    return out;
  };
  const exec = per('execute');
  const obs = per('observe');
  const mime = per('mime');
  const objTrials = conditions.get('objectAlone');
  const obj = objTrials
    ? responses(recorder, 'F5', objTrials, { from: 'align', startMs: 0, endMs: 900 }, criterion)
    : null;
  const n = recorder.agent.sim.population('F5').size;
  const table = (m: Map<ActName, UnitResponse[]>, u: number): ActResponses =>
    Object.fromEntries(
      [...m].map(([act, r]) => [act, { significant: r[u]!.significant, increaseHz: r[u]!.increaseHz }]),
    );
  return Array.from({ length: n }, (_, u) => {
    const executed = table(exec, u);
    const observed = table(obs, u);
    return {
      unit: u,
      executed,
      observed,
      mimed: table(mime, u),
      objectAlone: obj ? obj[u]! : null,
      ...classifyUnit(executed, observed, actsRelated),
    };
  });
}
