/**
 * mirrorlab — the public API. The CLI, the server and the browser lab use only
 * what is exported here, as a user's program would.
 */

export { type CubaBenchResult, runCubaBench } from './bench/cuba-bench.js';
export { type CubaOptions, cubaDescription, type StdpOptions, stdpDescription } from './bench/networks.js';
export { spikeHash } from './bench/spike-hash.js';
export { runStdpBench, type StdpBenchResult } from './bench/stdp-bench.js';
export * from './engine/index.js';
export { VERSION } from './version.js';
