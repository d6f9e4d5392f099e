/**
 * The builder: a validated description becomes flat typed arrays in one arena and an
 * ordered schedule of operations (describe → **build** → run).
 *
 * Layout happens in two passes. First every component reserves its memory (synapse
 * counts come from a counting pass of the connectivity rule); then the arena is
 * sealed and each component fills its arrays and creates its operations. Finally the
 * builder runs one step and rolls it back, so a broken operation fails here rather
 * than thousands of steps into a run.
 */
import { Arena, padded, type Slot } from './arena.js';
import type { NetworkDescription, Projection } from './description.js';
import type { BackendName, Kernels } from './kernels/kernels.js';
import { tsKernels } from './kernels/ts-kernels.js';
import { createWasmKernels, wasmKernelsAvailable } from './kernels/wasm-kernels.js';
import { createRuleRegistry } from './plasticity/registry.js';
import type { RuleBindContext, RuleRegistry } from './plasticity/rule.js';
import { LifPlan, type LifRuntime } from './populations/lif.js';
import { PoissonPlan } from './populations/poisson.js';
import type { PopulationRuntime } from './populations/population.js';
import { SpikeTimesPlan } from './populations/spike-times.js';
import { buildProbe, type ProbeRuntime } from './probes.js';
import { deliveryOperation, ProjectionPlan } from './projections/plan.js';
import type { ProjectionRuntime } from './projections/projection.js';
import { RingPlan } from './projections/ring.js';
import { RngTree } from './rng.js';
import { type Operation, orderOperations } from './schedule.js';
import { Simulator } from './simulator.js';
import { projectionName, validateDescription } from './validate.js';

export interface BuildOptions {
  /** Seed of the run's random streams; overrides the description's `seed` (default 0). */
  seed?: number;
  /**
   * Seed of the randomness *during* the run (Poisson inputs, and rules that draw), apart
   * from the randomness that builds the network (connectivity, weights, delays, initial
   * state). Default: `seed`. The same network with other noise: same seed, other runSeed.
   */
  runSeed?: number;
  /** 'wasm' (WebAssembly SIMD kernels), 'ts' (plain TypeScript reference) or 'auto' (wasm where available). */
  backend?: BackendName | 'auto';
  /** Plasticity rules available to the description (default: the built-in ones). */
  rules?: RuleRegistry;
}

type PopulationPlan = LifPlan | PoissonPlan | SpikeTimesPlan;

