/**
 * The live development must be development: babbling episode by episode leaves the
 * agent exactly as `develop()` does, and the quick test in between changes nothing.
 * If development changes, these tests fail: update web/src/lab/babbling.ts to match.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Agent, DevelopmentParams, develop } from '../../src/index.js';
import { Babbler } from '../../web/src/lab/babbling.js';
import { quickTest } from '../../web/src/lab/quick-test.js';
import { LabState } from '../../web/src/model/lab-state.js';
import { PRESET_LAYOUTS } from '../../web/src/model/layout.js';

const EPISODES = 6;

function sameWeights(a: Agent, b: Agent): void {
  const wa = a.plasticWeights();
  const wb = b.plasticWeights();
  for (const name of Object.keys(wa)) assert.deepEqual(wa[name], wb[name], `weights of ${name}`);
}

test('babbling one episode at a time is development, weight for weight', () => {
  const reference = Agent.create({ seed: 11 });
  develop(reference, { episodes: EPISODES });
  const live = Agent.create({ seed: 11 });
  const babbler = new Babbler(live, { episodes: EPISODES });
  const labels: string[] = [];
  while (!babbler.finished) labels.push(babbler.runEpisode().label);
  assert.equal(live.timeMs, reference.timeMs);
  sameWeights(live, reference);
  assert.deepEqual(live.history, reference.history);
  assert.equal(labels.length, EPISODES);
  assert.throws(() => babbler.runEpisode(), /all episodes are done/);
});

test('a quick test between episodes leaves development unchanged', () => {
  const reference = Agent.create({ seed: 12 });
  develop(reference, { episodes: 3 });
  const live = Agent.create({ seed: 12 });
  live.sim.addProbe({ kind: 'spikes', name: 'f5', population: 'F5' });
  const babbler = new Babbler(live, { episodes: 3 });
  babbler.runEpisode();
  const before = live.timeMs;
  const result = quickTest(live, 'f5', { trials: 2, acts: ['precisionGrip'] }, 1);
  assert.equal(live.timeMs, before, 'the clock is rolled back');
  assert.equal(result.unitClass.length, live.sim.population('F5').size);
  assert.equal(result.tMs, before);
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  assert.equal(total, result.unitClass.length);
  babbler.runEpisode();
  babbler.runEpisode();
  assert.equal(live.timeMs, reference.timeMs);
  sameWeights(live, reference);
});

test('the lab raises the standard agent: its episode counts are development’s default', () => {
  // The page's main thread does not load the library, so LabState writes the number down;
  // this keeps the two from drifting apart.
  const standard = DevelopmentParams.parse({}).episodes;
  const s = new LabState(PRESET_LAYOUTS[0]!);
  assert.equal(s.episodes, standard);
  assert.equal(s.development.episodes, standard);
});
