/**
 * The motor command: the agent's own intention to perform an act, as a population
 * of prefrontal/premotor command units. It exists only when the agent itself acts,
 * starts shortly before the movement (motor preparation), and is the signal that
 * drives premotor F5 neurons during execution — the teacher of sensorimotor learning.
 *
 * Command features are goals (reach, grasp, hold, to the mouth, into a container,
 * break, tear, drop) and grips (precision, whole hand); an act activates its goal,
 * and a grasp also its grip, which stays on while the hand holds the object, carries it
 * (to the mouth, into a container) or works on it (breaks, tears it): the fingers keep
 * the grip they took.
 */
import type { Rng } from '../engine/rng.js';
import { PopulationEncoder } from '../sense/encoder.js';
import type { SenseParams } from '../sense/params.js';
import { type FeatureSpec, tunedUnits } from '../sense/tuning.js';
import type { ActName } from '../world/acts.js';
import type { SceneState } from '../world/scene.js';

export const COMMAND_GOALS = [
  'reach',
  'grasp',
  'hold',
  'toMouth',
  'toContainer',
  'break',
  'tear',
  'drop',
] as const;
export const COMMAND_GRIPS = ['precision', 'wholeHand'] as const;

/** The command features an act activates. */
export function commandFeatures(
  act: ActName,
  objectSizeCm: number | null,
): { goal: string; grip: string | null } {
  const small = objectSizeCm === null || objectSizeCm < 3;
  // The fingers keep the grip they took an object with while the hand holds it, carries it
  // or works on it.
  const held = small ? 'precision' : 'wholeHand';
  switch (act) {
    case 'reach':
      return { goal: 'reach', grip: null };
    case 'precisionGrip':
      return { goal: 'grasp', grip: 'precision' };
    case 'wholeHandGrip':
      return { goal: 'grasp', grip: 'wholeHand' };
    case 'hold':
      return { goal: 'hold', grip: held };
    case 'bringToMouth':
      return { goal: 'toMouth', grip: held };
    case 'place':
      return { goal: 'toContainer', grip: held };
    case 'break':
      return { goal: 'break', grip: held };
    case 'tear':
      return { goal: 'tear', grip: held };
    case 'drop':
      return { goal: 'drop', grip: null };
  }
}

/** The state the command encoder reads: the act the agent intends now, if it is the actor. */
export interface CommandState {
  act: ActName | null;
  objectSizeCm: number | null;
}

/**
 * F5 commands code object-directed acts: a movement of the empty hand (a mimed or
 * spontaneous movement) engages the motor system but issues no F5 command.
 */
export function commandState(s: SceneState): CommandState {
  if (s.actor.viewpoint !== 'self' || !s.act || !s.object) return { act: null, objectSizeCm: null };
  return { act: s.act.name, objectSizeCm: s.object.kind.sizeCm };
}

export const COMMAND_FEATURES: readonly FeatureSpec<CommandState>[] = [
  {
    name: 'goal',
    categories: COMMAND_GOALS,
    value: (c) => (c.act ? commandFeatures(c.act, c.objectSizeCm).goal : null),
  },
  {
    name: 'grip',
    categories: COMMAND_GRIPS,
    value: (c) => (c.act ? commandFeatures(c.act, c.objectSizeCm).grip : null),
  },
];

export function createCommandEncoder(
  params: SenseParams,
  unitsPerFeature: number,
  rng: Rng,
): PopulationEncoder<CommandState> {
  return new PopulationEncoder(
    'command',
    COMMAND_FEATURES,
    tunedUnits(COMMAND_FEATURES, unitsPerFeature, 'any', rng, params.gainJitter),
    { baseRateHz: 0, maxRateHz: params.maxRateHz },
  );
}
