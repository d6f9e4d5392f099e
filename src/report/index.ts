/**
 * Reports of stored runs (HTML and Markdown, with figures), and what a run stores
 * besides its metrics: its figures, `result.json` and its subjects' recordings.
 */
export {
  flattenParams,
  formatDuration,
  formatNumber,
  formatStoredMetric,
  isStoredMetric,
  metricDigits,
  type StoredMetric,
} from './format.js';
export { jsonSafe } from './json-safe.js';
export { combineRecordings, decodeRecording, encodeRecording } from './recording.js';
export { type RunResultFile, resultFile } from './result-file.js';
export { ARTIFACT, runArtifacts } from './run-artifacts.js';
export { buildReport, REPORT_FILES, writeRunFolder } from './run-folder.js';
export { loadRecording, loadStoredRun, type StoredFigure, type StoredRun } from './stored-run.js';
