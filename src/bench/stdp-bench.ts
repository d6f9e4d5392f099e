/** The Song–Miller–Abbott STDP benchmark as `mirrorlab bench stdp` runs it. */
import { build } from '../engine/build.js';
import type { BackendName } from '../engine/kernels/kernels.js';
import type { SpikeData } from '../engine/probes.js';
import { stdpDescription } from './networks.js';
import { spikeHash } from './spike-hash.js';

export interface StdpBenchResult {
  network: 'stdp';
  post: number;
  inputs: 'shared' | 'independent';
  durationS: number;
  seed: number;
  backend: BackendName;
  synapses: number;
  buildSeconds: number;
  simSeconds: number;
  peakRssMB: number;
  outRateHz: number;
  /** Fraction of weights below 0.1·wMax and above 0.9·wMax. */
  fractionNearZero: number;
  fractionNearMax: number;
  meanWeightFraction: number;
  /** Weights in 10 bins of w/wMax. */
  histogram: number[];
  spikeHash: string;
}

export function runStdpBench(opts: {
  post: number;
  durationS: number;
  seed: number;
  inputs: 'shared' | 'independent';
  backend?: BackendName;
}): StdpBenchResult {
  const t0 = performance.now();
  const sim = build(stdpDescription({ post: opts.post, inputs: opts.inputs }), {
    seed: opts.seed,
    backend: opts.backend ?? 'wasm',
  });
  const t1 = performance.now();
  sim.run(opts.durationS * 1000);
  const t2 = performance.now();
  const proj = sim.projection('plastic');
  const w = proj.weights!;
  const histogram = new Array<number>(10).fill(0);
  let sum = 0;
  for (const x of w) {
    const f = x / proj.wMax;
    histogram[Math.min(9, Math.floor(f * 10))]! += 1;
    sum += f;
  }
  const out = sim.probe('out') as SpikeData;
  return {
    network: 'stdp',
    post: opts.post,
    inputs: opts.inputs,
    durationS: opts.durationS,
    seed: opts.seed,
    backend: sim.backend,
    synapses: proj.nSynapses,
    buildSeconds: (t1 - t0) / 1000,
    simSeconds: (t2 - t1) / 1000,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    outRateHz: out.index.length / opts.post / opts.durationS,
    fractionNearZero: histogram[0]! / w.length,
    fractionNearMax: histogram[9]! / w.length,
    meanWeightFraction: sum / w.length,
    histogram,
    spikeHash: spikeHash([out]),
  };
}
