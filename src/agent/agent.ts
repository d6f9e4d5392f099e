/**
 * An agent: a brain (a built network) in a body, with senses. It lives through
 * scenes — performing acts, watching others, hearing sounds — and its plastic
 * synapses learn from what it experiences.
 *
 * Learning of the sensory→premotor synapses is gated by motor engagement: it happens
 * while the agent acts (when its own motor command gives the teaching signal), not
 * while it merely watches. Development, training phases and experiments all go
 * through `experience`, which refreshes the senses every few milliseconds and runs
 * the network in between.
 */

import { type CommandState, commandState, createCommandEncoder } from '../brain/motor-command.js';
import {
  AREA_POPULATIONS,
  type AreaName,
  brainDescription,
  LEARNED_PROJECTIONS,
  PLASTIC_PROJECTIONS,
} from '../brain/wiring.js';
import { build } from '../engine/build.js';
import type { NetworkDescription } from '../engine/description.js';
import type { PoissonRuntime } from '../engine/populations/poisson.js';
import { transmittedWeights } from '../engine/projections/projection.js';
import { RngTree } from '../engine/rng.js';
import type { Simulator } from '../engine/simulator.js';
import { createAuditoryEncoder } from '../sense/auditory.js';
import type { PopulationEncoder } from '../sense/encoder.js';
import { createObjectEncoder } from '../sense/object.js';
import { createProprioEncoder } from '../sense/proprio.js';
import { createVisualEncoder, RELATIONAL_VISUAL_FEATURES } from '../sense/visual.js';
import type { Scene, SceneState } from '../world/scene.js';
import { AgentConfig, type AgentConfigInput } from './config.js';

export interface ExperienceOptions {
  /** Let the plastic synapses learn (while the agent acts). Default false. */
  learn?: boolean;
  /** Called after each sense update with the scene time (ms). */
  onUpdate?: (tMs: number, state: SceneState) => void;
  /** Acts the agent performs meanwhile (a scene whose actor is the agent), if it is not the actor of `scene`. */
  performing?: Scene;
}

export interface Senses {
  visual: PopulationEncoder<SceneState>;
  object: PopulationEncoder<SceneState>;
  auditory: PopulationEncoder<SceneState>;
  proprio: PopulationEncoder<SceneState>;
  command: PopulationEncoder<CommandState>;
}

export class Agent {
  readonly config: AgentConfig;
  readonly sim: Simulator;
  readonly senses: Senses;
  /** What the agent has lived through, in order (for saved files and reports). */
  readonly history: { phase: string; detail: string; simulatedMs: number }[] = [];
  private readonly inputs: Record<
    'visual' | 'object' | 'auditory' | 'proprio' | 'command' | 'gate' | 'wmReset',
    Float64Array
  >;
  private readonly gateRate: number;
  private readonly lesions = new Set<string>();
  private learning: boolean | null = null;

  private constructor(config: AgentConfig, senses: Senses, sim: Simulator) {
    this.config = config;
    this.senses = senses;
    this.sim = sim;
    const rate = (name: string) => (sim.population(name) as PoissonRuntime).rateHz;
    this.inputs = {
      visual: rate('in:visual'),
      object: rate('in:object'),
      auditory: rate('in:auditory'),
      proprio: rate('in:proprio'),
      command: rate('in:command'),
      gate: rate('in:gate'),
      wmReset: rate('in:wmReset'),
    };
    this.gateRate = config.brain.gate.rateHz;
    this.setLearning(false);
    this.rest(0);
  }

  /**
   * A newborn agent: wired, with every sensory→F5 synapse silent. With `network`,
   * the agent gets that (saved) network instead of a freshly wired one; `simSeed`
   * seeds the network's noise (default: the agent's seed).
   */
  static create(config: AgentConfigInput = {}, network?: NetworkDescription, simSeed?: number): Agent {
    const c = AgentConfig.parse(config);
    const tree = new RngTree(c.seed);
    const senses: Senses = {
      visual: createVisualEncoder(c.sense, tree.stream('sense/visual')),
      object: createObjectEncoder(c.sense, tree.stream('sense/object')),
      auditory: createAuditoryEncoder(c.sense, tree.stream('sense/auditory')),
      proprio: createProprioEncoder(c.sense, tree.stream('sense/proprio')),
      command: createCommandEncoder(
        c.sense,
        c.brain.commandToF5.unitsPerFeature,
        tree.stream('brain/command'),
      ),
    };
    const description =
      network ??
      brainDescription(
        {
          visual: senses.visual.size,
          object: senses.object.size,
          auditory: senses.auditory.size,
          proprio: senses.proprio.size,
          command: senses.command.size,
          commandFeature: senses.command.units.map((u) => String(u.preferred)),
          visualRelational: senses.visual.units.map((u) => RELATIONAL_VISUAL_FEATURES.has(u.feature)),
        },
        c.brain,
        tree.stream('brain/wiring'),
      );
    const sim = build(description, { seed: c.seed, runSeed: simSeed ?? c.seed });
    return new Agent(c, senses, sim);
  }

  /** Population name of a recordable area. */
  static areaPopulation(area: AreaName): string {
    return AREA_POPULATIONS[area];
  }

  /** Simulated time so far (ms). */
  get timeMs(): number {
    return this.sim.timeMs;
  }

