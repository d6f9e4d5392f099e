/**
 * Read a recording back from an NWB file, so mirrorlab can analyse its own
 * exports (and check them) without Python. It reads what nwb-write.ts writes;
 * other NWB files with a units table and trials are read on a best-effort basis:
 * a column mirrorlab would have written but that is missing reads as '' or 0
 * (align time: the trial start), and a seed that cannot be found reads as 0.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Dataset, type File, Group } from 'h5wasm/node';
import type { RecordedUnit, Recording, TrialRecord } from '../instruments/recording.js';
import { hdf5Reason, withHdf5 } from './h5.js';
import { datasetAt, readText, referencedDataset, toNumbers, toStrings } from './h5-values.js';
import { GENERAL, seedOfSessionId, TRIALS_PATH, UNITS_PATH } from './nwb-layout.js';

export type NwbRecording = Recording & { identifier: string; sessionDescription: string };

/** Read the recording in the NWB file `file` (times converted back from seconds to ms). */
export async function readNwb(file: string): Promise<NwbRecording> {
  const target = path.resolve(file);
  const stat = await fs.stat(target).catch(() => null);
  if (stat === null) throw new Error(`cannot read ${file}: no such file`);
  if (!stat.isFile()) throw new Error(`cannot read ${file}: not a file`);
  return withHdf5((lib) => {
    let h5: File;
    try {
      h5 = new lib.File(target, 'r');
    } catch (error) {
      throw new Error(`cannot read ${file}: not an HDF5 file (${hdf5Reason(error)})`, { cause: error });
    }
    try {
      return readContents(h5, file);
    } finally {
      h5.close();
    }
  });
}

function readContents(h5: Group, file: string): NwbRecording {
  if (h5.attrs.neurodata_type?.value !== 'NWBFile') {
    throw new Error(`${file} is not an NWB file (its root is not an NWBFile)`);
  }
  const units = h5.get(UNITS_PATH);
  const trials = h5.get(TRIALS_PATH);
  return {
    identifier: readText(h5, 'identifier') ?? '',
    sessionDescription: readText(h5, 'session_description') ?? '',
    experiment: readText(h5, GENERAL.protocol) ?? '',
    seed: seedOfSessionId(readText(h5, GENERAL.sessionId) ?? '') ?? 0,
    description: readText(h5, GENERAL.experimentDescription) ?? '',
    units: units instanceof Group ? readUnits(units) : [],
    trials: trials instanceof Group ? readTrials(trials) : [],
  };
}

const ms = (s: number) => s * 1000;

function rowIds(table: Group): number[] {
  const id = datasetAt(table, 'id');
  if (!id) throw new Error(`${table.path} has no id column`);
  return toNumbers(id.value, `${table.path}/id`);
}

/** A column with one value per row, or `fallback` for every row when the column is absent. */
function column<T>(table: Group, name: string, rows: number, read: (ds: Dataset) => T[], fallback: T): T[] {
  const ds = datasetAt(table, name);
  const values = ds ? read(ds) : Array.from({ length: rows }, () => fallback);
  if (values.length !== rows) throw new Error(`${table.path}/${name} has ${values.length} rows, not ${rows}`);
  return values;
}

const numbers = (ds: Dataset) => toNumbers(ds.value, ds.path);
const strings = (ds: Dataset) => toStrings(ds.value, ds.path);

/**
 * A ragged column: the VectorIndex `<name>_index` holds each row's end offset into
 * the VectorData its `target` attribute references (NWB's encoding of ragged arrays).
 */
function raggedColumn(table: Group, name: string, rows: number): number[][] {
  const index = datasetAt(table, `${name}_index`);
  if (!index) return Array.from({ length: rows }, () => []);
  const data = referencedDataset(index, 'target') ?? datasetAt(table, name);
  if (!data) throw new Error(`${index.path} has no target dataset`);
  const ends = numbers(index);
  const values = numbers(data);
  if (ends.length !== rows) throw new Error(`${index.path} has ${ends.length} rows, not ${rows}`);
  return ends.map((end, i) => values.slice(i === 0 ? 0 : ends[i - 1], end));
}

function readUnits(table: Group): RecordedUnit[] {
  const ids = rowIds(table);
  const n = ids.length;
  const spikes = raggedColumn(table, 'spike_times', n);
  const area = column(table, 'area', n, strings, '');
  const subject = column(table, 'subject', n, numbers, 0);
  const index = column(table, 'index_in_area', n, numbers, 0);
  const classification = column(table, 'classification', n, strings, '');
  const preferredAct = column(table, 'preferred_act', n, strings, '');
  return ids.map((id, i) => ({
    id,
    subject: subject[i]!,
    area: area[i]!,
    index: index[i]!,
    ...(classification[i] ? { classification: classification[i] } : {}),
    ...(preferredAct[i] ? { preferredAct: preferredAct[i] } : {}),
    spikeTimesMs: spikes[i]!.map(ms),
  }));
}

function readTrials(table: Group): TrialRecord[] {
  const ids = rowIds(table);
  const n = ids.length;
  const start = column(table, 'start_time', n, numbers, 0);
  const stop = column(table, 'stop_time', n, numbers, 0);
  const condition = column(table, 'condition', n, strings, '');
  const subject = column(table, 'subject', n, numbers, 0);
  const align = datasetAt(table, 'align_time') ? column(table, 'align_time', n, numbers, 0) : start;
  return ids.map((id, i) => ({
    id,
    subject: subject[i]!,
    condition: condition[i]!,
    startMs: ms(start[i]!),
    stopMs: ms(stop[i]!),
    alignMs: ms(align[i]!),
  }));
}
