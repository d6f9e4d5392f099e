import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type LifRuntime, type NetworkDescriptionInput } from '../../src/index.js';

/**
 * A target neuron with a teacher channel and a prediction channel; cues A and B are
 * Poisson inputs on plastic synapses into the prediction channel.
 */
function network(teachingGain = 1, silent?: { wMin: number }): NetworkDescriptionInput {
  const cue = (name: string) => ({ kind: 'poisson' as const, name, size: 20, rateHz: 0 });
  const plastic = (source: string) => ({
    source,
    target: 'post',
    channel: 'sens',
    connect: { kind: 'allToAll' as const },
    weight: 0,
    wMin: silent?.wMin ?? 0,
    wMax: 5,
    ...(silent ? { efficacyMin: 0 } : {}),
    plasticity: { kind: 'delta', learningRate: 0.002, teacherChannel: 'teach', teachingGain },
  });
  return {
    formatVersion: 1,
    dtMs: 0.5,
    populations: [
      { kind: 'poisson', name: 'teacher', size: 20, rateHz: 0 },
      cue('A'),
      cue('B'),
      {
        kind: 'lif',
        name: 'post',
        size: 1,
        vThreshMV: 1000,
        vResetMV: -65,
        channels: [
          { name: 'teach', tauMs: 10 },
          { name: 'sens', tauMs: 10 },
        ],
      },
    ],
    projections: [
      { source: 'teacher', target: 'post', channel: 'teach', connect: { kind: 'allToAll' }, weight: 1 },
      plastic('A'),
      plastic('B'),
    ],
  };
}

type Sim = ReturnType<typeof build>;
function trial(sim: Sim, on: { teacher: boolean; A: boolean; B: boolean }, ms = 200): void {
  sim.setRates('teacher', on.teacher ? 40 : 0);
  sim.setRates('A', on.A ? 40 : 0);
  sim.setRates('B', on.B ? 40 : 0);
  sim.run(ms);
  sim.setRates('teacher', 0);
  sim.setRates('A', 0);
  sim.setRates('B', 0);
  sim.run(100);
}
/**
 * Blocks of four trials in which A comes as often with the teacher as without it (ΔP = 0),
 * played on each network in turn, with B (the context) present or not.
 */
function independentCue(blocks: number, nets: { sim: Sim; B: boolean }[]): void {
  for (let k = 0; k < blocks; k++) {
    for (const [teacher, A] of [
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ] as const) {
      for (const n of nets) trial(n.sim, { teacher, A, B: n.B });
    }
  }
}
const meanWeight = (sim: Sim, name: string) => {
  const w = sim.projection(name).weights!;
  return w.reduce((a, b) => a + b, 0) / w.length;
};
/** Mean drive of a channel over a probe run with the given inputs. */
function drive(
  sim: Sim,
  on: { teacher: boolean; A: boolean; B: boolean },
  channel: 'teach' | 'sens',
): number {
  const snap = sim.snapshot();
  sim.setPlasticityGain('A->post', 0);
  sim.setPlasticityGain('B->post', 0);
  sim.setRates('teacher', on.teacher ? 40 : 0);
  sim.setRates('A', on.A ? 40 : 0);
  sim.setRates('B', on.B ? 40 : 0);
  sim.run(100);
  const post = sim.population('post') as LifRuntime;
  const g = post.channels[channel === 'teach' ? 0 : 1]!.g;
  let sum = 0;
  for (let k = 0; k < 400; k++) {
    sim.step();
    sum += g[0]!;
  }
  sim.restore(snap);
  return sum / 400;
}

test('the prediction converges to the teaching input (times the teaching gain)', () => {
  for (const kappa of [1, 0.5]) {
    const sim = build(network(kappa), { seed: 1 });
    for (let k = 0; k < 150; k++) trial(sim, { teacher: true, A: true, B: false });
    const teach = drive(sim, { teacher: true, A: false, B: false }, 'teach');
    const predicted = drive(sim, { teacher: false, A: true, B: false }, 'sens');
    assert.ok(
      Math.abs(predicted - kappa * teach) < 0.15 * kappa * teach,
      `κ=${kappa}: ${predicted} vs ${kappa * teach}`,
    );
  }
});

test('contingency: a cue as often present without the teacher learns less than a reliable cue', () => {
  const reliable = build(network(), { seed: 2 });
  const unreliable = build(network(), { seed: 2 });
  for (let k = 0; k < 150; k++) {
    trial(reliable, { teacher: true, A: true, B: false });
    // same number of pairings, plus as many presentations of A without the teacher
    trial(unreliable, { teacher: true, A: true, B: false });
    trial(unreliable, { teacher: false, A: true, B: false });
  }
  const wR = meanWeight(reliable, 'A->post');
  const wU = meanWeight(unreliable, 'A->post');
  assert.ok(wU < 0.7 * wR, `unreliable ${wU} vs reliable ${wR}`);
});