  /** Switch learning of the plastic sensory→F5 synapses on or off. */
  private setLearning(on: boolean): void {
    // (checked against the network too: a restored snapshot may have changed it)
    if (on === this.learning && this.sim.plasticityGain(PLASTIC_PROJECTIONS[0]) === (on ? 1 : 0)) return;
    this.learning = on;
    for (const name of LEARNED_PROJECTIONS) this.sim.setPlasticityGain(name, on ? 1 : 0);
  }

  /** Nothing to see or hear for a while (senses at baseline, no command). */
  rest(ms: number): void {
    const { baseRateHz } = this.config.sense;
    this.inputs.visual.fill(baseRateHz, 0, this.senses.visual.size);
    this.inputs.object.fill(baseRateHz, 0, this.senses.object.size);
    this.inputs.auditory.fill(baseRateHz, 0, this.senses.auditory.size);
    this.inputs.proprio.fill(baseRateHz, 0, this.senses.proprio.size);
    this.inputs.command.fill(0, 0, this.senses.command.size);
    this.inputs.gate.fill(this.gateRate, 0, this.config.brain.gate.size);
    this.inputs.wmReset.fill(0, 0, 8);
    this.setLearning(false);
    if (ms > 0) this.sim.run(ms);
  }

  /** Clear working memory (the table is cleared between trials): a brief reset pulse, then rest. */
  clearWorkingMemory(ms = 300): void {
    this.rest(0);
    this.inputs.wmReset.fill(this.config.brain.wm.resetRateHz, 0, 8);
    this.sim.run(ms);
    this.inputs.wmReset.fill(0, 0, 8);
  }

  /**
   * Live through a scene: see, hear and feel it, act in it if the agent is the actor.
   * With `options.performing`, the agent performs that scene's acts (its actor must be
   * the agent) while it sees and hears `scene` — pairings of doing and seeing that its
   * own development never shows (e.g. doing one act while watching another).
   */
  experience(scene: Scene, options: ExperienceOptions = {}): void {
    const { senseUpdateMs, commandLeadMs } = this.config;
    const body = options.performing ?? (scene.actor.viewpoint === 'self' ? scene : null);
    if (options.performing && options.performing.actor.viewpoint !== 'self') {
      throw new Error('experience: the "performing" scene must have the agent itself as its actor');
    }
    const durationMs = Math.max(scene.durationMs, body?.durationMs ?? 0);
    const gateAlways = this.config.brain.learning.gate === 'always';
    for (let t = 0; t < durationMs; t += senseUpdateMs) {
      const state = scene.sample(t);
      this.senses.visual.encode(state, state.actor.viewpoint, this.inputs.visual);
      this.senses.object.encode(state, null, this.inputs.object);
      this.senses.auditory.encode(state, null, this.inputs.auditory);
      // What the agent feels and commands comes from what it does.
      const own = body === scene ? state : (body?.sample(t) ?? null);
      if (own) this.senses.proprio.encode(own, null, this.inputs.proprio);
      else this.inputs.proprio.fill(this.config.sense.baseRateHz, 0, this.senses.proprio.size);
      // The command leads the movement by commandLeadMs and lasts until the act ends.
      const ahead = body ? body.sample(t + commandLeadMs) : null;
      let command = ahead ? commandState(ahead) : null;
      if (command && command.act === null && own) command = commandState(own);
      const commanding = command !== null && command.act !== null;
      // The hand moves when the agent acts, with or without an F5 command (empty-handed movements).
      const moving = own !== null && (own.act !== null || ahead?.act != null);
      this.senses.command.encode(commanding ? command : null, null, this.inputs.command);
      if (!commanding) this.inputs.command.fill(0, 0, this.senses.command.size);
      this.inputs.gate.fill(moving ? 0 : this.gateRate, 0, this.config.brain.gate.size);
      this.setLearning(options.learn === true && (gateAlways || moving));
      this.sim.run(Math.min(senseUpdateMs, durationMs - t));
      options.onUpdate?.(t, state);
    }
    this.rest(0);
  }

  /** Silence an area (a lesion): its neurons can no longer fire. Named and reversible only by rebuilding. */
  lesion(population: string): void {
    const pop = this.sim.population(population);
    if (pop.kind !== 'lif') throw new Error(`lesion: ${population} is not an area of neurons`);
    this.lesions.add(population);
    // A strong hyperpolarising current keeps every neuron far below threshold.
    this.sim.setCurrent(population, -1000);
  }

  get lesioned(): readonly string[] {
    return [...this.lesions];
  }

  /** The learned weights of the plastic projections (copies). */
  plasticWeights(): Record<string, Float32Array> {
    return Object.fromEntries(
      LEARNED_PROJECTIONS.map((name) => [name, this.sim.projection(name).weights!.slice()]),
    );
  }

  /** Install learned weights (from `plasticWeights` or a saved file). */
  setPlasticWeights(weights: Record<string, ArrayLike<number>>): void {
    for (const [name, w] of Object.entries(weights)) {
      const target = this.sim.projection(name).weights;
      if (!target) throw new Error(`projection ${name} has no weights to set`);
      if (w.length !== target.length)
        throw new Error(`weights of ${name}: expected ${target.length}, got ${w.length}`);
      target.set(w);
    }
  }

  /** Mean transmitted weight of a plastic projection (a quick read-out of how much was learned). */
  meanWeight(projection: (typeof LEARNED_PROJECTIONS)[number]): number {
    const w = transmittedWeights(this.sim.projection(projection));
    let s = 0;
    for (let i = 0; i < w.length; i++) s += w[i]!;
    return s / w.length;
  }
}
