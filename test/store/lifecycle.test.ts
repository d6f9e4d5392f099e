import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { assertStoreError, PNG_BYTES, sampleCompletion, sampleStart, tempDir, withRawDb } from './helpers.js';

test('failRun records the error and the end; a finished run cannot change again', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const id = store.startRun(sampleStart());
  store.failRun(id, new Error('the network diverged at t = 312 ms'));
  const run = store.getRun(id);
  assert.equal(run.status, 'failed');
  assert.ok(run.endedAt !== null);
  assert.match(run.error ?? '', /^Error: the network diverged at t = 312 ms\n\s+at /); // with the stack
  assert.equal(run.metrics, null);
  assertStoreError(() => store.completeRun(id, sampleCompletion()), 'conflict', id, 'failed');
  assertStoreError(() => store.failRun(id, 'again'), 'conflict', id);

  const other = store.startRun(sampleStart());
  store.failRun(other, { reason: 'out of memory', rssMb: 4096 });
  assert.equal(store.getRun(other).error, "{ reason: 'out of memory', rssMb: 4096 }");

  const done = store.startRun(sampleStart());
  store.completeRun(done, sampleCompletion());
  assertStoreError(() => store.completeRun(done, sampleCompletion()), 'conflict', done, 'completed');
  assertStoreError(() => store.failRun(done, new Error('late')), 'conflict', done);
  assert.equal(store.getRun(done).status, 'completed');
  store.close();
});

test('completeRun is all or nothing when the database refuses part of it', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const id = store.startRun(sampleStart());
  // Plant an artifact behind the API's back, so the second insert of the completion hits the UNIQUE constraint.
  withRawDb(store.file, (db) =>
    db
      .prepare(
        "INSERT INTO artifacts (run_id, name, media_type, content) VALUES (?, 'figure-1.svg', 'image/svg+xml', 'old')",
      )
      .run(id),
  );
  assertStoreError(() => store.completeRun(id, sampleCompletion()), 'invalid', store.file);
  const run = store.getRun(id);
  assert.equal(run.status, 'running');
  assert.equal(run.metrics, null);
  assert.equal(run.endedAt, null);
  assert.deepEqual(
    run.artifacts.map((a) => a.name),
    ['figure-1.svg'],
  ); // figure-1.png was rolled back
  store.close();
});

test('values JSON would silently change are refused, naming the field, and nothing is stored', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const id = store.startRun(sampleStart());
  const base = sampleCompletion();
  assertStoreError(
    () => store.completeRun(id, { ...base, metrics: { r: { pearson: Number.NaN } } }),
    'invalid',
    'metrics.r.pearson',
    'NaN',
  );
  assertStoreError(
    () => store.completeRun(id, { ...base, metrics: { rates: new Float64Array([1, 2]) } }),
    'invalid',
    'metrics.rates',
    'Float64Array',
  );
  assertStoreError(
    () =>
      store.completeRun(id, {
        ...base,
        criteria: [{ ...base.criteria[0]!, measured: Number.POSITIVE_INFINITY }],
      }),
    'invalid',
    'criteria[0].measured',
  );
  assertStoreError(
    () => store.completeRun(id, { ...base, criteria: [{ ...base.criteria[0]!, passed: 'yes' as any }] }),
    'invalid',
    'criteria[0].passed',
  );
  assertStoreError(
    () =>
      store.completeRun(id, {
        ...base,
        artifacts: [...base.artifacts, { name: 'figure-1.png', mediaType: 'image/png', content: PNG_BYTES }],
      }),
    'invalid',
    'figure-1.png',
  );
  assertStoreError(
    () =>
      store.completeRun(id, { ...base, artifacts: [{ name: 'a', mediaType: 'png', content: PNG_BYTES }] }),
    'invalid',
    'mediaType',
  );
  assertStoreError(() => store.startRun(sampleStart({ seed: 1.5 })), 'invalid', 'seed');
  assertStoreError(
    () => store.startRun(sampleStart({ params: { when: new Date() } })),
    'invalid',
    'params.when',
  );
  assertStoreError(() => store.startRun(sampleStart({ pointKey: 'x' })), 'invalid', 'sweepId');
  assertStoreError(
    () => store.startRun(sampleStart({ sweepId: 'nope', pointKey: 'x' })),
    'not-found',
    'nope',
  );
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  assertStoreError(() => store.startRun(sampleStart({ params: cyclic })), 'invalid', 'params.self');

  assert.equal(store.getRun(id).status, 'running');
  assert.deepEqual(store.getRun(id).artifacts, []);
  assert.equal(store.listRuns().length, 1);
  store.close();
});

test('a run declared interrupted can still be completed by its own process', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const id = store.startRun(sampleStart());
  withRawDb(store.file, (db) =>
    db
      .prepare("UPDATE runs SET status = 'interrupted', error = 'interrupted: guessed wrong' WHERE id = ?")
      .run(id),
  );
  store.completeRun(id, sampleCompletion());
  const run = store.getRun(id);
  assert.equal(run.status, 'completed');
  assert.equal(run.error, null);
  store.close();
});
