/**
 * A small recording for the export tests: 3 units in 2 areas (one without
 * spikes, one without a class), 4 trials over 2 subjects, labels with the
 * characters CSV and HDF5 text must survive (comma, quote, non-ASCII).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import type { Recording } from '../../src/instruments/recording.js';

export function sampleRecording(): Recording {
  return {
    experiment: 'grasp-observe',
    seed: 42,
    description: 'F5 and PF during executed and observed grasps',
    units: [
      {
        id: 10,
        subject: 0,
        area: 'F5',
        index: 3,
        classification: 'mirror-strict',
        preferredAct: 'precisionGrip',
        spikeTimesMs: [0.1, 12.5, 250.025, 1999.999],
      },
      { id: 11, subject: 0, area: 'F5', index: 7, classification: 'unresponsive', spikeTimesMs: [] },
      { id: 20, subject: 1, area: 'PF', index: 0, spikeTimesMs: [3, 3.0001, 1000 / 3] },
    ],
    trials: [
      { id: 0, subject: 0, condition: 'execute:precisionGrip', startMs: 0, stopMs: 1000, alignMs: 200 },
      { id: 1, subject: 0, condition: 'observe:precisionGrip', startMs: 1000, stopMs: 2000, alignMs: 1200.5 },
      { id: 2, subject: 1, condition: 'observe:grip "cup", left', startMs: 0, stopMs: 800, alignMs: 150 },
      { id: 3, subject: 1, condition: 'execute:pince-à-sucre', startMs: 800, stopMs: 1600, alignMs: 950.25 },
    ],
  };
}

export const sampleMeta = {
  identifier: 'mirrorlab-test-0001',
  sessionDescription: 'Export test session',
  sessionStartTime: new Date('2024-05-01T10:00:00.000Z'),
  institution: 'Simulated Lab',
  experimenter: ['Rizzolatti, G.', 'Doe, J.'],
};

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mirrorlab-export-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Times (ms) may differ by this much after a trip through seconds: 1e-9 s. */
const TOLERANCE_MS = 1e-6;

function assertNear(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= TOLERANCE_MS, `${what}: ${actual} is not ${expected}`);
}

/** Assert that `actual` deep-equals `expected`, every time (ms) to within 1e-9 s. */
export function assertSameRecording(actual: Recording, expected: Recording): void {
  const shape = (r: Recording) => ({
    ...r,
    units: r.units.map((u) => ({ ...u, spikeTimesMs: u.spikeTimesMs.length })),
    trials: r.trials.map((t) => ({ ...t, startMs: 0, stopMs: 0, alignMs: 0 })),
  });
  assert.deepEqual(shape(actual), shape(expected));
  for (const [i, u] of expected.units.entries()) {
    for (const [k, t] of u.spikeTimesMs.entries()) {
      assertNear(actual.units[i]!.spikeTimesMs[k]!, t, `unit ${u.id} spike ${k}`);
    }
  }
  expected.trials.forEach((t, i) => {
    const a = actual.trials[i]!;
    assertNear(a.startMs, t.startMs, `trial ${t.id} start`);
    assertNear(a.stopMs, t.stopMs, `trial ${t.id} stop`);
    assertNear(a.alignMs, t.alignMs, `trial ${t.id} align`);
  });
}
