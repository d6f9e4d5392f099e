/**
 * The plain TypeScript kernels: the reference implementation, and the fallback
 * where WebAssembly SIMD is unavailable. Each loop mirrors its twin in
 * assembly/kernels.ts operation for operation.
 */
import type { Kernels } from './kernels.js';

/** Decaying variables are flushed to zero below this (subnormal arithmetic is slow). */
export const TINY = 1e-30;
const flush = (x: number) => (Math.abs(x) < TINY ? 0 : x);

export const tsKernels: Kernels = {
  name: 'ts',

  lifCurrent(v, last, g0, g1, input, out, n, step, refSteps, el, a, c0, d0, c1, d1, vt, vr) {
    const lim = step - refSteps;
    let ns = 0;
    for (let i = 0; i < n; i++) {
      const x0 = g0[i]!;
      const x1 = g1[i]!;
      const vv = v[i]!;
      g0[i] = flush(x0 * d0);
      g1[i] = flush(x1 * d1);
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
      g[i] = flush(x * d);
    }
  },

  addScaled(input, src, n, s, first) {
    for (let i = 0; i < n; i++) input[i] = first ? src[i]! * s : input[i]! + src[i]! * s;
  },

  scale(x, n, s) {
    for (let i = 0; i < n; i++) x[i] = flush(x[i]! * s);
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
    // four xoshiro128** streams; neuron i draws from stream i mod 4 (word w of stream l at rng[4w + l])
    let ns = 0;
    const scale = dtS * 4294967296;
    for (let i = 0; i < n; i += 4) {
      for (let l = 0; l < 4; l++) {
        const s0 = rng[l]!;
        const s1 = rng[4 + l]!;
        const s2 = rng[8 + l]!;
        const s3 = rng[12 + l]!;
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        const n2 = s2 ^ s0;
        const n3 = s3 ^ s1;
        rng[l] = s0 ^ n3;
        rng[4 + l] = s1 ^ n2;
        rng[8 + l] = n2 ^ t;
        rng[12 + l] = (n3 << 11) | (n3 >>> 21);
        if (r < rate[i + l]! * scale) out[ns++] = i + l;
      }
    }
    return ns;
  },

  errorFilter(e, teacher, prediction, n, d, oneMinusD, kappa) {
    for (let i = 0; i < n; i++) e[i] = flush(e[i]! * d + oneMinusD * (kappa * teacher[i]! - prediction[i]!));
  },

  deltaUpdate(spikes, ns, rowPtr, tgt, w, e, rate, wMin, wMax) {
    for (let k = 0; k < ns; k++) {
      const i = spikes[k]!;
      const end = rowPtr[i + 1]!;
      for (let j = rowPtr[i]!; j < end; j++) {
        let nw = w[j]! + rate * e[tgt[j]!]!;
        if (nw < wMin) nw = wMin;
        else if (nw > wMax) nw = wMax;
        w[j] = nw;
      }
    }
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

  deliverRectified(spikes, ns, rowPtr, tgt, w, g, floor) {
    for (let k = 0; k < ns; k++) {
      const i = spikes[k]!;
      const end = rowPtr[i + 1]!;
      for (let j = rowPtr[i]!; j < end; j++) {
        const t = tgt[j]!;
        const x = w[j]!;
        g[t] = g[t]! + (x < floor ? floor : x);
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
