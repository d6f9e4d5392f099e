/**
 * Consolidation of what development learned. Under the delta rule at the learning rate
 * babbling needs, an F5 neuron's sensory weights settle within a single episode of its
 * act and drift back during the episodes without it, so at any moment they say more
 * about the last few episodes than about the whole development: an act done early in the
 * last block is half forgotten by the end. What is kept for good is the average of the
 * labile weights over the last part of development (tail averaging of the iterates,
 * Polyak & Juditsky 1992) — a stand-in for the slow consolidation of synaptic changes
 * (Benna & Fusi 2016) that keeps the long-run statistics rather than the latest sample.
 */
import { LEARNED_PROJECTIONS } from '../brain/wiring.js';
import type { Agent } from './agent.js';
import type { DevelopmentParams } from './development.js';

export class WeightAverage {
  private readonly sums = new Map<string, Float64Array>();
  private samples = 0;

  constructor(private readonly agent: Agent) {
    for (const name of LEARNED_PROJECTIONS) {
      this.sums.set(name, new Float64Array(agent.sim.projection(name).weights!.length));
    }
  }

  /** Add the agent's current learned weights to the average. */
  add(): void {
    for (const [name, sum] of this.sums) {
      const w = this.agent.sim.projection(name).weights!;
      for (let k = 0; k < sum.length; k++) sum[k]! += w[k]!;
    }
    this.samples++;
  }

  /** Give the agent the averaged weights (nothing happens if nothing was added). */
  apply(): void {
    if (this.samples === 0) return;
    const out: Record<string, Float64Array> = {};
    for (const [name, sum] of this.sums) out[name] = sum.map((x) => x / this.samples);
    this.agent.setPlasticWeights(out);
  }
}

/** Whether episode `e` (from 0) of `total` lies in the averaged tail (the last `fraction` of them). */
export function inConsolidatedTail(e: number, total: number, fraction: number): boolean {
  return fraction > 0 && e >= total - Math.ceil(fraction * total);
}

/**
 * Development's consolidation, episode by episode: the weights after each episode of the
 * averaged tail join the average, which the agent keeps when development ends. `develop`
 * and the lab's step-by-step babbling share it, so both keep the same weights.
 */
export class Consolidation {
  private readonly average: WeightAverage;

  constructor(
    agent: Agent,
    private readonly p: Pick<DevelopmentParams, 'episodes' | 'consolidatedFraction' | 'plasticity'>,
  ) {
    this.average = new WeightAverage(agent);
  }

  /** Episode `e` (from 0) has been lived. */
  episodeLived(e: number): void {
    if (this.p.plasticity && inConsolidatedTail(e, this.p.episodes, this.p.consolidatedFraction)) {
      this.average.add();
    }
  }

  /** Development is over: the agent keeps the averaged weights. */
  finish(): void {
    this.average.apply();
  }
}
