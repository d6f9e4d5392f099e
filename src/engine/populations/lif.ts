/**
 * Leaky integrate-and-fire neurons, integrated exactly.
 *
 * Current-based (the default): each channel k holds an input g_k (mV) decaying with
 * τ_k; the membrane obeys τm·dv/dt = (E_L + bias − v) + Σ g_k + I − w, with w the
 * optional adaptation variable. Over one step of length dt, with the inputs' values
 * at the start of the step, the exact solution is
 *   v' = E + (v − E)·a + Σ_k c_k·g_k + (1 − a)·I − c_w·w,   a = exp(−dt/τm),
 *   c_k = τ_k/(τ_k − τm)·(exp(−dt/τ_k) − a)   (or dt/τm·a when τ_k = τm),
 *   g_k' = g_k·exp(−dt/τ_k),
 * the scheme Brian2 calls method='exact'. A neuron is refractory for
 * round(refractoryMs/dt) steps after a spike: its v is held at the reset value
 * while its inputs keep decaying and arriving. Threshold: v' > vThresh.
 *
 * Conductance-based channels (those with a reversal potential) make the equation
 * nonlinear in v; they are integrated with the exponential-Euler step (exact for a
 * conductance held constant over the step) or forward Euler, as the description says.
 */
import type { Arena, Slot } from '../arena.js';
import { padded } from '../arena.js';
import type { LifPopulation } from '../description.js';
import type { Kernels } from '../kernels/kernels.js';
import { TINY } from '../kernels/ts-kernels.js';
import type { RngTree } from '../rng.js';
import { type Operation, operation } from '../schedule.js';
import { drawValue, type PopulationRuntime } from './population.js';

export interface LifChannelRuntime {
  readonly name: string;
  /** Input of this channel, one per neuron (mV, or conductance relative to leak). */
  readonly g: Float64Array;
  readonly tauMs: number;
  readonly reversalMV: number | undefined;
}

export interface LifRuntime extends PopulationRuntime {
  readonly kind: 'lif';
  readonly spec: LifPopulation;
  /** Membrane potential (mV). */
  readonly v: Float64Array;
  /** Step of each neuron's last spike (−∞ if none). */
  readonly last: Float64Array;
  readonly channels: readonly LifChannelRuntime[];
  /** Adaptation variable (mV), when the population adapts. */
  readonly adaptation: Float64Array | null;
  /** Injected current per neuron, as a voltage (mV = current × membrane resistance). */
  readonly current: Float64Array;
  /** Whether `current` holds anything non-zero (set by the simulator). */
  currentActive: boolean;
  channelIndex(name: string): number;
}

/** Exact-integration coefficient of an exponentially decaying input with time constant tau on the membrane. */
export function exactCoefficient(dtMs: number, tauMs: number, tauSynMs: number): number {
  const a = Math.exp(-dtMs / tauMs);
  if (Math.abs(tauSynMs - tauMs) < 1e-12 * tauMs) return (dtMs / tauMs) * a;
  return (tauSynMs / (tauSynMs - tauMs)) * (Math.exp(-dtMs / tauSynMs) - a);
}

export class LifPlan {
  private readonly stride: number;
  private readonly slots: {
    v: Slot<Float64Array>;
    last: Slot<Float64Array>;
    g: Slot<Float64Array>[];
    input: Slot<Float64Array>;
    current: Slot<Float64Array>;
    adaptation: Slot<Float64Array> | null;
    spikes: Slot<Int32Array>;
  };

  constructor(
    readonly spec: LifPopulation,
    arena: Arena,
  ) {
    this.stride = padded(spec.size);
    const n = this.stride;
    const conductance = spec.channels[0]!.reversalMV !== undefined;
    // The fused current kernel always reads two channel arrays; a one-channel population gets a silent second.
    const gCount = conductance ? spec.channels.length : Math.max(2, spec.channels.length);
    this.slots = {
      v: arena.f64(n),
      last: arena.f64(n),
      g: Array.from({ length: gCount }, () => arena.f64(n)),
      input: arena.f64(n),
      current: arena.f64(n),
      adaptation: spec.adaptation ? arena.f64(n) : null,
      spikes: arena.i32(n),
    };
  }

  bind(rngs: RngTree, kernels: Kernels, dtMs: number): { runtime: LifRuntime; ops: Operation[] } {
    const spec = this.spec;
    const s = this.slots;
    const n = this.stride;
    const g = s.g.map((slot) => slot.view());
    const channels: LifChannelRuntime[] = spec.channels.map((c, k) => ({
      name: c.name,
      g: g[k]!,
      tauMs: c.tauMs,
      reversalMV: c.reversalMV,
    }));
    const names = spec.channels.map((c) => c.name);
    const runtime: LifRuntime = {
      name: spec.name,
      kind: 'lif',
      spec,
      size: spec.size,
      stride: n,
      spikes: s.spikes.view(),
      count: 0,
      v: s.v.view(),
      last: s.last.view(),
      channels,
      adaptation: s.adaptation ? s.adaptation.view() : null,
      current: s.current.view(),
      currentActive: false,
      channelIndex: (name) => names.indexOf(name),
    };
    // Initial state: v from its distribution, no spike yet; padding lanes can never spike.
    const rng = rngs.stream(`population/${spec.name}/vInit`);
    const vInit = spec.vInitMV ?? spec.vRestMV;
    for (let i = 0; i < n; i++) {
      runtime.v[i] = i < spec.size ? drawValue(vInit, rng) : spec.vRestMV;
      runtime.last[i] = i < spec.size ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    }
    const conductance = spec.channels[0]!.reversalMV !== undefined;
    const op = conductance
      ? conductanceOperation(runtime, dtMs)
      : currentOperation(runtime, kernels, dtMs, g, s.input.view());
    return { runtime, ops: [op] };
  }
}

