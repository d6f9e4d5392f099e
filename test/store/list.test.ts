import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { assertStoreError, sampleCompletion, sampleStart, tempDir, withRawDb } from './helpers.js';

test('listRuns: newest first, filters combined with AND, limit keeps the newest', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const sweep = store.createSweep({ experiment: 'A', spec: { seeds: [1, 2] } });
  const a1 = store.startRun(sampleStart({ experiment: 'A', seed: 1 }));
  store.completeRun(a1, sampleCompletion());
  const b1 = store.startRun(sampleStart({ experiment: 'B', seed: 2 }));
  store.failRun(b1, 'broken');
  const a2 = store.startRun(sampleStart({ experiment: 'A', seed: 3, sweepId: sweep, pointKey: 'seed=3' }));
  const a3 = store.startRun(sampleStart({ experiment: 'A', seed: 4, sweepId: sweep, pointKey: 'seed=4' }));
  store.completeRun(a3, sampleCompletion());

  const ids = (q: Parameters<typeof store.listRuns>[0]) => store.listRuns(q).map((r) => r.id);
  assert.deepEqual(ids({}), [a3, a2, b1, a1]);
  assert.deepEqual(ids({ experiment: 'A' }), [a3, a2, a1]);
  assert.deepEqual(ids({ status: 'completed' }), [a3, a1]);
  assert.deepEqual(ids({ experiment: 'A', status: 'running' }), [a2]);
  assert.deepEqual(ids({ sweepId: sweep }), [a3, a2]);
  assert.deepEqual(ids({ limit: 2 }), [a3, a2]);
  assert.deepEqual(ids({ experiment: 'B', status: 'completed' }), []);
  assert.deepEqual(ids({ experiment: 'nothing' }), []);

  // Listed records carry parsed fields.
  const [latest] = store.listRuns({ limit: 1 });
  assert.deepEqual(latest?.metrics, sampleCompletion().metrics);
  assert.equal(latest?.pointKey, 'seed=4');

  // Order is by start time, not by insertion: a run merged in later can be older.
  withRawDb(store.file, (db) =>
    db.prepare("UPDATE runs SET started_at = '2001-01-01T00:00:00.000Z' WHERE id = ?").run(a3),
  );
  assert.deepEqual(ids({}), [a2, b1, a1, a3]);

  assertStoreError(() => store.listRuns({ status: 'done' as any }), 'invalid', 'done');
  assertStoreError(() => store.listRuns({ limit: 0 }), 'invalid', 'limit');
  store.close();
});
