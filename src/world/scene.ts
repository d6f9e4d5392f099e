/**
 * A scene: a time line of what could be seen, heard and felt — who acts, which
 * acts and when, the object, a container, an occluding screen, sounds. Scenes are
 * plain data built with a small fluent builder; `sample(t)` gives the state of the
 * world at any moment, and `events` the times an analysis aligns on.
 *
 *   const s = scene({ actor: otherActor(), object: 'peanut' }).wait(500).act('precisionGrip').act('break').wait(300).build();
 */

import { type Actor, SELF } from './actors.js';
import {
  type ActDefinition,
  type ActName,
  actDefinition,
  CONTACT_PHASE,
  type Kinematics,
  type ObjectCondition,
} from './acts.js';
import { type ObjectKind, type ObjectName, objectKind } from './objects.js';
import { type SoundKind, type SoundName, soundKind } from './sounds.js';

export interface SceneOptions {
  /** Who acts (default: the agent itself). */
  actor?: Actor;
  /** The object on the table, if any. */
  object?: ObjectName | null;
  /** When the object is shown (ms; default 0). */
  objectFromMs?: number;
  /** A container on the table (the cue for placing). */
  container?: boolean;
  /** The acts are mimed: the hand moves as if an object were there, but there is none. */
  mime?: boolean;
  /** An occluding screen in front of the object from this time on (ms). */
  screenFromMs?: number;
  /** Nothing is visible (sound only). */
  dark?: boolean;
  /** The acts make no sound (vision only). */
  silent?: boolean;
}

export interface HandView extends Kinematics {
  /** The hand can be seen (not behind the screen, not in the dark). */
  visible: boolean;
}

export interface ObjectView {
  kind: ObjectKind;
  visible: boolean;
  condition: ObjectCondition;
  moving: boolean;
}

export interface SceneState {
  tMs: number;
  actor: Actor;
  /** The act under way and its phase, if any. */
  act: { name: ActName; phase: number } | null;
  /** The acting hand, when an act is under way. */
  hand: HandView | null;
  object: ObjectView | null;
  container: { visible: boolean } | null;
  screen: boolean;
  /** Sounds audible now. */
  sounds: SoundKind[];
}

export interface SceneEvent {
  kind: 'objectOn' | 'actStart' | 'contact' | 'actEnd' | 'sound' | 'screen';
  tMs: number;
  label: string;
}

interface ActSlot {
  def: ActDefinition;
  startMs: number;
}

/** Screen hides the hand once it is this close to the object (cm). */
const SCREEN_HIDES_WITHIN_CM = 6;
/** Size the hand shapes for in a mimed act. */
const MIME_SIZE_CM = 2.5;

export class Scene {
  readonly durationMs: number;
  readonly events: readonly SceneEvent[];
  private readonly sounds: { kind: SoundKind; startMs: number }[];

  constructor(
    readonly options: Readonly<SceneOptions>,
    private readonly acts: readonly ActSlot[],
    extraSounds: { kind: SoundKind; startMs: number }[],
    durationMs: number,
  ) {
    this.durationMs = durationMs;
    const sounds = [...extraSounds];
    const events: SceneEvent[] = [];
    const hasObject = options.object != null && !options.mime;
    if (options.object != null && !options.mime)
      events.push({ kind: 'objectOn', tMs: options.objectFromMs ?? 0, label: options.object });
    if (options.screenFromMs !== undefined)
      events.push({ kind: 'screen', tMs: options.screenFromMs, label: 'screen' });
    for (const a of acts) {
      events.push({ kind: 'actStart', tMs: a.startMs, label: a.def.name });
      if (a.def.family === 'grasp')
        events.push({
          kind: 'contact',
          tMs: a.startMs + CONTACT_PHASE * a.def.durationMs,
          label: a.def.name,
        });
      events.push({ kind: 'actEnd', tMs: a.startMs + a.def.durationMs, label: a.def.name });
      // An act sounds only if there is an object to break, tear or drop and the scene is not silent.
      if (a.def.sound && hasObject && !options.silent) {
        sounds.push({
          kind: soundKind(a.def.sound.name),
          startMs: a.startMs + a.def.sound.atPhase * a.def.durationMs,
        });
      }
    }
    for (const s of sounds) events.push({ kind: 'sound', tMs: s.startMs, label: s.kind.name });
    events.sort((x, y) => x.tMs - y.tMs);
    this.events = events;
    this.sounds = sounds.sort((x, y) => x.startMs - y.startMs);
  }

