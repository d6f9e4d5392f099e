/**
 * Exports of recorded data to the formats the field uses: NWB 2.x (HDF5) for
 * archives and NWB tools, CSV for spreadsheets, R and pandas, JSON for everything else.
 */
export { ExportError } from './check-recording.js';
export { type CsvValue, csvDocument, csvField } from './csv.js';
export { NWB_VERSION } from './nwb-layout.js';
export { type NwbRecording, readNwb } from './nwb-read.js';
export { type NwbMeta, writeNwb } from './nwb-write.js';
export { OBJECT_ID_NAMESPACE, objectId } from './object-id.js';
export { metricsToCsv, recordingToJson, spikesToCsv, trialsToCsv } from './tabular.js';
