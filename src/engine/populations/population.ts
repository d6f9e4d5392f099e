import type { Distribution } from '../description.js';
import type { Rng } from '../rng.js';

/** What every population offers the rest of the simulator at run time. */
export interface PopulationRuntime {
  readonly name: string;
  readonly kind: 'lif' | 'poisson' | 'spikeTimes';
  readonly size: number;
  /** Size rounded up to whole SIMD lanes; the length of the state arrays. */
  readonly stride: number;
  /** Indices of the neurons that spiked in the current step (ascending): the first `count` entries. */
  readonly spikes: Int32Array;
  /** Number of spikes in the current step. */
  count: number;
}

/** Draw one value of a per-neuron or per-synapse distribution. */
export function drawValue(d: Distribution, rng: Rng): number {
  if (typeof d === 'number') return d;
  if ('uniform' in d) return rng.range(d.uniform[0], d.uniform[1]);
  return d.normal.mean + d.normal.sd * rng.normal();
}
