import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Agent, actTrialScene, COMMAND_GOALS, COMMAND_GRIPS, PLASTIC_PROJECTIONS } from '../../src/index.js';

const agent = Agent.create({ seed: 11 });
const description = agent.sim.description;
const SENSORY = new Set(['STS', 'AUD', 'PF', 'in:visual', 'in:auditory', 'in:object', 'in:proprio', 'WM']);

test('no connection from a sensory area to F5 is set by hand: all start at zero and are plastic', () => {
  const intoF5 = description.projections.filter((p) => p.target === 'F5' && SENSORY.has(p.source));
  assert.deepEqual(intoF5.map((p) => p.name).sort(), [...PLASTIC_PROJECTIONS].sort());
  for (const name of PLASTIC_PROJECTIONS) {
    const p = agent.sim.projection(name);
    assert.ok(p.nSynapses > 100, `${name} has synapses`);
    assert.ok(
      p.weights!.every((w) => w === 0),
      `${name}: every weight starts at 0`,
    );
    assert.ok(description.projections.find((x) => x.name === name)!.plasticity, `${name} is plastic`);
  }
});

test('the motor repertoire gives every command feature the same number of F5 neurons', () => {
  const motor = agent.sim.projection('in:command->F5');
  const features = agent.senses.command.units.map((u) => String(u.preferred));
  const byFeature = new Map<string, Set<number>>();
  // each F5 neuron's strongest command input names its preferred feature
  const best = new Map<number, { w: number; f: string }>();
  for (let i = 0; i < motor.nPre; i++) {
    for (let s = motor.rowPtr[i]!; s < motor.rowPtr[i + 1]!; s++) {
      const j = motor.targets[s]!;
      const w = motor.weights![s]!;
      if (!best.has(j) || best.get(j)!.w < w) best.set(j, { w, f: features[i]! });
    }
  }
  for (const [j, { f }] of best) byFeature.set(f, (byFeature.get(f) ?? new Set()).add(j));
  assert.equal(best.size, agent.sim.population('F5').size);
  const sizes = [...COMMAND_GOALS, ...COMMAND_GRIPS].map((f) => byFeature.get(f)?.size ?? 0);
  assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 6, `balanced repertoire: ${sizes}`);
});

test('watching is not doing: M1 stays silent while the agent watches, fires when it acts', () => {
  const a = Agent.create({ seed: 12 });
  a.sim.addProbe({ kind: 'spikes', name: 'm1', population: 'M1' });
  const count = () => (a.sim.probe('m1') as { index: Int32Array }).index.length;
  a.rest(300);
  const before = count();
  for (const who of ['other', 'self'] as const) {
    const c0 = count();
    a.experience(actTrialScene({ who, act: 'precisionGrip', object: 'raisin' }));
    if (who === 'other') assert.ok(count() - c0 <= 2, `M1 while watching: ${count() - c0} spikes`);
    else assert.ok(count() - c0 > 20, `M1 while acting: ${count() - c0} spikes`);
  }
  assert.ok(before <= 2);
});
