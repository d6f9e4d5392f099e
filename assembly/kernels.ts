// mirrorlab's hot kernels in AssemblyScript, compiled to WebAssembly with SIMD.
//
// Decaying variables are flushed to zero below TINY: left alone they would decay into
// subnormal numbers, whose arithmetic is many times slower on common CPUs.
//
// Every function here has a twin in src/engine/kernels/ts-kernels.ts with the same
// arithmetic in the same order: both use IEEE f64 without fused operations, so the
// two paths give bit-identical results (tested). Pointers are byte offsets into the
// network's arena; arrays of neurons are padded to a multiple of 4 entries.

// Fused update of current-based LIF neurons with two input channels.
//   vn = (El + (v - El)·a) + (g0·c0 + g1·c1) [+ input]
//   g0 ← g0·d0, g1 ← g1·d1 (always, refractory or not)
//   a neuron is free when last ≤ step − refSteps; a free neuron with vn > vt spikes,
//   is set to vr and gets last = step; a refractory one keeps its v.
// Returns the number of spikes written to `out` (ascending indices).
const TINY: f64 = 1e-30;

// x with every lane below TINY in magnitude set to 0
function flush(x: v128): v128 {
  return v128.andnot(x, f64x2.lt(f64x2.abs(x), f64x2.splat(TINY)));
}

export function lifCurrent(
  v: usize,
  last: usize,
  g0: usize,
  g1: usize,
  input: usize,
  hasInput: i32,
  out: usize,
  n: i32,
  step: f64,
  refSteps: f64,
  el: f64,
  a: f64,
  c0: f64,
  d0: f64,
  c1: f64,
  d1: f64,
  vt: f64,
  vr: f64,
): i32 {
  const vEl = f64x2.splat(el);
  const va = f64x2.splat(a);
  const vc0 = f64x2.splat(c0);
  const vd0 = f64x2.splat(d0);
  const vc1 = f64x2.splat(c1);
  const vd1 = f64x2.splat(d1);
  const vVt = f64x2.splat(vt);
  const vVr = f64x2.splat(vr);
  const lim = f64x2.splat(step - refSteps);
  let ns = 0;
  for (let i = 0; i < n; i += 2) {
    const off = (<usize>i) << 3;
    const x0 = v128.load(g0 + off);
    const x1 = v128.load(g1 + off);
    const vv = v128.load(v + off);
    v128.store(g0 + off, flush(f64x2.mul(x0, vd0)));
    v128.store(g1 + off, flush(f64x2.mul(x1, vd1)));
    let vn = f64x2.add(
      f64x2.add(vEl, f64x2.mul(f64x2.sub(vv, vEl), va)),
      f64x2.add(f64x2.mul(x0, vc0), f64x2.mul(x1, vc1)),
    );
    if (hasInput) vn = f64x2.add(vn, v128.load(input + off));
    const free = f64x2.le(v128.load(last + off), lim);
    const spk = v128.and(free, f64x2.gt(vn, vVt));
    let nv = v128.bitselect(vn, vv, free);
    if (v128.any_true(spk)) {
      nv = v128.bitselect(vVr, nv, spk);
      const m = i64x2.bitmask(spk);
      if (m & 1) {
        store<i32>(out + ((<usize>ns) << 2), i);
        ns++;
        store<f64>(last + off, step);
      }
      if (m & 2) {
        store<i32>(out + ((<usize>ns) << 2), i + 1);
        ns++;
        store<f64>(last + off + 8, step);
      }
    }
    v128.store(v + off, nv);
  }
  return ns;
}

// input ← (first ? 0 : input) + g·c ;  g ← g·d
export function channelInput(g: usize, input: usize, n: i32, c: f64, d: f64, first: i32): void {
  const vc = f64x2.splat(c);
  const vd = f64x2.splat(d);
  for (let i = 0; i < n; i += 2) {
    const off = (<usize>i) << 3;
    const x = v128.load(g + off);
    const add = f64x2.mul(x, vc);
    v128.store(input + off, first ? add : f64x2.add(v128.load(input + off), add));
    v128.store(g + off, flush(f64x2.mul(x, vd)));
  }
}

// input ← (first ? 0 : input) + src·s
export function addScaled(input: usize, src: usize, n: i32, s: f64, first: i32): void {
  const vs = f64x2.splat(s);
  for (let i = 0; i < n; i += 2) {
    const off = (<usize>i) << 3;
    const add = f64x2.mul(v128.load(src + off), vs);
    v128.store(input + off, first ? add : f64x2.add(v128.load(input + off), add));
  }
}

// g ← g + buf ; buf ← 0   (arrival of delayed synaptic input)
export function addClear(g: usize, buf: usize, n: i32): void {
  const z = f64x2.splat(0);
  for (let i = 0; i < n; i += 2) {
    const off = (<usize>i) << 3;
    v128.store(g + off, f64x2.add(v128.load(g + off), v128.load(buf + off)));
    v128.store(buf + off, z);
  }
}

