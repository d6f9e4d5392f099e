/**
 * A sweep's spec: everything that decides its results (experiment, master seed,
 * shared overrides, grid, mirrorlab version). Its id is a hash of the spec, so the
 * same command finds the same sweep again — to resume it, or in every shard of a
 * cluster job — and a changed command starts a new one instead of mixing results.
 */
import { createHash } from 'node:crypto';
import { applySettings } from '../experiments/index.js';
import { MODEL_REVISION, VERSION } from '../version.js';
import { SweepError } from './errors.js';
import { type GridAxis, gridPoints, type SweepPoint } from './grid.js';

export interface SweepSpec {
  kind: 'mirrorlab-sweep';
  formatVersion: 1;
  experiment: string;
  seed: number;
  version: string;
  modelRevision: number;
  /** Overrides shared by every point (from --quick, --subjects and --set), nested. */
  base: Record<string, unknown>;
  grid: GridAxis[];
}

export function sweepSpec(
  experiment: string,
  seed: number,
  base: Record<string, unknown>,
  grid: GridAxis[],
): SweepSpec {
  return {
    kind: 'mirrorlab-sweep',
    formatVersion: 1,
    experiment,
    seed,
    version: VERSION,
    modelRevision: MODEL_REVISION,
    base,
    grid,
  };
}

/** JSON with object keys sorted, so equal specs hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sweepId(spec: SweepSpec): string {
  return `sweep-${createHash('sha256').update(canonicalJson(spec)).digest('hex').slice(0, 12)}`;
}

/** Read a spec back from the database (throws if it is not one of ours). */
export function asSweepSpec(value: unknown): SweepSpec {
  const s = value as Partial<SweepSpec> | null;
  if (s?.kind !== 'mirrorlab-sweep' || s.formatVersion !== 1 || !Array.isArray(s.grid)) {
    throw new SweepError('the sweep was not made by this version of mirrorlab sweep');
  }
  return s as SweepSpec;
}

export function specPoints(spec: SweepSpec): SweepPoint[] {
  return gridPoints(spec.grid);
}

/** The overrides of one point: the shared ones, then the point's settings. */
export function pointOverrides(spec: SweepSpec, point: SweepPoint): Record<string, unknown> {
  return applySettings(spec.base, point.settings);
}
