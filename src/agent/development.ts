/**
 * Development by motor babbling: the agent performs its repertoire on varied objects,
 * seeing its own hand from its own viewpoint, hearing the sounds its acts make and
 * feeling its movements, while plasticity does the rest. Nothing else is taught.
 *
 * Episodes mix goal-directed actions (grasp to eat, to place, to hold, to break, to
 * tear, to drop, a bare reach) with moments of only looking at an object, movements of
 * the empty hand (the same kinematics without an object), acts it does without seeing
 * its hands (it still feels and hears them), and noises
 * that no act makes arrive at random, so the learning has to find what *predicts*
 * the agent's own acts rather than what merely happens around them.
 */
import * as z from 'zod';
import { RngTree } from '../engine/rng.js';
import { ACTIONS, type ActionName, actsOf } from '../world/actions.js';
import { OBJECT_NAMES, objectKind } from '../world/objects.js';
import { scene } from '../world/scene.js';
import { CONTROL_NOISES } from '../world/sounds.js';
import type { Agent } from './agent.js';

export const DevelopmentParams = z.strictObject({
  /** Number of babbling episodes. */
  episodes: z.number().int().min(0).default(280),
  /** Fraction of episodes in which the agent only looks at an object, without acting. */
  lookOnlyFraction: z.number().min(0).max(1).default(0.15),
  /** Fraction of episodes in which the agent moves its empty hand (the movements of an act, no object). */
  emptyHandFraction: z.number().min(0).max(1).default(0.15),
  /**
   * Fraction of action episodes in which the agent does not see what its hands do (it
   * looks away, or it is dark): it still feels its movements and hears their sounds.
   */
  unseenFraction: z.number().min(0).max(1).default(0.25),
  /** Probability that a control noise (no act makes it) sounds during an episode. */
  noiseProbability: z.number().min(0).max(1).default(0.4),
  /** Plasticity on (false: the "plasticity off" control). */
  plasticity: z.boolean().default(true),
});
export type DevelopmentParams = z.infer<typeof DevelopmentParams>;
export type DevelopmentParamsInput = z.input<typeof DevelopmentParams>;

const BABBLED_ACTIONS: ActionName[] = [
  'graspToEat',
  'graspToPlace',
  'graspAndHold',
  'breakFood',
  'tearPaper',
  'dropIt',
  'reachOnly',
];

export interface DevelopmentReport {
  episodes: number;
  simulatedMs: number;
  /** How often each action was performed. */
  actions: Record<string, number>;
}

/** Run motor babbling on an agent. Deterministic for the agent's seed. */
export function develop(
  agent: Agent,
  input: DevelopmentParamsInput = {},
  onProgress?: (done: number, total: number) => void,
): DevelopmentReport {
  const p = DevelopmentParams.parse(input);
  const rng = new RngTree(agent.config.seed).stream('development/episodes');
  const start = agent.timeMs;
  const actions: Record<string, number> = {};
  // Actions come in shuffled blocks holding each action once, so every subject gets the
  // same amount of each kind of experience (and only its order and details vary).
  let block: typeof BABBLED_ACTIONS = [];
  for (let e = 0; e < p.episodes; e++) {
    if (block.length === 0) {
      block = [...BABBLED_ACTIONS];
      for (let i = block.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [block[i], block[j]] = [block[j]!, block[i]!];
      }
    }
    const draw = rng.uniform();
    const lookOnly = draw < p.lookOnlyFraction;
    const emptyHand = !lookOnly && draw < p.lookOnlyFraction + p.emptyHandFraction;
    const action = ACTIONS[block.pop()!];
    const candidates = OBJECT_NAMES.filter((o) => action.applies(objectKind(o)));
    const object = candidates[rng.int(candidates.length)]!;
    const container = action.needsContainer || rng.uniform() < 0.3;
    const unseen = !lookOnly && !emptyHand && rng.uniform() < p.unseenFraction;
    const b = scene(
      emptyHand ? { object: null, mime: true, container } : { object, container, dark: unseen },
    ).wait(200 + rng.int(200));
    // A control noise sounds at a moment drawn over the whole episode, acting or not: it is
    // independent of what the agent does.
    const noiseAt = rng.uniform() < p.noiseProbability ? rng.uniform() : -1;
    if (lookOnly) {
      b.wait(1200);
    } else {
      for (const act of actsOf(action, objectKind(object))) b.act(act);
      const label = emptyHand
        ? `${action.name} (empty hand)`
        : unseen
          ? `${action.name} (unseen)`
          : action.name;
      actions[label] = (actions[label] ?? 0) + 1;
      b.wait(150);
    }
    if (noiseAt >= 0) b.sound(CONTROL_NOISES[rng.int(CONTROL_NOISES.length)]!, noiseAt * b.now);
    agent.experience(b.build(), { learn: p.plasticity });
    agent.clearWorkingMemory();
    agent.rest(100 + rng.int(100));
    onProgress?.(e + 1, p.episodes);
  }
  const report = { episodes: p.episodes, simulatedMs: agent.timeMs - start, actions };
  agent.history.push({
    phase: 'development',
    detail: `${p.episodes} babbling episodes${p.plasticity ? '' : ' with plasticity off'}`,
    simulatedMs: report.simulatedMs,
  });
  return report;
}
