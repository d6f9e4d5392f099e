import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankSum } from '../../src/analysis/rank-sum.js';
import { normals, poissons, seeded } from './seeded.js';

/** Exact p-values by relabelling: every way of splitting the pooled values into sizes n1, n2. */
function permutationP(a: number[], b: number[]): { less: number; greater: number; two: number } {
  const pooled = [...a, ...b];
  const n1 = a.length;
  const uOf = (first: number[], second: number[]): number => {
    let u = 0;
    for (const x of first) for (const y of second) u += x > y ? 1 : x === y ? 0.5 : 0;
    return u;
  };
  const observed = uOf(a, b);
  let less = 0;
  let greater = 0;
  let total = 0;
  for (let mask = 0; mask < 1 << pooled.length; mask++) {
    const first = pooled.filter((_, k) => mask & (1 << k));
    if (first.length !== n1) continue;
    const u = uOf(
      first,
      pooled.filter((_, k) => !(mask & (1 << k))),
    );
    total++;
    if (u <= observed) less++;
    if (u >= observed) greater++;
  }
  return {
    less: less / total,
    greater: greater / total,
    two: Math.min(1, (2 * Math.min(less, greater)) / total),
  };
}

test('exact p-values equal full enumeration for tiny samples (3 vs 4, 4 vs 3, 2 vs 5)', () => {
  const cases: [number[], number[]][] = [
    [
      [1.1, 2.5, 3.9],
      [4.2, 5.0, 6.3, 7.7],
    ],
    [
      [5.5, 0.2, 9.1],
      [3.3, 7.4, 1.8, 6.6],
    ],
    [
      [8, 9, 10, 11],
      [1, 2, 12],
    ],
    [
      [3, 1],
      [2, 4, 5, 0.5, 6],
    ],
  ];
  for (const [a, b] of cases) {
    const expected = permutationP(a, b);
    const two = rankSum(a, b);
    assert.equal(two.method, 'exact');
    assert.ok(Math.abs(two.p - expected.two) < 1e-12, `two-sided ${two.p} vs ${expected.two}`);
    assert.ok(Math.abs(rankSum(a, b, 'less').p - expected.less) < 1e-12);
    assert.ok(Math.abs(rankSum(a, b, 'greater').p - expected.greater) < 1e-12);
  }
  // 3 vs 4 with complete separation: 1 of C(7, 3) = 35 arrangements.
  const separated = rankSum([1, 2, 3], [4, 5, 6, 7], 'less');
  assert.equal(separated.u, 0);
  assert.equal(separated.p, 1 / 35);
});

/** Untied samples with the given U: a[i] sits just above the first k_i values of b = 0, 10, 20, … */
function samplesWithU(u: number, n1: number, n2: number): [number[], number[]] {
  const b = Array.from({ length: n2 }, (_, j) => 10 * j);
  const a: number[] = [];
  for (let i = 0, rest = u; i < n1; i++) {
    const k = Math.min(n2, rest);
    rest -= k;
    a.push(10 * k - 5 + 0.01 * i);
  }
  return [a, b];
}

test('textbook critical values of U (two-sided, α = 0.05)', () => {
  // Largest U that is significant at the 5% level in published Mann–Whitney tables.
  for (const [n1, n2, critical] of [
    [3, 7, 1],
    [4, 12, 7],
    [5, 5, 2],
    [5, 10, 8],
    [6, 8, 8],
    [8, 8, 13],
    [10, 10, 23],
    [20, 20, 127],
  ] as const) {
    const at = rankSum(...samplesWithU(critical, n1, n2));
    const above = rankSum(...samplesWithU(critical + 1, n1, n2));
    assert.equal(at.u, critical);
    assert.equal(at.method, 'exact');
    assert.ok(at.p <= 0.05, `n=${n1},${n2}: p(U=${critical}) = ${at.p}`);
    assert.ok(above.p > 0.05, `n=${n1},${n2}: p(U=${critical + 1}) = ${above.p}`);
  }
});

test('normal approximation is close to the exact p for 20 vs 20 without ties', () => {
  const uniform = seeded(7);
  for (const shift of [0, 0.3, 0.6, 1]) {
    const a = normals(uniform, 20, shift);
    const b = normals(uniform, 20);
    for (const alternative of ['two-sided', 'greater', 'less'] as const) {
      const exact = rankSum(a, b, alternative, 'exact');
      const approx = rankSum(a, b, alternative, 'normal');
      assert.equal(exact.u, approx.u);
      assert.ok(
        Math.abs(exact.p - approx.p) < 0.005,
        `${alternative} shift ${shift}: ${exact.p} vs ${approx.p}`,
      );
    }
  }
});

