/**
 * A population that emits spikes at given times (a deterministic drive, like
 * Brian2's SpikeGeneratorGroup). Times are rounded to the nearest step; a neuron
 * spiking twice in one step spikes once.
 */
import type { Arena, Slot } from '../arena.js';
import { padded } from '../arena.js';
import type { SpikeTimesPopulation } from '../description.js';
import { type Operation, operation } from '../schedule.js';
import type { PopulationRuntime } from './population.js';

export interface SpikeTimesRuntime extends PopulationRuntime {
  readonly kind: 'spikeTimes';
}

export class SpikeTimesPlan {
  private readonly stride: number;
  private readonly events: { step: number; index: number }[];
  private readonly slots: {
    step: Slot<Int32Array>;
    index: Slot<Int32Array>;
    cursor: Slot<Int32Array>;
    spikes: Slot<Int32Array>;
  };

  constructor(
    readonly spec: SpikeTimesPopulation,
    arena: Arena,
    dtMs: number,
  ) {
    this.stride = padded(spec.size);
    const seen = new Set<number>();
    const events: { step: number; index: number }[] = [];
    spec.index.forEach((index, k) => {
      const step = Math.round(spec.timeMs[k]! / dtMs);
      const key = step * spec.size + index;
      if (seen.has(key)) return;
      seen.add(key);
      events.push({ step, index });
    });
    events.sort((x, y) => x.step - y.step || x.index - y.index);
    this.events = events;
    this.slots = {
      step: arena.i32(events.length, true),
      index: arena.i32(events.length, true),
      cursor: arena.i32(1),
      spikes: arena.i32(this.stride),
    };
  }

  bind(): { runtime: SpikeTimesRuntime; ops: Operation[] } {
    const spec = this.spec;
    const steps = this.slots.step.view();
    const indices = this.slots.index.view();
    const cursor = this.slots.cursor.view();
    this.events.forEach((e, k) => {
      steps[k] = e.step;
      indices[k] = e.index;
    });
    const total = this.events.length;
    const runtime: SpikeTimesRuntime = {
      name: spec.name,
      kind: 'spikeTimes',
      size: spec.size,
      stride: this.stride,
      spikes: this.slots.spikes.view(),
      count: 0,
    };
    const spikes = runtime.spikes;
    const op = operation(
      'inputs',
      `spike-times ${spec.name}`,
      { updates: [`${spec.name}.cursor`], sets: [`${spec.name}.spikes`] },
      (step) => {
        let c = cursor[0]!;
        // After a restore to an earlier time the cursor comes back with the snapshot; skipping
        // past events keeps a jump forward safe too.
        while (c < total && steps[c]! < step) c++;
        let count = 0;
        while (c < total && steps[c] === step) spikes[count++] = indices[c++]!;
        cursor[0] = c;
        runtime.count = count;
      },
    );
    return { runtime, ops: [op] };
  }
}
