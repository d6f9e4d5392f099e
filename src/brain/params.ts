/**
 * The brain's parameters, with the defaults of the standard agent. One set serves
 * every experiment; an individual difference is a documented change of one of these.
 *
 * Synaptic weights are in mV (current-based jumps of the input variable). A Poisson
 * input at r Hz through weight w into a channel with time constant τ gives a mean
 * input of r·w·τ, so a relay of 60 Hz through 70 mV with τ = 5 ms depolarises by ~20 mV.
 */
import * as z from 'zod';

const mV = (d: number) => z.number().default(d);
const prob = (d: number) => z.number().min(0).max(1).default(d);
const count = (d: number) => z.number().int().min(0).default(d);

export const NeuronParams = z.strictObject({
  tauMs: z.number().positive().default(20),
  vRestMV: mV(-65),
  vThreshMV: mV(-50),
  vResetMV: mV(-60),
  refractoryMs: z.number().min(0).default(2),
});

export const BrainParams = z.strictObject({
  /** Time step (ms). Exact integration keeps 1 ms accurate for time constants of 5 ms and more. */
  dtMs: z.number().positive().max(1).default(1),
  /** Multiplies the size of every area (not of the sensory inputs). */
  scale: z.number().positive().max(8).default(1),
  neuron: NeuronParams.prefault({}),
  sizes: z
    .strictObject({
      PF: count(256),
      PFinh: count(64),
      F5: count(320),
      F5inh: count(80),
      M1: count(80),
      WM: count(64),
      WMinh: count(16),
    })
    .prefault({}),
  /** Independent background input of every neuron (Poisson, one source per neuron). */
  background: z
    .strictObject({
      rateHz: z.number().positive().default(300),
      meanMV: mV(11),
      /**
       * Per-area means (mV): F5 sits closer to threshold (spontaneous activity), PF
       * further from it (it needs its inputs), WM far below it (it never switches on by itself).
       */
      areaMeanMV: z.record(z.string(), z.number()).default({ F5: 13, PF: 9, WM: 5 }),
    })
    .prefault({}),
  /** Sensory inputs relayed one-to-one into STS and the auditory area. */
  relayWeightMV: mV(70),
  stsToPF: z.strictObject({ p: prob(0.08), weightMV: mV(6) }).prefault({}),
  proprioToPF: z.strictObject({ p: prob(0.08), weightMV: mV(6) }).prefault({}),
  /**
   * The working-memory gate of PF: tonically active inhibitory neurons keep PF quiet;
   * when an object is present or remembered, WM's inhibitory neurons silence the gate,
   * so PF responds to the hand only in the presence of a (possibly hidden) object.
   */
  pfGate: z
    .strictObject({
      size: count(32),
      backgroundMV: mV(15),
      toPF: z.strictObject({ p: prob(0.5), weightMV: mV(-15) }).prefault({}),
      fromWM: z.strictObject({ p: prob(0.6), weightMV: mV(-10) }).prefault({}),
    })
    .prefault({}),
  /** Slow recurrent excitation in PF (carries activity on for a while when vision stops). */
  pfRecurrent: z
    .strictObject({ p: prob(0.05), weightMV: mV(1.7), tauMs: z.number().positive().default(100) })
    .prefault({}),
  /** Inhibitory pools: E→I and I→E probabilities and weights. */
  inhibition: z.strictObject({ pEI: prob(0.2), wEI: mV(4), pIE: prob(0.3), wIE: mV(-6) }).prefault({}),
  /**
   * The motor repertoire: each F5 neuron prefers one command feature (a goal or a grip)
   * and receives `inDegree` synapses from its units, plus `extraInDegree` from random others.
   */
  commandToF5: z
    .strictObject({
      unitsPerFeature: count(8),
      inDegree: count(5),
      weightMV: mV(14),
      extraInDegree: count(2),
      extraWeightMV: mV(5),
    })
    .prefault({}),
  /** Plastic sensory input of F5 (from PF and from the auditory area): starts silent, learned. */
  sensoryToF5: z
    .strictObject({
      p: prob(0.3),
      /** The auditory area is small (a few units per kind of sound): each F5 neuron samples more of it. */
      auditoryP: prob(0.5),
      /** Connection probability from PF (its units are sparse conjunctions: F5 samples many). */
      parietalP: prob(0.5),
      initialWeightMV: mV(0),
      wMaxMV: mV(6),
      /**
       * How far below 0 mV a learned synapse's state may be pushed. It then transmits
       * nothing (efficacy is never negative: these are excitatory synapses), but it
       * remembers the push: a cue that keeps predicting less than the synapse's target
       * receives sinks below zero instead of resting on the bound, where chance upswings
       * alone would leave it a small positive weight on average.
       */
      silentStateMinMV: z.number().max(0).default(-0.25),
    })
    .prefault({}),
  /**
   * The context: a few tonically active units (the place the agent lives in, always there)
   * whose synapses onto F5 start silent and learn like the sensory ones. Under the delta rule
   * they absorb each F5 neuron's base rate, so that a cue earns weight only for what it
   * predicts beyond that base rate — contingency (ΔP), as in Rescorla & Wagner (1972): a noise
   * that comes as often without an act as with it ends near zero, instead of keeping a weight
   * in proportion to how often the act happens.
   */
  context: z
    .strictObject({ size: z.number().int().min(1).default(8), rateHz: z.number().min(0).default(20) })
    .prefault({}),
  /** The learning rule of the sensory→F5 synapses. */
  learning: z
    .strictObject({
      rule: z.enum(['delta', 'hebbian']).default('delta'),
      /**
       * When the plastic synapses learn during a learning phase: 'always' (whatever the
       * agent does — what it sees without acting counts as evidence too) or 'acting'
       * (only while its own hand moves).
       */
      gate: z.enum(['always', 'acting']).default('always'),
      /** delta: weight change per presynaptic spike per mV of error. */
      learningRate: z.number().min(0).default(0.002),
      /** delta: the sensory prediction is driven towards this fraction of the motor drive. */
      teachingGain: z.number().positive().default(0.8),
      tauErrorMs: z.number().positive().default(50),
      /** hebbian (covariance rule): weight / (Hz²·s). */
      hebbianRate: z.number().min(0).default(0.0005),
    })
    .prefault({}),
  /** F5 → M1 drive, and the prefrontal gate that keeps M1 silent unless the agent acts. */
  f5ToM1: z.strictObject({ p: prob(0.2), weightMV: mV(3) }).prefault({}),
  gate: z
    .strictObject({ size: count(20), rateHz: z.number().min(0).default(80), p: prob(0.5), weightMV: mV(-8) })
    .prefault({}),
  /** Prefrontal working memory of the object: a recurrent attractor switched on by seeing an object. */
  wm: z
    .strictObject({
      objectP: prob(0.5),
      objectWeightMV: mV(12),
      recurrentP: prob(0.3),
      recurrentWeightMV: mV(0.8),
      slowTauMs: z.number().positive().default(100),
      resetRateHz: z.number().min(0).default(300),
      /**
       * A long refractory period saturates WM neurons' rate (at 1/refractory), which is what
       * makes the remembering state stable instead of running away.
       */
      refractoryMs: z.number().min(0).default(20),
    })
    .prefault({}),
});
export type BrainParams = z.infer<typeof BrainParams>;
export type BrainParamsInput = z.input<typeof BrainParams>;
