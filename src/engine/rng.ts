/**
 * Seeded, splittable random numbers.
 *
 * Every consumer of randomness asks for a *named stream* derived from the run's
 * seed: `root.stream('projection/EE/connect')`. A stream's sequence depends only on
 * the seed and its name, so adding a population or a projection never changes the
 * randomness of another. The generator is xoshiro128** (32-bit arithmetic, fast in
 * JavaScript); streams are seeded by hashing the seed and the name with SplitMix32.
 *
 * The four state words live in a `Uint32Array` that the caller may provide, so a
 * simulator can keep them inside its own memory and snapshot them with the rest of
 * the network state.
 */

/** A random stream: uniform 32-bit integers and the usual derived distributions. */
export class Rng {
  /** The four xoshiro128** state words (never all zero). */
  readonly state: Uint32Array;

  constructor(state: Uint32Array) {
    if (state.length < 4) throw new Error('Rng state needs 4 words');
    if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
    this.state = state;
  }

  /** Next uniform 32-bit unsigned integer. */
  nextU32(): number {
    const s = this.state;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]!;
    const s3 = s[3]!;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = rotl(n3, 11);
    return r;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform double in (0, 1]: safe to take the logarithm of. */
  uniformPositive(): number {
    return 1 - this.uniform();
  }

  /** Uniform double in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Uniform integer in [0, n), without modulo bias. */
  int(n: number): number {
    if (!(n >= 1) || n > 4294967296) throw new Error(`Rng.int: n must be in [1, 2^32], got ${n}`);
    const limit = 4294967296 - (4294967296 % n);
    for (;;) {
      const x = this.nextU32();
      if (x < limit) return x % n;
    }
  }

  /** Exponential variate with mean 1. */
  exponential(): number {
    return -Math.log(this.uniformPositive());
  }

  /**
   * Standard normal variate (Box–Muller). Only the cosine branch is used, so the
   * stream's whole state is its four words and snapshots capture it exactly.
   */
  normal(): number {
    const r = Math.sqrt(-2 * Math.log(this.uniformPositive()));
    return r * Math.cos(2 * Math.PI * this.uniform());
  }

  /** Failures before the next success in Bernoulli trials with log(1 - p) given (≥ 0). */
  geometricGap(logOneMinusP: number): number {
    return Math.floor(Math.log(this.uniformPositive()) / logOneMinusP);
  }

  /** A copy of this stream's current state (for replaying it). */
  clone(): Rng {
    return new Rng(Uint32Array.from(this.state));
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** SplitMix32 mixing step: a bijective avalanche of a 32-bit word. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Fill `out` (4 words) with the seed state of stream `name` under `seed`. */
export function streamState(seed: number, name: string, out: Uint32Array = new Uint32Array(4)): Uint32Array {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`seed must be an integer in [0, 4294967295], got ${seed}`);
  }
  // Hash the name (FNV-1a over UTF-16 code units), then fold in the seed.
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let x = mix32(h ^ mix32(seed + 0x9e3779b9));
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    out[i] = mix32(x ^ Math.imul(i + 1, 0x27d4eb2f));
  }
  if ((out[0]! | out[1]! | out[2]! | out[3]!) === 0) out[0] = 1;
  return out;
}

/** The root of a run's generator tree: hands out independent named streams. */
export class RngTree {
  constructor(readonly seed: number) {
    streamState(seed, ''); // validates the seed
  }

  /** A fresh stream named `name`; the same name always gives the same sequence. */
  stream(name: string, state?: Uint32Array): Rng {
    return new Rng(streamState(this.seed, name, state));
  }
}

/** A 32-bit seed derived from a seed and a name (for sub-experiments, subjects, phases). */
export function deriveSeed(seed: number, name: string): number {
  return streamState(seed, name)[0]!;
}
