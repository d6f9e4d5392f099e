import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng, RngTree } from '../../src/index.js';
import { meanSd } from '../helpers.js';

const take = (n: number, f: () => number) => Array.from({ length: n }, f);

test('a named stream is a pure function of seed and name', () => {
  const a = new RngTree(7).stream('population/E/vInit');
  const b = new RngTree(7).stream('population/E/vInit');
  assert.deepEqual(
    take(50, () => a.nextU32()),
    take(50, () => b.nextU32()),
  );
});

test('streams with other names or other seeds differ', () => {
  const base = take(20, () => new RngTree(7).stream('x').nextU32());
  const r1 = new RngTree(7).stream('y');
  const r2 = new RngTree(8).stream('x');
  const s1 = take(20, () => r1.nextU32());
  const s2 = take(20, () => r2.nextU32());
  assert.notDeepEqual(s1, base);
  assert.notDeepEqual(s2, base);
});

test('creating another stream does not change a stream (no shared state)', () => {
  const tree = new RngTree(3);
  const a = tree.stream('a');
  const first = take(5, () => a.nextU32());
  const tree2 = new RngTree(3);
  tree2.stream('b').nextU32();
  const a2 = tree2.stream('a');
  assert.deepEqual(
    take(5, () => a2.nextU32()),
    first,
  );
});

test('xoshiro128** matches its reference output', () => {
  // Reference values of xoshiro128** from state {1, 2, 3, 4} (Blackman & Vigna).
  const r = new Rng(new Uint32Array([1, 2, 3, 4]));
  assert.deepEqual(
    take(4, () => r.nextU32()),
    [11520, 0, 5927040, 70819200],
  );
});

test('the stream seeding is pinned (a change here changes every result)', () => {
  const r = new RngTree(12345).stream('pin');
  assert.deepEqual(
    take(4, () => r.nextU32()),
    PINNED,
  );
});
const PINNED = [1372766189, 2344004780, 2848039745, 2516076739];

test('uniform, int, normal and exponential have the right moments', () => {
  const r = new RngTree(1).stream('moments');
  const u = take(100000, () => r.uniform());
  assert.ok(u.every((x) => x >= 0 && x < 1));
  const mu = meanSd(u);
  assert.ok(Math.abs(mu.mean - 0.5) < 0.005, `uniform mean ${mu.mean}`);
  assert.ok(Math.abs(mu.sd - Math.sqrt(1 / 12)) < 0.005);
  const counts = new Array(7).fill(0);
  for (let i = 0; i < 70000; i++) counts[r.int(7)]++;
  // chi-square with 6 degrees of freedom; 22.5 is its 0.999 quantile
  const chi = counts.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0);
  assert.ok(chi < 22.5, `chi-square ${chi}`);
  const z = meanSd(take(100000, () => r.normal()));
  assert.ok(Math.abs(z.mean) < 0.01 && Math.abs(z.sd - 1) < 0.01, `normal ${z.mean} ${z.sd}`);
  const e = meanSd(take(100000, () => r.exponential()));
  assert.ok(Math.abs(e.mean - 1) < 0.01 && Math.abs(e.sd - 1) < 0.02, `exponential ${e.mean} ${e.sd}`);
});

test('bad seeds are refused', () => {
  assert.throws(() => new RngTree(-1), /seed/);
  assert.throws(() => new RngTree(1.5), /seed/);
  assert.throws(() => new RngTree(2 ** 32), /seed/);
});
