/**
 * Building a projection: connectivity written straight into compressed-row arrays
 * in the arena (count pass, then fill pass with the same random stream), weights and
 * delays per synapse only where they differ, and the delivery operation that adds
 * each spike's weights into its targets' inputs — directly for zero delay, through
 * the target channel's ring buffer otherwise.
 */
import type { Arena, Slot } from '../arena.js';
import type { Projection } from '../description.js';
import type { Kernels } from '../kernels/kernels.js';
import { drawValue, type PopulationRuntime } from '../populations/population.js';
import type { RngTree } from '../rng.js';
import { type Operation, operation } from '../schedule.js';
import { generateSynapses } from './connectors.js';
import type { ProjectionRuntime, TransposedIndex } from './projection.js';
import type { RingRuntime } from './ring.js';

export interface ProjectionSizes {
  readonly nPre: number;
  readonly nPost: number;
  readonly samePopulation: boolean;
}

export class ProjectionPlan {
  readonly name: string;
  readonly nSynapses: number;
  private readonly counts: Int32Array;
  private readonly slots: {
    rowPtr: Slot<Int32Array>;
    targets: Slot<Int32Array>;
    weights: Slot<Float32Array> | null;
    delays: Slot<Uint16Array> | null;
    transposed: { colPtr: Slot<Int32Array>; colSyn: Slot<Int32Array>; colPre: Slot<Int32Array> } | null;
  };
  /** Delay in steps when uniform; the largest delay otherwise. */
  readonly maxDelaySteps: number;
  readonly uniformDelay: boolean;
  private transposedWanted = false;
  private readonly arena: Arena;

  constructor(
    readonly spec: Projection & { name: string; channel: string },
    readonly sizes: ProjectionSizes,
    arena: Arena,
    private readonly rngs: RngTree,
    readonly dtMs: number,
    plastic: boolean,
  ) {
    this.arena = arena;
    this.name = spec.name;
    // Count pass: synapses per source.
    const counts = new Int32Array(sizes.nPre + 1);
    generateSynapses(
      spec.connect,
      sizes.nPre,
      sizes.nPost,
      sizes.samePopulation,
      this.connectRng(),
      (pre) => {
        counts[pre + 1]!++;
      },
    );
    for (let i = 0; i < sizes.nPre; i++) counts[i + 1]! += counts[i]!;
    this.counts = counts;
    this.nSynapses = counts[sizes.nPre]!;
    const d = spec.delayMs;
    this.uniformDelay = typeof d === 'number' || (!Array.isArray(d) && d.uniform[0] === d.uniform[1]);
    const steps = (ms: number) => Math.round(ms / dtMs);
    if (typeof d === 'number') this.maxDelaySteps = steps(d);
    else if (Array.isArray(d)) this.maxDelaySteps = d.reduce((m, x) => Math.max(m, steps(x)), 0);
    else this.maxDelaySteps = steps(Math.max(d.uniform[0], d.uniform[1]));
    if (this.maxDelaySteps > 65535)
      throw new Error(`projection ${this.name}: delays above 65535 steps are not supported`);
    const needWeights = plastic || typeof spec.weight !== 'number';
    this.slots = {
      rowPtr: arena.i32(sizes.nPre + 1, true),
      targets: arena.i32(this.nSynapses, true),
      // Weights are state only when plasticity changes them.
      weights: needWeights ? arena.f32(this.nSynapses, !plastic) : null,
      delays: this.uniformDelay ? null : arena.u16(this.nSynapses, true),
      transposed: null,
    };
  }

  private connectRng() {
    return this.rngs.stream(`projection/${this.name}/connect`);
  }

  /** Reserve the post→pre index (for rules that update on postsynaptic spikes). */
  requireTransposed(): void {
    if (this.transposedWanted) return;
    this.transposedWanted = true;
    this.slots.transposed = {
      colPtr: this.arena.i32(this.sizes.nPost + 1, true),
      colSyn: this.arena.i32(this.nSynapses, true),
      colPre: this.arena.i32(this.nSynapses, true),
    };
  }

