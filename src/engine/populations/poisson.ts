/**
 * Poisson spike generators whose rates may change every step (the sensory
 * encoders drive them).
 *
 * Each generator keeps the hazard left until its next spike, drawn from Exp(1);
 * every step removes rate·dt from it and a spike occurs when it runs out. This is
 * the exact time-rescaling construction of an inhomogeneous Poisson process with a
 * rate held constant over each step, and it draws one random number per spike
 * rather than one per neuron per step. At most one spike per neuron per step is
 * emitted (events closer than dt merge). The 'bernoulli' method instead draws once
 * per neuron and step (spike with probability rate·dt, capped at 1).
 */
import type { Arena, Slot } from '../arena.js';
import { padded } from '../arena.js';
import type { PoissonPopulation } from '../description.js';
import type { Kernels } from '../kernels/kernels.js';
import { type RngTree, streamState } from '../rng.js';
import { type Operation, operation } from '../schedule.js';
import type { PopulationRuntime } from './population.js';

export interface PoissonRuntime extends PopulationRuntime {
  readonly kind: 'poisson';
  /** Rate of each generator (Hz); write to it (or use the simulator's setRates) to drive the population. */
  readonly rateHz: Float64Array;
}

export class PoissonPlan {
  private readonly stride: number;
  private readonly slots: {
    rate: Slot<Float64Array>;
    hazard: Slot<Float64Array>;
    rng: Slot<Uint32Array>;
    spikes: Slot<Int32Array>;
  };

  constructor(
    readonly spec: PoissonPopulation,
    arena: Arena,
  ) {
    this.stride = padded(spec.size);
    this.slots = {
      rate: arena.f64(this.stride),
      hazard: arena.f64(this.stride),
      rng: arena.u32(spec.method === 'bernoulli' ? 16 : 4),
      spikes: arena.i32(this.stride),
    };
  }

  bind(rngs: RngTree, kernels: Kernels, dtMs: number): { runtime: PoissonRuntime; ops: Operation[] } {
    const spec = this.spec;
    const n = this.stride;
    const rate = this.slots.rate.view();
    const hazard = this.slots.hazard.view();
    const rng = rngs.stream(`population/${spec.name}/poisson`, this.slots.rng.view());
    for (let i = 0; i < n; i++) {
      const real = i < spec.size;
      rate[i] = real ? (typeof spec.rateHz === 'number' ? spec.rateHz : spec.rateHz[i]!) : 0;
      hazard[i] = real ? rng.exponential() : Number.POSITIVE_INFINITY;
    }
    const runtime: PoissonRuntime = {
      name: spec.name,
      kind: 'poisson',
      size: spec.size,
      stride: n,
      spikes: this.slots.spikes.view(),
      count: 0,
      rateHz: rate,
    };
    const dtS = dtMs / 1000;
    const spikes = runtime.spikes;
    if (spec.method === 'bernoulli') {
      // four interleaved streams for the vectorised kernel: word w of stream l at 4w + l
      const state = this.slots.rng.view();
      for (let l = 0; l < 4; l++) {
        const s = streamState(rngs.seed, `population/${spec.name}/poisson/${l}`);
        for (let w = 0; w < 4; w++) state[4 * w + l] = s[w]!;
      }
      const op = operation(
        'inputs',
        `poisson ${spec.name}`,
        { reads: [`${spec.name}.rate`], updates: [`${spec.name}.rng`], sets: [`${spec.name}.spikes`] },
        () => {
          runtime.count = kernels.poissonBernoulli(state, rate, spikes, n, dtS);
        },
      );
      return { runtime, ops: [op] };
    }
    const op = operation(
      'inputs',
      `poisson ${spec.name}`,
      {
        reads: [`${spec.name}.rate`],
        updates: [`${spec.name}.hazard`, `${spec.name}.rng`],
        sets: [`${spec.name}.spikes`],
      },
      () => {
        const count = kernels.poissonHazard(hazard, rate, spikes, n, dtS);
        for (let k = 0; k < count; k++) {
          const i = spikes[k]!;
          let h = hazard[i]!;
          do h += rng.exponential();
          while (h <= 0);
          hazard[i] = h;
        }
        runtime.count = count;
      },
    );
    return { runtime, ops: [op] };
  }
}
