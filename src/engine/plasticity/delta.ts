/**
 * Error-driven ("delta") plasticity: a synapse changes by its presynaptic activity
 * times the part of the postsynaptic drive that is not yet predicted.
 *
 * The target population has a *teacher* channel (e.g. the motor command reaching a
 * premotor neuron) and a *prediction* channel (the plastic input itself, e.g. what
 * the neuron sees and hears). Each target neuron j keeps a low-pass filtered error
 *
 *   e_j ← e_j·d + (1 − d)·(κ·g_teacher,j − g_prediction,j),   d = exp(−dt/τ_error)
 *
 * and every presynaptic spike of i changes each of its synapses i→j by
 *
 *   Δw = learningRate · gain · e_j,   clipped to [wMin, wMax].
 *
 * In expectation Δw ∝ r_i·(κ·teacher_j − prediction_j): the Widrow–Hoff / Rescorla–
 * Wagner rule, and a spiking cousin of the dendritic-prediction rule of Urbanczik &
 * Senn (2014). Because all inputs in the prediction channel share one error, they
 * compete: an input that adds nothing to what others already predict does not grow
 * (blocking), and an input that is present as often without the teacher as with it
 * is pushed back (contingency, not mere co-occurrence; Cook et al. 2014).
 */
import * as z from 'zod';
import { padded } from '../arena.js';
import type { LifRuntime } from '../populations/lif.js';
import { operation } from '../schedule.js';
import type { PlasticityRule } from './rule.js';

export const DeltaParams = z.strictObject({
  /** Weight change per presynaptic spike and per mV of error. */
  learningRate: z.number().min(0),
  /** Channel of the target population that carries the teaching input. */
  teacherChannel: z.string().min(1),
  /** Channel holding the prediction (default: the projection's own channel). */
  predictionChannel: z.string().min(1).optional(),
  /** The prediction is driven towards teachingGain × teacher input. */
  teachingGain: z.number().positive().default(1),
  /** Time constant of the error's low-pass filter (ms). */
  tauErrorMs: z.number().positive().default(20),
});
export type DeltaParams = z.infer<typeof DeltaParams>;

export const deltaRule: PlasticityRule<DeltaParams> = {
  kind: 'delta',
  summary: 'error-driven: Δw ∝ presynaptic spike × (κ·teacher input − predicted input) of the target',
  schema: DeltaParams,
  targetChannels(params) {
    return [params.teacherChannel, ...(params.predictionChannel ? [params.predictionChannel] : [])];
  },
  plan(params, plan) {
    // All delta rules onto one population with the same teacher, prediction and filter
    // share one error signal, computed once per step by whichever runs first.
    const predictionChannel = params.predictionChannel ?? plan.channel;
    const key = `delta-error:${plan.target}:${params.teacherChannel}:${predictionChannel}:${params.teachingGain}:${params.tauErrorMs}`;
    const shared = plan.shared(key, () => ({
      error: plan.arena.f64(padded(plan.nPost)),
      lastStep: plan.arena.i32(1),
    }));
    return (ctx) => {
      const proj = ctx.projection;
      const post = ctx.post as LifRuntime;
      const teacher = post.channels[post.channelIndex(params.teacherChannel)]!.g;
      const prediction = post.channels[post.channelIndex(predictionChannel)]!.g;
      const e = shared.error.view();
      const lastStep = shared.lastStep.view();
      lastStep[0] = -1;
      const d = Math.exp(-ctx.dtMs / params.tauErrorMs);
      const oneMinusD = 1 - d;
      const kappa = params.teachingGain;
      const w = proj.weights!;
      const { rowPtr, targets, wMin, wMax } = proj;
      const n = e.length;
      const pre = ctx.pre;
      const gain = ctx.gain;
      const kernels = ctx.kernels;
      return operation(
        'plasticity',
        `delta ${proj.name}`,
        {
          reads: [
            `${pre.name}.spikes`,
            `${post.name}.g:${params.teacherChannel}`,
            `${post.name}.g:${predictionChannel}`,
          ],
          updates: [`${proj.name}.weights`, `${post.name}.delta-error`],
        },
        (step) => {
          if (lastStep[0] !== step) {
            kernels.errorFilter(e, teacher, prediction, n, d, oneMinusD, kappa);
            lastStep[0] = step;
          }
          const rate = params.learningRate * gain[0]!;
          if (rate === 0 || pre.count === 0) return;
          kernels.deltaUpdate(pre.spikes, pre.count, rowPtr, targets, w, e, rate, wMin, wMax);
        },
      );
    };
  },
};
