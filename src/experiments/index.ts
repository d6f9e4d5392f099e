/** Experiments: protocols from the literature, their registry and runner. */
export { actsRelated } from './common/acts.js';
export { formatMetric, pooled } from './common/metrics.js';
export { type ConditionPlan, runInterleaved } from './common/session.js';
export { developedSubject, newbornSubject } from './common/subject.js';
export {
  ACT_ON_MS,
  type ActTrialOptions,
  AFTER_MS,
  actTrialScene,
  actWindow,
  BASELINE_MS,
  BASELINE_WINDOW,
  OBJECT_ON_MS,
  objectAloneScene,
  responses,
} from './common/trials.js';
export {
  analyseSession,
  recordSession as recordGallese1996Session,
  TEST_ACTS,
  TEST_OBJECT,
  type UnitResult,
} from './gallese1996/protocol.js';
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
