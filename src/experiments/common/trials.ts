/**
 * The standard trial of the action experiments: 400 ms of nothing (the baseline),
 * then the object appears; 200 ms later the actor's hand starts the act; 150 ms after
 * the act the trial ends. Responses are aligned on act onset.
 */

import type { ResponseCriterion, UnitResponse } from '../../analysis/responses.js';
import { unitResponses } from '../../analysis/responses.js';
import type { AreaName } from '../../brain/wiring.js';
import type { SessionRecorder } from '../../instruments/recorder.js';
import type { TrialRecord } from '../../instruments/recording.js';
import { type Actor, otherActor, SELF } from '../../world/actors.js';
import { ACTS, type ActName } from '../../world/acts.js';
import type { ObjectName } from '../../world/objects.js';
import { type Scene, type SceneOptions, scene } from '../../world/scene.js';

export const BASELINE_MS = 400;
export const OBJECT_ON_MS = 400;
export const ACT_ON_MS = 600;
export const AFTER_MS = 150;

export interface ActTrialOptions extends Omit<SceneOptions, 'actor' | 'objectFromMs'> {
  who: 'self' | 'other';
  act: ActName;
}

const EXPERIMENTER: Actor = otherActor('experimenter');

export function actTrialScene(o: ActTrialOptions): Scene {
  const { who, act, ...rest } = o;
  return scene({ ...rest, actor: who === 'self' ? SELF : EXPERIMENTER, objectFromMs: OBJECT_ON_MS })
    .wait(ACT_ON_MS)
    .act(act)
    .wait(AFTER_MS)
    .build();
}

export function objectAloneScene(object: ObjectName, durationMs = 900): Scene {
  return scene({ actor: EXPERIMENTER, object, objectFromMs: OBJECT_ON_MS })
    .wait(OBJECT_ON_MS + durationMs + AFTER_MS)
    .build();
}

/** Response window of an act, relative to its onset. */
export function actWindow(act: ActName): { from: 'align'; startMs: number; endMs: number } {
  return { from: 'align', startMs: 0, endMs: ACTS[act].durationMs };
}

export const BASELINE_WINDOW = { from: 'start' as const, startMs: 0, endMs: BASELINE_MS };

/** Responses of every unit of an area in a set of trials, against the same trials' baselines. */
export function responses(
  recorder: SessionRecorder,
  area: AreaName,
  trials: readonly TrialRecord[],
  window: { from: 'align' | 'start'; startMs: number; endMs: number },
  criterion: ResponseCriterion,
): UnitResponse[] {
  return unitResponses(
    recorder.rates(area, trials, window),
    recorder.rates(area, trials, BASELINE_WINDOW),
    criterion,
  );
}
