/**
 * A deterministic drive (explicit input spike times through weighted, delayed
 * synapses) must give the same output spikes as Brian2 2.5.1 with exact integration.
 * The fixture was computed by Brian2 (numpy target) from the network written out in it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { build, type NetworkDescriptionInput } from '../../src/index.js';
import { spikesOf } from '../helpers.js';

interface Fixture {
  params: Record<string, number>;
  input_spikes: { index: number[]; time_ms: number[] };
  synapses: { pre: number; post: number; kind: 'exc' | 'inh'; weight_mV: number; delay_ms: number }[];
  output_spikes: { index: number[]; time_ms: number[] };
}

const fixture: Fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/brian2-lif.json', import.meta.url), 'utf8'),
) as Fixture;

function description(f: Fixture): NetworkDescriptionInput {
  const P = f.params as Record<string, number>;
  const kind = (k: 'exc' | 'inh') => f.synapses.filter((s) => s.kind === k);
  const projection = (k: 'exc' | 'inh') => ({
    name: k,
    source: 'input',
    target: 'lif',
    channel: k,
    connect: { kind: 'list' as const, pre: kind(k).map((s) => s.pre), post: kind(k).map((s) => s.post) },
    weight: kind(k).map((s) => s.weight_mV),
    delayMs: kind(k).map((s) => s.delay_ms),
  });
  return {
    formatVersion: 1,
    dtMs: P.dt_ms!,
    populations: [
      {
        kind: 'spikeTimes',
        name: 'input',
        size: P.n_inputs!,
        index: f.input_spikes.index,
        timeMs: f.input_spikes.time_ms,
      },
      {
        kind: 'lif',
        name: 'lif',
        size: P.n_neurons!,
        tauMs: P.tau_m_ms!,
        vRestMV: P.v_rest_mV!,
        vThreshMV: P.v_thresh_mV!,
        vResetMV: P.v_reset_mV!,
        refractoryMs: P.refractory_ms!,
        vInitMV: P.v_init_mV!,
        channels: [
          { name: 'exc', tauMs: P.tau_e_ms! },
          { name: 'inh', tauMs: P.tau_i_ms! },
        ],
      },
    ],
    projections: [projection('exc'), projection('inh')],
    probes: [{ kind: 'spikes', name: 'out', population: 'lif' }],
  };
}

for (const backend of ['wasm', 'ts'] as const) {
  test(`output spikes match Brian2 to within one time step (${backend})`, () => {
    const sim = build(description(fixture), { backend });
    sim.run(fixture.params.duration_ms!);
    const got = spikesOf(sim, 'out');
    const want = fixture.output_spikes;
    assert.ok(want.index.length > 50, 'the fixture has a meaningful number of spikes');
    assert.equal(got.index.length, want.index.length, 'same number of spikes');
    // Compare per neuron, in time order.
    for (let n = 0; n < fixture.params.n_neurons!; n++) {
      const a = want.time_ms.filter((_, k) => want.index[k] === n);
      const b = Array.from(got.timeMs).filter((_, k) => got.index[k] === n);
      assert.equal(b.length, a.length, `neuron ${n}: spike count`);
      for (const [k, t] of a.entries()) {
        assert.ok(Math.abs(t - b[k]!) <= fixture.params.dt_ms! + 1e-9, `neuron ${n}: ${b[k]} vs ${t}`);
      }
    }
  });
}
