/**
 * One block of memory holding all of a network's arrays: membrane potentials,
 * synaptic inputs, connectivity, weights, traces, random-stream states.
 *
 * Keeping everything in one `WebAssembly.Memory` lets the WebAssembly kernels and
 * the TypeScript reference kernels work on the very same arrays, makes a snapshot a
 * single copy, and lets a network move between threads as one buffer.
 *
 * Allocation has two phases: components reserve slots while the network is built,
 * then `seal()` sizes the memory once and slots hand out typed-array views. Views
 * are never taken before sealing, so no view is ever invalidated by growth.
 */

const PAGE_BYTES = 65536;
/** Bytes at the start of memory left to the WebAssembly module's own data. */
export const ARENA_BASE = 1024;

type TypedArrayCtor =
  | Float64ArrayConstructor
  | Float32ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Uint16ArrayConstructor
  | Uint8ArrayConstructor;

/** A reserved region of the arena; `view()` is valid once the arena is sealed. */
export class Slot<T extends ArrayBufferView> {
  /** Byte offset, assigned when the arena is sealed. */
  offset = -1;
  constructor(
    private readonly arena: Arena,
    readonly length: number,
    readonly bytes: number,
    private readonly ctor: TypedArrayCtor,
  ) {}

  view(): T {
    if (this.offset < 0) throw new Error('arena is not sealed yet');
    return new this.ctor(this.arena.buffer(), this.offset, this.length) as unknown as T;
  }
}

/**
 * Slots are either *state* (changes while the network runs: potentials, inputs,
 * weights of plastic projections, traces, random streams) or *static* (fixed once
 * built: connectivity, fixed weights and delays). Static slots are laid out first;
 * snapshots copy only the state that follows them.
 */
export class Arena {
  private readonly staticSlots: Slot<ArrayBufferView>[] = [];
  private readonly stateSlots: Slot<ArrayBufferView>[] = [];
  private stateStart = ARENA_BASE;
  private top = ARENA_BASE;
  private memory: WebAssembly.Memory | null = null;

  /** Bytes laid out (including the module's reserved prefix); final once sealed. */
  get bytesUsed(): number {
    return this.top;
  }

  /** Bytes of state that a snapshot copies. */
  get stateBytes(): number {
    return this.top - this.stateStart;
  }

  get sealed(): boolean {
    return this.memory !== null;
  }

  private reserve<T extends ArrayBufferView>(
    ctor: TypedArrayCtor,
    length: number,
    isStatic: boolean,
  ): Slot<T> {
    if (this.memory) throw new Error('arena is sealed: allocate everything before sealing');
    if (!Number.isInteger(length) || length < 0) throw new Error(`bad allocation length ${length}`);
    // At least 16 bytes each, so vector loops may read a full lane.
    const slot = new Slot<T>(this, length, Math.max(16, length * ctor.BYTES_PER_ELEMENT), ctor);
    (isStatic ? this.staticSlots : this.stateSlots).push(slot as unknown as Slot<ArrayBufferView>);
    return slot;
  }

  f64(length: number, isStatic = false): Slot<Float64Array> {
    return this.reserve(Float64Array, length, isStatic);
  }
  f32(length: number, isStatic = false): Slot<Float32Array> {
    return this.reserve(Float32Array, length, isStatic);
  }
  i32(length: number, isStatic = false): Slot<Int32Array> {
    return this.reserve(Int32Array, length, isStatic);
  }
  u32(length: number, isStatic = false): Slot<Uint32Array> {
    return this.reserve(Uint32Array, length, isStatic);
  }
  u16(length: number, isStatic = false): Slot<Uint16Array> {
    return this.reserve(Uint16Array, length, isStatic);
  }
  u8(length: number, isStatic = false): Slot<Uint8Array> {
    return this.reserve(Uint8Array, length, isStatic);
  }

  /** Lay out every slot (16-byte aligned for SIMD) and size the memory once. */
  seal(): WebAssembly.Memory {
    if (this.memory) return this.memory;
    let top = ARENA_BASE;
    const place = (slot: Slot<ArrayBufferView>) => {
      slot.offset = (top + 15) & ~15;
      top = slot.offset + slot.bytes;
    };
    this.staticSlots.forEach(place);
    this.stateStart = (top + 15) & ~15;
    top = this.stateStart;
    this.stateSlots.forEach(place);
    this.top = top;
    const pages = Math.max(1, Math.ceil((top + 16) / PAGE_BYTES));
    if (pages > 65536) throw new Error(`network needs ${(top / 2 ** 30).toFixed(1)} GiB: more than 4 GiB`);
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    return this.memory;
  }

  buffer(): ArrayBuffer {
    if (!this.memory) throw new Error('arena is not sealed yet');
    return this.memory.buffer;
  }

  get wasmMemory(): WebAssembly.Memory {
    if (!this.memory) throw new Error('arena is not sealed yet');
    return this.memory;
  }

  /** A copy of the state bytes. */
  snapshotBytes(): Uint8Array {
    return new Uint8Array(this.buffer(), this.stateStart, this.top - this.stateStart).slice();
  }

  restoreBytes(bytes: Uint8Array): void {
    if (bytes.length !== this.top - this.stateStart)
      throw new Error('snapshot does not belong to this network');
    new Uint8Array(this.buffer(), this.stateStart, bytes.length).set(bytes);
  }
}

/** Round a neuron count up to a whole number of SIMD lanes (4 × f64 covers both f64x2 and f32x4). */
export function padded(n: number): number {
  return (n + 3) & ~3;
}
