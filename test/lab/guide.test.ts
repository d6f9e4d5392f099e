import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allConditionIds } from '../../web/src/lab/conditions.js';
import type { UnitClasses } from '../../web/src/lab/protocol.js';
import { Player } from '../../web/src/play/player.js';
import { PsthTracker } from '../../web/src/play/psth-tracker.js';
import { describe, measure } from '../../web/src/ui/guide-measure.js';
import { GUIDE_STEPS, pickNeuron } from '../../web/src/ui/guide-steps.js';
import { AREAS, block } from './fixtures.js';

test('the guided visit tells the story in order, with conditions the lab can run', () => {
  const known = new Set(allConditionIds());
  assert.ok(GUIDE_STEPS.length >= 6);
  for (const s of GUIDE_STEPS) {
    for (const c of [...s.conditions, ...s.measure.map((m) => m.condition)]) assert.ok(known.has(c), c);
    assert.ok(s.text.join(' ').length > 100, `${s.title} explains itself`);
  }
  const titles = GUIDE_STEPS.map((s) => s.title).join(' | ');
  assert.match(titles, /monkey grasps.*researcher grasps.*mirror neuron.*Sound alone.*hidden grasp/i);
  assert.ok(GUIDE_STEPS.at(-1)?.offerDevelopment);
});

function classes(part: Partial<UnitClasses>): UnitClasses {
  return {
    epoch: 0,
    episode: 240,
    tMs: 0,
    trialsPerCondition: 5,
    acts: ['precisionGrip', 'break'],
    unitClass: ['motor', 'mirror', 'mirror', 'visual'],
    mirrorClass: [null, 'broad', 'strict', null],
    preferredExecuted: ['precisionGrip', 'hold', 'precisionGrip', null],
    preferredObserved: [null, 'precisionGrip', 'precisionGrip', 'precisionGrip'],
    executedHz: { precisionGrip: [50, 40, 20, 0], break: [0, 0, 0, 0] },
    observedHz: { precisionGrip: [0, 30, 10, 40], break: [0, 0, 0, 5] },
    counts: { mirror: 2, motor: 1, visual: 1, unresponsive: 0 },
    ...part,
  };
}

test('the neuron to follow: a mirror neuron for this act, else any mirror neuron, else the best watcher', () => {
  assert.equal(pickNeuron(null, 'grasp'), null);
  assert.equal(pickNeuron(classes({}), 'grasp'), 2, 'neuron 1 responds more but prefers holding');
  assert.equal(pickNeuron(classes({ preferredExecuted: [null, null, null, null] }), 'grasp'), 1);
  assert.equal(pickNeuron(classes({ unitClass: ['motor', 'motor', 'motor', 'visual'] }), 'break'), 3);
});

test('the measured response of the followed neuron, in words', () => {
  const psth = new PsthTracker(AREAS.map((a) => a.size));
  const player = new Player();
  player.listen(psth);
  // Neuron 2 of F5: 8 spikes in the 800 ms after onset, none before.
  const spikes = Array.from({ length: 8 }, (_, k) => [1, 600 + k * 100, 2] as [number, number, number]);
  player.receive(block(0, 2000, spikes));
  player.step(2000);
  const m = measure(psth, 'observe:precisionGrip', 1, 2)!;
  assert.equal(m.trials, 1);
  assert.equal(m.duringHz, 10);
  assert.equal(m.beforeHz, 0);
  assert.deepEqual(describe(m), { text: '10 spikes/s during the act, 0 before (1 trial)', fires: true });
  assert.equal(measure(psth, 'hear:break', 1, 2), null);
  assert.deepEqual(describe(null), { text: 'not played yet', fires: null });
});
