/**
 * Motor acts with their kinematic time courses.
 *
 * An act is a short movement with one goal (grasp with a precision grip, bring to
 * the mouth, break…). Its kinematics give, at each phase φ ∈ [0, 1] of the act, the
 * state of the hand relative to the object: distance, grip aperture, speed and
 * direction of movement, contact, the grip posture, and what happens to the object.
 * Movements follow minimum-jerk profiles (Flash & Hogan 1985); grasps pre-shape
 * the hand to a peak aperture larger than the object, then close on it.
 */
import type { SoundName } from './sounds.js';

export const ACT_NAMES = [
  'reach',
  'precisionGrip',
  'wholeHandGrip',
  'hold',
  'bringToMouth',
  'place',
  'break',
  'tear',
  'drop',
] as const;
export type ActName = (typeof ACT_NAMES)[number];

/** Groups of acts with the same goal (used for "broad congruence" and by the motor repertoire). */
export type ActFamily = 'reach' | 'grasp' | 'hold' | 'transport' | 'manipulate' | 'release';

/** Where the hand moves: towards the object, the mouth, the container, its two sides apart, or away from the object it let go. */
export type Direction = 'none' | 'object' | 'mouth' | 'container' | 'apart' | 'away';
export type GripPosture = 'relaxed' | 'open' | 'precision' | 'wholeHand';
export type ObjectCondition = 'intact' | 'broken' | 'torn' | 'fallen' | 'inMouth' | 'inContainer';

/** The hand and the object at one moment of an act. */
export interface Kinematics {
  /** Hand to object (cm); 0 in contact. */
  distanceCm: number;
  apertureCm: number;
  speedCmS: number;
  direction: Direction;
  contact: boolean;
  grip: GripPosture;
  /** The object moves with the hand. */
  objectMoving: boolean;
  objectCondition: ObjectCondition;
}

export interface ActDefinition {
  readonly name: ActName;
  readonly family: ActFamily;
  readonly durationMs: number;
  /** The act starts with the object already in the hand (it follows a grasp). */
  readonly startsHolding: boolean;
  /** The sound the act makes, and when (phase). */
  readonly sound?: { readonly name: SoundName; readonly atPhase: number };
  /** Kinematics at phase φ ∈ [0, 1], for an object of the given size. */
  kinematics(phase: number, objectSizeCm: number): Kinematics;
}

const REACH_DISTANCE_CM = 30;
/** Phase at which a grasp makes contact. */
export const CONTACT_PHASE = 0.65;

