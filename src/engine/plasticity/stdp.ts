/**
 * Pair-based spike-timing-dependent plasticity with traces (Song, Miller & Abbott 2000).
 *
 * Every source neuron i keeps a trace x_i and every target j a trace y_j; both decay
 * exponentially (τpre, τpost) and jump by 1 at each of the neuron's spikes. Within a
 * step, presynaptic spikes are processed before postsynaptic ones (Brian2's order):
 *
 *   pre spike of i:   x_i += 1;  for each synapse i→j:  w += Δ₋(w)·y_j   (depression)
 *   post spike of j:  y_j += 1;  for each synapse i→j:  w += Δ₊(w)·x_i   (potentiation)
 *
 * additive:        Δ₊ = aPlus·wMax,          Δ₋ = aMinus·wMax
 * multiplicative:  Δ₊ = aPlus·(wMax − w),    Δ₋ = aMinus·(w − wMin)
 *
 * with aMinus < 0, all scaled by the projection's plasticity gain, and weights clipped to [wMin, wMax] of the projection. For one
 * pair with Δt = t_post − t_pre the additive change is aPlus·wMax·exp(−Δt/τpre) for
 * Δt ≥ 0 and aMinus·wMax·exp(Δt/τpost) for Δt < 0.
 */
import * as z from 'zod';
import type { Slot } from '../arena.js';
import { padded } from '../arena.js';
import { operation } from '../schedule.js';
import type { PlasticityRule } from './rule.js';

export const StdpParams = z.strictObject({
  tauPreMs: z.number().positive().default(20),
  tauPostMs: z.number().positive().default(20),
  /** Potentiation per pair at Δt = 0+, as a fraction of wMax. */
  aPlus: z.number().min(0).default(0.01),
  /** Depression per pair at Δt = 0−, as a fraction of wMax (negative). */
  aMinus: z.number().max(0).default(-0.0105),
  weightDependence: z.enum(['additive', 'multiplicative']).default('additive'),
});
export type StdpParams = z.infer<typeof StdpParams>;

export const stdpRule: PlasticityRule<StdpParams> = {
  kind: 'stdp',
  summary: 'pair-based STDP with pre/post traces; additive or multiplicative weight dependence',
  schema: StdpParams,
  plan(params, plan) {
    plan.requireTransposed();
    const xSlot: Slot<Float64Array> = plan.arena.f64(padded(plan.nPre));
    const ySlot: Slot<Float64Array> = plan.arena.f64(padded(plan.nPost));
    return (ctx) => {
      const proj = ctx.projection;
      const w = proj.weights!;
      const t = proj.transposed!;
      const x = xSlot.view();
      const y = ySlot.view();
      const nx = x.length;
      const ny = y.length;
      const dPre = Math.exp(-ctx.dtMs / params.tauPreMs);
      const dPost = Math.exp(-ctx.dtMs / params.tauPostMs);
      const wMin = proj.wMin;
      const wMax = proj.wMax;
      const additive = params.weightDependence === 'additive';
      const plus = params.aPlus * wMax;
      const minus = params.aMinus * wMax;
      const { rowPtr, targets } = proj;
      const { colPtr, colSyn, colPre } = t;
      const pre = ctx.pre;
      const post = ctx.post;
      const kernels = ctx.kernels;
      const gain = ctx.gain;
      return operation(
        'plasticity',
        `stdp ${proj.name}`,
        {
          reads: [`${pre.name}.spikes`, `${post.name}.spikes`],
          updates: [`${proj.name}.weights`, `${proj.name}.stdp.traces`],
        },
        () => {
          kernels.scale(x, nx, dPre);
          kernels.scale(y, ny, dPost);
          const g = gain[0]!;
          const np = pre.count;
          const preSpikes = pre.spikes;
          for (let k = 0; k < np; k++) {
            const i = preSpikes[k]!;
            x[i] = x[i]! + 1;
            if (g === 0) continue;
            const end = rowPtr[i + 1]!;
            for (let s = rowPtr[i]!; s < end; s++) {
              const ws = w[s]!;
              let nw = ws + g * (additive ? minus : params.aMinus * (ws - wMin)) * y[targets[s]!]!;
              if (nw < wMin) nw = wMin;
              w[s] = nw;
            }
          }
          const nq = post.count;
          const postSpikes = post.spikes;
          for (let k = 0; k < nq; k++) {
            const j = postSpikes[k]!;
            y[j] = y[j]! + 1;
            if (g === 0) continue;
            const end = colPtr[j + 1]!;
            for (let c = colPtr[j]!; c < end; c++) {
              const s = colSyn[c]!;
              const ws = w[s]!;
              let nw = ws + g * (additive ? plus : params.aPlus * (wMax - ws)) * x[colPre[c]!]!;
              if (nw > wMax) nw = wMax;
              w[s] = nw;
            }
          }
        },
      );
    };
  },
};
