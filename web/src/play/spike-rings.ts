/** The spikes on screen: one bounded ring per area, filled as the playhead passes them. */
import type { SpikeBlock } from '../lab/protocol.js';
import type { PlaybackListener } from './player.js';
import { SpikeRing } from './spike-ring.js';

/** Spikes kept per area: ~30 s of a busy area; older ones are dropped. */
export const RING_CAPACITY = 200_000;

export class SpikeRings implements PlaybackListener {
  rings: SpikeRing[] = [];

  constructor(private readonly capacity = RING_CAPACITY) {}

  setAreas(count: number): void {
    this.rings = Array.from({ length: count }, () => new SpikeRing(this.capacity));
  }

  reset(): void {
    for (const r of this.rings) r.clear();
  }

  spikes(block: SpikeBlock, area: number, lo: number, hi: number): void {
    const ring = this.rings[area];
    if (!ring) return;
    for (let i = lo; i < hi; i++) ring.push(block.steps[i]! * block.dtMs, block.neurons[i]!);
  }
}
