/**
 * The reference HDF5 tools (libhdf5's h5dump, from Debian's hdf5-tools) read the
 * file: a check independent of h5wasm, which wrote it. Skipped with a message when
 * h5dump is missing on a developer's machine; in CI (env CI set) its absence fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { before, test } from 'node:test';
import { writeNwb } from '../../src/export/index.js';
import { sampleMeta, sampleRecording, tempDir } from './sample.js';

const dir = tempDir();
const file = path.join(dir, 'dump.nwb');
const hasH5dump = spawnSync('h5dump', ['--version']).error === undefined;

before(() => writeNwb(sampleRecording(), file, sampleMeta));

function h5dump(t: { skip(message: string): void }, args: string[]): string | undefined {
  if (!hasH5dump) {
    if (process.env.CI)
      assert.fail('h5dump is not on PATH: CI must install hdf5-tools (apt-get install -y hdf5-tools)');
    t.skip('h5dump not on PATH (apt-get install hdf5-tools to run this check)');
    return undefined;
  }
  const r = spawnSync('h5dump', [...args, file], { encoding: 'utf8' });
  assert.equal(r.status, 0, `h5dump ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

test('h5dump -H reads the whole file and lists the units and trials groups', (t) => {
  const out = h5dump(t, ['-H']);
  if (out === undefined) return;
  assert.match(out, /GROUP "units" \{/);
  assert.match(out, /GROUP "intervals" \{\s*GROUP "trials" \{/);
  for (const name of ['spike_times', 'spike_times_index', 'start_time', 'stop_time', 'file_create_date']) {
    assert.match(out, new RegExp(`DATASET "${name}"`));
  }
  assert.match(out, /ATTRIBUTE "target" \{\s*DATATYPE\s+H5T_REFERENCE \{ H5T_STD_REF_OBJECT \}/);
});

test('h5dump resolves the spike_times_index target to /units/spike_times', (t) => {
  const out = h5dump(t, ['-a', '/units/spike_times_index/target']);
  if (out === undefined) return;
  assert.match(out, /DATASET \d+ "\/units\/spike_times"/);
});
