/**
 * Plasticity rules are small pluggable objects over a projection's arrays.
 *
 * A rule has a schema for its parameters and a two-stage build: `plan` reserves
 * the memory it needs (traces, running means) while the network is being laid out,
 * and returns a binder that, once memory exists, creates the operation run in the
 * plasticity phase of every step. Rules live in a registry *instance*
 * (`createRuleRegistry()`); a user adds a rule with `registry.register(rule)` and
 * passes the registry to the builder — nothing global, nothing to subclass.
 */
import type * as z from 'zod';
import type { Arena } from '../arena.js';
import type { Kernels } from '../kernels/kernels.js';
import type { PopulationRuntime } from '../populations/population.js';
import type { ProjectionRuntime } from '../projections/projection.js';
import type { RngTree } from '../rng.js';
import type { Operation } from '../schedule.js';

export interface RulePlanContext {
  readonly arena: Arena;
  readonly dtMs: number;
  readonly projectionName: string;
  readonly nPre: number;
  readonly nPost: number;
  readonly nSynapses: number;
  /** Target population and channel of the projection. */
  readonly target: string;
  readonly channel: string;
  /** Ask the builder for the post→pre index of the projection. */
  requireTransposed(): void;
  /**
   * Something several projections' rules can share (e.g. an error signal computed once
   * per step for all the projections onto one population): created by the first rule
   * that asks for `key`, returned to the others.
   */
  shared<T>(key: string, create: () => T): T;
}

export interface RuleBindContext {
  readonly projection: ProjectionRuntime;
  readonly pre: PopulationRuntime;
  readonly post: PopulationRuntime;
  /** Any population of the network by name (e.g. a teaching signal). */
  population(name: string): PopulationRuntime;
  readonly rngs: RngTree;
  readonly kernels: Kernels;
  readonly dtMs: number;
  /**
   * The projection's plasticity gain (one value, part of the network state): rules
   * scale every weight change by gain[0] and may skip their work when it is 0.
   * The simulator sets it (`setPlasticityGain`) to gate or modulate learning.
   */
  readonly gain: Float64Array;
}

export interface PlasticityRule<P = unknown> {
  readonly kind: string;
  /** One line for listings and docs. */
  readonly summary: string;
  /** Parameters of the rule (the spec without its `kind`), with defaults. */
  readonly schema: z.ZodType<P>;
  /** Population names the parameters refer to (checked by validation). */
  referencedPopulations?(params: P): string[];
  /** Channels of the target population the parameters refer to (checked by validation). */
  targetChannels?(params: P): string[];
  plan(params: P, ctx: RulePlanContext): (ctx: RuleBindContext) => Operation;
}

export class RuleRegistry {
  private readonly rules = new Map<string, PlasticityRule<unknown>>();

  register<P>(rule: PlasticityRule<P>): this {
    if (this.rules.has(rule.kind)) throw new Error(`a plasticity rule "${rule.kind}" is already registered`);
    this.rules.set(rule.kind, rule as PlasticityRule<unknown>);
    return this;
  }

  get(kind: string): PlasticityRule<unknown> | undefined {
    return this.rules.get(kind);
  }

  kinds(): string[] {
    return [...this.rules.keys()];
  }
}
