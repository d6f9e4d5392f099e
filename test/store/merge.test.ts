import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import {
  assertStoreError,
  PNG_BYTES,
  SVG_TEXT,
  sampleCompletion,
  sampleStart,
  tempDir,
  withRawDb,
} from './helpers.js';

const SPEC = { seeds: [1, 2, 3, 4] };

/** A shard database as a cluster job leaves it: a shared sweep, finished and unfinished runs. */
function shard(file: string, seeds: number[]): { completed: string[] } {
  const store = openStore(file);
  store.createSweep({ id: 'sweep-1', experiment: 'gallese-1996', spec: SPEC });
  const completed: string[] = [];
  for (const seed of seeds) {
    const id = store.startRun(sampleStart({ seed, sweepId: 'sweep-1', pointKey: `seed=${seed}` }));
    store.completeRun(id, sampleCompletion());
    completed.push(id);
  }
  store.failRun(store.startRun(sampleStart({ seed: 99 })), 'failed here');
  store.startRun(sampleStart({ seed: 100 })); // left running
  store.close();
  return { completed };
}

test('merging shards copies completed runs with artifacts once, and never changes the shards', () => {
  const dir = tempDir();
  const a = path.join(dir, 'shard-a.db');
  const b = path.join(dir, 'shard-b.db');
  const { completed: fromA } = shard(a, [1, 2]);
  const { completed: fromB } = shard(b, [3, 4]);
  const bytesA = fs.readFileSync(a);
  const bytesB = fs.readFileSync(b);

  const all = openStore(path.join(dir, 'all.db'));
  assert.equal(all.mergeFrom(a), 2);
  assert.equal(all.mergeFrom(b), 2);
  assert.equal(all.mergeFrom(a), 0, 'nothing twice');
  assert.equal(all.mergeFrom(b), 0);
  assert.equal(all.mergeFrom(all.file), 0, 'merging a file into itself changes nothing');

  const runs = all.listRuns();
  assert.deepEqual(runs.map((r) => r.id).sort(), [...fromA, ...fromB].sort());
  assert.ok(runs.every((r) => r.status === 'completed' && r.sweepId === 'sweep-1'));
  assert.deepEqual(all.getSweep('sweep-1').spec, SPEC);
  for (const id of [...fromA, ...fromB]) {
    assert.deepEqual(all.getArtifact(id, 'figure-1.png').content, PNG_BYTES);
    assert.equal(all.getArtifact(id, 'figure-1.svg').content, SVG_TEXT);
  }
  assert.equal(all.findRunByPoint('sweep-1', 'seed=3')?.id, fromB[0]);
  assert.equal(all.integrityCheck(), 'ok');
  all.close();

  assert.deepEqual(fs.readFileSync(a), bytesA);
  assert.deepEqual(fs.readFileSync(b), bytesB);

  // Merging one shard into the other adds only the missing completed runs.
  const intoA = openStore(a);
  assert.equal(intoA.mergeFrom(b), 2);
  assert.equal(intoA.listRuns({ status: 'completed' }).length, 4);
  assert.equal(intoA.listRuns().length, 6); // plus A's own failed and interrupted runs
  intoA.close();
});

test('a merge that conflicts copies nothing', () => {
  const dir = tempDir();
  const a = path.join(dir, 'a.db');
  shard(a, [1]);
  const other = openStore(path.join(dir, 'other.db'));
  other.createSweep({ id: 'sweep-1', experiment: 'gallese-1996', spec: { seeds: [9] } });
  const before = other.listRuns().length;
  assertStoreError(() => other.mergeFrom(a), 'conflict', 'sweep-1', a);
  assert.equal(other.listRuns().length, before);
  assertStoreError(() => other.mergeFrom(path.join(dir, 'absent.db')), 'missing', 'absent.db');
  const text = path.join(dir, 'text.db');
  fs.writeFileSync(text, 'not a database at all');
  assertStoreError(() => other.mergeFrom(text), 'not-sqlite', text);
  other.close();
});

test('an id collision found half-way through rolls back everything the merge copied', () => {
  const dir = tempDir();
  const a = path.join(dir, 'a.db');
  const [first, second] = shard(a, [1, 2]).completed;
  assert.ok(first !== undefined && second !== undefined);
  const other = openStore(path.join(dir, 'other.db'));
  const mine = other.startRun(sampleStart({ seed: 777 }));
  withRawDb(other.file, (db) => db.prepare('UPDATE runs SET id = ? WHERE id = ?').run(second, mine));
  // The sweep and the first run are copied before the second run's id turns out to be taken.
  assertStoreError(() => other.mergeFrom(a), 'conflict', second);
  assertStoreError(() => other.getSweep('sweep-1'), 'not-found');
  assertStoreError(() => other.getRun(first), 'not-found');
  assert.equal(other.getRun(second).seed, 777);
  other.close();
});

test('a run interrupted in one copy and completed in another ends up completed', () => {
  const dir = tempDir();
  const original = path.join(dir, 'original.db');
  const copy = path.join(dir, 'copy.db');
  const store = openStore(original);
  const id = store.startRun(sampleStart());
  store.close();
  fs.copyFileSync(original, copy);

  const elsewhere = openStore(copy);
  elsewhere.completeRun(id, sampleCompletion());
  elsewhere.close();

  const back = openStore(original); // the run is no longer one this process is running
  assert.equal(back.getRun(id).status, 'interrupted');
  assert.equal(back.mergeFrom(copy), 1);
  const run = back.getRun(id);
  assert.equal(run.status, 'completed');
  assert.equal(run.artifacts.length, 2);
  assert.equal(back.integrityCheck(), 'ok');
  back.close();
});
