/**
 * Checks a recording before export, so that a bad one fails with a message that
 * names the unit or trial at fault instead of producing a file that other tools
 * misread (NaN times, duplicate row ids, unsorted spike trains).
 */
import type { Recording } from '../instruments/recording.js';

/** Thrown when a recording cannot be exported as it is. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

function checkId(what: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new ExportError(`${what} must be an integer, got ${value}`);
}

function checkTime(what: string, value: number): void {
  if (!Number.isFinite(value)) throw new ExportError(`${what} must be a finite time in ms, got ${value}`);
}

/** Throw an {@link ExportError} for the first problem found in `recording`. */
export function checkRecording(recording: Recording): void {
  checkId('seed', recording.seed);
  const unitIds = new Set<number>();
  for (const [i, u] of recording.units.entries()) {
    const at = `units[${i}]`;
    checkId(`${at}.id`, u.id);
    checkId(`${at}.subject`, u.subject);
    checkId(`${at}.index`, u.index);
    if (unitIds.has(u.id)) throw new ExportError(`${at}.id ${u.id} is used by another unit`);
    unitIds.add(u.id);
    let previous = Number.NEGATIVE_INFINITY;
    for (const [k, t] of u.spikeTimesMs.entries()) {
      checkTime(`${at}.spikeTimesMs[${k}]`, t);
      if (t < previous) throw new ExportError(`${at}.spikeTimesMs is not ascending at [${k}]`);
      previous = t;
    }
  }
  const trialIds = new Set<number>();
  for (const [i, t] of recording.trials.entries()) {
    const at = `trials[${i}]`;
    checkId(`${at}.id`, t.id);
    checkId(`${at}.subject`, t.subject);
    if (trialIds.has(t.id)) throw new ExportError(`${at}.id ${t.id} is used by another trial`);
    trialIds.add(t.id);
    checkTime(`${at}.startMs`, t.startMs);
    checkTime(`${at}.stopMs`, t.stopMs);
    checkTime(`${at}.alignMs`, t.alignMs);
    if (t.stopMs < t.startMs)
      throw new ExportError(`${at} stops (${t.stopMs}) before it starts (${t.startMs})`);
  }
}

/**
 * HDF5 variable-length strings end at the first NUL character, so text holding one
 * would be cut short without any error: refuse it before writing NWB. `extra`
 * names more text to check, e.g. `{ 'meta.identifier': meta.identifier }`.
 */
export function checkHdf5Text(recording: Recording, extra: Record<string, string | undefined> = {}): void {
  const check = (what: string, text: string | undefined) => {
    if (text?.includes('\u0000'))
      throw new ExportError(`${what} contains a NUL character, which HDF5 text cannot hold`);
  };
  for (const [what, text] of Object.entries(extra)) check(what, text);
  check('experiment', recording.experiment);
  check('description', recording.description);
  for (const [i, u] of recording.units.entries()) {
    check(`units[${i}].area`, u.area);
    check(`units[${i}].classification`, u.classification);
    check(`units[${i}].preferredAct`, u.preferredAct);
  }
  for (const [i, t] of recording.trials.entries()) check(`trials[${i}].condition`, t.condition);
}
