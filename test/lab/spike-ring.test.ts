import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpikeRing } from '../../web/src/play/spike-ring.js';

test('SpikeRing keeps at most its capacity, dropping the oldest spikes', () => {
  const r = new SpikeRing(4);
  for (let t = 0; t < 10; t++) r.push(t, t * 10);
  assert.equal(r.length, 4);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => r.timeAt(i)),
    [6, 7, 8, 9],
  );
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => r.neuronAt(i)),
    [60, 70, 80, 90],
  );
});

test('SpikeRing finds a time window by binary search, across the wrap-around', () => {
  const r = new SpikeRing(5);
  for (const t of [1, 2, 3, 4, 5, 6, 7]) r.push(t, t);
  const seen: number[] = [];
  r.forEach(4, 7, (t) => seen.push(t));
  assert.deepEqual(seen, [4, 5, 6]);
  assert.equal(r.lowerBound(0), 0);
  assert.equal(r.lowerBound(100), 5);
  r.clear();
  assert.equal(r.length, 0);
  r.forEach(0, 100, () => assert.fail('a cleared ring has no spikes'));
});
