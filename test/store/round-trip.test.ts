import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openStore, SCHEMA_VERSION } from '../../src/store/index.js';
import {
  assertStoreError,
  PNG_BYTES,
  SVG_TEXT,
  sampleCompletion,
  sampleStart,
  tempDir,
  withRawDb,
} from './helpers.js';

test('a completed run comes back exactly as stored, also after reopening', () => {
  const file = path.join(tempDir(), 'nested', 'folder', 'results.db');
  const store = openStore(file); // creates the folders
  assert.equal(store.file, file);
  const start = sampleStart({ params: { a: [1, 2.5, -3e-9], b: { ключ: 'значение', nil: null }, ok: true } });
  const id = store.startRun(start);
  assert.match(id, /^[0-9a-z]{9}-[0-9a-z]{6}$/);

  const running = store.getRun(id);
  assert.equal(running.status, 'running');
  assert.equal(running.pid, process.pid);
  assert.equal(running.host, os.hostname());
  assert.equal(running.endedAt, null);
  assert.equal(running.metrics, null);
  assert.deepEqual(running.artifacts, []);

  const done = sampleCompletion();
  store.completeRun(id, {
    ...done,
    artifacts: [
      ...done.artifacts,
      { name: 'empty.bin', mediaType: 'application/octet-stream', content: new Uint8Array(0) },
    ],
  });
  store.close();

  const again = openStore(file);
  const run = again.getRun(id);
  assert.equal(run.status, 'completed');
  assert.equal(run.experiment, start.experiment);
  assert.deepEqual(run.params, start.params);
  assert.equal(run.seed, 42);
  assert.equal(run.subjects, 2);
  assert.equal(run.version, '0.1.0');
  assert.deepEqual(run.metrics, done.metrics);
  assert.deepEqual(run.criteria, done.criteria);
  assert.equal(run.error, null);
  assert.equal(run.sweepId, null);
  assert.ok(run.endedAt !== null && run.endedAt >= run.startedAt);
  assert.ok(!Number.isNaN(Date.parse(run.startedAt)));
  // Listed without content, by name.
  assert.deepEqual(run.artifacts, [
    { name: 'empty.bin', mediaType: 'application/octet-stream', size: 0, isText: false },
    { name: 'figure-1.png', mediaType: 'image/png', size: PNG_BYTES.length, isText: false },
    { name: 'figure-1.svg', mediaType: 'image/svg+xml', size: Buffer.byteLength(SVG_TEXT), isText: true },
  ]);

  const png = again.getArtifact(id, 'figure-1.png');
  assert.ok(png.content instanceof Uint8Array);
  assert.deepEqual(png.content, PNG_BYTES);
  assert.equal(png.mediaType, 'image/png');
  assert.deepEqual(again.getArtifact(id, 'figure-1.svg').content, SVG_TEXT);
  assert.deepEqual(again.getArtifact(id, 'empty.bin').content, new Uint8Array(0));
  assert.equal(again.integrityCheck(), 'ok');
  again.close();
});

test('the file is a WAL-mode SQLite database marked as mirrorlab results', () => {
  const file = path.join(tempDir(), 'r.db');
  openStore(file).close();
  withRawDb(file, (db) => {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma('application_id', { simple: true }), 0x4d4c4142);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    assert.deepEqual(tables, ['artifacts', 'runs', 'sweeps']);
  });
});

test('unknown run ids and artifact names are StoreErrors that name them', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const id = store.startRun(sampleStart());
  assertStoreError(() => store.getRun('nope-123'), 'not-found', 'nope-123');
  assertStoreError(() => store.getArtifact('nope-123', 'x.png'), 'not-found', 'nope-123');
  assertStoreError(() => store.completeRun('nope-123', sampleCompletion()), 'not-found', 'nope-123');
  assertStoreError(() => store.failRun('nope-123', new Error('x')), 'not-found', 'nope-123');
  assertStoreError(() => store.getArtifact(id, 'missing.svg'), 'not-found', id, 'missing.svg');
  store.close();
  assertStoreError(() => store.getRun(id), 'closed', store.file);
  store.close(); // twice is fine
});

test('ids sort in the order runs were started, even within one millisecond', () => {
  const store = openStore(path.join(tempDir(), 'r.db'));
  const ids = Array.from({ length: 200 }, () => store.startRun(sampleStart()));
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
  store.close();
});

test('an empty file (e.g. made by touch) becomes a results database', () => {
  const file = path.join(tempDir(), 'touched.db');
  fs.writeFileSync(file, '');
  const store = openStore(file);
  store.startRun(sampleStart());
  assert.equal(store.listRuns().length, 1);
  store.close();
});
