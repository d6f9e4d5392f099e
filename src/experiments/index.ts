/** Experiments: protocols from the literature, their registry and runner. */
export { actsRelated } from './common/acts.js';
export { formatMetric, pooled } from './common/metrics.js';
export { applySettings, mergeParams, ParameterError, resolveParams } from './params.js';
export { EXPERIMENTS, getExperiment, UnknownExperimentError } from './registry.js';
export {
  type ExperimentRun,
  type ExperimentRunOptions,
  runExperiment,
  runSubjectJob,
  runSubjectsInline,
  type SubjectJob,
  type SubjectRunner,
  subjectSeed,
} from './runner.js';
export type * from './types.js';
