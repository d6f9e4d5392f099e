/**
 * What an experiment is: its parameters (with defaults), how it raises and tests one
 * simulated subject, how it pools subjects, what the paper found and how a
 * reproduction is judged. Experiments never read their expected answer: they
 * measure, and the criteria compare the measurement with the published result.
 */
import type * as z from 'zod';
import type { Agent } from '../agent/agent.js';
import type { AgentConfigInput } from '../agent/config.js';
import type { DevelopmentParamsInput } from '../agent/development.js';
import type { ClassificationBarsSpec, MetricLinesSpec, RasterPsthSpec } from '../figures/index.js';
import type { Recording } from '../instruments/recording.js';

export interface Criterion {
  id: string;
  description: string;
  passed: boolean;
  /** The measured value, as text (e.g. "18.4% [15.1, 21.7]"). */
  measured: string;
  /** The expected range or relation, as text (e.g. "5–35%"). */
  expected: string;
}

/** A measured quantity pooled over subjects: mean with its 95% confidence interval. */
export interface MetricSummary {
  mean: number;
  low: number;
  high: number;
  n: number;
  perSubject: number[];
  unit: string;
}

export type FigureSpec =
  | { name: string; kind: 'raster-psth'; spec: RasterPsthSpec }
  | { name: string; kind: 'bars'; spec: ClassificationBarsSpec }
  | { name: string; kind: 'lines'; spec: MetricLinesSpec };

/**
 * Raises a developed agent for a configuration (the runner decides how: in Node, from
 * the cache of developed agents; in a browser, in memory). Testing noise must be seeded
 * apart from development noise, and the result must not depend on how it was raised.
 */
export type AgentRaiser = (
  config: AgentConfigInput,
  development: DevelopmentParamsInput,
  onProgress?: (fraction: number) => void,
) => Agent;

export interface SubjectContext<P> {
  /** Subject number (0-based). */
  subject: number;
  /** This subject's seed, derived from the master seed. */
  seed: number;
  params: P;
  /** Raises developed agents. */
  raise: AgentRaiser;
  /** Report progress within this subject (0…1) with a short note. */
  progress(fraction: number, note: string): void;
}

export interface SubjectOutput {
  subject: number;
  seed: number;
  /** Per-subject measurements (pooled by `aggregate`). */
  metrics: Record<string, number>;
  /** Anything else the aggregation or the figures need (plain JSON). */
  data: unknown;
  recording?: Recording;
}

export interface ExperimentSummary {
  metrics: Record<string, MetricSummary>;
  criteria: Criterion[];
  figures: FigureSpec[];
  /** Extra lines for the human summary. */
  notes?: string[];
}

export interface PublishedResult {
  citation: string;
  /** The finding in a sentence or two. */
  finding: string;
  /** Numbers from the paper (approximate ones say so). */
  values: Record<string, number | string>;
}

export interface ExperimentDefinition<
  P extends { subjects: number } = { subjects: number } & Record<string, unknown>,
> {
  id: string;
  title: string;
  /** The protocol in short. */
  protocol: string;
  published: PublishedResult;
  /** Parameters with their defaults. */
  params: z.ZodType<P, unknown>;
  /** Overrides for `validate --quick`: fewer subjects, trials or episodes, same qualitative criteria. */
  quick: Record<string, unknown>;
  runSubject(ctx: SubjectContext<P>): SubjectOutput;
  aggregate(outputs: SubjectOutput[], params: P): ExperimentSummary;
}