  get actor(): Actor {
    return this.options.actor ?? SELF;
  }

  /** Onset of the first act (ms), or undefined when nobody acts. */
  get firstActMs(): number | undefined {
    return this.acts[0]?.startMs;
  }

  actList(): { name: ActName; startMs: number; durationMs: number }[] {
    return this.acts.map((a) => ({ name: a.def.name, startMs: a.startMs, durationMs: a.def.durationMs }));
  }

  /** The state of the world at time t (ms). */
  sample(tMs: number): SceneState {
    const o = this.options;
    const dark = o.dark === true;
    const screen = o.screenFromMs !== undefined && tMs >= o.screenFromMs;
    const objectShown = o.object != null && !o.mime && tMs >= (o.objectFromMs ?? 0);
    const kind = o.object != null ? objectKind(o.object) : null;

    let act: SceneState['act'] = null;
    let hand: HandView | null = null;
    let condition: ObjectCondition = 'intact';
    let moving = false;
    for (const a of this.acts) {
      const end = a.startMs + a.def.durationMs;
      if (tMs >= end) {
        // the object keeps what earlier acts did to it
        const k = a.def.kinematics(1, kind?.sizeCm ?? MIME_SIZE_CM);
        condition = k.objectCondition;
        continue;
      }
      if (tMs < a.startMs) break;
      const phase = (tMs - a.startMs) / a.def.durationMs;
      const k = a.def.kinematics(phase, o.mime || !kind ? MIME_SIZE_CM : kind.sizeCm);
      act = { name: a.def.name, phase };
      const behindScreen = screen && k.distanceCm < SCREEN_HIDES_WITHIN_CM;
      hand = { ...k, visible: !dark && !behindScreen };
      if (k.objectCondition !== 'intact') condition = k.objectCondition;
      moving = k.objectMoving;
      break;
    }
    const object: ObjectView | null =
      objectShown && kind
        ? { kind, visible: !dark && !screen && condition !== 'inMouth', condition, moving }
        : null;
    const sounds: SoundKind[] = [];
    for (const s of this.sounds)
      if (tMs >= s.startMs && tMs < s.startMs + s.kind.durationMs) sounds.push(s.kind);
    return {
      tMs,
      actor: this.actor,
      act,
      hand,
      object,
      container: o.container ? { visible: !dark } : null,
      screen,
      sounds,
    };
  }
}

/** Fluent builder of scenes. */
export class SceneBuilder {
  private t = 0;
  private readonly acts: ActSlot[] = [];
  private readonly sounds: { kind: SoundKind; startMs: number }[] = [];

  constructor(private readonly options: SceneOptions) {
    if (options.object != null) objectKind(options.object); // validates the name
  }

  /** Let time pass (ms). */
  wait(ms: number): this {
    if (!(ms >= 0)) throw new Error(`wait: ms must be ≥ 0, got ${ms}`);
    this.t += ms;
    return this;
  }

  /** The actor performs an act now; time advances by its duration. */
  act(name: ActName): this {
    const def = actDefinition(name);
    this.acts.push({ def, startMs: this.t });
    this.t += def.durationMs;
    return this;
  }

  /** A sound is heard now (time does not advance). */
  sound(name: SoundName, atMs = this.t): this {
    this.sounds.push({ kind: soundKind(name), startMs: atMs });
    return this;
  }

  /** Current time of the builder (ms). */
  get now(): number {
    return this.t;
  }

  build(): Scene {
    return new Scene({ ...this.options }, [...this.acts], [...this.sounds], this.t);
  }
}

export function scene(options: SceneOptions = {}): SceneBuilder {
  return new SceneBuilder(options);
}
