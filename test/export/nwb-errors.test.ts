/** A failed export throws a clear Error and leaves nothing behind: no file, no temporary file. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { writeFileAtomically } from '../../src/export/atomic-file.js';
import { ExportError, writeNwb } from '../../src/export/index.js';
import { sampleMeta, sampleRecording, tempDir } from './sample.js';

const dir = tempDir();
const entries = () => fs.readdirSync(dir).sort();

test('writing into a missing folder throws a clear Error and creates nothing', async () => {
  const before = entries();
  const file = path.join(dir, 'no-such-folder', 'x.nwb');
  await assert.rejects(writeNwb(sampleRecording(), file, sampleMeta), (error: Error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /cannot write .*x\.nwb: folder .*no-such-folder does not exist/);
    return true;
  });
  assert.equal(fs.existsSync(path.join(dir, 'no-such-folder')), false);
  assert.deepEqual(entries(), before);
});

test('a recording that cannot be exported is refused before any file is made', async () => {
  const cases: [string, (r: ReturnType<typeof sampleRecording>) => void, RegExp][] = [
    [
      'nan',
      (r) => (r.units[0]!.spikeTimesMs[1] = Number.NaN),
      /units\[0\]\.spikeTimesMs\[1\] must be a finite/,
    ],
    ['unsorted', (r) => r.units[2]!.spikeTimesMs.reverse(), /units\[2\]\.spikeTimesMs is not ascending/],
    ['dup', (r) => (r.units[1]!.id = r.units[0]!.id), /units\[1\]\.id 10 is used by another unit/],
    ['trial', (r) => (r.trials[3]!.stopMs = 0), /trials\[3\] stops \(0\) before it starts/],
  ];
  for (const [name, spoil, message] of cases) {
    const recording = sampleRecording();
    spoil(recording);
    const file = path.join(dir, `${name}.nwb`);
    await assert.rejects(
      writeNwb(recording, file, sampleMeta),
      (e: Error) => e instanceof ExportError && message.test(e.message),
    );
    assert.equal(fs.existsSync(file), false, name);
  }
  await assert.rejects(
    writeNwb(sampleRecording(), path.join(dir, 'meta.nwb'), { ...sampleMeta, identifier: ' ' }),
    /meta\.identifier must be a non-empty string/,
  );
  await assert.rejects(
    writeNwb(sampleRecording(), path.join(dir, 'date.nwb'), {
      ...sampleMeta,
      sessionStartTime: new Date('x'),
    }),
    /meta\.sessionStartTime must be a valid Date/,
  );
  await assert.rejects(
    writeNwb(sampleRecording(), path.join(dir, 'nul.nwb'), { ...sampleMeta, experimenter: ['a\u0000b'] }),
    /meta\.experimenter\[0\] contains a NUL character/,
  );
  const nul = sampleRecording();
  nul.trials[1]!.condition = 'observe\u0000grip';
  await assert.rejects(
    writeNwb(nul, path.join(dir, 'nul.nwb'), sampleMeta),
    /trials\[1\]\.condition contains a NUL/,
  );
  assert.deepEqual(entries(), []);
});

test('when the final rename fails, the complete temporary file is removed too', async () => {
  const occupied = path.join(dir, 'occupied.nwb');
  fs.mkdirSync(path.join(occupied, 'inside'), { recursive: true });
  await assert.rejects(
    writeNwb(sampleRecording(), occupied, sampleMeta),
    /cannot write .*occupied\.nwb: .*EISDIR/,
  );
  assert.deepEqual(entries(), ['occupied.nwb']);
  assert.deepEqual(fs.readdirSync(occupied), ['inside']);
  fs.rmSync(occupied, { recursive: true });
});

test('an error half-way through writing leaves neither the file nor the temporary file', async () => {
  const file = path.join(dir, 'half.nwb');
  let tmpSeen = '';
  await assert.rejects(
    writeFileAtomically(file, (tmp) => {
      tmpSeen = tmp;
      fs.writeFileSync(tmp, 'half of a file');
      throw new Error('disk full');
    }),
    /disk full/,
  );
  assert.equal(path.dirname(tmpSeen), dir, 'the temporary file is made beside the target');
  assert.deepEqual(entries(), []);
});