  /** Fill the arrays (after the arena is sealed) and return the run-time view. */
  bind(): ProjectionRuntime {
    const spec = this.spec;
    const { nPre, nPost, samePopulation } = this.sizes;
    const rowPtr = this.slots.rowPtr.view();
    rowPtr.set(this.counts);
    const targets = this.slots.targets.view();
    const weights = this.slots.weights ? this.slots.weights.view() : null;
    const delays = this.slots.delays ? this.slots.delays.view() : null;
    const cursor = Int32Array.from(this.counts.subarray(0, nPre));
    const weightList = Array.isArray(spec.weight) ? spec.weight : null;
    const delayList = Array.isArray(spec.delayMs) ? spec.delayMs : null;
    const dt = this.dtMs;
    generateSynapses(spec.connect, nPre, nPost, samePopulation, this.connectRng(), (pre, post, k) => {
      const pos = cursor[pre]!++;
      targets[pos] = post;
      if (weights && weightList) weights[pos] = weightList[k]!;
      if (delays && delayList) delays[pos] = Math.round(delayList[k]! / dt);
    });
    const wMin = spec.wMin ?? Number.NEGATIVE_INFINITY;
    const wMax = spec.wMax ?? Number.POSITIVE_INFINITY;
    if (weights && !weightList) {
      const w = spec.weight as Exclude<Projection['weight'], number[]>;
      const rng = this.rngs.stream(`projection/${this.name}/weight`);
      for (let s = 0; s < this.nSynapses; s++) weights[s] = drawValue(w, rng);
    }
    if (weights)
      for (let s = 0; s < this.nSynapses; s++) weights[s] = Math.min(wMax, Math.max(wMin, weights[s]!));
    if (delays && !delayList) {
      const d = spec.delayMs as { uniform: [number, number] };
      const rng = this.rngs.stream(`projection/${this.name}/delay`);
      for (let s = 0; s < this.nSynapses; s++)
        delays[s] = Math.round(rng.range(d.uniform[0], d.uniform[1]) / dt);
    }
    const efficacyMin = spec.efficacyMin ?? Number.NEGATIVE_INFINITY;
    const scalar =
      typeof spec.weight === 'number'
        ? Math.max(efficacyMin, Math.min(wMax, Math.max(wMin, spec.weight)))
        : 0;
    return {
      name: this.name,
      source: spec.source,
      target: spec.target,
      channel: spec.channel,
      nPre,
      nPost,
      nSynapses: this.nSynapses,
      rowPtr,
      targets,
      weights,
      weightScalar: scalar,
      delays,
      delaySteps: this.uniformDelay ? this.maxDelaySteps : 0,
      wMin,
      wMax,
      efficacyMin,
      transposed: this.bindTransposed(rowPtr, targets),
    };
  }

  private bindTransposed(rowPtr: Int32Array, targets: Int32Array): TransposedIndex | null {
    const slots = this.slots.transposed;
    if (!slots) return null;
    const { nPre, nPost } = this.sizes;
    const colPtr = slots.colPtr.view();
    const colSyn = slots.colSyn.view();
    const colPre = slots.colPre.view();
    colPtr.fill(0);
    for (let s = 0; s < this.nSynapses; s++) colPtr[targets[s]! + 1]!++;
    for (let j = 0; j < nPost; j++) colPtr[j + 1]! += colPtr[j]!;
    const cursor = Int32Array.from(colPtr.subarray(0, nPost));
    for (let i = 0; i < nPre; i++) {
      for (let s = rowPtr[i]!; s < rowPtr[i + 1]!; s++) {
        const c = cursor[targets[s]!]!++;
        colSyn[c] = s;
        colPre[c] = i;
      }
    }
    return { colPtr, colSyn, colPre };
  }
}

/** The operation that delivers a projection's spikes in the propagate phase. */
export function deliveryOperation(
  proj: ProjectionRuntime,
  pre: PopulationRuntime,
  g: Float64Array,
  ring: RingRuntime | null,
  kernels: Kernels,
): Operation {
  const { rowPtr, targets, weights, delays, weightScalar, delaySteps, efficacyMin } = proj;
  const spikes = pre.spikes;
  const rectified = efficacyMin > Number.NEGATIVE_INFINITY;
  const deliver = (w: Float32Array, dest: Float64Array): void => {
    if (rectified) kernels.deliverRectified(spikes, pre.count, rowPtr, targets, w, dest, efficacyMin);
    else kernels.deliverWeights(spikes, pre.count, rowPtr, targets, w, dest);
  };
  const buffer = `${proj.target}.g:${proj.channel}`;
  const io = {
    reads: [`${pre.name}.spikes`, `${proj.name}.weights`],
    increments: [ring && (delays || delaySteps > 0) ? `${buffer}.ring` : buffer],
  };
  const name = `deliver ${proj.name}`;
  if (delays) {
    const r = ring!;
    return operation('propagate', name, io, (step) => {
      if (pre.count === 0) return;
      kernels.deliverDelayed(
        spikes,
        pre.count,
        rowPtr,
        targets,
        weights,
        weightScalar,
        delays,
        r.buffer,
        r.dirty,
        r.stride,
        r.slots,
        step,
      );
    });
  }
  if (delaySteps > 0) {
    const r = ring!;
    return operation('propagate', name, io, (step) => {
      if (pre.count === 0) return;
      const slot = (step + delaySteps) % r.slots;
      r.dirty[slot] = 1;
      const dest = r.slotViews[slot]!;
      if (weights) deliver(weights, dest);
      else kernels.deliverScalar(spikes, pre.count, rowPtr, targets, dest, weightScalar);
    });
  }
  return operation('propagate', name, io, () => {
    if (pre.count === 0) return;
    if (weights) deliver(weights, g);
    else kernels.deliverScalar(spikes, pre.count, rowPtr, targets, g, weightScalar);
  });
}
