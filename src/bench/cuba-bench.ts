/** The CUBA benchmark as `mirrorlab bench cuba` runs it. */
import { build } from '../engine/build.js';
import type { BackendName } from '../engine/kernels/kernels.js';
import type { SpikeData } from '../engine/probes.js';
import { cubaDescription } from './networks.js';
import { spikeHash } from './spike-hash.js';

export interface CubaBenchResult {
  network: 'cuba';
  n: number;
  durationS: number;
  seed: number;
  backend: BackendName;
  synapses: number;
  spikes: number;
  meanRateHz: number;
  /** Synaptic events: Σ over spikes of the spiking neuron's out-degree (as Brian2's anchor counts them). */
  events: number;
  eventsPerSecond: number;
  buildSeconds: number;
  simSeconds: number;
  peakRssMB: number;
  bytesPerSynapse: number;
  spikeHash: string;
}

export function runCubaBench(opts: {
  n: number;
  durationS: number;
  seed: number;
  backend?: BackendName;
}): CubaBenchResult {
  const t0 = performance.now();
  const sim = build(cubaDescription({ n: opts.n }), { seed: opts.seed, backend: opts.backend ?? 'wasm' });
  const t1 = performance.now();
  sim.run(opts.durationS * 1000);
  const t2 = performance.now();
  const trains = ['spikesE', 'spikesI'].map((p) => sim.probe(p) as SpikeData);
  const spikes = trains.reduce((s, t) => s + t.index.length, 0);
  // out-degree of each neuron summed over its projections
  let events = 0;
  for (const [pop, train] of [
    ['E', trains[0]!],
    ['I', trains[1]!],
  ] as const) {
    const projs = sim.projectionNames().filter((name) => sim.projection(name).source === pop);
    for (const i of train.index) {
      for (const name of projs) {
        const p = sim.projection(name);
        events += p.rowPtr[i + 1]! - p.rowPtr[i]!;
      }
    }
  }
  const stats = sim.stats();
  const simSeconds = (t2 - t1) / 1000;
  return {
    network: 'cuba',
    n: opts.n,
    durationS: opts.durationS,
    seed: opts.seed,
    backend: sim.backend,
    synapses: stats.synapses,
    spikes,
    meanRateHz: spikes / opts.n / opts.durationS,
    events,
    eventsPerSecond: events / simSeconds,
    buildSeconds: (t1 - t0) / 1000,
    simSeconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    bytesPerSynapse: stats.staticBytesPerSynapse,
    spikeHash: spikeHash(trains),
  };
}
