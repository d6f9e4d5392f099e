/**
 * The simulator steps a built network's schedule (describe → build → **run**).
 *
 * It keeps no clock of its own beyond the step counter, prints nothing, and can
 * snapshot and restore the whole network state — membrane potentials, inputs in
 * flight, weights, traces, random streams — so repeated trials start from exactly
 * the same state.
 */
import type { Arena } from './arena.js';
import type { NetworkDescription } from './description.js';
import { type Probe, Probe as ProbeSchema } from './description.js';
import type { Kernels } from './kernels/kernels.js';
import type { LifRuntime } from './populations/lif.js';
import type { PoissonRuntime } from './populations/poisson.js';
import type { PopulationRuntime } from './populations/population.js';
import { buildProbe, type ProbeData, type ProbeRuntime } from './probes.js';
import type { ProjectionRuntime } from './projections/projection.js';
import { formatSchedule, type Operation } from './schedule.js';
import { DescriptionError, zodIssues } from './validate.js';

export interface SimulatorParts {
  description: NetworkDescription;
  seed: number;
  arena: Arena;
  kernels: Kernels;
  schedule: Operation[];
  populations: Map<string, PopulationRuntime>;
  projections: Map<string, ProjectionRuntime>;
  probes: ProbeRuntime[];
  /** Plasticity gain of each plastic projection (views into the state). */
  gains: Map<string, Float64Array>;
}

/** The complete state of a network at one step (probe recordings excluded). */
export interface NetworkSnapshot {
  readonly step: number;
  readonly bytes: Uint8Array;
  /** Which populations had injected current switched on. */
  readonly currentActive: readonly boolean[];
}

export interface RunOptions {
  /** Called every `progressEveryMs` of simulated time with the fraction done. */
  onProgress?: (fraction: number, timeMs: number) => void;
  progressEveryMs?: number;
}

export interface NetworkStats {
  neurons: number;
  synapses: number;
  /** Bytes of network state (the arena). */
  stateBytes: number;
  /** Bytes of synapse arrays per synapse of static projections (targets, weights, delays). */
  staticBytesPerSynapse: number;
}

export class Simulator {
  /** The validated description, defaults filled in. */
  readonly description: NetworkDescription;
  readonly seed: number;
  readonly dtMs: number;
  /** The operations of one step, in order, as built (probes added later run after them). */
  readonly schedule: readonly Operation[];
  private readonly arena: Arena;
  private readonly kernels: Kernels;
  private readonly populations: Map<string, PopulationRuntime>;
  private readonly projections: Map<string, ProjectionRuntime>;
  private readonly probes: Map<string, ProbeRuntime>;
  private readonly lifs: LifRuntime[];
  private readonly gains: Map<string, Float64Array>;
  private readonly ops: Operation[];
  private stepCounter = 0;
  private initial: NetworkSnapshot | null = null;

  constructor(parts: SimulatorParts) {
    this.description = parts.description;
    this.seed = parts.seed;
    this.dtMs = parts.description.dtMs;
    this.schedule = parts.schedule;
    this.ops = [...parts.schedule];
    this.arena = parts.arena;
    this.kernels = parts.kernels;
    this.populations = parts.populations;
    this.projections = parts.projections;
    this.probes = new Map(parts.probes.map((p) => [p.name, p]));
    this.gains = parts.gains;
    this.lifs = [...parts.populations.values()].filter((p): p is LifRuntime => p.kind === 'lif');
  }

  /** Which kernels run the inner loops: 'wasm' (SIMD) or 'ts' (reference). */
  get backend(): 'wasm' | 'ts' {
    return this.kernels.name;
  }

  /** Number of steps taken since the start. */
  get stepIndex(): number {
    return this.stepCounter;
  }

  /** Simulated time (ms). */
  get timeMs(): number {
    return this.stepCounter * this.dtMs;
  }

  /** Advance one time step. */
  step(): void {
    const ops = this.ops;
    const n = this.stepCounter;
    for (let k = 0; k < ops.length; k++) ops[k]!.run(n);
    this.stepCounter = n + 1;
  }

  /** Advance by `durationMs` (rounded to whole steps). */
  run(durationMs: number, options: RunOptions = {}): void {
    if (!(durationMs >= 0) || !Number.isFinite(durationMs)) {
      throw new Error(`run: duration must be a finite number of ms ≥ 0, got ${durationMs}`);
    }
    const steps = Math.round(durationMs / this.dtMs);
    const every = options.onProgress
      ? Math.max(1, Math.round((options.progressEveryMs ?? 1000) / this.dtMs))
      : steps + 1;
    for (let k = 0; k < steps; k++) {
      this.step();
      if ((k + 1) % every === 0) options.onProgress!((k + 1) / steps, this.timeMs);
    }
  }

  /** A population's run-time state (typed-array views: read freely, write with care). */
  population(name: string): PopulationRuntime {
    const p = this.populations.get(name);
    if (!p)
      throw new Error(`no population named "${name}" (have ${[...this.populations.keys()].join(', ')})`);
    return p;
  }

  populationNames(): string[] {
    return [...this.populations.keys()];
  }

  projection(name: string): ProjectionRuntime {
    const p = this.projections.get(name);
    if (!p)
      throw new Error(`no projection named "${name}" (have ${[...this.projections.keys()].join(', ')})`);
    return p;
  }

  projectionNames(): string[] {
    return [...this.projections.keys()];
  }

