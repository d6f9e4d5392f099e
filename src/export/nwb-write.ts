/**
 * Export a recording as an NWB 2.x (HDF5) file, the format neurophysiology data
 * archives (DANDI) and tools (pynwb, matnwb, NWB widgets, spikeinterface) read.
 * Units go in `/units` (spike times as a ragged column), trials in
 * `/intervals/trials`; all times are in seconds, as NWB requires.
 *
 * The content is a pure function of the recording and `meta`, except
 * `file_create_date` (now, unless `meta.fileCreateDate` is given). Object ids are
 * derived from `meta.identifier` (see object-id.ts), so keep identifiers unique
 * per file as NWB asks. No cached specification is embedded: readers use their
 * own copy of the core schema for `nwb_version`.
 */
import type { Group } from 'h5wasm/node';
import type { Recording } from '../instruments/recording.js';
import { VERSION } from '../version.js';
import { writeFileAtomically } from './atomic-file.js';
import { checkHdf5Text, checkRecording, ExportError } from './check-recording.js';
import { writeDynamicTable } from './dynamic-table.js';
import { hdf5Reason, withHdf5 } from './h5.js';
import {
  GENERAL,
  INTERVALS_PATH,
  NAMESPACE,
  NWB_VERSION,
  REQUIRED_GROUPS,
  sessionId,
  TIME_NOTE,
  TRIAL_COLUMNS,
  TRIALS_DESCRIPTION,
  TRIALS_NAME,
  UNIT_COLUMNS,
  UNITS_DESCRIPTION,
  UNITS_PATH,
} from './nwb-layout.js';
import { type MarkTyped, typedMarker } from './nwb-typed.js';

export interface NwbMeta {
  /** Unique identifier of the file (NWB `identifier`); object ids are derived from it. */
  identifier: string;
  /** What the session was (NWB `session_description`). */
  sessionDescription: string;
  /** Time zero of every time in the file (also written as `timestamps_reference_time`). */
  sessionStartTime: Date;
  institution?: string;
  experimenter?: string[];
  /**
   * Written as `file_create_date`; defaults to now. Pass one for fully reproducible
   * content (the bytes still differ: HDF5 records when each object was written).
   */
  fileCreateDate?: Date;
}

/** Write `recording` to the NWB file `file`, atomically: on failure no file (and no partial file) is left. */
export async function writeNwb(recording: Recording, file: string, meta: NwbMeta): Promise<void> {
  checkRecording(recording);
  checkMeta(meta);
  checkHdf5Text(recording, {
    'meta.identifier': meta.identifier,
    'meta.sessionDescription': meta.sessionDescription,
    'meta.institution': meta.institution,
    ...Object.fromEntries((meta.experimenter ?? []).map((name, i) => [`meta.experimenter[${i}]`, name])),
  });
  await writeFileAtomically(file, async (tmp) => {
    try {
      await withHdf5((lib) => {
        const h5 = new lib.File(tmp, 'w');
        try {
          writeContents(h5, recording, meta);
        } finally {
          h5.close();
        }
      });
    } catch (error) {
      throw new Error(`cannot write NWB file ${file}: ${hdf5Reason(error)}`, { cause: error });
    }
  });
}

function checkMeta(meta: NwbMeta): void {
  if (typeof meta.identifier !== 'string' || meta.identifier.trim() === '') {
    throw new ExportError('meta.identifier must be a non-empty string');
  }
  for (const key of ['sessionStartTime', 'fileCreateDate'] as const) {
    const date = meta[key];
    if (date === undefined && key === 'fileCreateDate') continue;
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new ExportError(`meta.${key} must be a valid Date`);
    }
  }
}

/** ISO 8601 in UTC ending in "Z", as the NWB schema asks for isodatetime fields. */
function isoDateTime(date: Date): string {
  return date.toISOString();
}

