/**
 * Probes record what a network does: spikes, binned rates, state variables of chosen
 * neurons, and weights. They run last in every step, read the network and never
 * change it. Their buffers grow by doubling, so recording allocates only now and then,
 * never every step.
 */
import type { Probe } from './description.js';
import type { LifRuntime } from './populations/lif.js';
import type { PopulationRuntime } from './populations/population.js';
import type { ProjectionRuntime } from './projections/projection.js';
import { type Operation, operation } from './schedule.js';

/** A growable array of numbers backed by a typed array. */
class Growable<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}
const int32s = () => new Growable(new Int32Array(1024), (n) => new Int32Array(n));
const float64s = () => new Growable(new Float64Array(1024), (n) => new Float64Array(n));

export interface SpikeData {
  kind: 'spikes';
  population: string;
  /** Neuron index of each spike, in time order (ascending index within a step). */
  index: Int32Array;
  /** Step number of each spike. */
  step: Int32Array;
  /** Time of each spike (ms) = step · dt. */
  timeMs: Float64Array;
}
export interface RateData {
  kind: 'rate';
  population: string;
  binMs: number;
  /** Start of each complete bin (ms). */
  tMs: Float64Array;
  /** Mean rate over the recorded neurons in each bin (Hz). */
  rateHz: Float64Array;
}
export interface StateData {
  kind: 'state';
  population: string;
  variable: string;
  neurons: number[];
  tMs: Float64Array;
  /** values[k] is the trace of neurons[k]. */
  values: Float64Array[];
}
export interface WeightData {
  kind: 'weights';
  projection: string;
  tMs: Float64Array;
  weights: Float32Array[];
}
export type ProbeData = SpikeData | RateData | StateData | WeightData;

export interface ProbeRuntime {
  readonly name: string;
  readonly op: Operation;
  data(): ProbeData;
  clear(): void;
}

function selectionMask(size: number, neurons: number[] | undefined): Uint8Array | null {
  if (!neurons) return null;
  const mask = new Uint8Array(size);
  for (const i of neurons) mask[i] = 1;
  return mask;
}

export function buildProbe(
  spec: Probe,
  dtMs: number,
  population: (name: string) => PopulationRuntime,
  projection: (name: string) => ProjectionRuntime,
): ProbeRuntime {
  switch (spec.kind) {
    case 'spikes': {
      const pop = population(spec.population);
      const mask = selectionMask(pop.size, spec.neurons);
      const idx = int32s();
      const steps = int32s();
      const op = operation(
        'probes',
        `record spikes ${pop.name}`,
        { reads: [`${pop.name}.spikes`] },
        (step) => {
          const n = pop.count;
          const s = pop.spikes;
          for (let k = 0; k < n; k++) {
            const i = s[k]!;
            if (mask === null || mask[i] === 1) {
              idx.push(i);
              steps.push(step);
            }
          }
        },
      );
      return {
        name: spec.name,
        op,
        data: () => {
          const step = steps.toArray();
          return {
            kind: 'spikes',
            population: pop.name,
            index: idx.toArray(),
            step,
            timeMs: Float64Array.from(step, (x) => x * dtMs),
          };
        },
        clear: () => {
          idx.length = 0;
          steps.length = 0;
        },
      };
    }
    case 'rate': {
      const pop = population(spec.population);
      const mask = selectionMask(pop.size, spec.neurons);
      const nSel = spec.neurons ? new Set(spec.neurons).size : pop.size;
      const binSteps = Math.max(1, Math.round(spec.binMs / dtMs));
      const binMs = binSteps * dtMs;
      const starts = float64s();
      const rates = float64s();
      let count = 0;
      let binStart = -1;
      const op = operation('probes', `record rate ${pop.name}`, { reads: [`${pop.name}.spikes`] }, (step) => {
        const bin = Math.floor(step / binSteps);
        if (bin !== binStart) {
          binStart = bin;
          count = 0;
        }
        const n = pop.count;
        if (mask === null) count += n;
        else for (let k = 0; k < n; k++) count += mask[pop.spikes[k]!]!;
        if (step % binSteps === binSteps - 1) {
          starts.push(bin * binMs);
          rates.push(count / (nSel * (binMs / 1000)));
        }
      });
      return {
        name: spec.name,
        op,
        data: () => ({
          kind: 'rate',
          population: pop.name,
          binMs,
          tMs: starts.toArray(),
          rateHz: rates.toArray(),
        }),
        clear: () => {
          starts.length = 0;
          rates.length = 0;
          binStart = -1;
        },
      };
    }
    case 'state': {
      const pop = population(spec.population) as LifRuntime;
      const array = stateArray(pop, spec.variable);
      const every = Math.max(1, Math.round((spec.everyMs ?? dtMs) / dtMs));
      const times = float64s();
      const traces = spec.neurons.map(() => float64s());
      const neurons = spec.neurons;
      const op = operation(
        'probes',
        `record ${spec.variable} ${pop.name}`,
        { reads: [`${pop.name}.${spec.variable}`] },
        (step) => {
          if (step % every !== 0) return;
          times.push(step * dtMs);
          for (let k = 0; k < neurons.length; k++) traces[k]!.push(array[neurons[k]!]!);
        },
      );
      return {
        name: spec.name,
        op,
        data: () => ({
          kind: 'state',
          population: pop.name,
          variable: spec.variable,
          neurons: [...neurons],
          tMs: times.toArray(),
          values: traces.map((t) => t.toArray()),
        }),
        clear: () => {
          times.length = 0;
          for (const t of traces) t.length = 0;
        },
      };
    }
    case 'weights': {
      const proj = projection(spec.projection);
      const every = Math.max(1, Math.round(spec.everyMs / dtMs));
      const times: number[] = [];
      const copies: Float32Array[] = [];
      const op = operation(
        'probes',
        `record weights ${proj.name}`,
        { reads: [`${proj.name}.weights`] },
        (step) => {
          if (step % every !== 0) return;
          times.push(step * dtMs);
          copies.push(
            proj.weights ? proj.weights.slice() : new Float32Array(proj.nSynapses).fill(proj.weightScalar),
          );
        },
      );
      return {
        name: spec.name,
        op,
        data: () => ({
          kind: 'weights',
          projection: proj.name,
          tMs: Float64Array.from(times),
          weights: [...copies],
        }),
        clear: () => {
          times.length = 0;
          copies.length = 0;
        },
      };
    }
  }
}

/** The array behind a state variable name: 'v', 'adaptation' or 'g:<channel>'. */
export function stateArray(pop: LifRuntime, variable: string): Float64Array {
  if (variable === 'v') return pop.v;
  if (variable === 'adaptation' && pop.adaptation) return pop.adaptation;
  if (variable.startsWith('g:')) {
    const k = pop.channelIndex(variable.slice(2));
    if (k >= 0) return pop.channels[k]!.g;
  }
  throw new Error(`population ${pop.name} has no state variable "${variable}"`);
}
