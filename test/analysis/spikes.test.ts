import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countInWindow, lagCorrelation, psth, rateInWindow } from '../../src/analysis/spikes.js';

test('countInWindow counts the half-open window [start, end)', () => {
  const times = [1, 2, 2, 5, 7.5, 10, 10, 12];
  assert.equal(countInWindow(times, 0, 100), 8);
  assert.equal(countInWindow(times, 2, 10), 4); // 2, 2, 5, 7.5: the spikes at 10 belong to the next window
  assert.equal(countInWindow(times, 10, 12), 2);
  assert.equal(countInWindow(times, 10.0001, 12), 0);
  assert.equal(countInWindow(times, 12, 13), 1);
  assert.equal(countInWindow(times, 5, 5), 0);
  assert.equal(countInWindow(times, 8, 3), 0);
  assert.equal(countInWindow([], 0, 10), 0);
  assert.equal(countInWindow(new Float64Array([0.5, 1.5]), 0, 1), 1);
  // Adjacent windows partition the spikes.
  let total = 0;
  for (let start = 0; start < 15; start += 2.5) total += countInWindow(times, start, start + 2.5);
  assert.equal(total, times.length);
});

test('rateInWindow is spikes per second', () => {
  const times = [100, 150, 180, 220, 400];
  assert.equal(rateInWindow(times, 100, 300), 20); // 4 spikes in 0.2 s
  assert.equal(rateInWindow(times, 0, 1000), 5);
  assert.throws(() => rateInWindow(times, 10, 10), RangeError);
});

test('psth of hand-made trials gives the expected rates', () => {
  // Three trials, 10 ms bins over [−20, 20): counts per bin 1, 0, 5, 4 over all trials
  // (10 opens the last bin; −30 and 25 fall outside the range).
  const trials = [
    [-15, 0, 5, 12],
    [1, 2, 19.999, 25],
    [-30, 3, 10, 15],
  ];
  const result = psth(trials, 10, [-20, 20]);
  assert.deepEqual(result.binStartsMs, [-20, -10, 0, 10]);
  // rate = count / (3 trials · 0.01 s)
  const expected = [1, 0, 5, 4].map((c) => c / 0.03);
  result.rateHz.forEach((r, k) => {
    assert.ok(Math.abs(r - expected[k]!) < 1e-9, `bin ${k}: ${r}`);
  });
});

test('psth bins spikes at exact bin edges into the bin they start', () => {
  // 0.1 ms bins: floating-point division would put 0.3 into bin 2 (0.3 / 0.1 = 2.9999…).
  const edges = [0, 0.1, 0.2, 0.30000000000000004, 0.4];
  const result = psth([edges], 0.1, [0, 0.5]);
  assert.equal(result.binStartsMs.length, 5);
  result.binStartsMs.forEach((start, k) => {
    const inBin = edges.filter((t) => t >= start && t < (result.binStartsMs[k + 1] ?? 0.5)).length;
    assert.ok(Math.abs(result.rateHz[k]! - inBin / 0.0001) < 1e-6, `bin ${k}`);
  });
});

test('psth: a range that is not a whole number of bins ends with a shorter bin', () => {
  const result = psth([[0, 24, 26]], 10, [0, 25]);
  assert.deepEqual(result.binStartsMs, [0, 10, 20]);
  assert.equal(result.rateHz[0], 100);
  assert.equal(result.rateHz[1], 0);
  assert.equal(result.rateHz[2], 1 / 0.005); // one spike in a 5 ms bin; 26 is outside the range
  assert.throws(() => psth([], 10, [0, 100]), RangeError);
  assert.throws(() => psth([[1]], 0, [0, 100]), RangeError);
  assert.throws(() => psth([[1]], 10, [100, 0]), RangeError);
});

test('lagCorrelation finds the lag at which y follows x', () => {
  const x = Array.from({ length: 60 }, (_, t) => Math.sin(t / 3) + 0.3 * Math.cos(t * 1.7));
  const y = x.map((_, t) => (t >= 4 ? 2 * x[t - 4]! + 1 : 0)); // y(t) = 2 x(t − 4) + 1
  const { lags, r } = lagCorrelation(x, y, 6);
  assert.deepEqual(lags, [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6]);
  const best = lags[r.indexOf(Math.max(...r))];
  assert.equal(best, 4);
  assert.ok(Math.abs(r[lags.indexOf(4)]! - 1) < 1e-12);
  // Swapping the signals mirrors the lag.
  const back = lagCorrelation(y, x, 6);
  assert.ok(Math.abs(back.r[lags.indexOf(-4)]! - 1) < 1e-12);
});

test('lagCorrelation: undefined overlaps give NaN; maxLag must be a non-negative integer', () => {
  const { r } = lagCorrelation([1, 2, 3], [3, 1, 2], 2);
  assert.equal(r.length, 5);
  assert.ok(Number.isNaN(r[0]!) && Number.isNaN(r[4]!)); // overlap of one sample
  assert.ok(Number.isNaN(lagCorrelation([1, 2, 3], [5, 5, 5], 0).r[0]!));
  assert.throws(() => lagCorrelation([1], [1], -1), RangeError);
  assert.throws(() => lagCorrelation([1], [1], 1.5), RangeError);
});
