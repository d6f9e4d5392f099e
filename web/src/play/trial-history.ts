/** The last trials the playhead entered (for event markers and captions), bounded. */
import type { SpikeBlock, TrialInfo } from '../lab/protocol.js';
import type { PlaybackListener } from './player.js';

export class TrialHistory implements PlaybackListener {
  trials: (TrialInfo & { blockEndMs: number })[] = [];

  constructor(private readonly keep = 40) {}

  reset(): void {
    this.trials = [];
  }

  blockStart(block: SpikeBlock): void {
    if (!block.trial) return;
    this.trials.push({ ...block.trial, blockEndMs: block.toMs });
    if (this.trials.length > this.keep) this.trials.shift();
  }

  /** Trials overlapping [fromMs, toMs). */
  within(fromMs: number, toMs: number): (TrialInfo & { blockEndMs: number })[] {
    return this.trials.filter((t) => t.blockEndMs > fromMs && t.startMs < toMs);
  }
}
