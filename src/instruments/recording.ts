/**
 * What a recording session produces: single units with their area and class,
 * their spike times over the whole session, and the trials (condition, start,
 * stop, alignment time). This is the data exported to NWB, CSV and JSON.
 */

export interface RecordedUnit {
  /** Unique id within the recording. */
  id: number;
  /** Simulated subject (monkey or participant) the unit belongs to. */
  subject: number;
  /** Brain area label, e.g. "F5", "PF", "STS". */
  area: string;
  /** Index of the neuron within its area. */
  index: number;
  /** Class from the analysis, e.g. "mirror-strict", "motor", "visual", "unresponsive". */
  classification?: string;
  /** Preferred act in execution, when the unit has one. */
  preferredAct?: string;
  /** Spike times over the session (ms from the subject's session start), ascending. */
  spikeTimesMs: number[];
}

export interface TrialRecord {
  id: number;
  subject: number;
  /** Condition label, e.g. "execute:precisionGrip" or "observe:precisionGrip". */
  condition: string;
  /** Trial start and stop (ms from the subject's session start). */
  startMs: number;
  stopMs: number;
  /** The moment responses are aligned on (ms from session start), e.g. act onset. */
  alignMs: number;
}

export interface Recording {
  experiment: string;
  seed: number;
  /** One line saying what was recorded. */
  description: string;
  units: RecordedUnit[];
  trials: TrialRecord[];
}
