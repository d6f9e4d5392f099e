/**
 * Population coding: a sensory population is a list of units, each tuned to one
 * feature — a Gaussian tuning curve over a continuous feature, or a preference for
 * one category of a categorical feature. A unit fires at a baseline rate, plus up to
 * its maximum rate when its feature is present and close to its preferred value.
 */
import type { Rng } from '../engine/rng.js';

export interface TunedUnit {
  /** Feature the unit is tuned to. */
  readonly feature: string;
  /** Preferred value (continuous features) or category. */
  readonly preferred: number | string;
  /** Tuning width (continuous features). */
  readonly width: number;
  /** Gain of the unit (jittered around 1 so units are not clones). */
  readonly gain: number;
  /** Which viewpoint the unit sees the hand from: 'self', 'other', or both ('shared'); 'any' for non-visual units. */
  readonly view: 'self' | 'other' | 'shared' | 'any';
}

export interface FeatureSpec<S> {
  readonly name: string;
  /** Preferred values of a continuous feature (with `width`), or the categories of a categorical one. */
  readonly centers?: readonly number[];
  readonly width?: number;
  readonly categories?: readonly string[];
  /** The feature's value in a state, or null when it is absent (not visible, not present). */
  value(state: S): number | string | null;
}

/** Response (0…1) of a unit to a feature value. */
export function tuningResponse(unit: TunedUnit, value: number | string | null): number {
  if (value === null) return 0;
  if (typeof unit.preferred === 'string') return value === unit.preferred ? 1 : 0;
  if (typeof value !== 'number') return 0;
  const z = (value - unit.preferred) / unit.width;
  return Math.exp(-0.5 * z * z);
}

/** Build `copies` units for every preferred value of every feature, with jittered gains. */
export function tunedUnits<S>(
  features: readonly FeatureSpec<S>[],
  copies: number,
  view: TunedUnit['view'],
  rng: Rng,
  gainJitter: number,
): TunedUnit[] {
  const units: TunedUnit[] = [];
  for (const f of features) {
    const preferred: (number | string)[] = f.categories ? [...f.categories] : [...(f.centers ?? [])];
    for (const p of preferred) {
      for (let c = 0; c < copies; c++) {
        units.push({
          feature: f.name,
          preferred: p,
          width: f.width ?? 1,
          gain: 1 + gainJitter * (2 * rng.uniform() - 1),
          view,
        });
      }
    }
  }
  return units;
}

/** A human-readable label of a unit, e.g. "distance≈8 (shared)". */
export function unitLabel(u: TunedUnit): string {
  const pref = typeof u.preferred === 'number' ? `≈${u.preferred}` : `=${u.preferred}`;
  return `${u.feature}${pref}${u.view === 'any' ? '' : ` (${u.view})`}`;
}
