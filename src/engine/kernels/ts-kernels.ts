/**
 * The plain TypeScript kernels: the reference implementation, and the fallback
 * where WebAssembly SIMD is unavailable. Each loop mirrors its twin in
 * assembly/kernels.ts operation for operation.
 */
import type { Kernels } from './kernels.js';

export const tsKernels: Kernels = {
  name: 'ts',

  lifCurrent(v, last, g0, g1, input, out, n, step, refSteps, el, a, c0, d0, c1, d1, vt, vr) {
    const lim = step - refSteps;
    let ns = 0;
    for (let i = 0; i < n; i++) {
      const x0 = g0[i]!;
      const x1 = g1[i]!;
      const vv = v[i]!;
      g0[i] = x0 * d0;
      g1[i] = x1 * d1;
      let vn = el + (vv - el) * a + (x0 * c0 + x1 * c1);
      if (input !== null) vn = vn + input[i]!;
      if (last[i]! <= lim) {
        if (vn > vt) {
          out[ns++] = i;
          last[i] = step;
          v[i] = vr;
        } else {
          v[i] = vn;
        }
      }
    }
    return ns;
  },

  channelInput(g, input, n, c, d, first) {
    for (let i = 0; i < n; i++) {
      const x = g[i]!;
      input[i] = first ? x * c : input[i]! + x * c;
      g[i] = x * d;
    }
  },

  addScaled(input, src, n, s, first) {
    for (let i = 0; i < n; i++) input[i] = first ? src[i]! * s : input[i]! + src[i]! * s;
  },

  scale(x, n, s) {
    for (let i = 0; i < n; i++) x[i] = x[i]! * s;
  },

  addClear(g, buf, n) {
    for (let i = 0; i < n; i++) {
      g[i] = g[i]! + buf[i]!;
      buf[i] = 0;
    }
  },

  poissonHazard(h, rate, out, n, dtS) {
    let ns = 0;
    for (let i = 0; i < n; i++) {
      const hn = h[i]! - rate[i]! * dtS;
      h[i] = hn;
      if (hn <= 0) out[ns++] = i;
    }
    return ns;
  },

  poissonBernoulli(rng, rate, out, n, dtS) {
    // xoshiro128** inline, exactly as Rng.nextU32 and the WebAssembly kernel
    let s0 = rng[0]!;
    let s1 = rng[1]!;
    let s2 = rng[2]!;
    let s3 = rng[3]!;
    let ns = 0;
    const scale = dtS * 4294967296;
    for (let i = 0; i < n; i++) {
      const x = Math.imul(s1, 5);
      const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      if (r < rate[i]! * scale) out[ns++] = i;
    }
    rng[0] = s0;
    rng[1] = s1;
    rng[2] = s2;
    rng[3] = s3;
    return ns;
  },

  deliverScalar(spikes, ns, rowPtr, tgt, g, w) {
    for (let k = 0; k < ns; k++) {
      const i = spikes[k]!;
      const end = rowPtr[i + 1]!;
      for (let j = rowPtr[i]!; j < end; j++) {
        const t = tgt[j]!;
        g[t] = g[t]! + w;
      }
    }
  },

  deliverWeights(spikes, ns, rowPtr, tgt, w, g) {
    for (let k = 0; k < ns; k++) {
      const i = spikes[k]!;
      const end = rowPtr[i + 1]!;
      for (let j = rowPtr[i]!; j < end; j++) {
        const t = tgt[j]!;
        g[t] = g[t]! + w[j]!;
      }
    }
  },

  deliverDelayed(spikes, ns, rowPtr, tgt, w, wScalar, delay, ring, dirty, stride, slots, step) {
    for (let k = 0; k < ns; k++) {
      const i = spikes[k]!;
      const end = rowPtr[i + 1]!;
      for (let j = rowPtr[i]!; j < end; j++) {
        const slot = (step + delay[j]!) % slots;
        dirty[slot] = 1;
        const p = slot * stride + tgt[j]!;
        ring[p] = ring[p]! + (w !== null ? w[j]! : wScalar);
      }
    }
  },
};
