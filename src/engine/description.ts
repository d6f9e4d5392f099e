/**
 * The network description: plain, JSON-serialisable data that says what a network
 * is — populations, projections (with optional plasticity) and probes. It is the
 * first stage of describe → build → run. Units are part of every field's name.
 *
 * The schemas here check shape and ranges; `validateDescription` adds the checks
 * that need the whole description (names that refer to each other, indices in range).
 */
import * as z from 'zod';

export const FORMAT_VERSION = 1;

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.:>-]*$/, {
  error: 'must be a name of letters, digits, _ . : - > (not starting with a digit)',
});

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });
const index = z.number().int({ error: 'must be an integer index' }).min(0, { error: 'must be ≥ 0' });

/** A value drawn per neuron or per synapse: a constant, or a distribution. */
export const Distribution = z.union(
  [
    finite,
    z.strictObject({ uniform: z.tuple([finite, finite]) }),
    z.strictObject({
      normal: z.strictObject({ mean: finite, sd: finite.min(0, { error: 'must be ≥ 0' }) }),
    }),
  ],
  { error: 'must be a number, {"uniform": [lo, hi]} or {"normal": {"mean": m, "sd": s}}' },
);
export type Distribution = z.infer<typeof Distribution>;

/** A synaptic input channel of a LIF population: an exponentially decaying input. */
export const Channel = z.strictObject({
  name: identifier,
  /** Decay time constant of the channel's input (ms). */
  tauMs: finite.positive({ error: 'must be > 0 ms' }),
  /**
   * Reversal potential (mV) for a conductance-based channel. Absent: current-based,
   * the input is a voltage-like term (mV) added to the membrane equation.
   */
  reversalMV: finite.optional(),
});
export type Channel = z.infer<typeof Channel>;

/** Spike-frequency adaptation: a hyperpolarising variable raised by every spike. */
export const Adaptation = z.strictObject({
  tauMs: finite.positive({ error: 'must be > 0 ms' }),
  /** Jump of the adaptation variable (mV of hyperpolarising drive) per spike. */
  incrementMV: finite.min(0, { error: 'must be ≥ 0 mV' }),
});

export const LifPopulation = z.strictObject({
  kind: z.literal('lif'),
  name: identifier,
  size: z.number().int({ error: 'must be an integer ≥ 1' }).min(1, { error: 'must be an integer ≥ 1' }),
  /** Membrane time constant (ms). */
  tauMs: finite.positive({ error: 'must be > 0 ms' }).default(20),
  vRestMV: finite.default(-65),
  vThreshMV: finite.default(-50),
  vResetMV: finite.default(-65),
  refractoryMs: finite.min(0, { error: 'must be ≥ 0 ms' }).default(2),
  /** Initial membrane potential: a value or a distribution (default: the resting potential). */
  vInitMV: Distribution.optional(),
  /** Constant drive (mV): shifts the membrane's steady state by this much. */
  biasMV: finite.default(0),
  /** Input channels; current-based unless they give a reversal potential. */
  channels: z
    .array(Channel)
    .min(1, { error: 'needs at least one channel' })
    .max(4, { error: 'at most 4 channels' })
    .default([
      { name: 'exc', tauMs: 5 },
      { name: 'inh', tauMs: 10 },
    ]),
  adaptation: Adaptation.optional(),
  /**
   * How conductance-based channels are integrated: 'exponentialEuler' (exact for a
   * conductance held constant over the step) or 'euler' (as Brian2's method='euler').
   */
  conductanceIntegration: z.enum(['exponentialEuler', 'euler']).default('exponentialEuler'),
});
export type LifPopulation = z.infer<typeof LifPopulation>;

export const PoissonPopulation = z.strictObject({
  kind: z.literal('poisson'),
  name: identifier,
  size: z.number().int({ error: 'must be an integer ≥ 1' }).min(1, { error: 'must be an integer ≥ 1' }),
  /** Initial rate: one value or one per neuron (Hz). Rates can be changed every step. */
  rateHz: z
    .union([finite.min(0), z.array(finite.min(0))], { error: 'must be a rate ≥ 0 Hz or a list of them' })
    .default(0),
  /**
   * 'hazard': exact inhomogeneous Poisson process by time rescaling, one random draw
   * per spike (best when rate·dt is small, e.g. dt = 0.1 ms). 'bernoulli': one draw per
   * neuron per step, spike with probability rate·dt (as Brian2's PoissonGroup; integer
   * arithmetic in the kernel, cheapest for many inputs at dt ≈ 1 ms).
   */
  method: z.enum(['hazard', 'bernoulli']).default('hazard'),
});
export type PoissonPopulation = z.infer<typeof PoissonPopulation>;

