/**
 * mirrorlab — the public API, for any JavaScript runtime (Node, workers, browsers).
 * Node-only additions (the cache of developed agents, the results database, NWB
 * export, PNG rendering) are in `mirrorlab/node`, which re-exports all of this.
 * The CLI, the server and the browser lab use only these two entry points.
 */

export * from './agent/index.js';
export * from './analysis/index.js';
export { type AgentBenchResult, runAgentBench } from './bench/agent-bench.js';
export { type CubaBenchResult, runCubaBench } from './bench/cuba-bench.js';
export { type CubaOptions, cubaDescription, type StdpOptions, stdpDescription } from './bench/networks.js';
export { spikeHash } from './bench/spike-hash.js';
export { runStdpBench, type StdpBenchResult } from './bench/stdp-bench.js';
export * from './brain/index.js';
export * from './engine/index.js';
export * from './experiments/index.js';
// measuring and analysing
export * from './instruments/index.js';
export * from './sense/index.js';
export { MODEL_REVISION, VERSION } from './version.js';
// the model
export * from './world/index.js';
