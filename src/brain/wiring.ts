/**
 * The areas of one agent's mirror system and their wiring, as an engine description.
 *
 *   sensory inputs ─ visual ──► STS ─(hand–object relations)──plastic──┐
 *                                   └─(hand)──┐                         ▼
 *                  ─ proprio ─────────────────┼─► PF ──────plastic────► F5 ──► M1 (gated)
 *                  ─ object ──► WM ──(gate)───┘                         ▲      ▲
 *                  ─ auditory ─► AUD ────────────────plastic────────────┘      │
 *   intention ─ motor command ────────────────────────────────────────────────┘ (teacher)
 *
 * Every sensory→F5 synapse starts silent: nothing maps "sees a grasp" to "grasp
 * neuron" by hand. F5 neurons get their motor tuning from the motor command (the
 * motor repertoire), and whatever sensory input predicts that command while the
 * agent acts is learned by the plastic STS→F5, PF→F5 and AUD→F5 synapses.
 */
import type { NetworkDescriptionInput } from '../engine/description.js';
import type { Rng } from '../engine/rng.js';
import type { BrainParams } from './params.js';

export interface InputSizes {
  visual: number;
  object: number;
  auditory: number;
  proprio: number;
  command: number;
  /** Command feature of each command unit (F5 neurons prefer one feature). */
  commandFeature: readonly string[];
  /** Which visual units code a hand–object relation (the others code the hand alone). */
  visualRelational: readonly boolean[];
}

/** Recordable areas and the populations behind them. */
export const AREA_POPULATIONS = {
  STS: 'STS',
  AUD: 'AUD',
  PF: 'PF',
  F5: 'F5',
  M1: 'M1',
  PFC: 'WM',
} as const;
export type AreaName = keyof typeof AREA_POPULATIONS;

/** The learned sensory inputs of F5. */
export const PLASTIC_PROJECTIONS = ['STS->F5', 'PF->F5', 'AUD->F5'] as const;
/** The learned input of F5 from the context (always present: it absorbs each neuron's base rate). */
export const CONTEXT_PROJECTION = 'context->F5';
/** Every learned projection: what development changes, and what a saved agent stores. */
export const LEARNED_PROJECTIONS = [...PLASTIC_PROJECTIONS, CONTEXT_PROJECTION] as const;

type Projection = NonNullable<NetworkDescriptionInput['projections']>[number];
type Population = NetworkDescriptionInput['populations'][number];

const BG_TAU_MS = 5;

