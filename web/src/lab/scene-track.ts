/**
 * The scene as the page sees it: states sampled at a fixed step while the agent lives
 * through it (the page animates from these; it never builds scenes itself).
 */
import type { SceneState } from '../../../src/index.js';

/** Scene states are sampled about this often for the scene panel (ms of simulated time). */
export const SCENE_SAMPLE_MS = 10;

/** The sampling step: a whole number of sense updates (the scene is only seen at those), ≥ SCENE_SAMPLE_MS. */
export function sceneStepMs(senseUpdateMs: number): number {
  return senseUpdateMs * Math.max(1, Math.ceil(SCENE_SAMPLE_MS / senseUpdateMs - 1e-9));
}

/** Collects a scene's states every `stepMs` while the agent lives through it. */
export function sceneSampler(stepMs: number): {
  list: SceneState[];
  add: (tMs: number, state: SceneState) => void;
} {
  const list: SceneState[] = [];
  return {
    list,
    add: (tMs, state) => {
      if (tMs >= list.length * stepMs) list.push(state);
    },
  };
}
