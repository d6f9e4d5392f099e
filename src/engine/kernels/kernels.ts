/**
 * The hot inner loops of the simulator, behind one interface with two
 * implementations: WebAssembly with SIMD (fast, the default) and plain TypeScript
 * (the reference). Both do the same IEEE f64 arithmetic in the same order, so they
 * produce bit-identical results; the tests hold them to that.
 *
 * Arrays are typed-array views into the network's arena. Neuron arrays are padded
 * to a multiple of 4 entries; `n` is the padded count.
 */
export interface Kernels {
  readonly name: 'wasm' | 'ts';
  /** Fused current-based LIF update with two channels; returns the spike count written to `out`. */
  lifCurrent(
    v: Float64Array,
    last: Float64Array,
    g0: Float64Array,
    g1: Float64Array,
    input: Float64Array | null,
    out: Int32Array,
    n: number,
    step: number,
    refSteps: number,
    el: number,
    a: number,
    c0: number,
    d0: number,
    c1: number,
    d1: number,
    vt: number,
    vr: number,
  ): number;
  /** input ← (first ? 0 : input) + g·c ; g ← g·d */
  channelInput(g: Float64Array, input: Float64Array, n: number, c: number, d: number, first: boolean): void;
  /** input ← (first ? 0 : input) + src·s */
  addScaled(input: Float64Array, src: Float64Array, n: number, s: number, first: boolean): void;
  /** x ← x·s (n padded) */
  scale(x: Float64Array, n: number, s: number): void;
  /** g ← g + buf ; buf ← 0 */
  addClear(g: Float64Array, buf: Float64Array, n: number): void;
  /** h ← h − rate·dtS ; spikes where h ≤ 0; returns their count. */
  poissonHazard(h: Float64Array, rate: Float64Array, out: Int32Array, n: number, dtS: number): number;
  /**
   * One Bernoulli draw per neuron: spike when the next word of xoshiro128** stream
   * i mod 4 (four streams interleaved in the 16-word state `rng`: word w of stream l
   * at rng[4w + l]) is below rate·dtS·2^32. n is a multiple of 4. Returns the count.
   */
  poissonBernoulli(rng: Uint32Array, rate: Float64Array, out: Int32Array, n: number, dtS: number): number;
  /** e ← e·d + oneMinusD·(κ·teacher − prediction) (the delta rule's error filter). */
  errorFilter(
    e: Float64Array,
    teacher: Float64Array,
    prediction: Float64Array,
    n: number,
    d: number,
    oneMinusD: number,
    kappa: number,
  ): void;
  /** w ← clip(w + rate·e[target], wMin, wMax) for every synapse of every spiking source. */
  deltaUpdate(
    spikes: Int32Array,
    ns: number,
    rowPtr: Int32Array,
    tgt: Int32Array,
    w: Float32Array,
    e: Float64Array,
    rate: number,
    wMin: number,
    wMax: number,
  ): void;
  deliverScalar(
    spikes: Int32Array,
    ns: number,
    rowPtr: Int32Array,
    tgt: Int32Array,
    g: Float64Array,
    w: number,
  ): void;
  deliverWeights(
    spikes: Int32Array,
    ns: number,
    rowPtr: Int32Array,
    tgt: Int32Array,
    w: Float32Array,
    g: Float64Array,
  ): void;
  /** As deliverWeights, but a synapse transmits max(w, floor) (a projection's efficacyMin). */
  deliverRectified(
    spikes: Int32Array,
    ns: number,
    rowPtr: Int32Array,
    tgt: Int32Array,
    w: Float32Array,
    g: Float64Array,
    floor: number,
  ): void;
  deliverDelayed(
    spikes: Int32Array,
    ns: number,
    rowPtr: Int32Array,
    tgt: Int32Array,
    w: Float32Array | null,
    wScalar: number,
    delay: Uint16Array,
    ring: Float64Array,
    dirty: Uint8Array,
    stride: number,
    slots: number,
    step: number,
  ): void;
}

export type BackendName = 'wasm' | 'ts';