test('contingency with a context: an always-present cue takes the base rate, and a cue independent of the teacher ends near zero', () => {
  // A comes as often with the teacher as without it (ΔP = 0); B, in the second network,
  // is present in every trial — the context.
  const bare = build(network(), { seed: 5 });
  const withContext = build(network(), { seed: 5 });
  independentCue(80, [
    { sim: bare, B: false },
    { sim: withContext, B: true },
  ]);
  const alone = meanWeight(bare, 'A->post');
  const beside = meanWeight(withContext, 'A->post');
  assert.ok(alone > 0.3, `without a context the independent cue keeps a weight (${alone})`);
  assert.ok(beside < 0.35 * alone, `with a context it falls to ${beside} (alone: ${alone})`);
  assert.ok(meanWeight(withContext, 'B->post') > beside, 'the context carries the base rate');
});

test('blocking: a cue added to an already predictive cue learns little', () => {
  const sim = build(network(), { seed: 3 });
  for (let k = 0; k < 150; k++) trial(sim, { teacher: true, A: true, B: false });
  for (let k = 0; k < 100; k++) trial(sim, { teacher: true, A: true, B: true });
  const control = build(network(), { seed: 3 });
  for (let k = 0; k < 100; k++) trial(control, { teacher: true, A: true, B: true });
  assert.ok(meanWeight(sim, 'B->post') < 0.3 * meanWeight(control, 'B->post'), 'B is blocked by A');
});

test('silent synapses: a cue pushed below zero transmits nothing and keeps less chance weight', () => {
  // A is independent of the teacher (ΔP = 0), B is the context. With the weight bounded
  // at 0 mV, A's weight wanders above the bound and keeps a positive mean; with a state
  // that may sink below 0 mV while transmitting 0 mV, less of that chance weight is left.
  const runs = [1, 2, 3].map((seed) => {
    const bounded = build(network(), { seed });
    const silent = build(network(1, { wMin: -2 }), { seed });
    independentCue(60, [
      { sim: bounded, B: true },
      { sim: silent, B: true },
    ]);
    const transmitted = (sim: Sim) => drive(sim, { teacher: false, A: true, B: false }, 'sens');
    return {
      bounded: transmitted(bounded),
      silent: transmitted(silent),
      state: meanWeight(silent, 'A->post'),
    };
  });
  // Measured: the silent network transmits about 0.7 of the bounded one's chance weight.
  for (const r of runs) {
    assert.ok(r.state < 0, `the mean state sinks below 0 mV (${r.state})`);
    assert.ok(r.silent < 0.85 * r.bounded, `silent ${r.silent} vs bounded ${r.bounded}`);
  }
  for (const r of runs) assert.ok(r.silent >= 0, 'nothing below efficacyMin is transmitted');
});

test('a silent synapse speaks again only once pushed back above zero', () => {
  const sim = build(network(1, { wMin: -2 }), { seed: 6 });
  const w = sim.projection('A->post').weights!;
  w.fill(-1);
  const quiet = drive(sim, { teacher: false, A: true, B: false }, 'sens');
  assert.equal(quiet, 0, 'a state of −1 mV transmits nothing');
  for (let k = 0; k < 150; k++) trial(sim, { teacher: true, A: true, B: false });
  const teach = drive(sim, { teacher: true, A: false, B: false }, 'teach');
  const predicted = drive(sim, { teacher: false, A: true, B: false }, 'sens');
  assert.ok(Math.abs(predicted - teach) < 0.15 * teach, `relearned: ${predicted} vs ${teach}`);
});

test('efficacyMin is checked: not above wMax, not with per-synapse delays', () => {
  const d = network(1, { wMin: -2 }) as { projections: Record<string, unknown>[] };
  d.projections[1]!.efficacyMin = 6;
  assert.throws(() => build(d), /projections\[1\]\.efficacyMin: must not exceed wMax/);
  d.projections[1]!.efficacyMin = 0;
  d.projections[1]!.delayMs = { uniform: [1, 3] };
  assert.throws(() => build(d), /projections\[1\]\.efficacyMin: is not supported with per-synapse delays/);
});

test('a plasticity gain of 0 freezes the weights', () => {
  const sim = build(network(), { seed: 4 });
  sim.setPlasticityGain('A->post', 0);
  for (let k = 0; k < 20; k++) trial(sim, { teacher: true, A: true, B: false });
  assert.equal(meanWeight(sim, 'A->post'), 0);
  assert.throws(() => sim.setPlasticityGain('teacher->post', 1), /not plastic/);
});

test('a delta rule naming a missing channel is rejected with the path', () => {
  const d = network() as { projections: { plasticity?: Record<string, unknown> }[] };
  d.projections[1]!.plasticity!.teacherChannel = 'motor';
  assert.throws(() => build(d), /projections\[1\]\.plasticity: rule "delta" refers to a channel "motor"/);
});
