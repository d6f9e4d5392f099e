/**
 * The WebAssembly SIMD kernels (compiled from assembly/kernels.ts), bound to one
 * network's memory. Arguments are views into that memory; only their byte offsets
 * cross into WebAssembly.
 */
import type { Kernels } from './kernels.js';
import { KERNELS_WASM_BASE64 } from './wasm-binary.generated.js';

interface WasmExports {
  lifCurrent(...args: number[]): number;
  channelInput(...args: number[]): void;
  addScaled(...args: number[]): void;
  addClear(...args: number[]): void;
  scale(...args: number[]): void;
  poissonHazard(...args: number[]): number;
  poissonBernoulli(...args: number[]): number;
  errorFilter(...args: number[]): void;
  deltaUpdate(...args: number[]): void;
  deliverScalar(...args: number[]): void;
  deliverWeights(...args: number[]): void;
  deliverRectified(...args: number[]): void;
  deliverDelayed(...args: number[]): void;
}

let compiled: WebAssembly.Module | null | undefined;

function decodeBase64(text: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(text, 'base64'));
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The compiled kernel module, or null where WebAssembly SIMD is not supported. */
export function wasmKernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(decodeBase64(KERNELS_WASM_BASE64) as BufferSource);
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

export function wasmKernelsAvailable(): boolean {
  return wasmKernelModule() !== null;
}

/** Kernels operating on `memory`; every array passed to them must be a view of it. */
export function createWasmKernels(memory: WebAssembly.Memory): Kernels {
  const module = wasmKernelModule();
  if (!module) throw new Error('WebAssembly SIMD is not available on this platform; use the "ts" backend');
  const instance = new WebAssembly.Instance(module, {
    env: {
      memory,
      abort() {
        throw new Error('wasm kernel abort');
      },
    },
  });
  const x = instance.exports as unknown as WasmExports;
  const o = (a: ArrayBufferView) => a.byteOffset;
  return {
    name: 'wasm',
    lifCurrent: (v, last, g0, g1, input, out, n, step, refSteps, el, a, c0, d0, c1, d1, vt, vr) =>
      x.lifCurrent(
        o(v),
        o(last),
        o(g0),
        o(g1),
        input ? o(input) : 0,
        input ? 1 : 0,
        o(out),
        n,
        step,
        refSteps,
        el,
        a,
        c0,
        d0,
        c1,
        d1,
        vt,
        vr,
      ),
    channelInput: (g, input, n, c, d, first) => x.channelInput(o(g), o(input), n, c, d, first ? 1 : 0),
    addScaled: (input, src, n, s, first) => x.addScaled(o(input), o(src), n, s, first ? 1 : 0),
    addClear: (g, buf, n) => x.addClear(o(g), o(buf), n),
    scale: (a, n, s) => x.scale(o(a), n, s),
    poissonHazard: (h, rate, out, n, dtS) => x.poissonHazard(o(h), o(rate), o(out), n, dtS),
    poissonBernoulli: (rng, rate, out, n, dtS) => x.poissonBernoulli(o(rng), o(rate), o(out), n, dtS),
    errorFilter: (e, teacher, prediction, n, d, oneMinusD, kappa) =>
      x.errorFilter(o(e), o(teacher), o(prediction), n, d, oneMinusD, kappa),
    deltaUpdate: (spikes, ns, rowPtr, tgt, w, e, rate, wMin, wMax) =>
      x.deltaUpdate(o(spikes), ns, o(rowPtr), o(tgt), o(w), o(e), rate, wMin, wMax),
    deliverScalar: (spikes, ns, rowPtr, tgt, g, w) =>
      x.deliverScalar(o(spikes), ns, o(rowPtr), o(tgt), o(g), w),
    deliverWeights: (spikes, ns, rowPtr, tgt, w, g) =>
      x.deliverWeights(o(spikes), ns, o(rowPtr), o(tgt), o(w), o(g)),
    deliverRectified: (spikes, ns, rowPtr, tgt, w, g, floor) =>
      x.deliverRectified(o(spikes), ns, o(rowPtr), o(tgt), o(w), o(g), floor),
    deliverDelayed: (spikes, ns, rowPtr, tgt, w, wScalar, delay, ring, dirty, stride, slots, step) =>
      x.deliverDelayed(
        o(spikes),
        ns,
        o(rowPtr),
        o(tgt),
        w ? o(w) : 0,
        w ? 1 : 0,
        wScalar,
        o(delay),
        o(ring),
        o(dirty),
        stride,
        slots,
        step,
      ),
  };
}