export function brainDescription(inputs: InputSizes, p: BrainParams, rng: Rng): NetworkDescriptionInput {
  const n = (base: number) => Math.max(1, Math.round(base * p.scale));
  const sizes = {
    STS: inputs.visual,
    AUD: inputs.auditory,
    PF: n(p.sizes.PF),
    'PF:inh': n(p.sizes.PFinh),
    'PF:gate': n(p.pfGate.size),
    F5: n(p.sizes.F5),
    'F5:inh': n(p.sizes.F5inh),
    M1: n(p.sizes.M1),
    WM: n(p.sizes.WM),
    'WM:inh': n(p.sizes.WMinh),
  };
  const neuron = { kind: 'lif' as const, ...p.neuron };
  const ch = (name: string, tauMs: number) => ({ name, tauMs });
  // Background input shares the excitatory channel (same time constant), except in F5,
  // where the excitatory inputs are split into the motor teacher and the sensory prediction.
  const standard = [ch('exc', BG_TAU_MS), ch('inh', 10)];
  const populations: Population[] = [
    { kind: 'poisson', name: 'in:visual', size: inputs.visual },
    { kind: 'poisson', name: 'in:object', size: inputs.object },
    { kind: 'poisson', name: 'in:auditory', size: inputs.auditory },
    { kind: 'poisson', name: 'in:proprio', size: inputs.proprio },
    { kind: 'poisson', name: 'in:command', size: inputs.command },
    { kind: 'poisson', name: 'in:gate', size: p.gate.size, rateHz: p.gate.rateHz },
    { kind: 'poisson', name: 'in:wmReset', size: 8 },
    { kind: 'poisson', name: 'in:context', size: p.context.size, rateHz: p.context.rateHz },
    { ...neuron, name: 'STS', size: sizes.STS, channels: standard },
    { ...neuron, name: 'AUD', size: sizes.AUD, channels: standard },
    { ...neuron, name: 'PF', size: sizes.PF, channels: [...standard, ch('slow', p.pfRecurrent.tauMs)] },
    { ...neuron, name: 'PF:inh', size: sizes['PF:inh'], channels: standard },
    { ...neuron, name: 'PF:gate', size: sizes['PF:gate'], channels: standard },
    {
      ...neuron,
      name: 'F5',
      size: sizes.F5,
      channels: [ch('motor', 10), ch('sens', 10), ch('inh', 10), ch('bg', BG_TAU_MS)],
    },
    { ...neuron, name: 'F5:inh', size: sizes['F5:inh'], channels: standard },
    { ...neuron, name: 'M1', size: sizes.M1, channels: standard },
    {
      ...neuron,
      name: 'WM',
      size: sizes.WM,
      channels: [...standard, ch('slow', p.wm.slowTauMs)],
      refractoryMs: p.wm.refractoryMs,
    },
    { ...neuron, name: 'WM:inh', size: sizes['WM:inh'], channels: standard },
  ];
  const projections: Projection[] = [];
  const connect = (
    source: string,
    target: string,
    channel: string,
    conn: Projection['connect'],
    weight: Projection['weight'],
    extra: Partial<Projection> = {},
  ) => projections.push({ source, target, channel, connect: conn, weight, ...extra });
  const prob = (pr: number) => ({ kind: 'fixedProbability' as const, p: pr, allowSelf: false });

  // Background: every neuron has its own Poisson source (independent noise around a mean drive).
  const bgWeight = (meanMV: number) => meanMV / ((p.background.rateHz * BG_TAU_MS) / 1000);
  for (const [area, size] of Object.entries(sizes)) {
    populations.push({ kind: 'poisson', name: `bg:${area}`, size, rateHz: p.background.rateHz });
    const mean =
      area === 'PF:gate' ? p.pfGate.backgroundMV : (p.background.areaMeanMV[area] ?? p.background.meanMV);
    connect(`bg:${area}`, area, area === 'F5' ? 'bg' : 'exc', { kind: 'oneToOne' }, bgWeight(mean));
  }

  // Sensory relays.
  connect('in:visual', 'STS', 'exc', { kind: 'oneToOne' }, p.relayWeightMV);
  connect('in:auditory', 'AUD', 'exc', { kind: 'oneToOne' }, p.relayWeightMV);

  // Inferior parietal PF: random conjunctions of hand features, gated by the (remembered) object.
  connect('STS', 'PF', 'exc', prob(p.stsToPF.p), { uniform: [0, 2 * p.stsToPF.weightMV] });
  connect('in:proprio', 'PF', 'exc', prob(p.proprioToPF.p), { uniform: [0, 2 * p.proprioToPF.weightMV] });
  connect('PF:gate', 'PF', 'inh', prob(p.pfGate.toPF.p), p.pfGate.toPF.weightMV);
  connect('WM:inh', 'PF:gate', 'inh', prob(p.pfGate.fromWM.p), p.pfGate.fromWM.weightMV);
  connect('PF', 'PF', 'slow', prob(p.pfRecurrent.p), p.pfRecurrent.weightMV);

  // Inhibitory pools of PF, F5 and WM.
  const { pEI, wEI, pIE, wIE } = p.inhibition;
  for (const area of ['PF', 'F5', 'WM']) {
    connect(area, `${area}:inh`, 'exc', prob(pEI), wEI);
    connect(`${area}:inh`, area, 'inh', prob(pIE), wIE);
  }

  // The motor repertoire: each F5 neuron prefers one command feature.
  const motor = motorRepertoire(inputs.commandFeature, sizes.F5, p.commandToF5, rng);
  connect('in:command', 'F5', 'motor', { kind: 'list', pre: motor.pre, post: motor.post }, motor.weight);

  // Learned sensory input of F5.
  const learning =
    p.learning.rule === 'delta'
      ? {
          kind: 'delta',
          learningRate: p.learning.learningRate,
          teacherChannel: 'motor',
          teachingGain: p.learning.teachingGain,
          tauErrorMs: p.learning.tauErrorMs,
        }
      : { kind: 'covariance', learningRate: p.learning.hebbianRate, intervalMs: 5, tauRateMs: 50 };
  // A learned synapse transmits no less than 0 mV; below that its state is silent (see params).
  const plastic = {
    wMin: p.sensoryToF5.silentStateMinMV,
    wMax: p.sensoryToF5.wMaxMV,
    efficacyMin: 0,
    plasticity: learning,
  };
  // STS action neurons that code hand–object relations reach F5; hand-alone kinematics
  // reach it only through PF, where they need the object to be present or remembered.
  const relational = inputs.visualRelational.flatMap((r, i) => (r ? [i] : []));
  const stsToF5 = sparseList(relational, sizes.F5, p.sensoryToF5.p, rng);
  connect(
    'STS',
    'F5',
    'sens',
    { kind: 'list', ...stsToF5 },
    stsToF5.pre.map(() => p.sensoryToF5.initialWeightMV),
    {
      name: 'STS->F5',
      ...plastic,
    },
  );
  for (const source of ['PF', 'AUD']) {
    const pr = source === 'AUD' ? p.sensoryToF5.auditoryP : p.sensoryToF5.parietalP;
    connect(source, 'F5', 'sens', prob(pr), p.sensoryToF5.initialWeightMV, {
      name: `${source}->F5`,
      ...plastic,
    });
  }

  // The context reaches every F5 neuron; its synapses learn the neuron's base rate.
  connect('in:context', 'F5', 'sens', { kind: 'allToAll' }, p.sensoryToF5.initialWeightMV, {
    name: CONTEXT_PROJECTION,
    ...plastic,
  });

  // Output: M1 driven by F5, held silent by the prefrontal gate unless the agent acts.
  connect('F5', 'M1', 'exc', prob(p.f5ToM1.p), p.f5ToM1.weightMV);
  connect('in:gate', 'M1', 'inh', prob(p.gate.p), p.gate.weightMV);

  // Working memory: seeing an object switches the attractor on; a reset clears it.
  connect('in:object', 'WM', 'exc', prob(p.wm.objectP), p.wm.objectWeightMV);
  connect('WM', 'WM', 'slow', prob(p.wm.recurrentP), p.wm.recurrentWeightMV);
  connect('in:wmReset', 'WM:inh', 'exc', { kind: 'allToAll' }, 20);

  // At dt ≈ 1 ms one draw per input and step is the cheapest exact-rate generator.
  for (const pop of populations) if (pop.kind === 'poisson') pop.method = 'bernoulli';
  return { formatVersion: 1, dtMs: p.dtMs, populations, projections, probes: [] };
}