  /**
   * Scale the weight changes of a plastic projection: 1 learns at the rule's rate,
   * 0 freezes the weights. Part of the network state (snapshots keep it).
   */
  setPlasticityGain(projection: string, gain: number): void {
    const g = this.gains.get(projection);
    if (!g)
      throw new Error(
        `setPlasticityGain: projection "${projection}" is not plastic (plastic: ${[...this.gains.keys()].join(', ') || 'none'})`,
      );
    if (!Number.isFinite(gain) || gain < 0)
      throw new Error(`setPlasticityGain: gain must be finite and ≥ 0, got ${gain}`);
    g[0] = gain;
  }

  plasticityGain(projection: string): number {
    const g = this.gains.get(projection);
    if (!g) throw new Error(`projection "${projection}" is not plastic`);
    return g[0]!;
  }

  /** Names of the projections that have a plasticity rule. */
  plasticProjectionNames(): string[] {
    return [...this.gains.keys()];
  }

  /** Set the rates (Hz) of a Poisson population: one value for all, or one per neuron. */
  setRates(name: string, rates: number | ArrayLike<number>): void {
    const p = this.population(name);
    if (p.kind !== 'poisson') throw new Error(`setRates: population "${name}" is ${p.kind}, not poisson`);
    const target = (p as PoissonRuntime).rateHz;
    fillChecked(target, p.size, rates, `setRates(${name})`, 0);
  }

  /** Inject a current into a LIF population, as a voltage (mV = current × resistance), held until changed. */
  setCurrent(name: string, currentMV: number | ArrayLike<number>): void {
    const p = this.population(name);
    if (p.kind !== 'lif') throw new Error(`setCurrent: population "${name}" is ${p.kind}, not lif`);
    const lif = p as LifRuntime;
    fillChecked(lif.current, p.size, currentMV, `setCurrent(${name})`, Number.NEGATIVE_INFINITY);
    let any = false;
    for (let i = 0; i < p.size; i++) if (lif.current[i] !== 0) any = true;
    lif.currentActive = any;
  }

  /** What a probe recorded so far. */
  probe(name: string): ProbeData {
    const p = this.probes.get(name);
    if (!p)
      throw new Error(`no probe named "${name}" (have ${[...this.probes.keys()].join(', ') || 'none'})`);
    return p.data();
  }

  probeNames(): string[] {
    return [...this.probes.keys()];
  }

  /**
   * Add a probe to a built network (it records from the next step on). Probes only
   * read, so adding one never changes what the network does.
   */
  addProbe(spec: Probe): void {
    const parsed = ProbeSchema.safeParse(spec);
    if (!parsed.success) throw new DescriptionError(zodIssues(parsed.error, ['probe']));
    const probe = parsed.data;
    if (this.probes.has(probe.name)) throw new Error(`addProbe: a probe named "${probe.name}" exists`);
    const runtime = buildProbe(
      probe,
      this.dtMs,
      (name) => this.population(name),
      (name) => this.projection(name),
    );
    this.probes.set(probe.name, runtime);
    this.ops.push(runtime.op);
  }

  /** Remove a probe (and its recordings). */
  removeProbe(name: string): void {
    const p = this.probes.get(name);
    if (!p) throw new Error(`removeProbe: no probe named "${name}"`);
    this.probes.delete(name);
    this.ops.splice(this.ops.indexOf(p.op), 1);
  }

  clearProbes(): void {
    for (const p of this.probes.values()) p.clear();
  }

  /** Capture the whole network state at this step. */
  snapshot(): NetworkSnapshot {
    return {
      step: this.stepCounter,
      bytes: this.arena.snapshotBytes(),
      currentActive: this.lifs.map((p) => p.currentActive),
    };
  }

  /** Return to a captured state (probe recordings are kept: clear them if you want). */
  restore(s: NetworkSnapshot): void {
    this.arena.restoreBytes(s.bytes);
    this.stepCounter = s.step;
    this.lifs.forEach((p, i) => {
      p.currentActive = s.currentActive[i] ?? false;
    });
    for (const p of this.populations.values()) p.count = 0;
  }

  /** Return to the state right after building, and clear the probes. */
  reset(): void {
    if (this.initial) this.restore(this.initial);
    this.clearProbes();
  }

  /** Run one step and roll it back, so broken operations fail at build time. Called by the builder. */
  failFast(): void {
    this.initial = this.snapshot();
    this.step();
    this.reset();
  }

  /** The schedule as text, one operation per line. */
  formatSchedule(): string {
    return formatSchedule(this.schedule);
  }

  stats(): NetworkStats {
    let neurons = 0;
    for (const p of this.populations.values()) neurons += p.size;
    let synapses = 0;
    let staticSynapses = 0;
    let staticBytes = 0;
    for (const p of this.projections.values()) {
      synapses += p.nSynapses;
      if (p.transposed) continue;
      staticSynapses += p.nSynapses;
      staticBytes += p.nSynapses * 4 + (p.weights ? p.nSynapses * 4 : 0) + (p.delays ? p.nSynapses * 2 : 0);
      staticBytes += p.rowPtr.byteLength;
    }
    return {
      neurons,
      synapses,
      stateBytes: this.arena.bytesUsed,
      staticBytesPerSynapse: staticSynapses ? staticBytes / staticSynapses : 0,
    };
  }
}

function fillChecked(
  target: Float64Array,
  size: number,
  values: number | ArrayLike<number>,
  what: string,
  min: number,
): void {
  if (typeof values === 'number') {
    if (!Number.isFinite(values) || values < min)
      throw new Error(`${what}: value must be finite and ≥ ${min}, got ${values}`);
    target.fill(values, 0, size);
    return;
  }
  if (values.length !== size) throw new Error(`${what}: expected ${size} values, got ${values.length}`);
  for (let i = 0; i < size; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x) || x < min)
      throw new Error(`${what}: value ${i} must be finite and ≥ ${min}, got ${x}`);
  }
  for (let i = 0; i < size; i++) target[i] = values[i]!;
}
