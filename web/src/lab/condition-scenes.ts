/**
 * A condition id → the scene the agent lives through. The timeline is the recording
 * protocol's standard trial: 400 ms of nothing (the baseline), the object appears,
 * 200 ms later the hand starts the act, and 150 ms after it the trial ends. In hidden
 * trials the screen comes up after the object was seen, 50 ms before the hand moves
 * (as in umilta2001); noise trials play a control noise in the dark.
 */
import {
  type ActName,
  type ObjectName,
  otherActor,
  type Scene,
  type SceneOptions,
  SELF,
  type SoundName,
  scene,
} from '../../../src/index.js';
import { findCondition } from './conditions.js';

export const OBJECT_ON_MS = 400;
export const ACT_ON_MS = 600;
export const AFTER_MS = 150;
/** Hidden trials: the screen comes up after the object has been seen, shortly before the hand moves. */
export const SCREEN_ON_MS = ACT_ON_MS - 50;
/** Noise trials: when the control noise sounds. */
export const NOISE_ON_MS = ACT_ON_MS + 400;
/** How long the object is shown when nobody acts. */
export const OBJECT_ALONE_MS = 900;

const EXPERIMENTER = otherActor('experimenter');

export class UnknownConditionError extends Error {
  constructor(id: string) {
    super(`unknown condition "${id}"`);
    this.name = 'UnknownConditionError';
  }
}

/** The scene of one trial of a condition. */
export function conditionScene(id: string): Scene {
  const def = findCondition(id);
  if (!def) throw new UnknownConditionError(id);
  const [kind] = id.split(':');
  const actor = def.who === 'self' ? SELF : EXPERIMENTER;
  const object = (def.object ?? undefined) as ObjectName | undefined;
  if (kind === 'noise') {
    return scene({ actor, dark: true })
      .wait(NOISE_ON_MS)
      .sound(id.slice('noise:'.length) as SoundName)
      .wait(600)
      .build();
  }
  if (kind === 'objectAlone') {
    return scene({ actor, object: object ?? null, objectFromMs: OBJECT_ON_MS })
      .wait(OBJECT_ON_MS + OBJECT_ALONE_MS + AFTER_MS)
      .build();
  }
  const act = def.act as ActName;
  const container = act === 'place';
  const base: SceneOptions = { actor, objectFromMs: OBJECT_ON_MS, container };
  switch (kind) {
    case 'execute':
    case 'observe':
      return actTrial({ ...base, object: object ?? null }, act);
    case 'mime':
      return actTrial({ ...base, mime: true }, act);
    case 'silent':
      return actTrial({ ...base, object: object ?? null, silent: true }, act);
    case 'hear':
      return actTrial({ ...base, object: object ?? null, dark: true }, act);
    case 'hidden':
      return actTrial({ ...base, object: object ?? null, screenFromMs: SCREEN_ON_MS }, act);
    case 'hiddenMime':
      return actTrial({ ...base, mime: true, screenFromMs: SCREEN_ON_MS }, act);
    default:
      throw new UnknownConditionError(id);
  }
}

function actTrial(options: SceneOptions, act: ActName): Scene {
  return scene(options).wait(ACT_ON_MS).act(act).wait(AFTER_MS).build();
}

/**
 * When a trial's responses are aligned: the act's onset, else the object's appearance,
 * else (a noise in the dark) the sound.
 */
export function alignOffsetMs(s: Scene): number | null {
  for (const kind of ['actStart', 'objectOn', 'sound'] as const) {
    const e = s.events.find((x) => x.kind === kind);
    if (e) return e.tMs;
  }
  return null;
}
