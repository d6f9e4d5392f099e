import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { readNwb, writeNwb } from '../../src/export/index.js';
import type { Recording } from '../../src/instruments/recording.js';
import { assertSameRecording, sampleMeta, sampleRecording, tempDir } from './sample.js';

const dir = tempDir();

test('a recording written to NWB reads back equal (times to 1e-9 s)', async () => {
  const file = path.join(dir, 'sample.nwb');
  const recording = sampleRecording();
  await writeNwb(recording, file, sampleMeta);
  const back = await readNwb(file);
  assert.equal(back.identifier, sampleMeta.identifier);
  assert.equal(back.sessionDescription, sampleMeta.sessionDescription);
  const { identifier: _i, sessionDescription: _s, ...rest } = back;
  assertSameRecording(rest, recording);
});

test('the unit without spikes keeps an empty spike train, and its neighbours keep theirs', async () => {
  const file = path.join(dir, 'ragged.nwb');
  await writeNwb(sampleRecording(), file, sampleMeta);
  const back = await readNwb(file);
  assert.deepEqual(
    back.units.map((u) => u.spikeTimesMs.length),
    [4, 0, 3],
  );
});

test('a recording with no units and no trials round-trips', async () => {
  const file = path.join(dir, 'empty.nwb');
  const empty: Recording = { experiment: 'none', seed: 0, description: '', units: [], trials: [] };
  await writeNwb(empty, file, sampleMeta);
  const { identifier: _i, sessionDescription: _s, ...back } = await readNwb(file);
  assert.deepEqual(back, empty);
});

test('a recording whose units all lack spikes round-trips', async () => {
  const file = path.join(dir, 'silent.nwb');
  const silent = sampleRecording();
  for (const u of silent.units) u.spikeTimesMs = [];
  await writeNwb(silent, file, sampleMeta);
  const { identifier: _i, sessionDescription: _s, ...back } = await readNwb(file);
  assertSameRecording(back, silent);
});

test('overwriting an existing export replaces it whole', async () => {
  const file = path.join(dir, 'again.nwb');
  await writeNwb(sampleRecording(), file, sampleMeta);
  const fewer = sampleRecording();
  fewer.units = fewer.units.slice(0, 1);
  await writeNwb(fewer, file, sampleMeta);
  assert.equal((await readNwb(file)).units.length, 1);
});

test('reading a file that does not exist or is not NWB fails clearly', async () => {
  await assert.rejects(readNwb(path.join(dir, 'missing.nwb')), /no such file/);
});