/** Build a network from its description (validated here) and return a simulator ready to run. */
export function build(description: unknown, options: BuildOptions = {}): Simulator {
  const rules = options.rules ?? createRuleRegistry();
  const d: NetworkDescription = validateDescription(description, rules);
  const seed = options.seed ?? d.seed ?? 0;
  const rngs = new RngTree(seed);
  const runRngs = options.runSeed === undefined ? rngs : new RngTree(options.runSeed);
  const arena = new Arena();
  const dtMs = d.dtMs;

  // Pass 1: reserve memory.
  const popPlans = new Map<string, PopulationPlan>();
  for (const p of d.populations) {
    if (p.kind === 'lif') popPlans.set(p.name, new LifPlan(p, arena));
    else if (p.kind === 'poisson') popPlans.set(p.name, new PoissonPlan(p, arena));
    else popPlans.set(p.name, new SpikeTimesPlan(p, arena, dtMs));
  }
  const sizeOf = (name: string) => popPlans.get(name)!.spec.size;
  const rings = new Map<string, RingPlan>();
  const projPlans: ProjectionPlan[] = [];
  const sharedByRules = new Map<string, unknown>();
  const ruleBinders: {
    plan: ProjectionPlan;
    bind: (ctx: RuleBindContext) => Operation;
    gain: Slot<Float64Array>;
  }[] = [];
  for (const p of d.projections) {
    const target = popPlans.get(p.target) as LifPlan;
    const spec: Projection & { name: string; channel: string } = {
      ...p,
      name: projectionName(p),
      channel: p.channel ?? target.spec.channels[0]!.name,
    };
    const plan = new ProjectionPlan(
      spec,
      { nPre: sizeOf(p.source), nPost: sizeOf(p.target), samePopulation: p.source === p.target },
      arena,
      rngs,
      dtMs,
      p.plasticity !== undefined,
    );
    projPlans.push(plan);
    if (!plan.uniformDelay || plan.maxDelaySteps > 0) {
      const key = `${p.target}:${spec.channel}`;
      let ring = rings.get(key);
      if (!ring) rings.set(key, (ring = new RingPlan(p.target, spec.channel, padded(target.spec.size))));
      ring.need(plan.maxDelaySteps);
    }
    if (p.plasticity) {
      const rule = rules.get(p.plasticity.kind)!;
      const { kind: _kind, ...params } = p.plasticity;
      const bind = rule.plan(rule.schema.parse(params), {
        arena,
        dtMs,
        projectionName: spec.name,
        nPre: plan.sizes.nPre,
        nPost: plan.sizes.nPost,
        nSynapses: plan.nSynapses,
        target: p.target,
        channel: spec.channel,
        requireTransposed: () => plan.requireTransposed(),
        shared: <T>(key: string, create: () => T): T => {
          if (!sharedByRules.has(key)) sharedByRules.set(key, create());
          return sharedByRules.get(key) as T;
        },
      });
      ruleBinders.push({ plan, bind, gain: arena.f64(1) });
    }
  }
  for (const ring of rings.values()) ring.reserve(arena);

  // Pass 2: seal memory, fill arrays, create operations.
  const memory = arena.seal();
  const kernels = chooseKernels(options.backend ?? 'auto', memory);
  const ops: Operation[] = [];
  const populations = new Map<string, PopulationRuntime>();
  for (const plan of popPlans.values()) {
    const { runtime, ops: popOps } =
      plan instanceof SpikeTimesPlan
        ? plan.bind()
        : plan instanceof PoissonPlan
          ? plan.bind(runRngs, kernels, dtMs)
          : plan.bind(rngs, kernels, dtMs);
    populations.set(runtime.name, runtime);
    ops.push(...popOps);
  }
  const population = (name: string) => {
    const p = populations.get(name);
    if (!p) throw new Error(`no population named "${name}"`);
    return p;
  };
  const ringRuntimes = new Map<string, ReturnType<RingPlan['bind']>['runtime']>();
  for (const [key, ring] of rings) {
    const target = population(ring.target) as LifRuntime;
    const g = target.channels[target.channelIndex(ring.channel)]!.g;
    const { runtime, op } = ring.bind(g, kernels);
    ringRuntimes.set(key, runtime);
    ops.push(op);
  }
  const projections = new Map<string, ProjectionRuntime>();
  for (const plan of projPlans) {
    const proj = plan.bind();
    projections.set(proj.name, proj);
    const target = population(proj.target) as LifRuntime;
    const g = target.channels[target.channelIndex(proj.channel)]!.g;
    ops.push(
      deliveryOperation(
        proj,
        population(proj.source),
        g,
        ringRuntimes.get(`${proj.target}:${proj.channel}`) ?? null,
        kernels,
      ),
    );
  }
  const gains = new Map<string, Float64Array>();
  for (const { plan, bind, gain } of ruleBinders) {
    const proj = projections.get(plan.name)!;
    const g = gain.view();
    g[0] = 1;
    gains.set(plan.name, g);
    ops.push(
      bind({
        gain: g,
        projection: proj,
        pre: population(proj.source),
        post: population(proj.target),
        population,
        rngs: runRngs,
        kernels,
        dtMs,
      }),
    );
  }
  const projection = (name: string) => {
    const p = projections.get(name);
    if (!p) throw new Error(`no projection named "${name}"`);
    return p;
  };
  const probes: ProbeRuntime[] = d.probes.map((spec) => buildProbe(spec, dtMs, population, projection));
  ops.push(...probes.map((p) => p.op));

  const sim = new Simulator({
    description: d,
    seed,
    arena,
    kernels,
    schedule: orderOperations(ops),
    populations,
    projections,
    probes,
    gains,
  });
  sim.failFast();
  return sim;
}

function chooseKernels(backend: BackendName | 'auto', memory: WebAssembly.Memory): Kernels {
  if (backend === 'ts') return tsKernels;
  if (backend === 'wasm' || wasmKernelsAvailable()) return createWasmKernels(memory);
  return tsKernels;
}
