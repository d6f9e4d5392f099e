/**
 * Peri-stimulus time histograms: for each condition, the spikes of every neuron
 * counted in bins around the moment responses are aligned on (the act's onset, or the
 * object appearing), summed over the trials played in full. The panel divides by the
 * number of trials and neurons to get a rate.
 */
import type { SpikeBlock } from '../lab/protocol.js';
import type { PlaybackListener } from './player.js';

export interface ConditionHistogram {
  condition: string;
  label: string;
  trials: number;
  /** counts[area][neuron * bins + bin] */
  counts: Float32Array[];
  /** Order in which conditions were last played (higher = more recent). */
  lastPlayed: number;
}

export class PsthTracker implements PlaybackListener {
  readonly bins: number;
  private readonly byCondition = new Map<string, ConditionHistogram>();
  private played = 0;

  constructor(
    private sizes: number[],
    readonly fromMs = -600,
    readonly toMs = 1200,
    readonly binMs = 40,
  ) {
    this.bins = Math.round((toMs - fromMs) / binMs);
  }

  setAreas(sizes: number[]): void {
    this.sizes = sizes;
    this.byCondition.clear();
  }

  reset(): void {
    this.byCondition.clear();
  }

  blockEnd(block: SpikeBlock, complete: boolean): void {
    const trial = block.trial;
    // Only whole trials of conditions count (babbling episodes have no common alignment).
    if (!complete || !trial || trial.kind !== 'trial' || trial.alignMs === null) return;
    let h = this.byCondition.get(trial.condition);
    if (!h) {
      h = {
        condition: trial.condition,
        label: trial.label,
        trials: 0,
        counts: this.sizes.map((n) => new Float32Array(n * this.bins)),
        lastPlayed: 0,
      };
      this.byCondition.set(trial.condition, h);
    }
    h.trials++;
    h.lastPlayed = ++this.played;
    const from = trial.alignMs + this.fromMs;
    for (let a = 0; a < this.sizes.length; a++) {
      const counts = h.counts[a]!;
      for (let i = block.areaOffsets[a]!; i < block.areaOffsets[a + 1]!; i++) {
        const bin = Math.floor((block.steps[i]! * block.dtMs - from) / this.binMs);
        if (bin >= 0 && bin < this.bins) counts[block.neurons[i]! * this.bins + bin]!++;
      }
    }
  }

  /** Conditions played, most recent first. */
  conditions(): ConditionHistogram[] {
    return [...this.byCondition.values()].sort((a, b) => b.lastPlayed - a.lastPlayed);
  }

  /** Mean rate (Hz per neuron) of the given neurons of an area, per bin. */
  rate(h: ConditionHistogram, area: number, neurons: readonly number[]): Float64Array {
    const out = new Float64Array(this.bins);
    const counts = h.counts[area];
    if (!counts || neurons.length === 0 || h.trials === 0) return out;
    for (const n of neurons) for (let b = 0; b < this.bins; b++) out[b]! += counts[n * this.bins + b]!;
    const scale = 1 / (h.trials * neurons.length * (this.binMs / 1000));
    for (let b = 0; b < this.bins; b++) out[b]! *= scale;
    return out;
  }

  /** Start of each bin relative to the alignment (ms). */
  binStarts(): number[] {
    return Array.from({ length: this.bins }, (_, b) => this.fromMs + b * this.binMs);
  }
}
