/**
 * Rate-based Hebbian covariance rule: potentiate co-activity, depress activity
 * that is not shared.
 *
 * Each neuron's rate r (Hz) is estimated by an exponential trace of its spikes
 * (time constant τrate); a much slower running mean θ of that rate is its baseline.
 * Every `intervalMs`, each synapse i→j changes by
 *
 *   Δw = learningRate · (r_i − θ_i) · (r_j − θ_j) · interval(s)
 *
 * so it grows when source and target are above their baselines together and
 * shrinks when one is active without the other. Weights are clipped to the
 * projection's [wMin, wMax]; changes are scaled by the projection's plasticity gain. `learningRate` has units of weight / (Hz² · s).
 */
import * as z from 'zod';
import { padded } from '../arena.js';
import { operation } from '../schedule.js';
import type { PlasticityRule } from './rule.js';

export const CovarianceParams = z.strictObject({
  learningRate: z.number().min(0),
  tauRateMs: z.number().positive().default(100),
  tauMeanMs: z.number().positive().default(5000),
  intervalMs: z.number().positive().default(10),
  /** Rate baseline to start the running means from (Hz). */
  initialMeanHz: z.number().min(0).default(0),
});
export type CovarianceParams = z.infer<typeof CovarianceParams>;

export const covarianceRule: PlasticityRule<CovarianceParams> = {
  kind: 'covariance',
  summary: 'rate-based Hebbian covariance: Δw ∝ (r_pre − mean)(r_post − mean)',
  schema: CovarianceParams,
  plan(params, plan) {
    const rPre = plan.arena.f64(padded(plan.nPre));
    const rPost = plan.arena.f64(padded(plan.nPost));
    const mPre = plan.arena.f64(padded(plan.nPre));
    const mPost = plan.arena.f64(padded(plan.nPost));
    return (ctx) => {
      const proj = ctx.projection;
      const w = proj.weights!;
      const rp = rPre.view();
      const rq = rPost.view();
      const mp = mPre.view();
      const mq = mPost.view();
      mp.fill(params.initialMeanHz);
      mq.fill(params.initialMeanHz);
      const d = Math.exp(-ctx.dtMs / params.tauRateMs);
      const jump = 1000 / params.tauRateMs;
      const every = Math.max(1, Math.round(params.intervalMs / ctx.dtMs));
      const intervalS = (every * ctx.dtMs) / 1000;
      const meanStep = Math.min(1, (every * ctx.dtMs) / params.tauMeanMs);
      const gain = params.learningRate * intervalS;
      const { rowPtr, targets, nPre, nPost } = proj;
      const { pre, post, kernels } = ctx;
      return operation(
        'plasticity',
        `covariance ${proj.name}`,
        {
          reads: [`${pre.name}.spikes`, `${post.name}.spikes`],
          updates: [`${proj.name}.weights`, `${proj.name}.rates`],
        },
        (step) => {
          kernels.scale(rp, rp.length, d);
          kernels.scale(rq, rq.length, d);
          for (let k = 0; k < pre.count; k++) {
            const i = pre.spikes[k]!;
            rp[i] = rp[i]! + jump;
          }
          for (let k = 0; k < post.count; k++) {
            const j = post.spikes[k]!;
            rq[j] = rq[j]! + jump;
          }
          if ((step + 1) % every !== 0) return;
          const g = gain * ctx.gain[0]!;
          for (let i = 0; i < nPre; i++) {
            const dx = rp[i]! - mp[i]!;
            mp[i] = mp[i]! + (rp[i]! - mp[i]!) * meanStep;
            if (dx === 0 || g === 0) continue;
            const gx = g * dx;
            const end = rowPtr[i + 1]!;
            for (let s = rowPtr[i]!; s < end; s++) {
              let nw = w[s]! + gx * (rq[targets[s]!]! - mq[targets[s]!]!);
              if (nw < proj.wMin) nw = proj.wMin;
              else if (nw > proj.wMax) nw = proj.wMax;
              w[s] = nw;
            }
          }
          for (let j = 0; j < nPost; j++) mq[j] = mq[j]! + (rq[j]! - mq[j]!) * meanStep;
        },
      );
    };
  },
};
