import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ACT_ON_MS,
  conditionScene,
  NOISE_ON_MS,
  SCREEN_ON_MS,
  UnknownConditionError,
} from '../../web/src/lab/condition-scenes.js';
import { allConditionIds, CONDITION_GROUPS, findCondition } from '../../web/src/lab/conditions.js';

test('every condition of the menus builds its scene, with the protocol timeline', () => {
  for (const id of allConditionIds()) {
    const s = conditionScene(id);
    const def = findCondition(id)!;
    assert.equal(s.actor.viewpoint, def.who, id);
    if (def.act) {
      assert.equal(s.firstActMs, ACT_ON_MS, id);
    } else assert.equal(s.firstActMs, undefined, id);
    // The first 400 ms are the baseline: nothing to see yet.
    assert.equal(s.sample(100).object, null, id);
  }
});

test('the demonstrations change what can be seen and heard, not the act', () => {
  const seen = conditionScene('observe:break');
  const heard = conditionScene('hear:break');
  const silent = conditionScene('silent:break');
  const soundAt = seen.events.find((e) => e.kind === 'sound')!.tMs;
  assert.equal(heard.events.find((e) => e.kind === 'sound')?.tMs, soundAt);
  assert.equal(
    silent.events.find((e) => e.kind === 'sound'),
    undefined,
  );
  const mid = heard.sample(soundAt + 10);
  assert.equal(mid.hand?.visible, false, 'in the dark the hand is not seen');
  assert.equal(mid.sounds[0]?.name, 'crack');
  const hidden = conditionScene('hidden:precisionGrip');
  assert.equal(hidden.sample(SCREEN_ON_MS - 10).object?.visible, true, 'the raisin is seen first');
  assert.equal(hidden.sample(SCREEN_ON_MS + 10).object?.visible, false);
  assert.equal(hidden.sample(ACT_ON_MS + 700).hand?.visible, false, 'the grasp happens behind the screen');
  assert.equal(conditionScene('mime:precisionGrip').sample(1000).object, null);
  const noise = conditionScene('noise:monkeyCall');
  assert.deepEqual(
    noise.events.map((e) => [e.kind, e.tMs]),
    [['sound', NOISE_ON_MS]],
  );
  assert.throws(() => conditionScene('juggle:balls'), UnknownConditionError);
});

test('condition ids are unique within each experiment and labelled in words', () => {
  for (const g of CONDITION_GROUPS) {
    const ids = g.conditions.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, g.id);
    for (const c of g.conditions) assert.match(c.label, /^[A-Z]/, c.id);
  }
});
