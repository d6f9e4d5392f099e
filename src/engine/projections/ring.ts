/**
 * The ring buffer of delayed input for one channel of one target population.
 *
 * A spike delivered at step n with a delay of d steps adds into slot (n + d) mod S;
 * at the end of every step n, slot n mod S is added into the channel's input and
 * cleared. The input then acts from step n + 1 on, exactly as a zero-delay input
 * delivered at step n + d would. S is the longest delay plus one, so a slot is
 * always emptied before it is written again. Slots that received nothing are skipped.
 */
import type { Arena, Slot } from '../arena.js';
import type { Kernels } from '../kernels/kernels.js';
import { type Operation, operation } from '../schedule.js';

export interface RingRuntime {
  readonly slots: number;
  readonly stride: number;
  readonly buffer: Float64Array;
  readonly slotViews: readonly Float64Array[];
  readonly dirty: Uint8Array;
}

export class RingPlan {
  private maxDelay = 0;
  private bufferSlot: Slot<Float64Array> | null = null;
  private dirtySlot: Slot<Uint8Array> | null = null;

  constructor(
    readonly target: string,
    readonly channel: string,
    readonly stride: number,
  ) {}

  need(maxDelaySteps: number): void {
    this.maxDelay = Math.max(this.maxDelay, maxDelaySteps);
  }

  get slots(): number {
    return this.maxDelay + 1;
  }

  reserve(arena: Arena): void {
    this.bufferSlot = arena.f64(this.slots * this.stride);
    this.dirtySlot = arena.u8(this.slots);
  }

  bind(g: Float64Array, kernels: Kernels): { runtime: RingRuntime; op: Operation } {
    const buffer = this.bufferSlot!.view();
    const dirty = this.dirtySlot!.view();
    const stride = this.stride;
    const slots = this.slots;
    const slotViews = Array.from({ length: slots }, (_, k) => buffer.subarray(k * stride, (k + 1) * stride));
    const name = `${this.target}.g:${this.channel}`;
    const op = operation('arrive', `arrive ${name}`, { updates: [name, `${name}.ring`] }, (step) => {
      const slot = step % slots;
      if (dirty[slot] === 0) return;
      kernels.addClear(g, slotViews[slot]!, stride);
      dirty[slot] = 0;
    });
    return { runtime: { slots, stride, buffer, slotViews, dirty }, op };
  }
}
