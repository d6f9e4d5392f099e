import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { deadPid, sampleStart, tempDir, withRawDb } from './helpers.js';

const HOUR = 3600 * 1000;

test('running runs whose process is gone become interrupted; live ones stay running', () => {
  const file = path.join(tempDir(), 'r.db');
  const store = openStore(file);
  const mine = store.startRun(sampleStart());
  const dead = store.startRun(sampleStart());
  const parentAlive = store.startRun(sampleStart());
  const reusedPid = store.startRun(sampleStart());
  const farOld = store.startRun(sampleStart());
  const farRecent = store.startRun(sampleStart());
  store.close();

  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
  withRawDb(file, (db) => {
    const set = db.prepare('UPDATE runs SET pid = ?, host = ?, started_at = ? WHERE id = ?');
    const host = (db.prepare('SELECT host FROM runs WHERE id = ?').pluck().get(mine) as string) ?? '';
    set.run(deadPid(), host, ago(HOUR), dead);
    set.run(process.ppid, host, ago(HOUR), parentAlive);
    // Our own pid on a run this process did not start: an earlier process with the same id.
    db.prepare(
      "INSERT INTO runs SELECT 'zz-reused', experiment, params, seed, subjects, version, started_at, ended_at, status, pid, host, metrics, criteria, error, sweep_id, point_key FROM runs WHERE id = ?",
    ).run(reusedPid);
    set.run(4242, 'node-17.cluster', ago(25 * HOUR), farOld);
    set.run(4242, 'node-17.cluster', ago(HOUR), farRecent);
  });

  const again = openStore(file); // recovers on open
  const status = (id: string) => again.getRun(id).status;
  assert.equal(status(mine), 'running');
  assert.equal(status(reusedPid), 'running');
  assert.equal(status(parentAlive), 'running');
  assert.equal(status(farRecent), 'running');
  assert.equal(status(dead), 'interrupted');
  assert.equal(status('zz-reused'), 'interrupted');
  assert.equal(status(farOld), 'interrupted');
  const interrupted = again.getRun(dead);
  assert.equal(interrupted.endedAt, null, 'the end of an interrupted run is unknown');
  assert.match(interrupted.error ?? '', /^interrupted: process \d+ on .* is gone \(noticed /);
  assert.match(again.getRun(farOld).error ?? '', /node-17\.cluster more than a day ago/);

  // Nothing left to do: a second call marks nothing.
  assert.deepEqual(again.recoverInterrupted(), []);
  again.close();
});
