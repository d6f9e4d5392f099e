import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DecodeSample, leaveOneOutDecode } from '../../src/analysis/decoding.js';
import { normals, seeded } from './seeded.js';

/** Samples around class centres: `perClass` of each label, Gaussian noise of the given sd. */
function clusters(uniform: () => number, centres: Record<string, number[]>, perClass: number, sd: number) {
  const samples: DecodeSample[] = [];
  for (let k = 0; k < perClass; k++) {
    for (const [label, centre] of Object.entries(centres)) {
      const noise = normals(uniform, centre.length, 0, sd);
      samples.push({ label, features: centre.map((c, f) => c + noise[f]!) });
    }
  }
  return samples;
}

/**
 * A direct leave-one-out decoder for comparison: for each held-out sample, the fold's means,
 * sds and centroids are recomputed from scratch.
 */
function naivePredictions(samples: DecodeSample[], method: 'nearestCentroid' | 'correlation'): string[] {
  const labels = [...new Set(samples.map((s) => s.label))].sort();
  const dims = samples[0]!.features.length;
  return samples.map((test, i) => {
    const train = samples.filter((_, j) => j !== i);
    const centroid = (label: string) => {
      const members = train.filter((s) => s.label === label);
      return Array.from(
        { length: dims },
        (_, f) => members.reduce((sum, s) => sum + s.features[f]!, 0) / members.length,
      );
    };
    let best = labels[0]!;
    let bestScore = -Infinity;
    for (const label of labels) {
      const c = centroid(label);
      let score: number;
      if (method === 'nearestCentroid') {
        score = 0;
        for (let f = 0; f < dims; f++) {
          const values = train.map((s) => s.features[f]!);
          const mean = values.reduce((a, b) => a + b, 0) / values.length;
          const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
          if (values.every((v) => v === values[0])) continue;
          score -= (test.features[f]! - c[f]!) ** 2 / variance;
        }
      } else {
        const x = Array.from(test.features);
        const mx = x.reduce((a, b) => a + b, 0) / dims;
        const mc = c.reduce((a, b) => a + b, 0) / dims;
        let sxy = 0;
        let sxx = 0;
        let scc = 0;
        for (let f = 0; f < dims; f++) {
          sxy += (x[f]! - mx) * (c[f]! - mc);
          sxx += (x[f]! - mx) ** 2;
          scc += (c[f]! - mc) ** 2;
        }
        score = sxx > 0 && scc > 0 ? sxy / Math.sqrt(sxx * scc) : -Infinity;
      }
      if (score > bestScore) {
        bestScore = score;
        best = label;
      }
    }
    return best;
  });
}

test('separable clusters are decoded perfectly by both methods', () => {
  const uniform = seeded(1);
  const centres = {
    grasp: [10, 0, 0, 5, 1, 3],
    place: [0, 10, 0, 1, 5, 3],
    hold: [0, 0, 10, 3, 3, 9],
  };
  const samples = clusters(uniform, centres, 12, 1);
  for (const method of ['nearestCentroid', 'correlation'] as const) {
    const result = leaveOneOutDecode(samples, method);
    assert.equal(result.accuracy, 1);
    assert.equal(result.n, 36);
    assert.deepEqual(result.labels, ['grasp', 'hold', 'place']);
    assert.deepEqual(result.confusion, [
      [12, 0, 0],
      [0, 12, 0],
      [0, 0, 12],
    ]);
    assert.deepEqual(
      result.predicted,
      samples.map((s) => s.label),
    );
  }
});

test('random labels decode near chance; confusion rows sum to the class sizes', () => {
  const uniform = seeded(3);
  const labelNames = ['a', 'b', 'c', 'd'];
  let accuracySum = 0;
  const runs = 10;
  for (let run = 0; run < runs; run++) {
    const samples: DecodeSample[] = Array.from({ length: 120 }, (_, i) => ({
      label: labelNames[i % 4]!,
      features: normals(uniform, 15),
    }));
    const result = leaveOneOutDecode(samples, run % 2 ? 'correlation' : 'nearestCentroid');
    accuracySum += result.accuracy;
    const rowSums = result.confusion.map((row) => row.reduce((a, b) => a + b, 0));
    assert.deepEqual(rowSums, [30, 30, 30, 30]);
    const diagonal = result.confusion.reduce((sum, row, k) => sum + row[k]!, 0);
    assert.equal(result.accuracy, diagonal / 120);
  }
  const mean = accuracySum / runs;
  // Chance is 0.25; leave-one-out on pure noise is, if anything, slightly below chance.
  assert.ok(mean > 0.15 && mean < 0.33, `mean accuracy ${mean}`);
});

test('fold statistics agree with a direct leave-one-out implementation', () => {
  const uniform = seeded(8);
  // Reversed so that sample 0 is not of the first label (ties would otherwise hide mistakes).
  const samples = clusters(
    uniform,
    { x: [1, 0, 2, 0, 5], y: [0, 1, 2, 0.5, 5], z: [0.5, 0.5, 2, 1, 5] },
    7,
    0.8,
  ).reverse();
  samples.forEach((s, i) => {
    const f = Array.from(s.features);
    f[2] = 2; // constant in every fold: ignored
    f[4] = i === 5 ? 123.4567 : 0.7; // constant except in one sample: ignored in that sample's fold only
    f[1] = f[1]! + 1e6; // large offset: z-scoring must not lose the spread
    f[3] = i === 9 ? 1e6 : f[3]! * 1e-3; // a huge outlier: its fold's spread is tiny but real
    f.push(i === 0 ? 9.9 : 0.3); // the first sample is the odd one out
    samples[i] = { label: s.label, features: new Float64Array(f) };
  });
  for (const method of ['nearestCentroid', 'correlation'] as const) {
    assert.deepEqual(leaveOneOutDecode(samples, method).predicted, naivePredictions(samples, method), method);
  }
});

test('ties go to the first label in code-unit order', () => {
  const same = [1, 2, 3];
  const samples = ['b', 'a', 'b', 'a', 'B', 'B'].map((label) => ({ label, features: same }));
  for (const method of ['nearestCentroid', 'correlation'] as const) {
    const result = leaveOneOutDecode(samples, method);
    assert.deepEqual(result.labels, ['B', 'a', 'b']);
    assert.ok(result.predicted.every((p) => p === 'B'));
    assert.deepEqual(result.confusion, [
      [2, 0, 0],
      [2, 0, 0],
      [2, 0, 0],
    ]);
  }
});

test('invalid inputs throw clear errors', () => {
  const sample = (label: string, features: number[]) => ({ label, features });
  assert.throws(() => leaveOneOutDecode([]), /at least one feature/);
  assert.throws(() => leaveOneOutDecode([sample('a', [1]), sample('a', [2])]), /at least 2 labels/);
  assert.throws(
    () => leaveOneOutDecode([sample('a', [1]), sample('a', [2]), sample('b', [3])]),
    /at least 2 samples per label; 'b' has 1/,
  );
  assert.throws(
    () => leaveOneOutDecode([sample('a', [1]), sample('a', [2]), sample('b', [3, 4]), sample('b', [3])]),
    /sample 2 has 2 features/,
  );
  assert.throws(() => leaveOneOutDecode([sample('a', [1])], 'svm' as never), /unknown decoding method/);
});
