/**
 * Where mirrorlab puts a recording in an NWB 2.x file, shared by the writer and
 * the reader so the two cannot drift apart. Follows the published NWB core schema
 * (NWBFile, Units, TimeIntervals) and hdmf-common (DynamicTable, VectorData,
 * VectorIndex, ElementIdentifiers).
 */

/** NWB schema version the files follow (core 2.7.0, with hdmf-common 1.8). */
export const NWB_VERSION = '2.7.0';

/** The namespace of each neurodata type written, as in the `namespace` attribute. */
export const NAMESPACE = { core: 'core', common: 'hdmf-common' } as const;

/** Groups every NWBFile has, even when empty. */
export const REQUIRED_GROUPS = [
  'acquisition',
  'analysis',
  'general',
  'processing',
  'stimulus',
  'stimulus/presentation',
  'stimulus/templates',
] as const;

/** The units table, and the group holding the trials table. */
export const UNITS_PATH = 'units';
export const INTERVALS_PATH = 'intervals';
export const TRIALS_NAME = 'trials';
export const TRIALS_PATH = `${INTERVALS_PATH}/${TRIALS_NAME}`;

/**
 * How the recording's own fields map onto NWB's `/general` datasets: the
 * experiment name is the protocol the simulated lab ran, the recording's
 * description is the experiment description, and the seed (which fully
 * determines a simulated session) is part of the session id.
 */
export const GENERAL = {
  experimentDescription: '/general/experiment_description',
  protocol: '/general/protocol',
  sessionId: '/general/session_id',
  institution: '/general/institution',
  experimenter: '/general/experimenter',
  notes: '/general/notes',
  sourceScript: '/general/source_script',
} as const;

/** `general/session_id` for an experiment and seed, e.g. `grasp-observe/seed-42`. */
export function sessionId(experiment: string, seed: number): string {
  return `${experiment}/seed-${seed}`;
}

/** The seed in a session id written by {@link sessionId}, or undefined for any other id. */
export function seedOfSessionId(id: string): number | undefined {
  const match = /\/seed-(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Said once in `general/notes` because NWB assumes one clock per file and mirrorlab has one per subject. */
export const TIME_NOTE =
  'Simulated with mirrorlab. All times are in seconds from the session start of the subject named ' +
  'in the same row (units.subject, trials.subject); session_start_time is time zero for every subject.';

export const UNIT_COLUMNS = {
  spike_times: 'Spike times of each unit, in seconds from its subject’s session start.',
  area: 'Brain area of the unit, e.g. F5, PF, STS.',
  subject: 'Simulated subject (monkey or participant) the unit was recorded from.',
  index_in_area: 'Index of the model neuron within its area.',
  classification: 'Class from the analysis (e.g. mirror-strict, motor, visual); empty when not classified.',
  preferred_act: 'Preferred act in execution; empty when the unit has none.',
} as const;

export const TRIAL_COLUMNS = {
  start_time: 'Start of the trial, in seconds from its subject’s session start.',
  stop_time: 'End of the trial, in seconds from its subject’s session start.',
  condition: 'Condition label, e.g. execute:precisionGrip or observe:precisionGrip.',
  subject: 'Simulated subject the trial belongs to.',
  align_time: 'Moment responses are aligned on (e.g. act onset), in seconds from the session start.',
} as const;

export const UNITS_DESCRIPTION = 'Single units recorded from simulated subjects by mirrorlab.';
export const TRIALS_DESCRIPTION = 'Trials: condition, subject, start, stop and alignment times.';
