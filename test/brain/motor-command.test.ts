import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandFeatures, OBJECTS } from '../../src/index.js';

test('the grip taken in a grasp stays on while the hand holds, carries or works on the object', () => {
  const raisin = OBJECTS.raisin.sizeCm;
  const paper = OBJECTS.paper.sizeCm;
  assert.deepEqual(commandFeatures('precisionGrip', raisin), { goal: 'grasp', grip: 'precision' });
  for (const act of ['hold', 'bringToMouth', 'place', 'break'] as const) {
    assert.equal(commandFeatures(act, raisin).grip, 'precision', act);
  }
  assert.deepEqual(commandFeatures('tear', paper), { goal: 'tear', grip: 'wholeHand' });
  // Letting go and reaching hold nothing.
  assert.equal(commandFeatures('drop', OBJECTS.stick.sizeCm).grip, null);
  assert.equal(commandFeatures('reach', raisin).grip, null);
});