// Poisson generators by time rescaling: each neuron holds the remaining hazard until
// its next spike; h ← h − rate·dt, and h ≤ 0 means a spike (the caller draws the next
// hazard from Exp(1)). Returns the number of spikes written to `out`.
export function poissonHazard(h: usize, rate: usize, out: usize, n: i32, dtS: f64): i32 {
  const vdt = f64x2.splat(dtS);
  const z = f64x2.splat(0);
  let ns = 0;
  for (let i = 0; i < n; i += 2) {
    const off = (<usize>i) << 3;
    const hn = f64x2.sub(v128.load(h + off), f64x2.mul(v128.load(rate + off), vdt));
    v128.store(h + off, hn);
    const spk = f64x2.le(hn, z);
    if (v128.any_true(spk)) {
      const m = i64x2.bitmask(spk);
      if (m & 1) {
        store<i32>(out + ((<usize>ns) << 2), i);
        ns++;
      }
      if (m & 2) {
        store<i32>(out + ((<usize>ns) << 2), i + 1);
        ns++;
      }
    }
  }
  return ns;
}

// For each spiking source, add the scalar weight w to g[target] of each of its synapses.
export function deliverScalar(spikes: usize, ns: i32, rowPtr: usize, tgt: usize, g: usize, w: f64): void {
  for (let k = 0; k < ns; k++) {
    const i = load<i32>(spikes + ((<usize>k) << 2));
    const end = load<i32>(rowPtr + ((<usize>(i + 1)) << 2));
    for (let j = load<i32>(rowPtr + ((<usize>i) << 2)); j < end; j++) {
      const p = g + ((<usize>load<i32>(tgt + ((<usize>j) << 2))) << 3);
      store<f64>(p, load<f64>(p) + w);
    }
  }
}

// Same with one f32 weight per synapse.
export function deliverWeights(spikes: usize, ns: i32, rowPtr: usize, tgt: usize, w: usize, g: usize): void {
  for (let k = 0; k < ns; k++) {
    const i = load<i32>(spikes + ((<usize>k) << 2));
    const end = load<i32>(rowPtr + ((<usize>(i + 1)) << 2));
    for (let j = load<i32>(rowPtr + ((<usize>i) << 2)); j < end; j++) {
      const p = g + ((<usize>load<i32>(tgt + ((<usize>j) << 2))) << 3);
      store<f64>(p, load<f64>(p) + <f64>load<f32>(w + ((<usize>j) << 2)));
    }
  }
}

// Same, transmitting no less than `floor`: a weight below it is the hidden state of a
// silent synapse, which transmits `floor` (a projection's efficacyMin).
export function deliverRectified(
  spikes: usize,
  ns: i32,
  rowPtr: usize,
  tgt: usize,
  w: usize,
  g: usize,
  floor: f64,
): void {
  for (let k = 0; k < ns; k++) {
    const i = load<i32>(spikes + ((<usize>k) << 2));
    const end = load<i32>(rowPtr + ((<usize>(i + 1)) << 2));
    for (let j = load<i32>(rowPtr + ((<usize>i) << 2)); j < end; j++) {
      const p = g + ((<usize>load<i32>(tgt + ((<usize>j) << 2))) << 3);
      const x = <f64>load<f32>(w + ((<usize>j) << 2));
      store<f64>(p, load<f64>(p) + (x < floor ? floor : x));
    }
  }
}

// Per-synapse delays (in steps, u16): the input goes to ring slot (step + delay) mod slots,
// each slot holding `stride` entries. Weights per synapse when hasW, else the scalar.
export function deliverDelayed(
  spikes: usize,
  ns: i32,
  rowPtr: usize,
  tgt: usize,
  w: usize,
  hasW: i32,
  wScalar: f64,
  delay: usize,
  ring: usize,
  dirty: usize,
  stride: i32,
  slots: i32,
  step: i32,
): void {
  for (let k = 0; k < ns; k++) {
    const i = load<i32>(spikes + ((<usize>k) << 2));
    const end = load<i32>(rowPtr + ((<usize>(i + 1)) << 2));
    for (let j = load<i32>(rowPtr + ((<usize>i) << 2)); j < end; j++) {
      const slot = (step + <i32>load<u16>(delay + ((<usize>j) << 1))) % slots;
      store<u8>(dirty + <usize>slot, 1);
      const p = ring + ((<usize>(slot * stride + load<i32>(tgt + ((<usize>j) << 2)))) << 3);
      const wj = hasW ? <f64>load<f32>(w + ((<usize>j) << 2)) : wScalar;
      store<f64>(p, load<f64>(p) + wj);
    }
  }
}

