/**
 * Population rates: the mean firing rate per neuron of each area (spikes/s) in
 * fixed bins, kept for the last `capacity` bins only (a ring), for the rates panel.
 */
import type { SpikeBlock } from '../lab/protocol.js';
import type { PlaybackListener } from './player.js';

export class RateTracker implements PlaybackListener {
  private counts: Float64Array[];
  /** The bin number each ring slot holds (−1: empty). */
  private slotBin: Float64Array;

  constructor(
    private sizes: number[],
    readonly binMs = 20,
    readonly capacity = 1500,
  ) {
    this.counts = sizes.map(() => new Float64Array(capacity));
    this.slotBin = new Float64Array(capacity).fill(-1);
  }

  /** New areas (a new agent). */
  setAreas(sizes: number[]): void {
    this.sizes = sizes;
    this.counts = sizes.map(() => new Float64Array(this.capacity));
    this.slotBin.fill(-1);
  }

  reset(): void {
    for (const c of this.counts) c.fill(0);
    this.slotBin.fill(-1);
  }

  spikes(block: SpikeBlock, area: number, lo: number, hi: number): void {
    const counts = this.counts[area];
    if (!counts) return;
    for (let i = lo; i < hi; i++) {
      const bin = Math.floor((block.steps[i]! * block.dtMs) / this.binMs);
      const slot = this.slot(bin);
      counts[slot]!++;
    }
  }

  private slot(bin: number): number {
    const slot = bin % this.capacity;
    if (this.slotBin[slot] !== bin) {
      this.slotBin[slot] = bin;
      for (const c of this.counts) c[slot] = 0;
    }
    return slot;
  }

  /**
   * Rates (Hz per neuron) of every area in the complete bins of [fromMs, toMs).
   * Bins with no data (never reached) are NaN.
   */
  series(fromMs: number, toMs: number): { tMs: number[]; rates: number[][] } {
    const first = Math.ceil(fromMs / this.binMs);
    const last = Math.floor(toMs / this.binMs); // exclusive: the bin under the playhead is incomplete
    const tMs: number[] = [];
    const rates = this.sizes.map(() => [] as number[]);
    for (let bin = Math.max(first, last - this.capacity + 1); bin < last; bin++) {
      const slot = bin % this.capacity;
      tMs.push(bin * this.binMs);
      this.sizes.forEach((size, a) => {
        const known = this.slotBin[slot] === bin;
        // A bin without any spike has never been claimed; it counts as 0 once the playhead passed it.
        rates[a]!.push(known ? this.counts[a]![slot]! / (size * (this.binMs / 1000)) : 0);
      });
    }
    return { tMs, rates };
  }
}
