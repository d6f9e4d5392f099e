import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherActor, scene } from '../../src/index.js';
import { sceneSampler, sceneStepMs } from '../../web/src/lab/scene-track.js';

test('scenes are sampled at a whole number of sense updates, about every 10 ms', () => {
  assert.equal(sceneStepMs(2), 10);
  assert.equal(sceneStepMs(4), 12);
  assert.equal(sceneStepMs(10), 10);
  assert.equal(sceneStepMs(25), 25);
  const s = scene({ actor: otherActor(), object: 'raisin' }).wait(100).act('precisionGrip').build();
  const sampler = sceneSampler(sceneStepMs(4));
  for (let t = 0; t < s.durationMs; t += 4) sampler.add(t, s.sample(t));
  assert.equal(sampler.list.length, Math.ceil(s.durationMs / 12));
  assert.deepEqual(
    sampler.list.slice(0, 3).map((x) => x.tMs),
    [0, 12, 24],
  );
});
