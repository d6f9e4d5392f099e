/**
 * The kohler2002 control-noise ratio is pooled over units: a monkey with a single noisy
 * unit does not weigh as much as a monkey with thirty.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RngTree } from '../../src/engine/rng.js';
import { noiseRatio, pooledNoiseRatio } from '../../src/experiments/kohler2002/noise-ratio.js';
import type { SubjectOutput } from '../../src/experiments/types.js';

function subject(seed: number, units: number, noiseHz: number, soundHz: number): SubjectOutput {
  const rng = new RngTree(seed).stream('noise');
  const noiseIncreaseHz = Array.from({ length: units }, () => noiseHz + rng.normal());
  const soundIncreaseHz = Array.from({ length: units }, () => soundHz + rng.normal());
  return {
    subject: seed,
    seed,
    metrics: { noiseRatio: noiseRatio({ noiseIncreaseHz, soundIncreaseHz }) },
    data: { noise: { noiseIncreaseHz, soundIncreaseHz } },
  } as SubjectOutput;
}

test('one monkey with a single noise-driven unit does not decide the pooled ratio', () => {
  const outputs = [subject(1, 30, 0, 10), subject(2, 1, 8, 5), subject(3, 25, 0, 12)];
  const m = pooledNoiseRatio(outputs);
  assert.equal(m.n, 56);
  assert.ok(m.mean < 0.05, `pooled ratio ${m.mean}`);
  assert.ok(m.low <= m.mean && m.mean <= m.high);
  // the mean of the per-subject ratios would have been ~0.5
  const perSubjectMean = m.perSubject.reduce((a, b) => a + b, 0) / m.perSubject.length;
  assert.ok(perSubjectMean > 0.4, `mean of per-subject ratios ${perSubjectMean}`);
});

test('units that answer noises as they answer sounds give a ratio near one', () => {
  const m = pooledNoiseRatio([1, 2, 3].map((s) => subject(s, 20, 10, 10)));
  assert.ok(Math.abs(m.mean - 1) < 0.1, `ratio ${m.mean}`);
});

test('no audio-visual units: no ratio', () => {
  const m = pooledNoiseRatio([subject(1, 0, 0, 10)]);
  assert.equal(m.n, 0);
  assert.ok(Number.isNaN(m.mean));
});
