/**
 * Proprioception and efference copy: the felt state of the agent's own hand. It
 * exists only for the agent's own acts — nothing is felt when watching another —
 * and it does not depend on seeing (the hand is felt in the dark or behind a screen).
 */
import type { Rng } from '../engine/rng.js';
import type { SceneState } from '../world/scene.js';
import { PopulationEncoder } from './encoder.js';
import type { SenseParams } from './params.js';
import { type FeatureSpec, tunedUnits } from './tuning.js';

const ownHand = (s: SceneState) => (s.actor.viewpoint === 'self' ? s.hand : null);

export const PROPRIO_FEATURES: readonly FeatureSpec<SceneState>[] = [
  {
    name: 'felt-aperture',
    centers: [1.5, 3.5, 6, 9, 12],
    width: 1.5,
    value: (s) => ownHand(s)?.apertureCm ?? null,
  },
  { name: 'felt-speed', centers: [0, 15, 35, 60], width: 10, value: (s) => ownHand(s)?.speedCmS ?? null },
  { name: 'felt-contact', categories: ['contact'], value: (s) => (ownHand(s)?.contact ? 'contact' : null) },
  {
    name: 'felt-direction',
    categories: ['object', 'mouth', 'container', 'apart', 'away'],
    value: (s) => {
      const h = ownHand(s);
      return h && h.direction !== 'none' ? h.direction : null;
    },
  },
];

export function createProprioEncoder(params: SenseParams, rng: Rng): PopulationEncoder<SceneState> {
  return new PopulationEncoder(
    'proprio',
    PROPRIO_FEATURES,
    tunedUnits(PROPRIO_FEATURES, params.proprioUnits, 'any', rng, params.gainJitter),
    params,
  );
}
