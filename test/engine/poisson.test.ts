import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../src/index.js';
import { meanSd, spikesOf } from '../helpers.js';

const net = (rateHz: number) => ({
  formatVersion: 1 as const,
  populations: [{ kind: 'poisson' as const, name: 'p', size: 500, rateHz }],
  probes: [{ kind: 'spikes' as const, name: 's', population: 'p' }],
});

test('Poisson generators fire at their rate with exponential intervals', () => {
  const sim = build(net(20), { seed: 1 });
  sim.run(2000);
  const s = spikesOf(sim, 's');
  const expected = 500 * 20 * 2;
  assert.ok(Math.abs(s.index.length - expected) < 4 * Math.sqrt(expected), `${s.index.length} spikes`);
  // intervals of neuron 0..49 pooled: coefficient of variation ≈ 1
  const isis: number[] = [];
  for (let n = 0; n < 50; n++) {
    const t = Array.from(s.timeMs).filter((_, k) => s.index[k] === n);
    for (let k = 1; k < t.length; k++) isis.push(t[k]! - t[k - 1]!);
  }
  const { mean, sd } = meanSd(isis);
  assert.ok(Math.abs(sd / mean - 1) < 0.1, `CV ${sd / mean}`);
});

test('rates set during a run take effect at once', () => {
  const sim = build(net(0), { seed: 2 });
  sim.run(500);
  assert.equal(spikesOf(sim, 's').index.length, 0);
  sim.setRates(
    'p',
    Array.from({ length: 500 }, (_, i) => (i < 250 ? 40 : 0)),
  );
  sim.run(1000);
  const s = spikesOf(sim, 's');
  assert.ok(s.index.every((i) => i < 250));
  assert.ok(Math.abs(s.index.length - 250 * 40) < 4 * Math.sqrt(250 * 40));
});

test('the bernoulli method fires at the rate too, identically on both backends', () => {
  const d = {
    ...net(30),
    dtMs: 1,
    populations: [
      { kind: 'poisson' as const, name: 'p', size: 500, rateHz: 30, method: 'bernoulli' as const },
    ],
  };
  const w = build(d, { seed: 3, backend: 'wasm' });
  const t = build(d, { seed: 3, backend: 'ts' });
  w.run(2000);
  t.run(2000);
  const sw = spikesOf(w, 's');
  const expected = 500 * 30 * 2;
  assert.ok(Math.abs(sw.index.length - expected) < 4 * Math.sqrt(expected), `${sw.index.length} spikes`);
  assert.deepEqual(Array.from(spikesOf(t, 's').index), Array.from(sw.index));
  assert.deepEqual(Array.from(spikesOf(t, 's').step), Array.from(sw.step));
});