function writeContents(root: Group, recording: Recording, meta: NwbMeta): void {
  const mark = typedMarker(meta.identifier);
  mark(root, NAMESPACE.core, 'NWBFile');
  root.create_attribute('nwb_version', NWB_VERSION);
  for (const name of REQUIRED_GROUPS) root.create_group(name);

  const text = (path: string, value: string) => root.create_dataset({ name: path, data: value, dtype: 'S' });
  root.create_dataset({
    name: 'file_create_date',
    data: [isoDateTime(meta.fileCreateDate ?? new Date())],
    dtype: 'S',
  });
  text('identifier', meta.identifier);
  text('session_description', meta.sessionDescription);
  text('session_start_time', isoDateTime(meta.sessionStartTime));
  text('timestamps_reference_time', isoDateTime(meta.sessionStartTime));

  text(GENERAL.experimentDescription, recording.description);
  text(GENERAL.protocol, recording.experiment);
  text(GENERAL.sessionId, sessionId(recording.experiment, recording.seed));
  text(GENERAL.notes, TIME_NOTE);
  text(GENERAL.sourceScript, `mirrorlab ${VERSION}`).create_attribute('file_name', 'mirrorlab');
  if (meta.institution !== undefined) text(GENERAL.institution, meta.institution);
  if (meta.experimenter !== undefined) {
    root.create_dataset({ name: GENERAL.experimenter, data: meta.experimenter, dtype: 'S' });
  }

  writeUnits(root, recording, mark);
  writeTrials(root, recording, mark);
}

const seconds = (ms: number) => ms / 1000;

function writeUnits(root: Group, recording: Recording, mark: MarkTyped): void {
  const units = recording.units;
  const total = units.reduce((n, u) => n + u.spikeTimesMs.length, 0);
  const spikeTimes = new Float64Array(total);
  const index = new BigUint64Array(units.length);
  let end = 0;
  units.forEach((u, i) => {
    for (const t of u.spikeTimesMs) spikeTimes[end++] = seconds(t);
    index[i] = BigInt(end);
  });
  const ints = (f: (u: (typeof units)[number]) => number) => BigInt64Array.from(units, (u) => BigInt(f(u)));
  writeDynamicTable(
    root,
    UNITS_PATH,
    {
      type: 'Units',
      namespace: NAMESPACE.core,
      description: UNITS_DESCRIPTION,
      ids: ints((u) => u.id),
      columns: [
        { name: 'spike_times', description: UNIT_COLUMNS.spike_times, data: spikeTimes, index },
        { name: 'area', description: UNIT_COLUMNS.area, data: units.map((u) => u.area) },
        { name: 'subject', description: UNIT_COLUMNS.subject, data: ints((u) => u.subject) },
        { name: 'index_in_area', description: UNIT_COLUMNS.index_in_area, data: ints((u) => u.index) },
        {
          name: 'classification',
          description: UNIT_COLUMNS.classification,
          data: units.map((u) => u.classification ?? ''),
        },
        {
          name: 'preferred_act',
          description: UNIT_COLUMNS.preferred_act,
          data: units.map((u) => u.preferredAct ?? ''),
        },
      ],
    },
    mark,
  );
}

function writeTrials(root: Group, recording: Recording, mark: MarkTyped): void {
  const trials = recording.trials;
  const times = (f: (t: (typeof trials)[number]) => number) =>
    Float64Array.from(trials, (t) => seconds(f(t)));
  const intervals = root.create_group(INTERVALS_PATH);
  writeDynamicTable(
    intervals,
    TRIALS_NAME,
    {
      type: 'TimeIntervals',
      namespace: NAMESPACE.core,
      description: TRIALS_DESCRIPTION,
      ids: BigInt64Array.from(trials, (t) => BigInt(t.id)),
      columns: [
        { name: 'start_time', description: TRIAL_COLUMNS.start_time, data: times((t) => t.startMs) },
        { name: 'stop_time', description: TRIAL_COLUMNS.stop_time, data: times((t) => t.stopMs) },
        { name: 'condition', description: TRIAL_COLUMNS.condition, data: trials.map((t) => t.condition) },
        {
          name: 'subject',
          description: TRIAL_COLUMNS.subject,
          data: BigInt64Array.from(trials, (t) => BigInt(t.subject)),
        },
        { name: 'align_time', description: TRIAL_COLUMNS.align_time, data: times((t) => t.alignMs) },
      ],
    },
    mark,
  );
}
