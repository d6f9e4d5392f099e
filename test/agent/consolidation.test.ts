import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  Agent,
  DevelopmentParams,
  develop,
  EpisodeSource,
  inConsolidatedTail,
  LEARNED_PROJECTIONS,
  liveEpisode,
  WeightAverage,
} from '../../src/index.js';

test('the consolidated tail is the last fraction of the episodes', () => {
  const tail = (total: number, fraction: number) =>
    Array.from({ length: total }, (_, e) => e).filter((e) => inConsolidatedTail(e, total, fraction));
  assert.deepEqual(tail(10, 0.5), [5, 6, 7, 8, 9]);
  assert.deepEqual(tail(10, 0.25), [7, 8, 9]);
  assert.deepEqual(tail(10, 1), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(tail(10, 0), []);
});

test('the weight average gives the agent the mean of the weights it was shown', () => {
  const agent = Agent.create({ seed: 3 });
  const kept = new WeightAverage(agent);
  const name = LEARNED_PROJECTIONS[0];
  const w = agent.sim.projection(name).weights!;
  w.fill(1);
  kept.add();
  w.fill(4);
  kept.add();
  w.fill(0);
  kept.apply();
  assert.ok(w.every((x) => Math.abs(x - 2.5) < 1e-6));
});

test('development keeps the average of its last episodes, not the weights of the last moment', () => {
  const episodes = 12;
  const developed = Agent.create({ seed: 4 });
  develop(developed, { episodes, consolidatedFraction: 0.5 });

  // The same life lived by hand: the average of the weights after episodes 6…11.
  const byHand = Agent.create({ seed: 4 });
  const p = DevelopmentParams.parse({ episodes });
  const source = new EpisodeSource(4, p);
  const sums = new Map(
    LEARNED_PROJECTIONS.map((n) => [n, new Float64Array(byHand.sim.projection(n).weights!.length)]),
  );
  for (let e = 0; e < episodes; e++) {
    liveEpisode(byHand, source.next(), true);
    if (e < 6) continue;
    for (const [n, sum] of sums) {
      const w = byHand.sim.projection(n).weights!;
      for (let k = 0; k < w.length; k++) sum[k]! += w[k]!;
    }
  }
  const last = byHand.sim.projection('STS->F5').weights!.slice();
  for (const [n, sum] of sums) {
    const kept = developed.sim.projection(n).weights!;
    for (let k = 0; k < sum.length; k++) {
      assert.ok(Math.abs(kept[k]! - sum[k]! / 6) < 1e-5, `${n}[${k}]`);
    }
  }
  // …which is not what the synapses held at the end.
  const keptSts = developed.sim.projection('STS->F5').weights!;
  assert.ok(
    last.some((x, k) => Math.abs(x - keptSts[k]!) > 1e-3),
    'averaging changed something',
  );
});
