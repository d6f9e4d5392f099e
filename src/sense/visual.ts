/**
 * The visual encoder: what the agent sees of a hand acting on an object.
 *
 * Two kinds of features. *Relational* ones exist only when both the hand and the
 * object are visible: hand–object distance, grip aperture relative to the object's
 * size (pre-shaping), contact, transport of the object, and what the hand does to
 * it. *Hand* features need only the hand: its speed, direction, grip posture and
 * aperture. A mimed act therefore lacks every relational feature, and an object
 * alone gives no hand feature at all.
 *
 * Viewpoint changes the code partly, not wholly: for every preferred value some
 * units see only the agent's own hand (egocentric view), some only others' hands
 * (seen from outside), and some both — more of them for coarse hand–object relations
 * than for the fine shape of the hand.
 */
import type { Rng } from '../engine/rng.js';
import type { SceneState } from '../world/scene.js';
import { PopulationEncoder } from './encoder.js';
import type { SenseParams } from './params.js';
import { type FeatureSpec, tunedUnits } from './tuning.js';

type V = SceneState;
const visibleHand = (s: V) => (s.hand?.visible ? s.hand : null);
const relational = (s: V) =>
  s.hand?.visible && s.object?.visible ? { hand: s.hand, object: s.object } : null;

export const VISUAL_FEATURES: readonly FeatureSpec<V>[] = [
  {
    name: 'distance',
    centers: [0, 4, 9, 15, 22, 30],
    width: 3.5,
    value: (s) => relational(s)?.hand.distanceCm ?? null,
  },
  {
    name: 'apertureMatch',
    centers: [0.5, 2, 4, 6],
    width: 1,
    // The hand shaped to the object it is about to take: not a relaxed hand, and not a hand
    // withdrawing from an object it let go of (whose opening says nothing of the object;
    // that relation is `release`). Without the second condition, the hand opening as it
    // lets a stick fall looked like the preshape of a grasp to these units.
    value: (s) => {
      const r = relational(s);
      return r && !r.hand.contact && r.hand.grip !== 'relaxed' && r.hand.direction !== 'away'
        ? r.hand.apertureCm - r.object.kind.sizeCm
        : null;
    },
  },
  {
    name: 'contact',
    categories: ['contact'],
    value: (s) => (relational(s)?.hand.contact ? 'contact' : null),
  },
  {
    name: 'transport',
    categories: ['mouth', 'container'],
    value: (s) => {
      const r = relational(s);
      if (!r?.object.moving) return null;
      return r.hand.direction === 'mouth' || r.hand.direction === 'container' ? r.hand.direction : null;
    },
  },
  {
    // The hand letting go of an object and moving away from it (STS "hand–object
    // interaction" cells include ones for releasing; Perrett et al. 1989).
    name: 'release',
    categories: ['away'],
    value: (s) => {
      const r = relational(s);
      return r && !r.hand.contact && r.hand.direction === 'away' ? 'away' : null;
    },
  },
  {
    name: 'objectChange',
    categories: ['broken', 'torn', 'fallen', 'inContainer'],
    value: (s) => {
      const r = relational(s);
      return r && r.object.condition !== 'intact' && r.object.condition !== 'inMouth'
        ? r.object.condition
        : null;
    },
  },
  { name: 'speed', centers: [0, 15, 35, 60], width: 10, value: (s) => visibleHand(s)?.speedCmS ?? null },
  {
    name: 'direction',
    categories: ['object', 'mouth', 'container', 'apart', 'away'],
    value: (s) => {
      const h = visibleHand(s);
      return h && h.direction !== 'none' ? h.direction : null;
    },
  },
  {
    name: 'grip',
    categories: ['open', 'precision', 'wholeHand'],
    value: (s) => {
      const h = visibleHand(s);
      return h && h.grip !== 'relaxed' ? h.grip : null;
    },
  },
  {
    name: 'aperture',
    centers: [1.5, 3.5, 6, 9, 12],
    width: 1.5,
    value: (s) => visibleHand(s)?.apertureCm ?? null,
  },
];

/**
 * Features that exist only as a relation between a visible hand and a visible object
 * (what STS action neurons code: they respond to a hand interacting with an object,
 * not to the same movement without one — Perrett et al. 1989).
 */
export const RELATIONAL_VISUAL_FEATURES = new Set([
  'distance',
  'apertureMatch',
  'contact',
  'transport',
  'release',
  'objectChange',
]);

/** Features of the hand's shape: seen differently from the actor's viewpoint and from outside. */
export const FINE_VISUAL_FEATURES = new Set(['grip', 'aperture', 'apertureMatch']);

export function createVisualEncoder(params: SenseParams, rng: Rng): PopulationEncoder<SceneState> {
  const fine = VISUAL_FEATURES.filter((f) => FINE_VISUAL_FEATURES.has(f.name));
  const coarse = VISUAL_FEATURES.filter((f) => !FINE_VISUAL_FEATURES.has(f.name));
  const units = [
    ...tunedUnits(VISUAL_FEATURES, params.visualViewSpecificUnits, 'self', rng, params.gainJitter),
    ...tunedUnits(VISUAL_FEATURES, params.visualViewSpecificUnits, 'other', rng, params.gainJitter),
    ...tunedUnits(coarse, params.visualSharedUnits, 'shared', rng, params.gainJitter),
    ...tunedUnits(fine, params.visualSharedFineUnits, 'shared', rng, params.gainJitter),
  ];
  return new PopulationEncoder('visual', VISUAL_FEATURES, units, params);
}
