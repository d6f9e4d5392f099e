/** The scene at the playhead, and the current trial's scene as a table (CSV). */
import type { SceneState } from '../../../src/index.js';
import type { Painter } from '../draw/painter.js';
import { type Cell, toCsv } from '../export/csv.js';
import type { SpikeBlock } from '../lab/protocol.js';
import { drawScene } from './scene-drawing.js';

/** The scene state under the playhead (null between trials). */
export function sceneAt(block: SpikeBlock | null, nowMs: number): SceneState | null {
  const track = block?.scene;
  if (!track || track.samples.length === 0) return null;
  const i = Math.floor((nowMs - track.startMs) / track.stepMs);
  return i >= 0 && i < track.samples.length ? track.samples[i]! : null;
}

export function paintSceneAt(p: Painter, block: SpikeBlock | null, nowMs: number): void {
  drawScene(p, {
    state: sceneAt(block, nowMs),
    trial: block?.trial ?? null,
    nowMs,
    blockEndMs: block?.toMs ?? null,
  });
}

export function sceneCsv(block: SpikeBlock | null): string {
  const rows: Cell[][] = [];
  const track = block?.scene;
  if (track) {
    for (const s of track.samples) {
      rows.push([
        s.tMs,
        s.actor.id,
        s.act?.name ?? '',
        s.act ? s.act.phase : null,
        s.hand?.distanceCm ?? null,
        s.hand?.apertureCm ?? null,
        s.hand ? s.hand.contact : null,
        s.hand?.grip ?? '',
        s.hand ? s.hand.visible : null,
        s.object?.kind.name ?? '',
        s.object ? s.object.visible : null,
        s.object?.condition ?? '',
        s.container !== null,
        s.screen,
        s.sounds.map((k) => k.name).join(' '),
      ]);
    }
  }
  return toCsv(
    [
      'time_in_trial_ms',
      'actor',
      'act',
      'act_phase',
      'hand_distance_cm',
      'hand_aperture_cm',
      'hand_contact',
      'grip',
      'hand_visible',
      'object',
      'object_visible',
      'object_condition',
      'container',
      'screen',
      'sounds',
    ],
    rows,
  );
}