// x ← x·s   (trace decay)
export function scale(x: usize, n: i32, s: f64): void {
  const vs = f64x2.splat(s);
  for (let i = 0; i < n; i += 2) {
    const off = (<usize>i) << 3;
    v128.store(x + off, flush(f64x2.mul(v128.load(x + off), vs)));
  }
}

// Poisson generators by one Bernoulli draw per neuron and step: spike when a uniform
// 32-bit integer falls below rate·dt·2^32. Four xoshiro128** streams run side by side
// in the four i32 lanes (state at `st`: word w of stream l at st + 16·w + 4·l); neuron i
// draws from stream i mod 4. Integer arithmetic and exact u32→f64 conversion only, so
// TypeScript and WebAssembly agree exactly. n must be a multiple of 4.
export function poissonBernoulli(st: usize, rate: usize, out: usize, n: i32, dtS: f64): i32 {
  let s0 = v128.load(st);
  let s1 = v128.load(st, 16);
  let s2 = v128.load(st, 32);
  let s3 = v128.load(st, 48);
  const five = i32x4.splat(5);
  const nine = i32x4.splat(9);
  const scale = f64x2.splat(dtS * 4294967296.0);
  let ns = 0;
  for (let i = 0; i < n; i += 4) {
    const x = i32x4.mul(s1, five);
    const r = i32x4.mul(v128.or(i32x4.shl(x, 7), i32x4.shr_u(x, 25)), nine);
    const t = i32x4.shl(s1, 9);
    s2 = v128.xor(s2, s0);
    s3 = v128.xor(s3, s1);
    s1 = v128.xor(s1, s2);
    s0 = v128.xor(s0, s3);
    s2 = v128.xor(s2, t);
    s3 = v128.or(i32x4.shl(s3, 11), i32x4.shr_u(s3, 21));
    const off = (<usize>i) << 3;
    const lo = f64x2.lt(f64x2.convert_low_i32x4_u(r), f64x2.mul(v128.load(rate + off), scale));
    const hi = f64x2.lt(
      f64x2.convert_low_i32x4_u(i32x4.shuffle(r, r, 2, 3, 0, 1)),
      f64x2.mul(v128.load(rate + off, 16), scale),
    );
    const m = i64x2.bitmask(lo) | (i64x2.bitmask(hi) << 2);
    // Branch-free compaction: write every candidate, advance only past the spikes
    // (at high rates, branches on random bits are the slowest part).
    store<i32>(out + ((<usize>ns) << 2), i);
    ns += m & 1;
    store<i32>(out + ((<usize>ns) << 2), i + 1);
    ns += (m >> 1) & 1;
    store<i32>(out + ((<usize>ns) << 2), i + 2);
    ns += (m >> 2) & 1;
    store<i32>(out + ((<usize>ns) << 2), i + 3);
    ns += (m >> 3) & 1;
  }
  v128.store(st, s0);
  v128.store(st, s1, 16);
  v128.store(st, s2, 32);
  v128.store(st, s3, 48);
  return ns;
}

// Error filter of the delta rule: e ← e·d + (1 − d)·(κ·teacher − prediction)
export function errorFilter(
  e: usize,
  teacher: usize,
  prediction: usize,
  n: i32,
  d: f64,
  oneMinusD: f64,
  kappa: f64,
): void {
  const vd = f64x2.splat(d);
  const vo = f64x2.splat(oneMinusD);
  const vk = f64x2.splat(kappa);
  for (let i = 0; i < n; i += 2) {
    const off = (<usize>i) << 3;
    const err = f64x2.sub(f64x2.mul(vk, v128.load(teacher + off)), v128.load(prediction + off));
    v128.store(e + off, flush(f64x2.add(f64x2.mul(v128.load(e + off), vd), f64x2.mul(vo, err))));
  }
}

// Delta-rule weight update on presynaptic spikes: w ← clip(w + rate·e[target], wMin, wMax)
export function deltaUpdate(
  spikes: usize,
  ns: i32,
  rowPtr: usize,
  tgt: usize,
  w: usize,
  e: usize,
  rate: f64,
  wMin: f64,
  wMax: f64,
): void {
  for (let k = 0; k < ns; k++) {
    const i = load<i32>(spikes + ((<usize>k) << 2));
    const end = load<i32>(rowPtr + ((<usize>(i + 1)) << 2));
    for (let j = load<i32>(rowPtr + ((<usize>i) << 2)); j < end; j++) {
      const p = w + ((<usize>j) << 2);
      let nw = <f64>load<f32>(p) + rate * load<f64>(e + ((<usize>load<i32>(tgt + ((<usize>j) << 2))) << 3));
      if (nw < wMin) nw = wMin;
      else if (nw > wMax) nw = wMax;
      store<f32>(p, <f32>nw);
    }
  }
}
