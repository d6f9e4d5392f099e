/**
 * A population encoder: evaluates each feature once per call, then each unit's
 * tuning, writing rates into a caller-owned array (no allocation per call).
 */
import type { SenseParams } from './params.js';
import { type FeatureSpec, type TunedUnit, tuningResponse, unitLabel } from './tuning.js';

export class PopulationEncoder<S> {
  readonly units: readonly TunedUnit[];
  private readonly featureIndex: Int32Array;
  private readonly values: (number | string | null)[];

  constructor(
    readonly name: string,
    private readonly features: readonly FeatureSpec<S>[],
    units: TunedUnit[],
    private readonly params: Pick<SenseParams, 'baseRateHz' | 'maxRateHz'>,
  ) {
    this.units = units;
    const index = new Map(features.map((f, i) => [f.name, i]));
    this.featureIndex = Int32Array.from(units, (u) => index.get(u.feature)!);
    this.values = features.map(() => null);
  }

  get size(): number {
    return this.units.length;
  }

  labels(): string[] {
    return this.units.map(unitLabel);
  }

  /**
   * Rates (Hz) for a state; `view` is the viewpoint the hand is seen from
   * (units of the other viewpoint stay at baseline). A null state gives baseline.
   */
  encode(state: S | null, view: 'self' | 'other' | null, out: Float64Array): void {
    const { baseRateHz, maxRateHz } = this.params;
    if (state === null) {
      out.fill(baseRateHz, 0, this.units.length);
      return;
    }
    for (let f = 0; f < this.features.length; f++) this.values[f] = this.features[f]!.value(state);
    for (let i = 0; i < this.units.length; i++) {
      const u = this.units[i]!;
      const seen = u.view === 'any' || u.view === 'shared' || u.view === view;
      out[i] = seen
        ? baseRateHz + maxRateHz * u.gain * tuningResponse(u, this.values[this.featureIndex[i]!]!)
        : baseRateHz;
    }
  }
}