/** Each of `sources` connects to each of nTargets targets with probability p. */
function sparseList(
  sources: readonly number[],
  nTargets: number,
  p: number,
  rng: Rng,
): { pre: number[]; post: number[] } {
  const pre: number[] = [];
  const post: number[] = [];
  for (const i of sources) {
    for (let j = 0; j < nTargets; j++) {
      if (rng.uniform() < p) {
        pre.push(i);
        post.push(j);
      }
    }
  }
  return { pre, post };
}

/** Explicit motor wiring: F5 neuron j gets inDegree units of its preferred feature plus a few random ones. */
function motorRepertoire(
  feature: readonly string[],
  nF5: number,
  c: BrainParams['commandToF5'],
  rng: Rng,
): { pre: number[]; post: number[]; weight: number[]; preferred: string[] } {
  const features = [...new Set(feature)];
  const unitsOf = new Map(features.map((f) => [f, feature.flatMap((g, i) => (g === f ? [i] : []))]));
  const pre: number[] = [];
  const post: number[] = [];
  const weight: number[] = [];
  const preferred: string[] = [];
  // Every command feature gets the same number of F5 neurons (in a shuffled order), so
  // subjects differ in their wiring's details, not in the make-up of their repertoire.
  const order = Array.from({ length: nF5 }, (_, j) => features[j % features.length]!);
  for (let i = order.length - 1; i > 0; i--) {
    const k = rng.int(i + 1);
    [order[i], order[k]] = [order[k]!, order[i]!];
  }
  for (let j = 0; j < nF5; j++) {
    const f = order[j]!;
    preferred.push(f);
    const pool = [...unitsOf.get(f)!];
    const chosen = new Set<number>();
    for (let k = 0; k < Math.min(c.inDegree, pool.length); k++) {
      const pick = pool.splice(rng.int(pool.length), 1)[0]!;
      chosen.add(pick);
      pre.push(pick);
      post.push(j);
      weight.push(c.weightMV * (0.75 + 0.5 * rng.uniform()));
    }
    for (let k = 0; k < c.extraInDegree; k++) {
      const pick = rng.int(feature.length);
      if (chosen.has(pick)) continue;
      chosen.add(pick);
      pre.push(pick);
      post.push(j);
      weight.push(c.extraWeightMV * rng.uniform());
    }
  }
  return { pre, post, weight, preferred };
}