/** Minimum-jerk position profile s(x) on [0, 1] and its derivative. */
export function minJerk(x: number): number {
  const u = Math.min(1, Math.max(0, x));
  return u * u * u * (10 - 15 * u + 6 * u * u);
}
export function minJerkSpeed(x: number): number {
  const u = Math.min(1, Math.max(0, x));
  return 30 * u * u * (1 - u) * (1 - u);
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function approach(
  phase: number,
  durationMs: number,
  end: number,
  sizeCm: number,
  peakExtraCm: number,
  grip: GripPosture,
  touch: boolean,
): Kinematics {
  const u = clamp01(phase / end);
  const moveS = (durationMs / 1000) * end;
  const distanceCm = touch || u < 1 ? REACH_DISTANCE_CM * (1 - minJerk(u)) : 0;
  const rest = 1.5;
  const peak = sizeCm + peakExtraCm;
  // Pre-shaping: open to the peak at 70% of the approach, then close on the object.
  const apertureCm =
    u <= 0.7
      ? rest + (peak - rest) * Math.sin((Math.PI / 2) * (u / 0.7))
      : peak + (sizeCm - peak) * ((u - 0.7) / 0.3);
  const contact = touch && phase >= end;
  return {
    distanceCm: contact ? 0 : Math.max(touch ? 0 : 2, distanceCm),
    apertureCm: contact ? sizeCm : apertureCm,
    speedCmS: phase >= end ? 0 : (REACH_DISTANCE_CM * minJerkSpeed(u)) / moveS,
    direction: phase >= end ? 'none' : 'object',
    contact,
    grip: u > 0.3 ? grip : 'relaxed',
    objectMoving: false,
    objectCondition: 'intact',
  };
}

function holding(over: Partial<Kinematics>, sizeCm: number, grip: GripPosture = 'precision'): Kinematics {
  return {
    distanceCm: 0,
    apertureCm: sizeCm,
    speedCmS: 0,
    direction: 'none',
    contact: true,
    grip,
    objectMoving: false,
    objectCondition: 'intact',
    ...over,
  };
}

function transport(
  phase: number,
  durationMs: number,
  direction: Direction,
  release: number | null,
): Kinematics {
  const speed = (25 * minJerkSpeed(phase)) / (durationMs / 1000);
  const released = release !== null && phase >= release;
  return {
    distanceCm: released ? 3 * (phase - release!) * 10 : 0,
    apertureCm: released ? 6 : 2,
    speedCmS: speed,
    direction: speed > 1 ? direction : 'none',
    contact: !released,
    grip: released ? 'open' : 'precision',
    objectMoving: !released && speed > 1,
    objectCondition: 'intact',
  };
}

const def = (d: ActDefinition) => d;

/** How long a drop lasts (ms); when the hand lets go of the object and when it lands (phases); how far the hand withdraws (cm). */
const DROP_MS = 700;
const DROP_RELEASE = 0.1;
const DROP_LANDS = 0.4;
const DROP_WITHDRAW_CM = 15;

export const ACTS: Record<ActName, ActDefinition> = {
  reach: def({
    name: 'reach',
    family: 'reach',
    durationMs: 700,
    startsHolding: false,
    kinematics: (p, size) => approach(p, 700, 1, size, 0.5, 'open', false),
  }),
  precisionGrip: def({
    name: 'precisionGrip',
    family: 'grasp',
    durationMs: 900,
    startsHolding: false,
    kinematics: (p, size) => approach(p, 900, CONTACT_PHASE, size, 1.5, 'precision', true),
  }),
  wholeHandGrip: def({
    name: 'wholeHandGrip',
    family: 'grasp',
    durationMs: 900,
    startsHolding: false,
    kinematics: (p, size) => approach(p, 900, CONTACT_PHASE, size, 5, 'wholeHand', true),
  }),
  hold: def({
    name: 'hold',
    family: 'hold',
    durationMs: 800,
    startsHolding: true,
    kinematics: (_p, size) => holding({}, size, size < 3 ? 'precision' : 'wholeHand'),
  }),
  bringToMouth: def({
    name: 'bringToMouth',
    family: 'transport',
    durationMs: 900,
    startsHolding: true,
    kinematics: (p) => ({
      ...transport(p, 900, 'mouth', null),
      objectCondition: p >= 0.95 ? 'inMouth' : 'intact',
    }),
  }),
  place: def({
    name: 'place',
    family: 'transport',
    durationMs: 900,
    startsHolding: true,
    kinematics: (p) => ({
      ...transport(p, 900, 'container', 0.8),
      objectCondition: p >= 0.8 ? 'inContainer' : 'intact',
    }),
  }),
  break: def({
    name: 'break',
    family: 'manipulate',
    durationMs: 800,
    startsHolding: true,
    sound: { name: 'crack', atPhase: 0.55 },
    kinematics: (p, size) =>
      holding(
        {
          speedCmS: p < 0.55 ? 4 : 1,
          direction: p < 0.6 ? 'apart' : 'none',
          objectCondition: p >= 0.55 ? 'broken' : 'intact',
          objectMoving: p >= 0.55 && p < 0.7,
        },
        size,
      ),
  }),
  tear: def({
    name: 'tear',
    family: 'manipulate',
    durationMs: 900,
    startsHolding: true,
    sound: { name: 'rip', atPhase: 0.4 },
    kinematics: (p, size) =>
      holding(
        {
          speedCmS: p >= 0.3 && p < 0.8 ? 8 : 1,
          direction: p >= 0.3 && p < 0.8 ? 'apart' : 'none',
          objectCondition: p >= 0.6 ? 'torn' : 'intact',
          objectMoving: p >= 0.4 && p < 0.8,
        },
        size,
        'wholeHand',
      ),
  }),
  drop: def({
    name: 'drop',
    family: 'release',
    durationMs: DROP_MS,
    startsHolding: true,
    sound: { name: 'thud', atPhase: DROP_LANDS },
    // The hand lets go of the object it holds almost at once (φ = 0.1) and withdraws, a
    // minimum-jerk movement away from the falling object, which lands at φ = 0.4 (a fall of
    // ~20 cm). Holding before the drop belongs to the grasp that precedes it.
    kinematics: (p, size) => {
      const u = clamp01((p - DROP_RELEASE) / (1 - DROP_RELEASE));
      const released = p >= DROP_RELEASE;
      const speed = released
        ? (DROP_WITHDRAW_CM * minJerkSpeed(u)) / ((DROP_MS / 1000) * (1 - DROP_RELEASE))
        : 0;
      return {
        distanceCm: released ? DROP_WITHDRAW_CM * minJerk(u) : 0,
        apertureCm: released ? size + 4 : size,
        speedCmS: speed,
        direction: speed > 1 ? 'away' : 'none',
        contact: !released,
        grip: released ? 'open' : 'wholeHand',
        objectMoving: released && p < DROP_LANDS,
        objectCondition: p >= DROP_LANDS ? 'fallen' : 'intact',
      };
    },
  }),
};

export function actDefinition(name: string): ActDefinition {
  const a = (ACTS as Record<string, ActDefinition>)[name];
  if (!a) throw new Error(`unknown act "${name}" (known: ${ACT_NAMES.join(', ')})`);
  return a;
}

/** The grasps, in a fixed order (used by the motor repertoire and analyses). */
export const GRASPS: ActName[] = ['precisionGrip', 'wholeHandGrip'];
