/**
 * The recordings of a run's subjects as one recording, and its stored form.
 *
 * Each subject's recorder numbers its units and trials from 0; a run's export holds
 * every subject, so ids are renumbered in subject order (units keep their `subject`
 * and their index in the area). The stored form is the recording's canonical JSON,
 * gzipped: spike times dominate and compress well, and a run is stored whole.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SubjectOutput } from '../experiments/index.js';
import { recordingToJson } from '../export/index.js';
import type { Recording } from '../instruments/index.js';

/** All subjects' recordings as one, or null when no subject was recorded. */
export function combineRecordings(
  experiment: string,
  seed: number,
  outputs: readonly SubjectOutput[],
): Recording | null {
  const recordings = outputs.flatMap((o) => (o.recording ? [o.recording] : []));
  const first = recordings[0];
  if (!first) return null;
  const units = recordings.flatMap((r) => r.units).map((u, id) => ({ ...u, id }));
  const trials = recordings.flatMap((r) => r.trials).map((t, id) => ({ ...t, id }));
  return { experiment, seed, description: first.description, units, trials };
}

export function encodeRecording(recording: Recording): Uint8Array {
  return new Uint8Array(gzipSync(recordingToJson(recording)));
}

export function decodeRecording(bytes: Uint8Array): Recording {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as Recording;
}
