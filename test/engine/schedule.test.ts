import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cubaDescription, stdpDescription } from '../../src/bench/networks.js';
import { build, operation, orderOperations, PHASES } from '../../src/index.js';

test('the schedule runs inputs, neurons, propagation, plasticity, arrival, probes in that order', () => {
  const sim = build(stdpDescription());
  const phases = sim.schedule.map((op) => op.phase);
  const ranks = phases.map((p) => PHASES.indexOf(p));
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
  );
  assert.deepEqual(
    sim.schedule.map((op) => op.name),
    ['poisson input', 'lif-conductance out', 'deliver plastic', 'stdp plastic', 'record spikes out'],
  );
});

test('the CUBA schedule is printable and names what each step reads and writes', () => {
  const text = build(cubaDescription({ n: 100 })).formatSchedule();
  const lines = text.split('\n');
  assert.equal(lines.length, 8);
  assert.match(lines[0]!, /neurons\s+lif E\s+reads E\.current; sets E\.spikes; updates E\.v/);
  assert.match(lines[2]!, /propagate\s+deliver E->E\s+reads E\.spikes, E->E\.weights; increments E\.g:exc/);
});

test('two operations that set the same buffer in one phase are refused', () => {
  const a = operation('neurons', 'a', { sets: ['x'] }, () => {});
  const b = operation('neurons', 'b', { sets: ['x'] }, () => {});
  assert.throws(() => orderOperations([a, b]), /"b" and "a" both set x/);
  const c = operation('probes', 'c', { sets: ['x'] }, () => {});
  assert.doesNotThrow(() => orderOperations([a, c]));
});
