import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { assertStoreError, deadPid, sampleCompletion, sampleStart, tempDir, withRawDb } from './helpers.js';

test('read-only mode changes nothing in the file, not even dead runs', () => {
  const dir = tempDir();
  const file = path.join(dir, 'r.db');
  const other = path.join(dir, 'other.db');
  openStore(other).close();
  const setup = openStore(file);
  const sweep = setup.createSweep({ experiment: 'gallese-1996', spec: { seeds: [1] } });
  const done = setup.startRun(sampleStart({ sweepId: sweep, pointKey: 'seed=1' }));
  setup.completeRun(done, sampleCompletion());
  const dead = setup.startRun(sampleStart());
  setup.close();
  withRawDb(file, (db) => db.prepare('UPDATE runs SET pid = ? WHERE id = ?').run(deadPid(), dead));
  const bytes = fs.readFileSync(file);
  const mtime = fs.statSync(file).mtimeMs;

  const view = openStore(file, { readonly: true });
  assert.equal(view.readonly, true);
  assert.equal(view.getRun(dead).status, 'running', 'no recovery in read-only mode');
  assert.equal(view.listRuns().length, 2);
  assert.equal(view.getArtifact(done, 'figure-1.svg').mediaType, 'image/svg+xml');
  assert.equal(view.findRunByPoint(sweep, 'seed=1')?.id, done);
  assert.equal(view.getSweep(sweep).experiment, 'gallese-1996');
  assert.equal(view.integrityCheck(), 'ok');
  const writes: [string, () => unknown][] = [
    ['startRun', () => view.startRun(sampleStart())],
    ['completeRun', () => view.completeRun(dead, sampleCompletion())],
    ['failRun', () => view.failRun(dead, 'x')],
    ['createSweep', () => view.createSweep({ experiment: 'x', spec: {} })],
    ['recoverInterrupted', () => view.recoverInterrupted()],
    ['mergeFrom', () => view.mergeFrom(other)],
  ];
  for (const [name, write] of writes) {
    const e = assertStoreError(write, 'readonly', file);
    assert.ok(e.message.includes('read-only'), name);
  }
  view.close();

  assert.deepEqual(fs.readFileSync(file), bytes);
  assert.equal(fs.statSync(file).mtimeMs, mtime);
  // SQLite may leave its shared-memory index and an empty log next to the file; never any data.
  const wal = `${file}-wal`;
  if (fs.existsSync(wal)) assert.equal(fs.statSync(wal).size, 0);

  const writer = openStore(file);
  assert.equal(writer.getRun(dead).status, 'interrupted', 'a writable open does recover');
  writer.close();
});
