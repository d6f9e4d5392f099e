/** Instruments: what an experimenter records. */
export { type AlignOn, type RecorderOptions, SessionRecorder, type TrialSpec } from './recorder.js';
export type { RecordedUnit, Recording, TrialRecord } from './recording.js';
