import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meanCI, pearson, standardizedMeanDifference, wilsonCI } from '../../src/analysis/summary.js';
import { normals, seeded } from './seeded.js';

function close(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`);
}

test('meanCI of a known sample uses t with n − 1 df', () => {
  const ci = meanCI([2, 4, 4, 4, 5, 5, 7, 9]);
  assert.equal(ci.n, 8);
  assert.equal(ci.mean, 5);
  close(ci.sd, Math.sqrt(32 / 7), 1e-14, 'sd');
  close(ci.sem, Math.sqrt(32 / 7) / Math.sqrt(8), 1e-14, 'sem');
  // t(0.975, 7) = 2.364624 → half-width 1.787488.
  close(ci.low, 5 - 1.7874879182362098, 1e-9, 'low');
  close(ci.high, 5 + 1.7874879182362098, 1e-9, 'high');
  const wide = meanCI([2, 4, 4, 4, 5, 5, 7, 9], 0.99);
  assert.ok(wide.low < ci.low && wide.high > ci.high);
});

test('meanCI edge cases: one value, constant values, empty sample, bad level', () => {
  const one = meanCI([3.5]);
  assert.equal(one.n, 1);
  assert.equal(one.low, 3.5);
  assert.equal(one.high, 3.5);
  assert.ok(Number.isNaN(one.sd) && Number.isNaN(one.sem));
  const flat = meanCI(new Float64Array([2, 2, 2]));
  assert.deepEqual([flat.sd, flat.low, flat.high], [0, 2, 2]);
  assert.throws(() => meanCI([]), /at least one/);
  assert.throws(() => meanCI([1, 2], 1), RangeError);
});

test('meanCI covers the true mean about 95% of the time for n = 5', () => {
  const uniform = seeded(99);
  let covered = 0;
  for (let i = 0; i < 2000; i++) {
    const ci = meanCI(normals(uniform, 5, 10, 3));
    if (ci.low <= 10 && 10 <= ci.high) covered++;
  }
  const rate = covered / 2000;
  assert.ok(rate >= 0.93 && rate <= 0.97, `coverage ${rate}`);
});

test('Wilson interval: 8/10 → [0.490, 0.943] and the boundaries', () => {
  const ci = wilsonCI(8, 10);
  assert.equal(ci.proportion, 0.8);
  close(ci.low, 0.49016, 1e-4, 'low');
  close(ci.high, 0.94332, 1e-4, 'high');
  // 0/n: [0, z²/(n + z²)]; n/n mirrors it.
  const z2 = 1.959963984540054 ** 2;
  const none = wilsonCI(0, 10);
  assert.equal(none.low, 0);
  close(none.high, z2 / (10 + z2), 1e-12, '0/10 high');
  const all = wilsonCI(10, 10);
  assert.equal(all.high, 1);
  close(all.low, 1 - none.high, 1e-12, '10/10 low');
  const half = wilsonCI(50, 100);
  close(half.low + half.high, 1, 1e-12, 'symmetric at ½');
  assert.throws(() => wilsonCI(3, 0), RangeError);
  assert.throws(() => wilsonCI(11, 10), RangeError);
  assert.throws(() => wilsonCI(-1, 10), RangeError);
});

test('standardized mean difference: d, Hedges-corrected g and its interval', () => {
  const a = [5.1, 4.8, 6.0, 5.5, 5.9, 6.2, 4.9, 5.7, 5.3, 6.1];
  const b = [4.2, 4.9, 5.0, 4.4, 4.7, 5.2, 4.1, 4.8, 4.6, 5.3];
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ss = (xs: number[]) => xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0);
  const pooled = Math.sqrt((ss(a) + ss(b)) / 18);
  const d = (mean(a) - mean(b)) / pooled;
  const smd = standardizedMeanDifference(a, b);
  close(smd.d, d, 1e-12, 'd');
  // m = 18: J = Γ(9) / (3 Γ(8.5)) with Γ(8.5) = (15!! / 2⁸) √π; about 1 − 3/(4m − 1).
  const j = 40320 / ((3 * 2027025) / 256) / Math.sqrt(Math.PI);
  close(smd.g, j * d, 1e-13, 'g');
  close(j, 1 - 3 / 71, 2e-4, 'J approximation');
  assert.ok(smd.g < smd.d);
  const se = Math.sqrt(20 / 100 + (smd.g * smd.g) / 40);
  close(smd.se, se, 1e-12, 'se');
  close(smd.low, smd.g - 1.959963984540054 * se, 1e-12, 'low');
  close(smd.high, smd.g + 1.959963984540054 * se, 1e-12, 'high');
  const reversed = standardizedMeanDifference(b, a);
  close(reversed.g, -smd.g, 1e-12, 'antisymmetric');
});

test('standardized mean difference: exact J at m = 2 is 1/√π; degenerate inputs', () => {
  const smd = standardizedMeanDifference([1, 3], [0, 2]);
  // Pooled sd √2, d = 1/√2, J = Γ(1) / (√1 Γ(½)) = 1/√π.
  close(smd.d, 1 / Math.SQRT2, 1e-15, 'd');
  close(smd.g, 1 / Math.SQRT2 / Math.sqrt(Math.PI), 1e-14, 'g');
  const flat = standardizedMeanDifference([2, 2], [1, 1]);
  assert.equal(flat.d, Infinity);
  assert.ok(Number.isNaN(flat.low));
  assert.throws(() => standardizedMeanDifference([1], [1, 2]), /at least 2/);
});

test('pearson: known r and p, perfect and undefined correlations', () => {
  const r = pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
  close(r.r, 0.7745966692414834, 1e-14, 'r');
  close(r.t, 0.7745966692414834 * Math.sqrt(3 / 0.4), 1e-12, 't');
  close(r.p, 0.1240270626575546, 1e-12, 'p');
  assert.equal(r.n, 5);
  const perfect = pearson([1, 2, 3], [-2, -4, -6]);
  assert.deepEqual([perfect.r, perfect.t, perfect.p], [-1, -Infinity, 0]);
  const flat = pearson([1, 2, 3], [7, 7, 7]);
  assert.ok(Number.isNaN(flat.r) && Number.isNaN(flat.p));
  assert.throws(() => pearson([1, 2], [1, 2]), /at least 3/);
  assert.throws(() => pearson([1, 2, 3], [1, 2]), /equal length/);
});

test('pearson p-values are uniform-ish under independence', () => {
  const uniform = seeded(5);
  let hits = 0;
  for (let i = 0; i < 2000; i++) if (pearson(normals(uniform, 10), normals(uniform, 10)).p < 0.05) hits++;
  const rate = hits / 2000;
  assert.ok(rate >= 0.03 && rate <= 0.07, `rate ${rate}`);
});
