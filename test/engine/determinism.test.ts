import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cubaDescription } from '../../src/bench/networks.js';
import { build, type NetworkDescriptionInput } from '../../src/index.js';
import { spikesOf } from '../helpers.js';

const small = () => cubaDescription({ n: 1000 });
function spikesKey(sim: ReturnType<typeof build>): string {
  const e = spikesOf(sim, 'spikesE');
  const i = spikesOf(sim, 'spikesI');
  return `${e.index.join(',')}|${e.step.join(',')}|${i.index.join(',')}|${i.step.join(',')}`;
}

test('same seed → identical spike trains; different seed → different', () => {
  const run = (seed: number) => {
    const sim = build(small(), { seed });
    sim.run(300);
    return spikesKey(sim);
  };
  const a = run(11);
  assert.equal(run(11), a);
  assert.notEqual(run(12), a);
  assert.ok(a.length > 1000, 'the network is active');
});

test('WebAssembly and TypeScript kernels give bit-identical results', () => {
  const w = build(small(), { seed: 5, backend: 'wasm' });
  const t = build(small(), { seed: 5, backend: 'ts' });
  assert.equal(w.backend, 'wasm');
  assert.equal(t.backend, 'ts');
  w.run(300);
  t.run(300);
  assert.equal(spikesKey(w), spikesKey(t));
  const vw = (w.population('E') as unknown as { v: Float64Array }).v;
  const vt = (t.population('E') as unknown as { v: Float64Array }).v;
  assert.deepEqual(Array.from(vw), Array.from(vt));
});

test('snapshot and restore repeat a trial exactly, plastic weights and Poisson inputs included', () => {
  const d: NetworkDescriptionInput = {
    formatVersion: 1,
    populations: [
      { kind: 'poisson', name: 'in', size: 200, rateHz: 50 },
      { kind: 'lif', name: 'out', size: 20, vRestMV: -70, vThreshMV: -55, vResetMV: -70 },
    ],
    projections: [
      {
        source: 'in',
        target: 'out',
        connect: { kind: 'fixedProbability', p: 0.3 },
        weight: { uniform: [0, 4] },
        delayMs: { uniform: [0, 3] },
        wMin: 0,
        wMax: 4,
        plasticity: { kind: 'stdp', aPlus: 0.05, aMinus: -0.05 },
      },
    ],
    probes: [{ kind: 'spikes', name: 'out', population: 'out' }],
  };
  const sim = build(d, { seed: 3 });
  sim.run(50);
  const snap = sim.snapshot();
  sim.clearProbes();
  sim.run(200);
  const first = spikesOf(sim, 'out');
  const w1 = Array.from(sim.projection('in->out').weights!);
  sim.restore(snap);
  sim.clearProbes();
  sim.run(200);
  const second = spikesOf(sim, 'out');
  assert.ok(first.index.length > 20);
  assert.deepEqual(Array.from(second.index), Array.from(first.index));
  assert.deepEqual(Array.from(second.step), Array.from(first.step));
  assert.deepEqual(Array.from(sim.projection('in->out').weights!), w1);
  // reset() returns to the freshly built network
  sim.reset();
  sim.run(250);
  const fresh = build(d, { seed: 3 });
  fresh.run(250);
  assert.deepEqual(Array.from(spikesOf(sim, 'out').step), Array.from(spikesOf(fresh, 'out').step));
});

test('adding a population does not change the randomness of the others', () => {
  const base = small();
  const extended = {
    ...base,
    populations: [{ kind: 'poisson' as const, name: 'extra', size: 50, rateHz: 5 }, ...base.populations],
  };
  const a = build(base, { seed: 9 });
  const b = build(extended, { seed: 9 });
  a.run(200);
  b.run(200);
  assert.equal(spikesKey(a), spikesKey(b));
});

test('a description survives a JSON round trip and builds the same network', () => {
  const d = small();
  const copy = JSON.parse(JSON.stringify(d)) as unknown;
  const a = build(d, { seed: 2 });
  const b = build(copy, { seed: 2 });
  assert.deepEqual(JSON.parse(JSON.stringify(b.description)), JSON.parse(JSON.stringify(a.description)));
  a.run(100);
  b.run(100);
  assert.equal(spikesKey(a), spikesKey(b));
});
