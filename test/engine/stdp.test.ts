import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stdpDescription } from '../../src/bench/networks.js';
import { build, type NetworkDescriptionInput } from '../../src/index.js';
import { spikesOf } from '../helpers.js';

const dt = 0.1;
const wMax = 1;
const tau = 20;

/**
 * One pre spike and one post spike Δt apart. The post spike is forced by a strong
 * "kick" input; the plastic synapse is too weak to matter.
 */
function pairNetwork(tPreMs: number, tKickMs: number, dependence: 'additive' | 'multiplicative', w0: number) {
  const description: NetworkDescriptionInput = {
    formatVersion: 1,
    dtMs: dt,
    populations: [
      { kind: 'spikeTimes', name: 'pre', size: 1, index: [0], timeMs: [tPreMs] },
      { kind: 'spikeTimes', name: 'kick', size: 1, index: [0], timeMs: [tKickMs] },
      { kind: 'lif', name: 'post', size: 1, vRestMV: -70, vThreshMV: -50, vResetMV: -70, refractoryMs: 50 },
    ],
    projections: [
      { source: 'kick', target: 'post', connect: { kind: 'allToAll' }, weight: 5000 },
      {
        name: 'plastic',
        source: 'pre',
        target: 'post',
        connect: { kind: 'allToAll' },
        weight: w0,
        wMin: 0,
        wMax,
        plasticity: {
          kind: 'stdp',
          tauPreMs: tau,
          tauPostMs: tau,
          aPlus: 0.01,
          aMinus: -0.012,
          weightDependence: dependence,
        },
      },
    ],
    probes: [{ kind: 'spikes', name: 'post', population: 'post' }],
  };
  const sim = build(description);
  sim.run(200);
  const post = spikesOf(sim, 'post');
  assert.equal(post.index.length, 1, 'exactly one post spike');
  return { dw: sim.projection('plastic').weights![0]! - w0, deltaT: post.timeMs[0]! - tPreMs };
}

test('additive STDP: the change for one pair follows the exponential window', () => {
  for (const lag of [-40, -15, -5, -0.5, 0.5, 3, 10, 25, 60]) {
    // The kick arrives one step before the post spike it causes.
    const { dw, deltaT } = pairNetwork(100, 100 + lag - dt, 'additive', 0.5);
    assert.ok(Math.abs(deltaT - lag) < 1e-9, `Δt ${deltaT} vs ${lag}`);
    const expected =
      deltaT >= 0 ? 0.01 * wMax * Math.exp(-deltaT / tau) : -0.012 * wMax * Math.exp(deltaT / tau);
    assert.ok(Math.abs(dw - expected) < 1e-6, `Δt=${deltaT}: Δw ${dw} vs ${expected}`);
  }
});

test('simultaneous pre and post spikes potentiate by the full aPlus (pre is processed first)', () => {
  const { dw, deltaT } = pairNetwork(100, 100 - dt, 'additive', 0.5);
  assert.equal(deltaT, 0);
  assert.ok(Math.abs(dw - 0.01) < 1e-6, `${dw}`);
});

test('multiplicative STDP scales potentiation by (wMax − w) and depression by w', () => {
  for (const w0 of [0.2, 0.8]) {
    const p = pairNetwork(100, 110 - dt, 'multiplicative', w0);
    assert.ok(Math.abs(p.dw - 0.01 * (wMax - w0) * Math.exp(-10 / tau)) < 1e-6, `potentiation at w=${w0}`);
    const d = pairNetwork(100, 90 - dt, 'multiplicative', w0);
    assert.ok(Math.abs(d.dw + 0.012 * w0 * Math.exp(-10 / tau)) < 1e-6, `depression at w=${w0}`);
  }
});

test('the Song–Miller–Abbott network ends bimodal (3 seeds, 100 s each)', () => {
  for (const seed of [1, 2, 3]) {
    const sim = build(stdpDescription(), { seed });
    sim.run(100_000);
    const w = sim.projection('plastic').weights!;
    const hist: number[] = new Array(10).fill(0);
    for (const x of w) hist[Math.min(9, Math.floor((x / 0.01) * 10))]! += 1;
    const [f0, , , , , , , , , f9] = hist.map((c) => c / w.length) as [number, ...number[]];
    const frac = hist.map((c) => c / w.length);
    // Brian2 2.5.1, seed 12345: 24.1 % below 0.1·gmax, 17.3 % above 0.9·gmax, ~6 % in each middle decile.
    assert.ok(f0 > 0.15 && f9! > 0.1, `seed ${seed}: extremes ${f0} ${f9}`);
    const middle = Math.max(...frac.slice(3, 7));
    assert.ok(
      f0 > 2 * middle && f9! > 2 * middle,
      `seed ${seed}: not U-shaped ${frac.map((f) => f.toFixed(2))}`,
    );
    const rate = spikesOf(sim, 'out').index.length / 100;
    assert.ok(rate > 10 && rate < 50, `output rate ${rate} Hz`);
  }
});
