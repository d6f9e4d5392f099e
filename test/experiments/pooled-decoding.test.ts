/**
 * The kohler2002 pseudo-population decoder: units of several subjects side by side.
 * Tuned units decode far above chance once pooled, even when each subject holds only a
 * unit or two; untuned units stay near chance.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RngTree } from '../../src/engine/rng.js';
import { pooledDecoding } from '../../src/experiments/kohler2002/pooled-decoding.js';
import type { SubjectOutput } from '../../src/experiments/types.js';

const ACTS = ['break', 'rip', 'drop'];

/** A subject with `units` units; a tuned unit fires `gain` Hz more for its preferred act. */
function subject(seed: number, units: number, gain: number, trials = 12): SubjectOutput {
  const rng = new RngTree(seed).stream('rates');
  const soundRates = Object.fromEntries(
    ACTS.map((act, a) => [
      act,
      Array.from({ length: trials }, () =>
        Array.from({ length: units }, (_, u) => 10 + (u % ACTS.length === a ? gain : 0) + 4 * rng.normal()),
      ),
    ]),
  );
  return { subject: seed, seed, metrics: { decodingPct: Number.NaN }, data: { soundRates } } as SubjectOutput;
}

test('tuned units pooled over subjects decode the act far above chance', () => {
  const outputs = [1, 2, 3, 4, 5].map((s) => subject(s, 3, 8));
  const m = pooledDecoding(outputs);
  assert.equal(m.n, 36);
  assert.ok(m.mean >= 90, `accuracy ${m.mean}`);
  assert.ok(m.low <= m.mean && m.mean <= m.high);
});

test('untuned units decode near chance', () => {
  const outputs = [1, 2, 3, 4, 5].map((s) => subject(s, 3, 0));
  const m = pooledDecoding(outputs);
  assert.ok(m.mean < 65, `accuracy ${m.mean}`);
});

test('pooling uses the trials every subject has', () => {
  const m = pooledDecoding([subject(1, 3, 8, 12), subject(2, 3, 8, 9)]);
  assert.equal(m.n, 27);
});

test('no units: no decoding', () => {
  const m = pooledDecoding([subject(1, 0, 8)]);
  assert.equal(m.n, 0);
  assert.ok(Number.isNaN(m.mean));
});
