import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type NetworkDescriptionInput } from '../../src/index.js';

const dt = 0.1;

/** First step at which the target's exc input is non-zero, for a spike at 10 ms. */
function arrivalStep(
  delayMs: NetworkDescriptionInput['projections'] extends (infer P)[] | undefined
    ? P extends { delayMs?: infer D }
      ? D
      : never
    : never,
  list = false,
): number[] {
  const d: NetworkDescriptionInput = {
    formatVersion: 1,
    dtMs: dt,
    populations: [
      { kind: 'spikeTimes', name: 'in', size: 2, index: [0, 1], timeMs: [10, 10] },
      { kind: 'lif', name: 'out', size: 2, vThreshMV: 100, vResetMV: -65 },
    ],
    projections: [
      {
        source: 'in',
        target: 'out',
        connect: list ? { kind: 'list', pre: [0, 1], post: [0, 1] } : { kind: 'oneToOne' },
        weight: 1,
        delayMs,
      },
    ],
    probes: [{ kind: 'state', name: 'g', population: 'out', variable: 'g:exc', neurons: [0, 1] }],
  };
  const sim = build(d);
  sim.run(30);
  const g = sim.probe('g');
  if (g.kind !== 'state') throw new Error('state');
  return g.values.map((trace) => trace.findIndex((x) => x > 0));
}

test('a spike at step n with delay d arrives at the end of step n + d', () => {
  for (const delay of [0, 0.1, 0.5, 2]) {
    const steps = arrivalStep(delay);
    assert.deepEqual(steps, [100 + Math.round(delay / dt), 100 + Math.round(delay / dt)], `delay ${delay}`);
  }
});

test('per-synapse delays go through the ring buffer to the right step', () => {
  assert.deepEqual(arrivalStep([0.3, 1.7], true), [103, 117]);
  assert.deepEqual(arrivalStep([0, 0], true), [100, 100]);
});
