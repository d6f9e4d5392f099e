import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Player } from '../../web/src/play/player.js';
import { PsthTracker } from '../../web/src/play/psth-tracker.js';
import { RateTracker } from '../../web/src/play/rate-tracker.js';
import { AREAS, block } from './fixtures.js';

const sizes = AREAS.map((a) => a.size);

test('RateTracker gives the mean rate per neuron of each area in its bins', () => {
  const rates = new RateTracker(sizes, 100, 50);
  const player = new Player();
  player.listen(rates);
  // F5 (4 neurons): 2 spikes in [0, 100) → 2 / (4 × 0.1 s) = 5 Hz.
  player.receive(
    block(0, 300, [
      [1, 10, 0],
      [1, 50, 3],
      [0, 150, 1],
    ]),
  );
  player.step(300);
  const s = rates.series(0, 300);
  assert.deepEqual(s.tMs, [0, 100, 200]);
  assert.deepEqual(s.rates[1], [5, 0, 0]);
  assert.deepEqual(s.rates[0], [0, 1 / (6 * 0.1), 0]);
});

test('PsthTracker counts whole trials around their alignment, per condition', () => {
  const psth = new PsthTracker(sizes, -200, 400, 100);
  const player = new Player();
  player.listen(psth);
  // Two trials aligned at 600 ms after their start; F5 neuron 2 fires 50 ms after onset in both.
  player.receive(
    block(0, 1000, [
      [1, 650, 2],
      [1, 300, 2],
    ]),
  );
  player.receive(block(1000, 2000, [[1, 1650, 2]]));
  player.receive(
    block(2000, 3000, [[1, 2650, 2]], { condition: 'execute:precisionGrip', label: 'Monkey grasps' }),
  );
  player.step(2500); // the third trial is not complete: not counted
  const [h] = psth.conditions();
  assert.equal(h?.condition, 'observe:precisionGrip');
  assert.equal(h?.trials, 2);
  const rate = psth.rate(h!, 1, [2]);
  // bin 2 covers 0…100 ms after onset: 2 spikes / (2 trials × 0.1 s) = 10 Hz; 300 ms is before −200.
  assert.deepEqual([...rate], [0, 0, 10, 0, 0, 0]);
  assert.deepEqual(psth.binStarts(), [-200, -100, 0, 100, 200, 300]);
  player.step(1000);
  assert.deepEqual(
    psth.conditions().map((c) => c.condition),
    ['execute:precisionGrip', 'observe:precisionGrip'],
  );
});
