/** The WebAssembly kernels against their TypeScript reference, on random data: bit-identical. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWasmKernels } from '../../src/engine/kernels/wasm-kernels.js';
import { Arena, RngTree, tsKernels, wasmKernelsAvailable } from '../../src/index.js';

test('WebAssembly SIMD is available here', () => {
  assert.ok(wasmKernelsAvailable());
});

test('every kernel gives bit-identical results on both backends', () => {
  const n = 64;
  const arena = new Arena();
  const names = ['v', 'last', 'g0', 'g1', 'input', 'h', 'rate', 'ring'] as const;
  const twin = () => Object.fromEntries(names.map((k) => [k, arena.f64(k === 'ring' ? n * 3 : n)]));
  const A = twin();
  const B = twin();
  const outA = arena.i32(n);
  const outB = arena.i32(n);
  const rowPtr = arena.i32(n + 1);
  const tgt = arena.i32(n * 5);
  const w = arena.f32(n * 5);
  const w2 = arena.f32(n * 5);
  const delay = arena.u16(n * 5);
  const spikeList = arena.i32(8);
  const dirtyA = arena.u8(3);
  const dirtyB = arena.u8(3);
  const memory = arena.seal();
  const wasm = createWasmKernels(memory);
  const rng = new RngTree(1).stream('kernels');
  const a = Object.fromEntries(names.map((k) => [k, A[k]!.view()])) as Record<
    (typeof names)[number],
    Float64Array
  >;
  const b = Object.fromEntries(names.map((k) => [k, B[k]!.view()])) as Record<
    (typeof names)[number],
    Float64Array
  >;
  for (const k of names) {
    for (let i = 0; i < a[k].length; i++) a[k][i] = rng.range(-70, -40);
  }
  for (let i = 0; i < n; i++) {
    a.last[i] = rng.uniform() < 0.3 ? 95 : Number.NEGATIVE_INFINITY;
    a.rate[i] = rng.range(0, 200);
    a.h[i] = rng.range(0, 0.05);
  }
  for (const k of names) b[k].set(a[k]);
  const r = rowPtr.view();
  const t = tgt.view();
  const wv = w.view();
  const dv = delay.view();
  for (let i = 0; i <= n; i++) r[i] = Math.min(n * 5, i * 5);
  for (let s = 0; s < n * 5; s++) {
    t[s] = rng.int(n);
    wv[s] = rng.range(-1, 1);
    dv[s] = rng.int(3);
  }
  const spikes = spikeList.view();
  spikes.set([1, 4, 9, 10, 33, 50, 63]);
  const wv2 = w2.view();
  wv2.set(wv);
  for (const [kern, x, out, dirty, ww] of [
    [tsKernels, a, outA.view(), dirtyA.view(), wv],
    [wasm, b, outB.view(), dirtyB.view(), wv2],
  ] as const) {
    kern.channelInput(x.g0, x.input, n, 0.01, 0.98, true);
    kern.addScaled(x.input, x.g1, n, 0.2, false);
    const ns = kern.lifCurrent(
      x.v,
      x.last,
      x.g0,
      x.g1,
      x.input,
      out,
      n,
      100,
      20,
      -49,
      0.995,
      0.0049,
      0.98,
      0.0049,
      0.99,
      -50,
      -60,
    );
    kern.scale(x.g1, n, 0.97);
    kern.addClear(x.g0, x.ring.subarray(0, n), n);
    const np = kern.poissonHazard(x.h, x.rate, out, n, 0.0001);
    out.fill(0, np);
    kern.deliverScalar(spikes, 7, r, t, x.g0, 0.7);
    kern.deliverWeights(spikes, 7, r, t, ww, x.g1);
    kern.deliverRectified(spikes, 7, r, t, ww, x.g0, 0.1);
    kern.deliverDelayed(spikes, 7, r, t, ww, 0, dv, x.ring, dirty, n, 3, 5);
    kern.errorFilter(x.h, x.g0, x.g1, n, 0.95, 0.05, 0.8);
    kern.deltaUpdate(spikes, 7, r, t, ww, x.h, 0.01, -0.5, 0.5);
    assert.ok(ns >= 0);
  }
  for (const k of names) assert.deepEqual(Array.from(a[k]), Array.from(b[k]), `array ${k}`);
  assert.deepEqual(Array.from(dirtyA.view()), Array.from(dirtyB.view()));
  assert.deepEqual(Array.from(wv), Array.from(wv2), 'weights after the delta update');
  assert.notDeepEqual(Array.from(wv), Array.from(w.view().map(() => 0)), 'weights are not trivial');
});