export const SpikeTimesPopulation = z.strictObject({
  kind: z.literal('spikeTimes'),
  name: identifier,
  size: z.number().int({ error: 'must be an integer ≥ 1' }).min(1, { error: 'must be an integer ≥ 1' }),
  /** Neuron of each spike. */
  index: z.array(index),
  /** Time of each spike (ms); rounded to the time step. */
  timeMs: z.array(finite.min(0, { error: 'must be ≥ 0 ms' })),
});
export type SpikeTimesPopulation = z.infer<typeof SpikeTimesPopulation>;

export const Population = z.discriminatedUnion(
  'kind',
  [LifPopulation, PoissonPopulation, SpikeTimesPopulation],
  {
    error: 'kind must be one of "lif", "poisson", "spikeTimes"',
  },
);
export type Population = z.infer<typeof Population>;

const allowSelf = z.boolean().default(true);
export const Connector = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('allToAll'), allowSelf }),
    z.strictObject({ kind: z.literal('oneToOne') }),
    z.strictObject({
      kind: z.literal('fixedProbability'),
      p: finite.min(0).max(1, { error: 'must be a probability in [0, 1]' }),
      allowSelf,
    }),
    z.strictObject({
      kind: z.literal('fixedInDegree'),
      k: z.number().int().min(0, { error: 'must be an integer ≥ 0' }),
      allowSelf,
    }),
    z.strictObject({ kind: z.literal('list'), pre: z.array(index), post: z.array(index) }),
  ],
  { error: 'kind must be one of "allToAll", "oneToOne", "fixedProbability", "fixedInDegree", "list"' },
);
export type Connector = z.infer<typeof Connector>;

/** Plasticity: `kind` names a rule in the builder's rule registry; the rule checks the rest. */
export const PlasticitySpec = z.looseObject({ kind: identifier });
export type PlasticitySpec = z.infer<typeof PlasticitySpec>;

export const Projection = z.strictObject({
  /** Defaults to "source->target". */
  name: identifier.optional(),
  source: identifier,
  target: identifier,
  /** Target channel; defaults to the target population's first channel. */
  channel: identifier.optional(),
  connect: Connector,
  /** Weight per synapse (mV jump for current channels; conductance relative to leak otherwise). */
  weight: z.union([Distribution, z.array(finite)], { error: 'must be a number, a distribution or a list' }),
  /** Transmission delay (ms), rounded to whole time steps. */
  delayMs: z
    .union(
      [
        finite.min(0),
        z.strictObject({ uniform: z.tuple([finite.min(0), finite.min(0)]) }),
        z.array(finite.min(0)),
      ],
      {
        error: 'must be a delay ≥ 0 ms, {"uniform": [lo, hi]} or a list',
      },
    )
    .default(0),
  /** Hard bounds on weights; initial weights are clipped to them. */
  wMin: finite.optional(),
  wMax: finite.optional(),
  /**
   * Lowest weight a synapse transmits. A weight below it is the hidden state of a silent
   * synapse: it transmits efficacyMin (e.g. 0) while plasticity keeps changing the state
   * (down to wMin), so a synapse pushed below must be pushed back before it speaks again.
   * Unset: every weight is transmitted as it is. Not with per-synapse delays.
   */
  efficacyMin: finite.optional(),
  plasticity: PlasticitySpec.optional(),
});
export type Projection = z.infer<typeof Projection>;

const neuronList = z.array(index).optional();
export const Probe = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('spikes'),
      name: identifier,
      population: identifier,
      neurons: neuronList,
    }),
    z.strictObject({
      kind: z.literal('rate'),
      name: identifier,
      population: identifier,
      binMs: finite.positive({ error: 'must be > 0 ms' }),
      neurons: neuronList,
    }),
    z.strictObject({
      kind: z.literal('state'),
      name: identifier,
      population: identifier,
      /** 'v', 'adaptation', or 'g:<channel>'. */
      variable: z.string(),
      neurons: z.array(index).min(1, { error: 'needs at least one neuron' }),
      everyMs: finite.positive().optional(),
    }),
    z.strictObject({
      kind: z.literal('weights'),
      name: identifier,
      projection: identifier,
      everyMs: finite.positive({ error: 'must be > 0 ms' }),
    }),
  ],
  { error: 'kind must be one of "spikes", "rate", "state", "weights"' },
);
export type Probe = z.infer<typeof Probe>;

export const NetworkDescription = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION}` }),
  /** Time step (ms). */
  dtMs: finite.positive({ error: 'must be > 0 ms' }).max(10, { error: 'must be ≤ 10 ms' }).default(0.1),
  /** Default seed; a seed given to the builder overrides it. */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  populations: z.array(Population).min(1, { error: 'needs at least one population' }),
  projections: z.array(Projection).default([]),
  probes: z.array(Probe).default([]),
});
/** A validated description with every default filled in. */
export type NetworkDescription = z.infer<typeof NetworkDescription>;
/** A description as a user writes it: defaults may be left out. */
export type NetworkDescriptionInput = z.input<typeof NetworkDescription>;