test('ties (many zeros, as in spike counts) use average ranks and the tie-corrected variance', () => {
  const a = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 3];
  const b = [0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 1, 2, 0];
  const r = rankSum(a, b);
  assert.equal(r.method, 'normal');
  // Pairs a > b plus half the ties, counted directly.
  let u = 0;
  for (const x of a) for (const y of b) u += x > y ? 1 : x === y ? 0.5 : 0;
  assert.equal(r.u, u);
  assert.equal(r.u, 53.5);
  // Tie groups: 15 zeros, 3 ones, 3 twos, 2 threes, a four and a five; N = 25.
  const tieTerm = 15 ** 3 - 15 + 2 * (3 ** 3 - 3) + (2 ** 3 - 2);
  const sd = Math.sqrt(((12 * 13) / 12) * (26 - tieTerm / (25 * 24)));
  assert.ok(Math.abs(r.z - (53.5 - 78) / sd) < 1e-12);
  // Reference values of the continuity-corrected normal approximation.
  assert.ok(Math.abs(r.p - 0.13967189178626427) < 1e-12);
  assert.ok(Math.abs(rankSum(a, b, 'less').p - 0.06983594589313213) < 1e-12);
  assert.ok(Math.abs(rankSum(a, b, 'greater').p - 0.9380436634472269) < 1e-12);
  assert.throws(() => rankSum(a, b, 'two-sided', 'exact'), /untied/);
});

test('alternatives point the right way and mirror each other', () => {
  const uniform = seeded(11);
  const high = normals(uniform, 15, 1.5);
  const low = normals(uniform, 18);
  const greater = rankSum(high, low, 'greater');
  const less = rankSum(high, low, 'less');
  const two = rankSum(high, low);
  assert.ok(greater.p < 0.01 && less.p > 0.99);
  assert.ok(greater.z > 0);
  assert.equal(two.p, Math.min(1, 2 * Math.min(greater.p, less.p)));
  const swapped = rankSum(low, high, 'less');
  assert.equal(swapped.p, greater.p);
  assert.equal(swapped.u + greater.u, 15 * 18);
  assert.equal(swapped.z, -greater.z);
});

test('degenerate inputs: empty samples and NaN throw, identical values give p = 1', () => {
  assert.throws(() => rankSum([], [1, 2]), /non-empty/);
  assert.throws(() => rankSum([1], []), /non-empty/);
  assert.throws(() => rankSum([1, Number.NaN], [2]), /NaN/);
  assert.throws(() => rankSum([1], [2], 'bigger' as never), /alternative/);
  for (const alternative of ['two-sided', 'greater', 'less'] as const) {
    const r = rankSum([0, 0, 0], [0, 0, 0, 0], alternative);
    assert.deepEqual(r, { u: 6, z: 0, p: 1, method: 'normal' });
  }
  const single = rankSum([1], [2]);
  assert.equal(single.method, 'exact');
  assert.equal(single.p, 1);
  assert.equal(rankSum([-Infinity, 1], [2, Infinity], 'less').p, 1 / 6);
});

/** Fraction of null datasets with p < 0.05. */
function rejectionRate(draw: () => [number[], number[]], runs: number): number {
  let hits = 0;
  for (let i = 0; i < runs; i++) if (rankSum(...draw()).p < 0.05) hits++;
  return hits / runs;
}

test('under the null, p < 0.05 in about 5% of 2000 datasets (exact, normal, and tied counts)', () => {
  const uniform = seeded(2024);
  const exact = rejectionRate(() => [normals(uniform, 12), normals(uniform, 15)], 2000);
  const normal = rejectionRate(() => [normals(uniform, 30, 5, 2), normals(uniform, 35, 5, 2)], 2000);
  const counts = rejectionRate(() => [poissons(uniform, 20, 1.5), poissons(uniform, 20, 1.5)], 2000);
  for (const [name, rate] of [
    ['exact', exact],
    ['normal', normal],
    ['tied counts', counts],
  ] as const) {
    assert.ok(rate >= 0.03 && rate <= 0.07, `${name}: ${rate}`);
  }
});
