/**
 * Parameter sweeps: grids of parameter values, each point a stored run of an
 * experiment with the same master seed; resumable, shardable across cluster jobs,
 * summarised as tables and one figure per metric.
 */
export { SweepError } from './errors.js';
export {
  checkGrid,
  type GridAxis,
  gridPoints,
  parseGridAxis,
  type SweepPoint,
  settingValue,
} from './grid.js';
export { parseShard, type Shard, shardFromEnv, shardPoints } from './shard.js';
export { type SlurmOptions, shellQuote, slurmScript, sweepArgs } from './slurm.js';
export {
  asSweepSpec,
  canonicalJson,
  pointOverrides,
  type SweepSpec,
  specPoints,
  sweepId,
  sweepSpec,
} from './spec.js';
export { type SweepRow, type SweepSummary, sweepSummary } from './summary.js';
export { type SweepFigure, sweepFigures } from './summary-figures.js';
export { summaryJson, writeSweepSummary } from './summary-files.js';
export { summaryCsv, summaryMarkdown, summaryRows, textTable } from './summary-table.js';
