/**
 * A bounded buffer of one area's spikes, oldest dropped first: the raster keeps a
 * few seconds on screen, and however long the lab runs memory never grows past
 * `capacity` spikes. Spikes arrive in time order, so a window is found by binary search.
 */
export class SpikeRing {
  readonly times: Float64Array;
  readonly neurons: Int32Array;
  private start = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.times = new Float64Array(capacity);
    this.neurons = new Int32Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  push(tMs: number, neuron: number): void {
    const cap = this.capacity;
    const at = (this.start + this.count) % cap;
    this.times[at] = tMs;
    this.neurons[at] = neuron;
    if (this.count < cap) this.count++;
    else this.start = (this.start + 1) % cap;
  }

  clear(): void {
    this.start = 0;
    this.count = 0;
  }

  /** Time of the i-th oldest spike. */
  timeAt(i: number): number {
    return this.times[(this.start + i) % this.capacity]!;
  }

  neuronAt(i: number): number {
    return this.neurons[(this.start + i) % this.capacity]!;
  }

  /** Index (in oldest-first order) of the first spike at or after tMs. */
  lowerBound(tMs: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.timeAt(mid) < tMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Call fn for every spike with fromMs ≤ t < toMs, oldest first. */
  forEach(fromMs: number, toMs: number, fn: (tMs: number, neuron: number) => void): void {
    const cap = this.capacity;
    for (let i = this.lowerBound(fromMs); i < this.count; i++) {
      const at = (this.start + i) % cap;
      const t = this.times[at]!;
      if (t >= toMs) break;
      fn(t, this.neurons[at]!);
    }
  }
}
