/**
 * The auditory encoder: units tuned to points of an acoustic feature space (frequency
 * bands, temporal textures). A sound excites a unit according to how close its
 * acoustic profile is to the unit's preferred profile (a Gaussian tuning curve in that
 * space), so each unit prefers sounds of one kind and responds less to similar ones.
 * Preferred profiles are scattered around the sounds of the agent's world — acts'
 * sounds and other noises alike — as auditory tuning follows the statistics of the
 * sounds an animal hears; nothing about which act makes which sound enters here.
 */
import type { Rng } from '../engine/rng.js';
import type { SceneState } from '../world/scene.js';
import { AUDITORY_FEATURES, SOUNDS } from '../world/sounds.js';
import { PopulationEncoder } from './encoder.js';
import type { SenseParams } from './params.js';
import type { FeatureSpec, TunedUnit } from './tuning.js';

/** Width of the tuning in acoustic space. */
const TUNING_WIDTH = 0.35;

/** The acoustic profile heard now (sum of the sounds' spectra), or null in silence. */
function heardProfile(s: SceneState): number[] | null {
  if (s.sounds.length === 0) return null;
  const x = new Array<number>(AUDITORY_FEATURES.length).fill(0);
  for (const k of s.sounds) for (let f = 0; f < x.length; f++) x[f]! += k.spectrum[f]!;
  return x;
}

export function createAuditoryEncoder(params: SenseParams, rng: Rng): PopulationEncoder<SceneState> {
  const sounds = Object.values(SOUNDS);
  const units: TunedUnit[] = [];
  const features: FeatureSpec<SceneState>[] = [];
  for (const sound of sounds) {
    for (let c = 0; c < params.auditoryUnits; c++) {
      const preferred = sound.spectrum.map((v) => Math.max(0, v + params.auditoryScatter * rng.normal()));
      const name = `acoustic-${units.length}`;
      // Each unit is its own feature: its similarity to the heard profile, 1 at its preferred profile.
      features.push({
        name,
        centers: [0],
        width: TUNING_WIDTH,
        value: (s) => {
          const x = heardProfile(s);
          if (!x) return null;
          let d2 = 0;
          for (let f = 0; f < x.length; f++) d2 += (x[f]! - preferred[f]!) ** 2;
          return Math.sqrt(d2);
        },
      });
      units.push({
        feature: name,
        preferred: 0,
        width: TUNING_WIDTH,
        gain: 1 + params.gainJitter * (2 * rng.uniform() - 1),
        view: 'any',
      });
    }
  }
  return new PopulationEncoder('auditory', features, units, params);
}
