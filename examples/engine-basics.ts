/**
 * The engine on its own: describe a network as plain data, build it, run it, read
 * the probes. Run with: node --import tsx examples/engine-basics.ts
 */
import { build, type NetworkDescriptionInput, type SpikeData } from '../src/index.js';

const description: NetworkDescriptionInput = {
  formatVersion: 1,
  dtMs: 0.1,
  populations: [
    // 200 Poisson inputs whose rates we change during the run
    { kind: 'poisson', name: 'input', size: 200, rateHz: 5 },
    // 50 leaky integrate-and-fire neurons (default channels: exc τ=5 ms, inh τ=10 ms)
    { kind: 'lif', name: 'cells', size: 50, vRestMV: -70, vThreshMV: -54, vResetMV: -70, refractoryMs: 2 },
  ],
  projections: [
    {
      source: 'input',
      target: 'cells',
      channel: 'exc',
      connect: { kind: 'fixedProbability', p: 0.3 },
      weight: { uniform: [1, 3] },
      delayMs: 1,
      wMin: 0,
      wMax: 4,
      plasticity: { kind: 'stdp', aPlus: 0.01, aMinus: -0.0105 },
    },
  ],
  probes: [
    { kind: 'spikes', name: 'spikes', population: 'cells' },
    { kind: 'rate', name: 'rate', population: 'cells', binMs: 50 },
  ],
};

const sim = build(description, { seed: 1 });
console.log(sim.formatSchedule());

sim.run(500); // 500 ms at 5 Hz input
sim.setRates('input', 40); // then a burst of input
sim.run(500);

const spikes = sim.probe('spikes') as SpikeData;
const rate = sim.probe('rate');
console.log(`${spikes.index.length} spikes from ${sim.population('cells').size} cells`);
if (rate.kind === 'rate') {
  const before = rate.rateHz.slice(0, 10).reduce((a, b) => a + b, 0) / 10;
  const after = rate.rateHz.slice(10).reduce((a, b) => a + b, 0) / 10;
  console.log(`mean rate: ${before.toFixed(1)} Hz at low input, ${after.toFixed(1)} Hz at high input`);
  if (!(after > before)) throw new Error('stronger input should raise the rate');
}
