import type { ProbeData, Simulator, SpikeData } from '../src/index.js';

/** The spike data of a spikes probe (fails loudly for any other probe kind). */
export function spikesOf(sim: Simulator, probe: string): SpikeData {
  const d: ProbeData = sim.probe(probe);
  if (d.kind !== 'spikes') throw new Error(`probe ${probe} is ${d.kind}`);
  return d;
}

/** Mean and standard deviation. */
export function meanSd(xs: ArrayLike<number>): { mean: number; sd: number } {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  const mean = s / xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i]! - mean) ** 2;
  return { mean, sd: Math.sqrt(v / Math.max(1, xs.length - 1)) };
}
