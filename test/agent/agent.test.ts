import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  Agent,
  actTrialScene,
  developedAgent,
  developToSaved,
  loadAgent,
  PLASTIC_PROJECTIONS,
  raiseInMemory,
  type SpikeData,
  testAgentFrom,
} from '../../src/node.js';

const DEV = { episodes: 20 };

function f5Spikes(agent: Agent): string {
  agent.sim.addProbe({ kind: 'spikes', name: 'f5-test', population: 'F5' });
  agent.experience(actTrialScene({ who: 'other', act: 'precisionGrip', object: 'raisin' }));
  const d = agent.sim.probe('f5-test') as SpikeData;
  return `${d.index.join(',')}|${d.step.join(',')}`;
}

test('development is deterministic, and learns only with plasticity on', () => {
  const a = developToSaved({ seed: 5 }, DEV);
  const b = developToSaved({ seed: 5 }, DEV);
  assert.deepEqual(a.weights, b.weights);
  const frozen = testAgentFrom(developToSaved({ seed: 5 }, { ...DEV, plasticity: false }));
  for (const name of PLASTIC_PROJECTIONS) {
    assert.ok(
      frozen.sim.projection(name).weights!.every((w) => w === 0),
      `${name} stays silent`,
    );
  }
  const learned = testAgentFrom(a);
  assert.ok(learned.meanWeight('STS->F5') > 0.01, 'visual synapses learned');
});

test('a saved agent is a versioned JSON file that loads back to the same agent', () => {
  const saved = developToSaved({ seed: 6 }, DEV);
  const text = JSON.stringify(saved);
  const again = loadAgent(JSON.parse(text), 123);
  const first = loadAgent(saved, 123);
  assert.equal(saved.formatVersion, 1);
  assert.equal(saved.kind, 'mirrorlab.agent');
  for (const name of PLASTIC_PROJECTIONS) {
    assert.deepEqual(
      Array.from(again.sim.projection(name).weights!),
      Array.from(first.sim.projection(name).weights!),
    );
  }
  assert.equal(f5Spikes(again), f5Spikes(first));
  assert.throws(
    () => loadAgent({ ...saved, formatVersion: 9 }),
    /not a saved mirrorlab agent: formatVersion/,
  );
});

test('the cache gives the same agent as developing in memory, and is keyed by configuration', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-cache-'));
  const env = { MIRRORLAB_CACHE: dir };
  const cold = developedAgent({ seed: 8 }, DEV, { env });
  const warm = developedAgent({ seed: 8 }, DEV, { env });
  assert.equal(cold.fromCache, false);
  assert.equal(warm.fromCache, true);
  assert.equal(cold.key, warm.key);
  assert.notEqual(developedAgent({ seed: 8 }, { episodes: 21 }, { env, cache: false }).key, cold.key);
  const memory = raiseInMemory({ seed: 8 }, DEV);
  const spikes = f5Spikes(memory);
  assert.equal(f5Spikes(cold.agent), spikes);
  assert.equal(f5Spikes(warm.agent), spikes);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('performing one act while watching another: command and proprioception follow what the agent does', () => {
  const agent = Agent.create({ seed: 9 });
  const done = actTrialScene({ who: 'self', act: 'wholeHandGrip', object: 'ball' });
  const seen = actTrialScene({ who: 'other', act: 'precisionGrip', object: 'raisin' });
  let command = 0;
  agent.experience(seen, {
    performing: done,
    onUpdate: () => {
      const r = (agent.sim.population('in:command') as unknown as { rateHz: Float64Array }).rateHz;
      for (let i = 0; i < agent.senses.command.size; i++) command = Math.max(command, r[i]!);
    },
  });
  assert.ok(command > 0, 'the agent issues its own command');
  assert.throws(
    () => agent.experience(done, { performing: seen }),
    /must have the agent itself as its actor/,
  );
});
