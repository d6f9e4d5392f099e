/** The spiking engine: describe → build → run. No notion of actions or agents lives here. */
export { Arena, padded } from './arena.js';
export { type BuildOptions, build } from './build.js';
export * from './description.js';
export type { BackendName, Kernels } from './kernels/kernels.js';
export { tsKernels } from './kernels/ts-kernels.js';
export { wasmKernelsAvailable } from './kernels/wasm-kernels.js';
export { CovarianceParams, covarianceRule } from './plasticity/covariance.js';
export { DeltaParams, deltaRule } from './plasticity/delta.js';
export { createRuleRegistry } from './plasticity/registry.js';
export {
  type PlasticityRule,
  type RuleBindContext,
  type RulePlanContext,
  RuleRegistry,
} from './plasticity/rule.js';
export { StdpParams, stdpRule } from './plasticity/stdp.js';
export { exactCoefficient, type LifChannelRuntime, type LifRuntime } from './populations/lif.js';
export type { PoissonRuntime } from './populations/poisson.js';
export type { PopulationRuntime } from './populations/population.js';
export type { SpikeTimesRuntime } from './populations/spike-times.js';
export type { ProbeData, RateData, SpikeData, StateData, WeightData } from './probes.js';
export type { ProjectionRuntime, TransposedIndex } from './projections/projection.js';
export { transmittedWeights } from './projections/projection.js';
export { deriveSeed, Rng, RngTree, streamState } from './rng.js';
export {
  formatSchedule,
  type Operation,
  operation,
  orderOperations,
  PHASES,
  type Phase,
} from './schedule.js';
export { type NetworkSnapshot, type NetworkStats, type RunOptions, Simulator } from './simulator.js';
export { DescriptionError, type DescriptionIssue, formatPath, validateDescription } from './validate.js';
