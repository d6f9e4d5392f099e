/**
 * The object-identity encoder: which object is on the table (visible), and whether
 * a container is there. Identity is seen the same from any viewpoint.
 */
import type { Rng } from '../engine/rng.js';
import { OBJECT_NAMES } from '../world/objects.js';
import type { SceneState } from '../world/scene.js';
import { PopulationEncoder } from './encoder.js';
import type { SenseParams } from './params.js';
import { type FeatureSpec, tunedUnits } from './tuning.js';

export const OBJECT_FEATURES: readonly FeatureSpec<SceneState>[] = [
  { name: 'object', categories: OBJECT_NAMES, value: (s) => (s.object?.visible ? s.object.kind.name : null) },
  { name: 'container', categories: ['container'], value: (s) => (s.container?.visible ? 'container' : null) },
];

export function createObjectEncoder(params: SenseParams, rng: Rng): PopulationEncoder<SceneState> {
  return new PopulationEncoder(
    'object',
    OBJECT_FEATURES,
    tunedUnits(OBJECT_FEATURES, params.objectUnits, 'any', rng, params.gainJitter),
    params,
  );
}
