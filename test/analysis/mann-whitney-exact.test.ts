import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  binomialCoefficient,
  mannWhitneyCounts,
  mannWhitneyExactFeasible,
  mannWhitneyExactP,
} from '../../src/analysis/mann-whitney-exact.js';

/** Counts of U by listing every way to pick the first sample's n1 ranks out of n1 + n2. */
function enumeratedCounts(n1: number, n2: number): number[] {
  const counts = new Array<number>(n1 * n2 + 1).fill(0);
  const total = n1 + n2;
  for (let mask = 0; mask < 1 << total; mask++) {
    let bits = 0;
    for (let k = 0; k < total; k++) if (mask & (1 << k)) bits++;
    if (bits !== n1) continue;
    // U = Σ over first-sample ranks of the number of second-sample ranks below it.
    let u = 0;
    let below = 0;
    for (let k = 0; k < total; k++) {
      if (mask & (1 << k)) u += below;
      else below++;
    }
    counts[u]!++;
  }
  return counts;
}

test('exact U counts match full enumeration', () => {
  for (const [n1, n2] of [
    [1, 1],
    [1, 5],
    [3, 4],
    [4, 3],
    [2, 6],
    [5, 5],
    [6, 7],
  ] as const) {
    assert.deepEqual([...mannWhitneyCounts(n1, n2)], enumeratedCounts(n1, n2), `n1=${n1} n2=${n2}`);
  }
});

test('exact U counts sum to C(N, n1) and are symmetric, up to 25 vs 25', () => {
  for (const [n1, n2] of [
    [10, 12],
    [25, 25],
    [3, 40],
  ] as const) {
    const counts = mannWhitneyCounts(n1, n2);
    let sum = 0;
    for (const c of counts) {
      assert.ok(Number.isInteger(c) && c >= 0);
      sum += c;
    }
    assert.equal(sum, binomialCoefficient(n1 + n2, n1));
    for (let k = 0; k < counts.length; k++) assert.equal(counts[k], counts[counts.length - 1 - k]);
  }
  assert.equal(binomialCoefficient(50, 25), 126410606437752);
});

test('exact p-values: tails of the enumerated distribution', () => {
  // n1 = n2 = 5: 252 arrangements, U = 0, 1, 2 in 1, 1, 2 of them.
  assert.equal(mannWhitneyExactP(0, 5, 5, 'less'), 1 / 252);
  assert.equal(mannWhitneyExactP(2, 5, 5, 'less'), 4 / 252);
  assert.equal(mannWhitneyExactP(2, 5, 5, 'two-sided'), 8 / 252);
  assert.equal(mannWhitneyExactP(23, 5, 5, 'greater'), 4 / 252);
  assert.equal(mannWhitneyExactP(12, 5, 5, 'two-sided'), 1);
});

test('exact distribution refuses sizes whose counts exceed double precision', () => {
  assert.equal(mannWhitneyExactFeasible(25, 25), true);
  assert.equal(mannWhitneyExactFeasible(40, 40), false);
  assert.throws(() => mannWhitneyCounts(40, 40), /too large/);
});
