import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { assertStoreError, sampleCompletion, sampleStart, tempDir } from './helpers.js';

test('resuming a sweep: a point with a completed run is skipped, a failed point is retried', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const spec = { grid: { noise: [0.1, 0.2] }, seeds: [1, 2] };
  const sweep = store.createSweep({ experiment: 'gallese-1996', spec });
  assert.deepEqual(store.getSweep(sweep).spec, spec);
  const at = (pointKey: string) => sampleStart({ sweepId: sweep, pointKey });

  assert.equal(store.findRunByPoint(sweep, 'noise=0.1,seed=1'), undefined);

  const failed = store.startRun(at('noise=0.1,seed=1'));
  store.failRun(failed, new Error('diverged'));
  assert.equal(store.findRunByPoint(sweep, 'noise=0.1,seed=1')?.status, 'failed'); // not done: run it again

  const retry = store.startRun(at('noise=0.1,seed=1'));
  store.completeRun(retry, sampleCompletion());
  const later = store.startRun(at('noise=0.1,seed=1'));
  store.failRun(later, 'a later attempt failed');
  const found = store.findRunByPoint(sweep, 'noise=0.1,seed=1');
  assert.equal(found?.id, retry); // the completed run wins over newer failures
  assert.equal(found?.status, 'completed');

  assert.equal(store.findRunByPoint(sweep, 'noise=0.2,seed=1'), undefined);
  assertStoreError(() => store.findRunByPoint('no-such-sweep', 'x'), 'not-found', 'no-such-sweep');
  store.close();
});

test('a sweep id can be shared: same spec returns it, a different spec is a conflict', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const id = store.createSweep({ id: 'job-4711', experiment: 'e', spec: { a: 1, b: [1, 2] } });
  assert.equal(id, 'job-4711');
  assert.equal(store.createSweep({ id, experiment: 'e', spec: { b: [1, 2], a: 1 } }), id);
  assertStoreError(
    () => store.createSweep({ id, experiment: 'e', spec: { a: 2, b: [1, 2] } }),
    'conflict',
    id,
  );
  assertStoreError(
    () => store.createSweep({ id, experiment: 'other', spec: { a: 1, b: [1, 2] } }),
    'conflict',
  );
  assertStoreError(() => store.getSweep('nope'), 'not-found', 'nope');
  store.close();
});
