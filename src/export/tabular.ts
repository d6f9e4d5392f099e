/**
 * Flat exports for spreadsheets, R and pandas: spikes and trials as CSV tables in
 * the recording's own units (ms), analysis metrics as name,value pairs, and the
 * whole recording as JSON for tools that want it in one piece. Each checks the
 * recording first, as the NWB export does, so a bad one fails the same way.
 */
import type { Recording } from '../instruments/recording.js';
import { checkRecording } from './check-recording.js';
import { type CsvValue, csvDocument } from './csv.js';

/**
 * One row per spike: `unit_id,subject,area,index,classification,time_ms`, units in
 * recording order, spikes in time order. A unit without spikes has no rows (its
 * metadata is in the JSON and NWB exports); a unit without a class has an empty
 * classification.
 */
export function spikesToCsv(recording: Recording): string {
  checkRecording(recording);
  function* rows(): Generator<CsvValue[]> {
    for (const u of recording.units) {
      for (const t of u.spikeTimesMs) yield [u.id, u.subject, u.area, u.index, u.classification, t];
    }
  }
  return csvDocument(['unit_id', 'subject', 'area', 'index', 'classification', 'time_ms'], rows());
}

/** One row per trial: `trial_id,subject,condition,start_ms,stop_ms,align_ms`. */
export function trialsToCsv(recording: Recording): string {
  checkRecording(recording);
  return csvDocument(
    ['trial_id', 'subject', 'condition', 'start_ms', 'stop_ms', 'align_ms'],
    recording.trials.map((t) => [t.id, t.subject, t.condition, t.startMs, t.stopMs, t.alignMs]),
  );
}

/** `name,value`, one row per metric in the object's key order. */
export function metricsToCsv(metrics: Record<string, number | string | boolean>): string {
  return csvDocument(['name', 'value'], Object.entries(metrics));
}

/**
 * The recording as JSON text (ending in a newline), keys in a fixed order so equal
 * recordings give equal text. Absent optional fields are left out. Compact by
 * default because spike times dominate; pass `indent` for a readable file.
 */
export function recordingToJson(recording: Recording, options: { indent?: number } = {}): string {
  checkRecording(recording);
  const canonical: Recording = {
    experiment: recording.experiment,
    seed: recording.seed,
    description: recording.description,
    units: recording.units.map((u) => ({
      id: u.id,
      subject: u.subject,
      area: u.area,
      index: u.index,
      ...(u.classification !== undefined ? { classification: u.classification } : {}),
      ...(u.preferredAct !== undefined ? { preferredAct: u.preferredAct } : {}),
      spikeTimesMs: u.spikeTimesMs,
    })),
    trials: recording.trials.map((t) => ({
      id: t.id,
      subject: t.subject,
      condition: t.condition,
      startMs: t.startMs,
      stopMs: t.stopMs,
      alignMs: t.alignMs,
    })),
  };
  return `${JSON.stringify(canonical, null, options.indent)}\n`;
}
