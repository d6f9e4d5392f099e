import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correlationOf, meanOf, sampleVarianceOf } from '../../src/analysis/moments.js';

test('mean and sample variance, also of slices', () => {
  const xs = [1, 2, 3, 4, 10];
  assert.equal(meanOf(xs), 4);
  assert.equal(sampleVarianceOf(xs, 4), (9 + 4 + 1 + 0 + 36) / 4);
  assert.equal(meanOf(xs, 1, 3), 3);
  assert.equal(sampleVarianceOf(xs, 3, 1, 3), 1);
  assert.ok(Number.isNaN(sampleVarianceOf([5], 5)));
});

test('two-pass variance keeps its digits when the mean is large', () => {
  const xs = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
  assert.equal(sampleVarianceOf(xs, meanOf(xs)), 30);
});

test('correlation of slices, clamped to [−1, 1], NaN for constant slices', () => {
  assert.equal(correlationOf([1, 2, 3, 4], 0, [2, 4, 6, 8], 0, 4), 1);
  assert.equal(correlationOf([9, 1, 2, 3], 1, [3, 2, 1, 0], 0, 3), -1);
  // 0.1 + 0.1 + 0.1 averages to a value that is not 0.1: constancy is still detected exactly.
  assert.ok(Number.isNaN(correlationOf([0.1, 0.1, 0.1], 0, [1, 2, 3], 0, 3)));
  assert.ok(Number.isNaN(correlationOf([1], 0, [2], 0, 1)));
});
