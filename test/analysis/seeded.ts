/**
 * A small seeded generator for the statistics tests (mulberry32), independent of the engine's
 * streams so that these tests exercise only `analysis/`. Not a test file itself.
 */

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller) from a uniform source. */
export function normals(uniform: () => number, count: number, mean = 0, sd = 1): number[] {
  const out: number[] = [];
  while (out.length < count) {
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    out.push(mean + sd * r * Math.cos(angle));
    if (out.length < count) out.push(mean + sd * r * Math.sin(angle));
  }
  return out;
}

/** Poisson draws by Knuth's product method (fine for small means, as spike counts in a bin). */
export function poissons(uniform: () => number, count: number, mean: number): number[] {
  const limit = Math.exp(-mean);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    let k = 0;
    let p = uniform();
    while (p > limit) {
      k++;
      p *= uniform();
    }
    out.push(k);
  }
  return out;
}