function currentOperation(
  pop: LifRuntime,
  kernels: Kernels,
  dtMs: number,
  g: Float64Array[],
  input: Float64Array,
): Operation {
  const spec = pop.spec;
  const n = pop.stride;
  const a = Math.exp(-dtMs / spec.tauMs);
  const coef = spec.channels.map((c) => exactCoefficient(dtMs, spec.tauMs, c.tauMs));
  const decay = spec.channels.map((c) => Math.exp(-dtMs / c.tauMs));
  const c0 = coef[0]!;
  const d0 = decay[0]!;
  const c1 = coef[1] ?? 0;
  const d1 = decay[1] ?? 0;
  const g0 = g[0]!;
  const g1 = g[1]!;
  const extra = g.slice(2).map((gk, k) => ({ g: gk, c: coef[k + 2]!, d: decay[k + 2]! }));
  const w = pop.adaptation;
  const cw = spec.adaptation ? exactCoefficient(dtMs, spec.tauMs, spec.adaptation.tauMs) : 0;
  const dw = spec.adaptation ? Math.exp(-dtMs / spec.adaptation.tauMs) : 0;
  const incW = spec.adaptation?.incrementMV ?? 0;
  const el = spec.vRestMV + spec.biasMV;
  const refSteps = Math.round(spec.refractoryMs / dtMs);
  const oneMinusA = 1 - a;
  const io = {
    reads: [`${pop.name}.current`],
    updates: [`${pop.name}.v`, `${pop.name}.last`, ...spec.channels.map((c) => `${pop.name}.g:${c.name}`)],
    sets: [`${pop.name}.spikes`],
  };
  if (w) io.updates.push(`${pop.name}.adaptation`);
  return operation('neurons', `lif ${pop.name}`, io, (step) => {
    let first = true;
    for (let k = 0; k < extra.length; k++) {
      const x = extra[k]!;
      kernels.channelInput(x.g, input, n, x.c, x.d, first);
      first = false;
    }
    if (w !== null) {
      kernels.channelInput(w, input, n, -cw, dw, first);
      first = false;
    }
    if (pop.currentActive) {
      kernels.addScaled(input, pop.current, n, oneMinusA, first);
      first = false;
    }
    const count = kernels.lifCurrent(
      pop.v,
      pop.last,
      g0,
      g1,
      first ? null : input,
      pop.spikes,
      n,
      step,
      refSteps,
      el,
      a,
      c0,
      d0,
      c1,
      d1,
      spec.vThreshMV,
      spec.vResetMV,
    );
    pop.count = count;
    if (w !== null) {
      for (let k = 0; k < count; k++) {
        const i = pop.spikes[k]!;
        w[i] = w[i]! + incW;
      }
    }
  });
}

/** Conductance-based LIF: a plain TypeScript loop (it needs an exponential per neuron per step). */
function conductanceOperation(pop: LifRuntime, dtMs: number): Operation {
  const spec = pop.spec;
  const n = spec.size;
  const tau = spec.tauMs;
  const euler = spec.conductanceIntegration === 'euler';
  const decay = spec.channels.map((c) => (euler ? 1 - dtMs / c.tauMs : Math.exp(-dtMs / c.tauMs)));
  const rev = spec.channels.map((c) => c.reversalMV!);
  const gs = pop.channels.map((c) => c.g);
  const nCh = gs.length;
  const el = spec.vRestMV + spec.biasMV;
  const refSteps = Math.round(spec.refractoryMs / dtMs);
  const w = pop.adaptation;
  const dw = spec.adaptation ? Math.exp(-dtMs / spec.adaptation.tauMs) : 0;
  const incW = spec.adaptation?.incrementMV ?? 0;
  const { v, last, spikes, current } = pop;
  const vt = spec.vThreshMV;
  const vr = spec.vResetMV;
  const io = {
    reads: [`${pop.name}.current`],
    updates: [`${pop.name}.v`, `${pop.name}.last`, ...spec.channels.map((c) => `${pop.name}.g:${c.name}`)],
    sets: [`${pop.name}.spikes`],
  };
  return operation('neurons', `lif-conductance ${pop.name}`, io, (step) => {
    const lim = step - refSteps;
    let count = 0;
    for (let i = 0; i < n; i++) {
      let gSum = 0;
      let gE = 0;
      for (let k = 0; k < nCh; k++) {
        const gk = gs[k]!;
        const x = gk[i]!;
        gSum += x;
        gE += x * rev[k]!;
        const xd = x * decay[k]!;
        gk[i] = Math.abs(xd) < TINY ? 0 : xd; // no subnormal numbers (slow)
      }
      const drive = el + current[i]! - (w !== null ? w[i]! : 0);
      const vv = v[i]!;
      let vn: number;
      if (euler) {
        vn = vv + (dtMs * (drive - vv + (gE - gSum * vv))) / tau;
      } else {
        const total = 1 + gSum;
        const vInf = (drive + gE) / total;
        vn = vInf + (vv - vInf) * Math.exp((-dtMs * total) / tau);
      }
      if (w !== null) {
        const wd = w[i]! * dw;
        w[i] = Math.abs(wd) < TINY ? 0 : wd;
      }
      if (last[i]! <= lim) {
        if (vn > vt) {
          spikes[count++] = i;
          last[i] = step;
          v[i] = vr;
          if (w !== null) w[i] = w[i]! + incW;
        } else {
          v[i] = vn;
        }
      }
    }
    pop.count = count;
  });
}
