/**
 * A 64-bit hash of a spike train, so that determinism can be checked from outside:
 * two runs have the same hash when every spike (population, step, neuron) is the
 * same, in the same order. Two independent 32-bit FNV-1a-style lanes (different
 * offsets and primes) over 32-bit words give the 64 bits without BigInt arithmetic.
 */
import type { SpikeData } from '../engine/probes.js';

export function spikeHash(trains: readonly SpikeData[]): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const word = (x: number) => {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x2127599b) ^ (b >>> 15);
  };
  trains.forEach((t, p) => {
    word(p);
    word(t.index.length);
    for (let k = 0; k < t.index.length; k++) {
      word(t.step[k]!);
      word(t.index[k]!);
    }
  });
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
