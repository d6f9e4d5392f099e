/**
 * The auditory encoder: units tuned to acoustic feature channels (frequency bands,
 * temporal textures). A sound excites each unit in proportion to its weight on the
 * unit's channel, so sounds with similar acoustics excite overlapping units —
 * control noises partly overlap with the sounds of acts.
 */
import type { Rng } from '../engine/rng.js';
import type { SceneState } from '../world/scene.js';
import { AUDITORY_FEATURES } from '../world/sounds.js';
import { PopulationEncoder } from './encoder.js';
import type { SenseParams } from './params.js';
import { type FeatureSpec, tunedUnits } from './tuning.js';

/** One feature per acoustic channel: its loudness (0…1) summed over the sounds heard now. */
export const AUDITORY_FEATURE_SPECS: readonly FeatureSpec<SceneState>[] = AUDITORY_FEATURES.map(
  (name, f) => ({
    name,
    centers: [1],
    width: 0.45,
    value: (s: SceneState) => {
      if (s.sounds.length === 0) return null;
      let x = 0;
      for (const k of s.sounds) x += k.spectrum[f]!;
      return x > 0 ? Math.min(1.2, x) : null;
    },
  }),
);

export function createAuditoryEncoder(params: SenseParams, rng: Rng): PopulationEncoder<SceneState> {
  return new PopulationEncoder(
    'auditory',
    AUDITORY_FEATURE_SPECS,
    tunedUnits(AUDITORY_FEATURE_SPECS, params.auditoryUnits, 'any', rng, params.gainJitter),
    params,
  );
}
