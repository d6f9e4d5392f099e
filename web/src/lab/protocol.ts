/**
 * The messages between the page and the simulation. The simulation (a Web Worker in
 * the browser, or the in-memory mock in tests) owns the agent; the page only sends
 * commands and receives events. Everything here is plain data (structured-clone safe),
 * and the big arrays travel as transferable typed arrays.
 */
import type { SceneState } from '../../../src/index.js';

/** Bumped when a message changes shape, so a stale worker and a new page notice. */
export const PROTOCOL_VERSION = 1;

export type Command =
  /** The developed agent of a subject (from the cache, or raised now). */
  | { type: 'raise'; subject: number; episodes: number }
  /** A newborn agent of a subject: wired, nothing learned. */
  | { type: 'newborn'; subject: number }
  /** Trials of these conditions, one of each in turn (interleaved, as in a recording session), until told otherwise. */
  | { type: 'run'; conditions: string[] }
  /** Motor babbling on the current newborn, with a quick test of F5 every `testEvery` episodes. */
  | { type: 'develop'; episodes: number; testEvery: number }
  /** Classify the F5 units of the current agent now. */
  | { type: 'classify' }
  | { type: 'stop' }
  /**
   * Where playback is (simulated ms) and how far ahead the simulation may compute:
   * the page's back-pressure, so the worker never runs away from what is shown.
   */
  | { type: 'playhead'; simMs: number; leadMs: number };

export type JobKind = 'raise' | 'newborn' | 'run' | 'develop' | 'classify';

export type LabEvent =
  | {
      type: 'ready';
      protocol: number;
      version: string;
      modelRevision: number;
      backend: string;
      experiments: { id: string; title: string }[];
      /** Babbling episodes of the standard development. */
      developmentEpisodes: number;
    }
  | { type: 'job'; epoch: number; kind: JobKind; state: 'started' | 'finished' }
  | { type: 'progress'; epoch: number; task: string; fraction: number }
  | { type: 'agent'; epoch: number; info: AgentInfo }
  /** The live development of the current agent is complete. */
  | { type: 'developed'; epoch: number; episodes: number }
  | { type: 'block'; block: SpikeBlock }
  | { type: 'weights'; snapshot: WeightSnapshot }
  | { type: 'classes'; classes: UnitClasses }
  | { type: 'error'; epoch: number; message: string };

/** A recordable area of the agent's brain. */
export interface AreaInfo {
  /** Short name used throughout mirrorlab (STS, AUD, PF, F5, M1, PFC). */
  area: string;
  /** The engine population behind it. */
  population: string;
  size: number;
}

/** Layout of a plastic sensory→F5 projection: which synapse joins which pair of neurons. */
export interface ProjectionLayout {
  name: string;
  source: string;
  nPre: number;
  nPost: number;
  wMaxMV: number;
  /** Synapses of source neuron i are rowPtr[i] … rowPtr[i+1]−1. */
  rowPtr: Int32Array;
  /** Target (F5) neuron of each synapse. */
  targets: Int32Array;
}

export interface AgentInfo {
  subject: number;
  seed: number;
  /** Whether it has gone through development (babbling). */
  developed: boolean;
  /** Babbling episodes lived so far. */
  episodes: number;
  dtMs: number;
  areas: AreaInfo[];
  /** The movement each F5 neuron prefers, read from its motor wiring (a goal or a grip). */
  f5Movement: string[];
  /** Labels of sensory neurons where they exist (e.g. STS: the visual feature each is tuned to). */
  unitLabels: Record<string, string[]>;
  projections: ProjectionLayout[];
}

/** A scene's states, sampled at a fixed step, for the scene panel. */
export interface SceneTrack {
  startMs: number;
  stepMs: number;
  samples: SceneState[];
}

export interface TrialEvent {
  kind: string;
  label: string;
  /** Simulated session time (ms). */
  tMs: number;
}

/** A trial of a condition or a babbling episode: what happened when. */
export interface TrialInfo {
  id: number;
  kind: 'trial' | 'episode';
  /** Condition id (e.g. observe:precisionGrip) or "babbling". */
  condition: string;
  label: string;
  startMs: number;
  /** End of the scene (the inter-trial rest follows). */
  endMs: number;
  /** What responses are aligned on (act onset, or the object appearing); null when nothing happens. */
  alignMs: number | null;
  events: TrialEvent[];
  /** The babbling episode number (1-based) for episodes. */
  episode?: number;
  /** The scene happens in the dark (only sounds and touch reach the monkey). */
  dark?: boolean;
}

/**
 * A stretch of simulated time and every spike in it. Spikes of all areas are
 * concatenated in AgentInfo.areas order: area k owns entries areaOffsets[k] …
 * areaOffsets[k+1]−1 of `steps` and `neurons`.
 */
export interface SpikeBlock {
  epoch: number;
  fromMs: number;
  toMs: number;
  dtMs: number;
  steps: Int32Array;
  neurons: Int32Array;
  areaOffsets: number[];
  trial: TrialInfo | null;
  scene: SceneTrack | null;
  /** Wall-clock time the simulation spent computing this block (ms). */
  computeMs: number;
}

export interface WeightSnapshot {
  epoch: number;
  tMs: number;
  episode: number | null;
  /** One array per projection of AgentInfo.projections, in that order (mV). */
  weights: Float32Array[];
}

export type UnitClassName = 'mirror' | 'motor' | 'visual' | 'unresponsive';

/** Classification of F5 units by a quick test (a few trials of each act, performed and watched). */
export interface UnitClasses {
  epoch: number;
  /** Babbling episodes lived when tested. */
  episode: number;
  /** The agent's simulated time when tested (the page shows the result when playback gets there). */
  tMs: number;
  trialsPerCondition: number;
  acts: string[];
  unitClass: UnitClassName[];
  mirrorClass: ('strict' | 'broad' | 'nonCongruent' | null)[];
  preferredExecuted: (string | null)[];
  preferredObserved: (string | null)[];
  /** Increase over baseline (Hz) per act, per unit: performed and watched. */
  executedHz: Record<string, number[]>;
  observedHz: Record<string, number[]>;
  counts: Record<UnitClassName, number>;
}

/** The typed arrays of an event, to transfer rather than copy. */
export function transferables(e: LabEvent): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (a: { buffer: ArrayBufferLike }) => {
    if (a.buffer instanceof ArrayBuffer && !out.includes(a.buffer)) out.push(a.buffer);
  };
  if (e.type === 'block') {
    add(e.block.steps);
    add(e.block.neurons);
  } else if (e.type === 'weights') {
    for (const w of e.snapshot.weights) add(w);
  }
  // AgentInfo's layout arrays are copied, not transferred: the simulation keeps using them.
  return out;
}
