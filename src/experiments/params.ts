/**
 * Experiment parameters: defaults from the experiment's schema, overridden by nested
 * values or by `path=value` settings, validated with the failing path in the message.
 */
import { zodIssues } from '../engine/validate.js';
import type { ExperimentDefinition } from './types.js';

export class ParameterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParameterError';
  }
}

export function resolveParams(
  // biome-ignore lint/suspicious/noExplicitAny: any experiment
  def: ExperimentDefinition<any>,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const r = def.params.safeParse(overrides);
  if (!r.success) {
    const issues = zodIssues(r.error);
    throw new ParameterError(
      `${def.id}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    );
  }
  return r.data as Record<string, unknown>;
}

/** Deep-merge b into a (objects merged, everything else replaced). */
export function mergeParams(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      prev &&
      typeof prev === 'object' &&
      !Array.isArray(prev)
        ? mergeParams(prev as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/**
 * Apply `path=value` settings (e.g. "agent.brain.scale=2", "subjects=3") to nested
 * overrides. Values are parsed as JSON when they can be (numbers, booleans, arrays),
 * else kept as strings.
 */
export function applySettings(
  overrides: Record<string, unknown>,
  settings: readonly string[],
): Record<string, unknown> {
  let out = overrides;
  for (const s of settings) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new ParameterError(`--set needs path=value, got "${s}"`);
    const path = s.slice(0, eq).split('.');
    if (path.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype')) {
      throw new ParameterError(`--set: bad path "${s.slice(0, eq)}"`);
    }
    const raw = s.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    const patch: Record<string, unknown> = {};
    let cur = patch;
    path.forEach((key, i) => {
      if (i === path.length - 1) cur[key] = value;
      else cur = cur[key] = {} as Record<string, unknown>;
    });
    out = mergeParams(out, patch);
  }
  return out;
}
